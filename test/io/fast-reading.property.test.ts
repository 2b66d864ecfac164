import { isDeepStrictEqual } from "node:util";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isScalar, parseDocument, visit } from "yaml";
import { readJsonText } from "../../src/io/json-text.js";
import { readPlainYaml } from "../../src/io/plain-yaml.js";
import { lostDigitWarnings, readYamlText } from "../../src/io/read-text.js";

/**
 * The fast readers against `yaml` itself: on random model-like texts — every style of mapping, sequence and scalar
 * that files use, tricky scalars (numbers js-yaml and yaml read differently among them), tags, anchors and aliases,
 * explicit, null and collection keys, scalars and flow collections over several lines, comments, blank lines,
 * Windows line ends, and random edits that break them — a text js-yaml is let read is one `yaml` reads without an
 * error into the same data (`-0`, NaN and key order included), and the digits-lost warnings are the same, at the
 * same lines and columns.
 */

/** A small seeded generator, so that a failure names the seed that made the text. */
function generator(seed: number) {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;
  // most texts are tame, as files are; the others mix in every kind of trouble
  const wild = next() < 0.3 ? 0.3 : 0.02;
  return { next, int, pick, chance: (p: number) => next() < p, wild: () => next() < wild };
}
type Gen = ReturnType<typeof generator>;

const SCALARS = [
  "x",
  "hello world",
  "5.10",
  "276.0",
  "5.1",
  "10",
  "-3",
  "+4",
  "0o17",
  "0x1F",
  "0X1f",
  "1e3",
  "1.5E-2",
  ".5",
  "-.5",
  "+.5",
  "1.",
  "1.0e5",
  ".inf",
  "-.Inf",
  "+.INF",
  ".nan",
  ".NaN",
  "inf",
  "~",
  "null",
  "Null",
  "NULL",
  "true",
  "False",
  "TRUE",
  "yes",
  "on",
  "2020-01-01",
  "12:30",
  "a: b",
  "a:b",
  "a #b",
  "a#b",
  "x[t-1] * (1 + g)",
  "sum(a, 2020, t)",
  "5%",
  "-5%",
  "0.6pp",
  "中文 名字",
  "'q'",
  '"q"',
  "a, b",
  "- x",
  "-x",
  "--",
  "? x",
  ":x",
  "&a",
  "*a",
  "!tag",
  "|",
  ">",
  "%x",
  "@x",
  "`x",
  "#x",
  "x:",
  "[a]",
  "{a: 1}",
  "-0",
  "+0",
  "-0.0",
  "007",
  "1_000",
  "0b11",
  "-0x1F",
  "+0x1F",
  "-0o17",
  "0o",
  "0x",
  "00.10",
  "123456789012345678901234567890",
  "9007199254740993",
  "-9007199254740993",
  "1e400",
  "-1e400",
  "1".repeat(320),
  "1.5e-400",
  "!!float 1",
  "!!int 5",
  "!!int '5'",
  "!!str 5",
  "!!null ''",
  "!!bool true",
  "! 5",
  "!<tag:yaml.org,2002:int> 5",
  "&a 1",
  "&b [1, 2]",
  "-",
  "a\\b",
  "it's",
  'say "hi"',
  "x]",
  "x}",
  "x,y",
  "a  b",
  "tab\there",
  "é",
  "__proto__",
  "<<",
  "constructor",
];
const TAME_SCALARS = [
  "x",
  "hello world",
  "5.10",
  "276.0",
  "5.1",
  "10",
  "-3",
  "+4",
  "0o17",
  "0x1F",
  "1e3",
  ".5",
  "-.5",
  ".inf",
  ".nan",
  "~",
  "null",
  "true",
  "False",
  "yes",
  "2020-01-01",
  "12:30",
  "a#b",
  "x[t-1] * (1 + g)",
  "5%",
  "-5%",
  "0.6pp",
  "中文 名字",
  "-x",
  "-0",
  "-0.0",
  "007",
  "1_000",
  "00.10",
  "123456789012345678901234567890",
  "it's",
  'say "hi"',
  "a  b",
  "é",
  "constructor",
];
const TAME_KEYS = ["a", "b", "gdp", "x_1", "2020", "2021", "007", "-1", "a b", "中文", "toString", "名字"];
const KEYS = [
  "a",
  "b",
  "gdp",
  "x_1",
  "2020",
  "2021",
  "007",
  "-1",
  "1.5",
  "true",
  "null",
  "~",
  "a b",
  "a:b",
  "-x",
  "x#y",
  "中文",
  "__proto__",
  "<<",
  "toString",
  "? x",
  "[x]",
  "&a",
  "*a",
  "!t",
  "1e3",
  "0x10",
  "%",
  "@",
  "a ",
  "",
  "Null",
  "-0",
  "[a, b]",
  "[]",
  "{a: 1}",
  "? [x]",
  "? ~",
  "!!str k",
  "!!int 1",
  "&k a",
  "k".repeat(1030),
];
const EDITS = [
  "\t",
  "\r",
  "\r\n",
  " ",
  "  ",
  ":",
  ": ",
  "#",
  " #",
  "-",
  "- ",
  "\n",
  "'",
  '"',
  "[",
  "]",
  "{",
  "}",
  ",",
  "&",
  "*",
  "!",
  "|",
  ">",
  "\\",
  "0",
  ".",
  "\u2028",
  "\ufeff",
  "---\n",
  "...",
  "?",
];

