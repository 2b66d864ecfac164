import { lookupUnitWord } from "./catalogue.js";
import { DIMENSIONLESS, divideUnits, multiplyUnits, powerUnit, type Unit } from "./unit.js";

/** A unit read from its name, with the words plansheet did not know (each became an opaque count). */
export interface ParsedUnit {
  readonly unit: Unit;
  readonly unknownWords: readonly string[];
}

function opaque(word: string): Unit {
  return { name: word, dims: { [`unknown:${word}`]: 1 }, scale: { num: 1n, den: 1n }, flavour: "none", known: false };
}

function readFactor(text: string, unknown: string[]): Unit {
  const match = /^(.*?)(?:\^(-?\d+)|([²³]))?$/.exec(text.trim())!;
  const word = match[1]!.trim();
  const exponent = match[2] !== undefined ? Number(match[2]) : match[3] === "²" ? 2 : match[3] === "³" ? 3 : 1;
  let unit = lookupUnitWord(word);
  if (!unit) {
    unknown.push(word);
    unit = opaque(word);
  }
  return exponent === 1 ? unit : powerUnit(unit, exponent);
}

function readProduct(text: string, unknown: string[]): Unit {
  return text
    .split(/[·*×]/)
    .map((part) => readFactor(part, unknown))
    .reduce((acc, u) => multiplyUnits(acc, u));
}

/**
 * Reads a unit name: a catalogue word (`亿元`, `万吨标准煤`, `%`, `百分点`), or a compound of words with `/`
 * and `·` (`吨标准煤/万元`, `平方米/人`, `人/平方公里`). The result keeps the name as written. An unknown word
 * becomes its own count unit and is listed in `unknownWords` (plansheet warns, never refuses). An empty name
 * is a plain ratio.
 */
export function parseUnit(name: string): ParsedUnit {
  const text = name.trim();
  if (text === "") return { unit: DIMENSIONLESS, unknownWords: [] };
  const direct = lookupUnitWord(text);
  if (direct) return { unit: direct, unknownWords: [] };
  const unknown: string[] = [];
  const [numerator, ...denominators] = text.split("/");
  let unit = readProduct(numerator!, unknown);
  for (const d of denominators) unit = divideUnits(unit, readProduct(d, unknown));
  return { unit: { ...unit, name: text, known: unknown.length === 0 }, unknownWords: unknown };
}
