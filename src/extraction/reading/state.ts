import type { DocumentContext } from "../context/document-context.js";
import type { TimeFrame } from "../context/sections.js";
import type { ReadingText } from "../document/index.js";
import type { Base } from "./comparison.js";
import type { Identity } from "./identity.js";
import type { Readings } from "./reading.js";

/** What a sentence has said so far, which holds for its later clauses. */
export interface SentenceState {
  year?: number;
  relative?: "this" | "last" | "section";
  /** The sentence speaks of the year's end (年末). */
  yearEnd?: boolean;
  period?: string;
  base?: Base;
  frame?: "parts" | "places";
  /** The frame is 其中's (the parts of the subject just named). */
  within?: boolean;
  /** The whole a frame names (在法人单位中), which its parts are of. */
  frameWhole?: string;
  /** The subject 其中 broke down (研究生招生2.5万人，其中…): the whole its parts cannot outgrow. */
  withinWhole?: Identity;
  basis?: "comparable" | "current";
  estimate: boolean;
  identity?: Identity;
  /** The subjects of a list (A、B和C分别…), which a later 分别 in the sentence assigns in turn. */
  list?: Identity[];
  /** Places named as a list (桐庐县、淳安县和建德市…), whose figures a later clause of the sentence gives in turn. */
  places?: string[];
  /** Where the clause that named the current subject starts: a figure that goes on about it is quoted from there. */
  subjectStart?: number;
  /** The subjects of the sentence's clauses so far: 森林覆盖率48.08%，林木绿化率72.75%，分别提高4.8和5.5个百分点. */
  subjects?: Identity[];
  siblingMeasure?: string;
  /** Years printed as a range (2020—2023年，…) for what follows. */
  range?: { from: number; to: number };
  /** The identity whose growth rate was the last figure read: a point change right after it is a change of that rate. */
  lastGrowth?: Identity;
  /** The whole the last share of a mention was of (占GDP比重由30%提升至58.4%: both of GDP). */
  shareOf?: { readonly mention?: number; readonly of: string };
  /** Whether that rate was the real one (实际增长), beside a nominal rate of the same subject. */
  lastGrowthReal?: boolean;
  /** A subject the clause before named after 是 without a figure (其次是人均财产净收入，达12924元): the next one's. */
  introduced?: string;
}

/** What a paragraph has said so far: the indicator it speaks of, the part of the year, the last subject. */
export interface ParagraphState {
  topic?: Identity;
  period?: string;
  lastIdentity?: Identity;
}

/** What a clause is read with. */
export interface ClauseContext {
  readonly doc: DocumentContext;
  readonly frame: TimeFrame;
  readonly reading: ReadingText;
  readonly out: Readings;
}

/** Whether two identities are one indicator (region, part and id), whatever their mentions. */
export const sameIdentity = (a?: Identity, b?: Identity) =>
  !!a && !!b && a.indicator === b.indicator && a.region === b.region && a.breakdown === b.breakdown;