function scalarText(g: Gen): string {
  if (g.wild()) {
    const alphabet = "ab 1.0:#-,[]{}'\"\\&*!|>%@`e+中";
    return Array.from({ length: 1 + g.int(6) }, () => alphabet[g.int(alphabet.length)]).join("");
  }
  return g.pick(g.wild() ? SCALARS : TAME_SCALARS);
}

/** A scalar as written: plain, double-quoted or single-quoted. */
function scalar(g: Gen): string {
  const s = scalarText(g);
  const r = g.next();
  if (r < 0.6) return s;
  if (r < 0.8) return JSON.stringify(s);
  return `'${s.replace(/'/g, "''")}'`;
}

function key(g: Gen): string {
  const k = g.pick(g.wild() ? KEYS : TAME_KEYS);
  return g.chance(0.15) ? JSON.stringify(k) : g.chance(0.05) ? `'${k}'` : k;
}

function flow(g: Gen, depth: number): string {
  // now and then over several lines, indented more or less than the collection's key
  const broken = g.wild() && g.chance(0.5);
  const sp = () =>
    broken && g.chance(0.4) ? `\n${" ".repeat(g.int(5))}` : g.chance(0.7) ? " " : g.chance(0.5) ? "" : "  ";
  const n = g.int(4);
  const item = () => (depth < 2 && g.chance(0.2) ? flow(g, depth + 1) : scalar(g));
  const items = g.chance(0.5)
    ? Array.from({ length: n }, () => `${key(g)}:${g.chance(0.9) ? " " : ""}${item()}`)
    : Array.from({ length: n }, item);
  const [open, close] = items.length > 0 && items[0]!.includes(":") && g.chance(0.9) ? ["{", "}"] : ["[", "]"];
  const trailing = n > 0 && g.chance(0.1) ? "," : "";
  return `${open}${sp()}${items.join(`,${sp()}`)}${trailing}${sp()}${close}`;
}

function blockScalar(g: Gen, indent: number): string {
  const header = g.wild() ? g.pick(["|+", ">+", "|2", ">1", "|-2"]) : g.pick(["|", ">", "|-", ">-"]);
  const pad = " ".repeat(indent + 2 + g.int(2));
  const lines = Array.from({ length: 1 + g.int(4) }, () =>
    g.chance(0.2) ? "" : g.wild() ? ` ${scalarText(g)}` : scalarText(g),
  );
  // a blank line may hold spaces, more of them than the text's indentation
  const blank = () => (g.wild() ? " ".repeat(g.int(pad.length + 3)) : "");
  return `${header}${g.chance(0.1) ? " # c" : ""}\n${lines.map((l) => (l === "" ? blank() : pad + l)).join("\n")}`;
}

/** A scalar over several lines: plain or quoted, its lines indented more or less than its key, blank lines between. */
function multiline(g: Gen, indent: number): string {
  const quote = g.pick(["", '"', "'"]);
  const lines = Array.from({ length: 2 + g.int(2) }, () => (g.chance(0.15) ? "" : scalarText(g)));
  const pad = () => " ".repeat(Math.max(0, indent + g.int(4) - 1));
  return `${quote}${lines.map((l, k) => (k === 0 || l === "" ? l : pad() + l)).join("\n")}${quote}`;
}

