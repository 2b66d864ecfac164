import { didYouMean, formatFilePosition, parseQuantityLiteral, type Issue } from "../core/index.js";
import type { DataSource, SourceInfo, SourceLocator, SourcePlace } from "../structure/index.js";
import type { GridRead } from "./data-grid.js";
import { issueAt, splitHeaderUnit, tablePoints, type DataPoint, type TablePoints } from "./data-layout.js";
import { checkUnit, convertedText } from "./data-units.js";
import { normalName as normal, normalUnit, quoteCell } from "./data-words.js";

/** A model's definition with its data files' values written into its indicators' history, and where each came from. */
export interface DataApplied {
  readonly definition: unknown;
  readonly source: SourceInfo;
  readonly issues: readonly Issue[];
}

type Definition = Record<string, unknown> & { indicators?: Record<string, Record<string, unknown>> };

/**
 * A cell's text as plansheet reads a number: `1,234.5` (thousands separated), `12.3%`, `0.6个百分点`, full-width
 * digits, `−3.2` with a minus sign. In a column whose unit is % (or 百分点) a bare number is in that unit, as tables
 * print it: `12.3` is 12.3%. `undefined` when the text is not one number.
 */
export function printedNumber(text: string, unit: string | undefined): string | undefined {
  let t = text
    .normalize("NFKC")
    .trim()
    .replace(/^[\u2212\u2013]/, "-");
  if (/^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?\s*(?:%|pp|个?百分点)?$/.test(t)) t = t.replace(/,/g, "");
  const literal = parseQuantityLiteral(t);
  if (!literal) return undefined;
  if (literal.kind !== "plain" || unit === undefined) return t;
  const u = normalUnit(unit);
  return u === "%" ? `${t}%` : u === "pp" ? `${t}pp` : t;
}

/** The indicator names a table may use: each indicator's id and labels, compared in {@link normal} form. */
function nameIndex(indicators: Record<string, Record<string, unknown>>): {
  byName: Map<string, string[]>;
  names: string[];
} {
  const byName = new Map<string, string[]>();
  const names: string[] = [];
  const add = (name: unknown, id: string) => {
    if (typeof name !== "string" || name.trim() === "") return;
    names.push(name);
    const key = normal(name);
    const ids = byName.get(key) ?? [];
    if (!ids.includes(id)) ids.push(id);
    byName.set(key, ids);
  };
  for (const [id, indicator] of Object.entries(indicators)) {
    add(id, id);
    const label = indicator?.label;
    if (typeof label === "string") add(label, id);
    else if (label && typeof label === "object") {
      add((label as Record<string, unknown>).zh, id);
      add((label as Record<string, unknown>).en, id);
    }
  }
  return { byName, names };
}

const placeText = (at: SourcePlace) => formatFilePosition(at);

/** "did you mean …" among the model's names, compared in {@link normal} form (`GPD` is close to `gdp`), as written. */
function closeNames(name: string, names: readonly string[]): string | undefined {
  const written = new Map<string, string>();
  for (const n of names) if (!written.has(normal(n))) written.set(normal(n), n);
  const hint = didYouMean(normal(name), written.keys());
  return hint?.replace(/'([^']*)'/g, (_, n: string) => `'${written.get(n) ?? n}'`);
}

/**
 * Writes the values of each data file's table into the history of the indicators its rows or columns name, and
 * returns the definition without its `data` section and a locator that finds each such value in its data file.
 * A data entry's `ignore`, `missing` and `unit` are honoured: rows and columns skipped, signs read as gaps, values
 * converted exactly into their indicators' units. Every problem is an issue at its place: a name that matches no
 * indicator (with the closest names), a cell that is not a number, a unit other than the model's unasked, of another
 * dimension or differing within one indicator, a value given twice (by two rows, by two files, or by the model and a
 * file).
 */
