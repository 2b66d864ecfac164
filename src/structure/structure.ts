import type { Issue, Language, QuantityLiteral, Timeline } from "../core/index.js";
import type { CheckedFormula } from "../formula/index.js";
import type { Unit } from "../units/index.js";
import type { CellLayout } from "./cell-layout.js";
import type { CellGraph } from "./graph.js";
import type { CellRuleCode } from "./rules.js";
import type { ValidOverride } from "./schema.js";
import type { DistributionSpec } from "./distributions/index.js";
import type { CorrelationInfo, DrawMode } from "./uncertainty.js";
import type { SourceInfo } from "./source.js";
import type { ValueTable } from "./value-table.js";

/** A label in Chinese and/or English. @inline */
export interface Labels {
  readonly zh?: string;
  readonly en?: string;
}

/**
 * What to call an indicator, a target or a scenario in `lang`: its label in that language, else its label in the
 * other, else its id. The one rule every table, chart, sentence and page names things by.
 */
export function labelIn(label: Labels | undefined, id: string, lang: Language): string {
  return (lang === "en" ? (label?.en ?? label?.zh) : (label?.zh ?? label?.en)) ?? id;
}

/** A formula of an indicator: its text as written and, when it built, its checked form. */
export interface IndicatorFormula {
  readonly text: string;
  readonly checked?: CheckedFormula;
}

/** A reported value with the quote it comes from. */
export interface HistoryEntry {
  readonly literal: QuantityLiteral;
  readonly quote?: string;
  readonly note?: string;
  readonly assumption?: boolean;
}

/** An indicator after the model was built: its definition read and checked, and its series slot. */
export interface IndicatorInfo {
  readonly id: string;
  /** Position of the indicator's series in every value table. */
  readonly slot: number;
  readonly label: Labels;
  /** The declared unit, or `undefined` when none was given (then it is not checked). */
  readonly unit: Unit | undefined;
  readonly assumption: boolean;
  readonly note?: string;
  readonly quote?: string;
  readonly source?: string;
  readonly groups: readonly string[];
  readonly history: ReadonlyMap<number, HistoryEntry>;
  readonly formula?: IndicatorFormula;
  readonly projection?: IndicatorFormula;
  /** The rule for years before the base year that have no reported value. */
  readonly backcast?: IndicatorFormula;
  /** True when the indicator has an input `value`: scenarios, levers and distributions may set it. */
  readonly isInput: boolean;
}

/** A scenario after validation: its overrides and its chain of parents, root first. */
export interface ScenarioInfo {
  readonly id: string;
  readonly label: Labels;
  readonly note?: string;
  readonly extends?: string;
  readonly set: ReadonlyMap<string, ValidOverride>;
  /** The scenario ids whose overrides apply, root first and this one last. */
  readonly chain: readonly string[];
}

/** A target after checking: a condition over the model's cells. */
export interface TargetInfo {
  readonly id: string;
  readonly label: Labels;
  readonly kind?: "约束性" | "预期性";
  readonly quote?: string;
  readonly note?: string;
  readonly text: string;
  readonly checked?: CheckedFormula;
  /** The input a planner would move to meet it, when the model names one. */
  readonly lever?: string;
  /** The inputs marked as assumptions that the target depends on, directly or through formulas. */
  readonly assumptions: readonly string[];
}

/** A lever: an input a planner can move between bounds. */
export interface LeverInfo {
  readonly id: string;
  readonly slot: number;
  readonly min: QuantityLiteral;
  readonly max: QuantityLiteral;
  readonly label: Labels;
  readonly note?: string;
}

/** A distribution on an input, read and checked. */
export interface UncertaintyInfo {
  readonly id: string;
  readonly slot: number;
  readonly spec: DistributionSpec;
  readonly draw: DrawMode;
  readonly note?: string;
}

/**
 * A built model: everything read, checked and ordered, ready to evaluate under any scenario. Plain data; the
 * evaluation layer runs it.
 */
export interface ModelStructure {
  readonly name?: string;
  readonly description?: string;
  readonly timeline: Timeline;
  readonly indicators: readonly IndicatorInfo[];
  readonly indicatorById: ReadonlyMap<string, IndicatorInfo>;
  readonly groups: ReadonlyMap<string, { readonly members: readonly string[]; readonly label: Labels }>;
  readonly scenarios: ReadonlyMap<string, ScenarioInfo>;
  readonly targets: readonly TargetInfo[];
  readonly levers: readonly LeverInfo[];
  readonly uncertainty: readonly UncertaintyInfo[];
  readonly correlations?: CorrelationInfo;
  /**
   * The definition the model was built from, as given, when it was not read from text (`source.text`): with
   * either, the model can be built again elsewhere (in a worker thread). A definition read from text is not
   * kept, since the text holds it in less memory.
   */
  readonly definition?: unknown;
  /** Where each cell lies in the tables below: `slot × years + yearIndex` (see {@link CellLayout}). */
  readonly layout: CellLayout;
  /** The rule of every cell, see {@link CellRuleCode}. */
  readonly rules: Uint8Array;
  /** Why a cell is a gap, or why its rule failed to build, by cell. */
  readonly cellReasons: ReadonlyMap<number, string>;
  /** Reported values, by cell. */
  readonly history: ValueTable;
  /** Input values of the model itself, before any scenario, by cell. */
  readonly inputs: ValueTable;
  readonly graph: CellGraph;
  /** Warnings and notes from building (errors too, for a partial model). */
  readonly issues: readonly Issue[];
  readonly source: SourceInfo;
}