/** A value after `key:` or `- `: inline, or a block below at a deeper (or, for a list under a key, the same) indent. */
function value(g: Gen, indent: number, depth: number): string {
  const r = g.next();
  const comment = g.chance(0.1) ? " # note: x" : "";
  if (g.wild() && g.chance(0.3)) return ` ${multiline(g, indent)}`;
  if (depth > 3 || r < 0.45) return ` ${scalar(g)}${comment}`;
  if (r < 0.6) return ` ${flow(g, 0)}${comment}`;
  if (r < 0.68) return ` ${blockScalar(g, indent)}`;
  if (r < 0.72) return comment;
  const child = indent + (g.chance(0.8) ? 2 : g.chance(0.5) ? 4 : 1);
  if (r < 0.88) return `${comment}\n${mapping(g, child, depth + 1)}`;
  return `${comment}\n${sequence(g, g.chance(0.3) ? indent : child, depth + 1)}`;
}

function filler(g: Gen, indent: number): string {
  if (!g.chance(0.15)) return "";
  return g.pick(["\n", `\n${" ".repeat(g.int(indent + 3))}# comment`, `\n${" ".repeat(g.int(3))}`]);
}

function mapping(g: Gen, indent: number, depth: number): string {
  const pad = " ".repeat(indent);
  return Array.from(
    { length: 1 + g.int(4) },
    () => `${pad}${key(g)}:${value(g, indent, depth)}${filler(g, indent)}`,
  ).join("\n");
}

function sequence(g: Gen, indent: number, depth: number): string {
  const pad = " ".repeat(indent);
  return Array.from({ length: 1 + g.int(3) }, () => {
    if (g.chance(0.3)) {
      const inner = mapping(g, indent + 2, depth + 1);
      return `${pad}- ${inner.slice(indent + 2)}`;
    }
    return `${pad}-${value(g, indent, depth)}${filler(g, indent)}`;
  }).join("\n");
}

function edit(g: Gen, text: string): string {
  let t = text;
  for (let k = 1 + g.int(3); k > 0; k--) {
    const at = g.int(t.length + 1);
    const r = g.next();
    if (r < 0.5) t = t.slice(0, at) + g.pick(EDITS) + t.slice(at);
    else if (r < 0.8) t = t.slice(0, at) + t.slice(at + 1 + g.int(3));
    else t = t.slice(0, at) + t.slice(at + 1, at + 2) + t.slice(at, at + 1) + t.slice(at + 2);
  }
  return t;
}

function modelLikeText(seed: number): string {
  const g = generator(seed);
  const head = g.chance(0.2) ? "# a file\n" : g.wild() ? g.pick(["---\n", "%YAML 1.1\n---\n", "a0: &a 1\n"]) : "";
  let text = `${head}${mapping(g, 0, 0)}${g.chance(0.8) ? "\n" : ""}`;
  if (g.chance(0.1)) text = text.replace(/\n/g, "\r\n");
  return g.chance(0.25) ? edit(g, text) : text;
}

/** `yaml`'s reading of a text: its data, or `undefined` when it reports an error or a key twice in a mapping. */
function yamlReading(text: string): { data: unknown } | undefined {
  const doc = parseDocument(text, { uniqueKeys: false, strict: true, prettyErrors: false });
  if (doc.errors.length > 0) return undefined;
  let repeated = false;
  visit(doc, {
    Map(_, map) {
      const names = map.items.filter((p) => isScalar(p.key)).map((p) => String((p.key as { value: unknown }).value));
      if (new Set(names).size < names.length) repeated = true;
    },
  });
  return repeated ? undefined : { data: doc.toJS({ maxAliasCount: 1000 }) };
}

