import { displayWidth } from "../render/index.js";

/** The size of axis and legend labels, in pixels, when a spec does not set one (Vega's default). */
export const LABEL_FONT_SIZE = 10;

/** The size of axis titles, in pixels (Vega's default; they are bold). */
export const AXIS_TITLE_FONT_SIZE = 11;

/** The share of an em an average Latin letter or digit takes in a sans-serif font; a CJK character takes a whole em. */
const NARROW_EM = 0.6;

/**
 * The width a text takes when drawn at `fontSize` pixels, estimated without a font: each East Asian wide character
 * (汉字, full-width punctuation) a whole em, each other character {@link NARROW_EM} of one. A little wider than most
 * fonts draw Latin text, never narrower than they draw Chinese, so that a label measured by it is not cut.
 */
export function textWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const ch of text) {
    const columns = displayWidth(ch);
    ems += columns === 2 ? 1 : columns * NARROW_EM;
  }
  return Math.ceil(ems * fontSize);
}

/**
 * A label limit that draws every one of `texts` in full at `fontSize` pixels: the widest of them ({@link textWidth})
 * and a pixel more, since Vega cuts a label as wide as its limit.
 */
export function labelLimitFor(texts: Iterable<string>, fontSize: number = LABEL_FONT_SIZE): number {
  let widest = 0;
  for (const text of texts) widest = Math.max(widest, textWidth(text, fontSize));
  return widest + 1;
}

/**
 * A plot's height: `height`, or as tall as its value axis's title, which is drawn along the axis, where the title is
 * longer: the axis then holds its title in full.
 */
export function plotHeightFor(height: number, axisTitle: string): number {
  return Math.max(height, textWidth(axisTitle, AXIS_TITLE_FONT_SIZE) + 8);
}
