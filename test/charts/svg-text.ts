import { textWidth } from "../../src/charts/index.js";

/** A text of a drawn chart: what it says and the box it takes in the SVG's own coordinates, by {@link textWidth}. */
export interface PlacedText {
  readonly text: string;
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

/** The size of the SVG vega drew. */
export function svgSize(svg: string): { width: number; height: number } {
  const root = /<svg[^>]*\swidth="([\d.]+)"[^>]*\sheight="([\d.]+)"/.exec(svg);
  if (!root) throw new Error("not an SVG with a width and a height");
  return { width: Number(root[1]), height: Number(root[2]) };
}

const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

function decode(text: string): string {
  return text.replace(/&(#x[\da-f]+|#\d+|\w+);/gi, (whole, name: string) =>
    name.startsWith("#x")
      ? String.fromCodePoint(Number.parseInt(name.slice(2), 16))
      : name.startsWith("#")
        ? String.fromCodePoint(Number(name.slice(1)))
        : (ENTITIES[name] ?? whole),
  );
}

function translation(attributes: string): [number, number] {
  const match = /transform="translate\(([-\d.e]+),\s*([-\d.e]+)\)/.exec(attributes);
  return match ? [Number(match[1]), Number(match[2])] : [0, 0];
}

/**
 * Every text of an SVG drawn by vega, placed: group translations summed, the text's own translation, its anchor
 * (start, middle, end), its size and its rotation (axis titles turn a quarter) give the box its estimated width spans.
 */
export function placedTexts(svg: string): PlacedText[] {
  const offsets: [number, number][] = [[0, 0]];
  const texts: PlacedText[] = [];
  const tags = /<(\/?)([a-zA-Z]+)([^>]*?)(\/?)>/g;
  for (let tag = tags.exec(svg); tag; tag = tags.exec(svg)) {
    const [, closing, name, attributes, selfClosing] = tag;
    if (name === "g" && !selfClosing) {
      if (closing) offsets.pop();
      else {
        const [px, py] = offsets.at(-1)!;
        const [dx, dy] = translation(attributes!);
        offsets.push([px + dx, py + dy]);
      }
    }
    if (name !== "text" || closing) continue;
    const end = svg.indexOf("</text>", tags.lastIndex);
    const text = decode(svg.slice(tags.lastIndex, end).replace(/<[^>]*>/g, ""));
    tags.lastIndex = end + "</text>".length;
    const [gx, gy] = offsets.at(-1)!;
    const [tx, ty] = translation(attributes!);
    const x = gx + tx;
    const y = gy + ty;
    const size = Number(/font-size="([\d.]+)px"/.exec(attributes!)?.[1] ?? 11);
    const width = textWidth(text, size);
    const anchor = /text-anchor="(\w+)"/.exec(attributes!)?.[1] ?? "start";
    const before = anchor === "middle" ? width / 2 : anchor === "end" ? width : 0;
    const angle = Number(/rotate\(([-\d.]+)\)/.exec(attributes!)?.[1] ?? 0);
    if (angle === -90) texts.push({ text, left: x - size, right: x, top: y - width + before, bottom: y + before });
    else if (angle === 90) texts.push({ text, left: x, right: x + size, top: y - before, bottom: y - before + width });
    else texts.push({ text, left: x - before, right: x - before + width, top: y - size, bottom: y });
  }
  return texts;
}