describe("the fast readers read what yaml reads", () => {
  it("accepts only texts yaml reads without a problem, into the same data and the same lost digits", () => {
    let accepted = 0;
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const text = modelLikeText(seed);
        const fast = readPlainYaml(text);
        if (fast === undefined) return;
        accepted += 1;
        const slow = yamlReading(text);
        expect(slow, text).toBeDefined();
        expect(isDeepStrictEqual(fast.data, slow!.data), text).toBe(true);
        expect(Object.keys(fast.data)).toEqual(Object.keys(slow!.data as object));
        const fastWarnings = readYamlText(text, "f.yaml", { figures: true }).warnings;
        expect(fastWarnings, text).toEqual(lostDigitWarnings(text, "f.yaml"));
      }),
      { seed: 32, numRuns: 5000 },
    );
    // the property says something only if many of the texts take the fast path
    expect(accepted).toBeGreaterThan(1500);
  });

  it("reads JSON with JSON.parse only where yaml reads the same", () => {
    const json = fc.jsonValue({ maxDepth: 3 }).map((v) => ({ data: v }));
    const spacing = fc.constantFrom(undefined, 2, "\t", "  ");
    let accepted = 0;
    fc.assert(
      fc.property(json, spacing, fc.integer(), (value, space, seed) => {
        const g = generator(seed);
        let text = JSON.stringify(value, null, space);
        if (g.chance(0.2)) text = text.replace(/\n/g, "\r\n");
        if (g.chance(0.3)) text = edit(g, text);
        const fast = readJsonText(text);
        if (fast === undefined) return;
        accepted += 1;
        const slow = yamlReading(text);
        expect(slow, text).toBeDefined();
        expect(isDeepStrictEqual(fast.data, slow!.data), text).toBe(true);
        const fastWarnings = readYamlText(text, "f.json", { figures: true }).warnings;
        expect(fastWarnings, text).toEqual(lostDigitWarnings(text, "f.json"));
      }),
      { seed: 33, numRuns: 1500 },
    );
    expect(accepted).toBeGreaterThan(800);
  });

  it("reads a repeated key, a tab, an alias, a tag or a merge key with yaml, which reports or expands them", () => {
    expect(readPlainYaml("a: 1\nb: 2\na: 3\n")).toBeUndefined();
    expect(readPlainYaml("a: { x: 1, x: 2 }\n")).toBeUndefined();
    expect(readPlainYaml("2020: 1\n'2020': 2\n")).toBeUndefined();
    expect(readPlainYaml("a:\n\tb: 1\n")).toBeUndefined();
    expect(readPlainYaml("a: &x 1\nb: *x\n")).toBeUndefined();
    expect(readPlainYaml("a: !!float 1\n")).toBeUndefined();
    expect(readPlainYaml("a: ! x\n")).toBeUndefined();
    expect(readPlainYaml("a: &x { b: 1 }\nc:\n  <<: *x\n")).toBeUndefined();
    expect(readPlainYaml("<<: { b: 1 }\n")).toBeUndefined();
    expect(readPlainYaml("a: [1,\n2]\n")).toBeUndefined(); // js-yaml only warns of the indentation, yaml refuses it
    expect(readPlainYaml("- a\n")).toBeUndefined();
    expect(readPlainYaml("")).toBeUndefined();
    expect(readJsonText('{"a": 1, "a": 2}')).toBeUndefined();
    expect(readJsonText('{"a":\r1}')).toBeUndefined();
    expect(readPlainYaml("a: 1\nb: [2, 3]\nc: { d: '4' }\n")?.data).toEqual({ a: 1, b: [2, 3], c: { d: "4" } });
  });

  it("leaves to yaml the scalars and keys js-yaml reads otherwise, and reads the others as yaml does", () => {
    // js-yaml reads -0 as 0, 0b11 and signed hexadecimal or octal as numbers, -.5 and 1e400 as strings
    for (const written of ["-0", "0b11", "-0x1F", "+0x1F", "-0o17", "-.5", "+.5", "1e400", "1".repeat(400)])
      expect(readPlainYaml(`a: ${written}\n`), written).toBeUndefined();
    // null and collection keys: "" and "[ a ]" to yaml, "null" and "a" to js-yaml
    for (const text of ["~: 1\n", "null: 1\n", "a: {: 1}\n", "[a]: 1\n", "? [a]\n: 1\n", "a: {[a]}\n", "a: {b, ~}\n"])
      expect(readPlainYaml(text), text).toBeUndefined();
    expect(readPlainYaml(`${"k".repeat(1030)}: 1\n`)).toBeUndefined(); // a key longer than yaml's 1024 characters
    // an explicit null key in a flow sequence, an empty entry before an outer one, trailing lines kept by `|+`, a
    // first line of spaces, a comment against a quote, an escaped line break before an empty line
    const otherwise = [
      "a: [? ~]\n",
      "a:\n- -\n- x\n",
      "a: |+\n  x\n\n  ",
      "a: >\n    \n  # c\nb: 1\n",
      "a: 'x'#c\n",
      'a: "x\\\n\n  y"\n',
    ];
    for (const text of otherwise) expect(readPlainYaml(text), text).toBeUndefined();
    const plain = [
      "9007199254740993",
      "123456789012345678901234567890",
      ".inf",
      "-.Inf",
      ".nan",
      "0x1F",
      "0o17",
      "1e3",
      "-1.5E-2",
      ".5",
      "1.",
      "007",
      "~",
      "",
      "null",
      "True",
      "+0",
      "-0.0",
      "1_000",
      "2021-01-01",
      "yes",
    ];
    for (const written of plain) {
      const text = `a: ${written}\nb: [${written}]\n`;
      const fast = readPlainYaml(text);
      expect(fast, written).toBeDefined();
      expect(isDeepStrictEqual(fast!.data, yamlReading(text)!.data), written).toBe(true);
    }
  });
});