export function applyData(
  definition: unknown,
  sources: readonly DataSource[],
  reads: readonly GridRead[],
  source: SourceInfo,
): DataApplied {
  const def = definition as Definition;
  const indicators = { ...(def.indicators ?? {}) };
  const { byName, names } = nameIndex(indicators);
  const issues: Issue[] = [];
  const places = new Map<string, SourcePlace>();
  const firstPoints = new Map<string, DataPoint>();
  const firstUnit = new Map<string, { unit: string; at: SourcePlace }>();
  const copied = new Set<string>();

  sources.forEach((spec, i) => {
    const read = reads[i]!;
    issues.push(...read.issues);
    if (!read.grid) return;
    const table = tablePoints(read.grid, {
      ...(spec.layout ? { layout: spec.layout } : {}),
      ...(spec.ignore ? { ignore: spec.ignore } : {}),
      ...(spec.missing ? { missing: spec.missing } : {}),
    });
    issues.push(...table.issues);
    if (unitsDisagree(spec, table, issues)) return;
    const columns = new Map(Object.entries(spec.columns ?? {}).map(([name, id]) => [normal(name), id]));
    for (const [name, id] of Object.entries(spec.columns ?? {})) {
      if (indicators[id] !== undefined) continue;
      const path = ["data", i, "columns", name];
      const hint = didYouMean(id, Object.keys(indicators));
      issues.push(
        issueAt(
          "data_unknown_name",
          `columns maps '${name}' to '${id}', which is not an indicator of the model`,
          hint,
          { ...source.locate?.(path), ...(source.file ? { file: source.file } : {}) },
        ),
      );
    }
    /** The indicator a name gives and the unit its brackets state, or why it gives none. */
    const resolve = (name: string): { id?: string; unit?: string; problem?: string } => {
      for (const candidate of [{ name }, splitHeaderUnit(name)]) {
        const key = normal(candidate.name);
        const mapped = columns.get(key);
        if (mapped !== undefined) return indicators[mapped] !== undefined ? { id: mapped, ...unitOf(candidate) } : {};
        const ids = byName.get(key);
        if (ids && ids.length > 1) return { problem: `names ${ids.length} indicators (${ids.join(", ")})` };
        if (ids) return { id: ids[0]!, ...unitOf(candidate) };
      }
      return { problem: "matches no indicator of the model" };
    };
    const unknown = new Set<string>();
    const seenRows = new Map<string, { at: SourcePlace; years: number[]; first: string; second: string; id: string }>();

    for (const point of table.points) {
      const found = resolve(point.name);
      if (found.id === undefined) {
        if (found.problem === undefined || unknown.has(point.name)) continue;
        unknown.add(point.name);
        const close = closeNames(splitHeaderUnit(point.name).name, names) ?? closeNames(point.name, names);
        const message = `${quoteCell(point.name)} in ${placeText(point.nameAt)} ${found.problem}${close ? `; ${close}` : ""}`;
        issues.push(
          issueAt(
            "data_unknown_name",
            message,
            `map it in the model's data entry: columns: { ${quoteCell(point.name)}: some_id }, or skip it: ignore: [${quoteCell(point.name)}]`,
            point.nameAt,
          ),
        );
        continue;
      }
      const id = found.id;
      const indicator = indicators[id]!;
      const stated = point.unit ?? found.unit;
      const unit = stated ?? table.unit?.text ?? spec.unit;
      const given = {
        unit,
        convert: spec.unit !== undefined,
        ...(stated === undefined && table.unit ? { statedAt: table.unit.at } : {}),
      };
      const verdict = checkUnit(id, indicator, given, point, firstUnit, issues);
      if (!verdict) continue;
      const printed = printedNumber(point.text, unit);
      if (printed === undefined) {
        const formula = point.text.startsWith("=");
        const message = formula
          ? `the cell for ${id} in ${point.year} is a formula (${quoteCell(point.text)}) without a saved result`
          : `${quoteCell(point.text)} for ${id} in ${point.year} is not a number`;
        const hint = formula
          ? "open and save the workbook in Excel or LibreOffice, so that it holds the formula's value"
          : `leave the cell empty for a year not reported, or name the sign the table uses for one: missing: [${quoteCell(point.text)}]; write numbers as 1234.5, 1,234.5 or 12.3%`;
        issues.push(issueAt("data_not_a_number", message, hint, point.at, { indicator: id, year: point.year }));
        continue;
      }
      const key = `${id}\u0000${point.year}`;
      const earlier = firstPoints.get(key);
      const inModel = !earlier && historyOf(indicator)?.[String(point.year)] !== undefined;
      if (earlier || inModel) {
        // Two rows (or columns) giving one indicator repeat it in every year: one issue for the pair, with its years.
        const first = earlier
          ? `${quoteCell(earlier.name)} at ${placeText(earlier.nameAt)}`
          : `the model at ${placeText({ ...(source.file ? { file: source.file } : {}), ...source.locate?.(["indicators", id, "history", point.year]) })}`;
        const second = `${quoteCell(point.name)} at ${placeText(point.nameAt)}`;
        const pair = earlier ? `${first}|${second}` : `${first}|${placeText(point.at)}`;
        const seen = seenRows.get(pair);
        if (seen) seen.years.push(point.year);
        else
          seenRows.set(pair, {
            at: point.at,
            years: [point.year],
            first,
            second: earlier ? second : placeText(point.at),
            id,
          });
        continue;
      }
      firstPoints.set(key, point);
      places.set(key, point.at);
      if (!copied.has(id)) {
        indicators[id] = { ...indicator, history: { ...(historyOf(indicator) ?? {}) } };
        copied.add(id);
      }
      (indicators[id]!.history as Record<string, unknown>)[String(point.year)] = convertedText(printed, verdict.factor);
    }
    for (const { at, years, first, second, id } of seenRows.values()) {
      const when =
        years.length === 1 ? String(years[0]) : `${years.length} years (${years[0]}–${years[years.length - 1]})`;
      const message = `${id} for ${when} is given twice: by ${first} and by ${second}`;
      issues.push(
        issueAt("data_duplicate", message, "keep one of them", at, {
          indicator: id,
          ...(years.length === 1 ? { year: years[0]! } : { years }),
        }),
      );
    }
  });

  const { data: _data, ...rest } = def;
  const locate: SourceLocator = (path, offset) => {
    if (path[0] === "indicators" && path[2] === "history" && path.length >= 4) {
      const at = places.get(`${String(path[1])}\u0000${String(path[3])}`);
      if (at) return at;
    }
    return source.locate?.(path, offset);
  };
  // Without the text a Monte Carlo worker rebuilds the model from this definition, with its data's values.
  const built: SourceInfo = { ...(source.file ? { file: source.file } : {}), locate };
  return { definition: { ...rest, indicators }, source: built, issues };
}

function unitOf(candidate: { unit?: string }): { unit?: string } {
  return candidate.unit !== undefined ? { unit: candidate.unit } : {};
}

function historyOf(indicator: Record<string, unknown>): Record<string, unknown> | undefined {
  const history = indicator.history;
  return history && typeof history === "object" ? (history as Record<string, unknown>) : undefined;
}

/**
 * The unit line of a table (`单位：亿元`) and the `unit:` of its data entry must agree: both say what the table's
 * figures are in. When they do not, an issue at the unit line, and the table is not read.
 */
function unitsDisagree(spec: DataSource, table: TablePoints, issues: Issue[]): boolean {
  if (spec.unit === undefined || table.unit === undefined) return false;
  if (normalUnit(spec.unit) === normalUnit(table.unit.text)) return false;
  const message = `${placeText(table.unit.at)} states the table's unit as ${table.unit.text}, but its data entry says unit: ${spec.unit}`;
  issues.push(
    issueAt("data_unit", message, `write unit: ${table.unit.text}, the unit the table's figures are in`, table.unit.at),
  );
  return true;
}
