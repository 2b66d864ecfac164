import { Dec, joinSpans, makeSpan, type IssueCode, type Span } from "../core/index.js";
import type { CompareOp, Expr } from "./ast.js";
import { lexFormula, type LeafToken, type NameGrammar } from "./lexer.js";
import { refusedText, type FormulaProblem } from "./refused-text.js";
import { mathjsParse } from "./mathjs-parser.js";

/** Nesting deeper than this is refused: every walk over a formula is recursive, and stacks are finite. */
export const MAX_FORMULA_DEPTH = 200;

/**
 * The longest formula read, in characters: some 40,000 terms, far beyond any plan's sum of parts, and read,
 * checked and compiled in well under a second. Past it a formula is refused rather than left to take minutes.
 */
export const MAX_FORMULA_LENGTH = 200_000;

export type { FormulaProblem };

/** The outcome of reading a formula: its tree, or the first problem found. @inline */
export type ParseOutcome =
  | { readonly ok: true; readonly expr: Expr }
  | { readonly ok: false; readonly problem: FormulaProblem };

/** Words that reach into mathjs itself; refused outright, whatever arguments they get. */
const DANGEROUS_FUNCTIONS = new Set([
  "import",
  "createUnit",
  "evaluate",
  "parse",
  "compile",
  "simplify",
  "derivative",
  "config",
  "typed",
  "chain",
  "help",
  "reviver",
  "replacer",
  "resolve",
  "parser",
  "factory",
  "create",
]);

/** The shape of the mathjs nodes this module reads (mathjs's own types are too loose to help). */
interface MathNode {
  readonly type: string;
  readonly name?: string;
  readonly value?: unknown;
  readonly op?: string;
  readonly fn?: string | MathNode;
  readonly args?: readonly MathNode[];
  readonly implicit?: boolean;
  readonly content?: MathNode;
  readonly object?: MathNode;
  readonly index?: MathNode;
  readonly dimensions?: readonly MathNode[];
  readonly dotNotation?: boolean;
  readonly optionalChaining?: boolean;
}

class Refusal extends Error {
  constructor(readonly problem: FormulaProblem) {
    super(problem.message);
  }
}

const COMPARE: Record<string, CompareOp> = {
  smaller: "<",
  smallerEq: "<=",
  larger: ">",
  largerEq: ">=",
  equal: "==",
  unequal: "!=",
};

const NODE_NAMES: Record<string, string> = {
  ConditionalNode: "the `? :` operator (write if(condition, a, b))",
  AssignmentNode: "an assignment",
  FunctionAssignmentNode: "a function definition",
  BlockNode: "several statements",
  ArrayNode: "a matrix or list",
  ObjectNode: "an object",
  RangeNode: "a range (a:b)",
  RelationalNode: "a chained comparison (write a < b and b < c)",
  IndexNode: "an index",
};

/** Tokens taken in order, from the front. */
class TokenQueue {
  #next = 0;
  constructor(readonly tokens: readonly LeafToken[]) {}

  shift(): LeafToken | undefined {
    return this.tokens[this.#next++];
  }

  /** The first token not yet taken whose text is `text`. */
  find(text: string): LeafToken | undefined {
    for (let k = this.#next; k < this.tokens.length; k++) if (this.tokens[k]!.text === text) return this.tokens[k];
    return undefined;
  }
}

/**
 * Walks mathjs's tree in source order, turning each node into plansheet's {@link Expr}. Leaves take their
 * spans from the lexer's tokens, consumed in order by kind; inner nodes span their children.
 */
class Converter {
  // Each kind of leaf token with a cursor to the next one to take: taking is constant time, so that reading a
  // formula of a hundred thousand terms stays linear.
  readonly #names: TokenQueue;
  readonly #numbers: TokenQueue;
  readonly #strings: TokenQueue;
  readonly #whole: Span;

  constructor(tokens: readonly LeafToken[], length: number) {
    this.#names = new TokenQueue(tokens.filter((t) => t.kind === "name"));
    this.#numbers = new TokenQueue(tokens.filter((t) => t.kind === "number"));
    this.#strings = new TokenQueue(tokens.filter((t) => t.kind === "string"));
    this.#whole = { start: 0, end: length };
  }

  refuse(code: IssueCode, message: string, span: Span, hint?: string): never {
    throw new Refusal({ code, message, span, ...(hint ? { hint } : {}) });
  }

  /** The next name token, which must be the name mathjs read (`name`); its span and its text as written. */
  #takeName(name: string): Span {
    return this.#takeNameToken(name).span;
  }

  #takeNameToken(name: string): LeafToken {
    const token = this.#names.shift();
    if (!token || (token.mathjs ?? token.text) !== name) {
      this.refuse("syntax", `unexpected name or character near '${name}'`, token?.span ?? this.#whole);
    }
    return token;
  }

  convert(node: MathNode, depth: number): Expr {
    if (depth > MAX_FORMULA_DEPTH) {
      this.refuse(
        "formula_too_deep",
        `the formula nests more than ${MAX_FORMULA_DEPTH} levels deep`,
        this.#whole,
        "split it into several indicators, or put the terms in a group and use sumOf(group)",
      );
    }
    switch (node.type) {
      case "ConstantNode":
        return this.#constant(node);
      case "SymbolNode": {
        const { span, text } = this.#takeNameToken(node.name!);
        return text === "t" ? { kind: "t", span } : { kind: "ref", name: text, span, nameSpan: span };
      }
      case "ParenthesisNode":
        return this.convert(node.content!, depth + 1);
      case "OperatorNode":
        return this.#operator(node, depth);
      case "FunctionNode":
        return this.#call(node, depth);
      case "AccessorNode":
        return this.#accessor(node, depth);
      default:
        return this.refuse(
          "refused_construct",
          `${NODE_NAMES[node.type] ?? node.type} is not allowed in a formula`,
          this.#whole,
        );
    }
  }

  #constant(node: MathNode): Expr {
    if (typeof node.value === "number") {
      const token = this.#numbers.shift();
      if (!token || !Number.isFinite(node.value) || Number(token.digits) !== node.value) {
        this.refuse(
          "refused_construct",
          `only finite decimal numbers are allowed (${String(node.value)})`,
          token?.span ?? this.#whole,
          "write numbers as digits, like 276, 0.05, 5% or 0.6pp",
        );
      }
      const literal = token.literal ?? "plain";
      const exactDigits = token.digits!;
      const exact = literal === "plain" ? exactDigits : shiftDecimal(exactDigits);
      const value = literal === "plain" ? node.value : Number(exact);
      return { kind: "number", value, exact, literal, text: token.text, span: token.span };
    }
    if (typeof node.value === "string") {
      const token = this.#strings.shift();
      this.refuse(
        "refused_construct",
        "text (a string constant) is not allowed in a formula",
        token?.span ?? this.#whole,
      );
    }
    const word = String(node.value);
    const token = this.#names.find(word);
    return this.refuse(
      "refused_construct",
      `the constant '${word}' is not allowed in a formula: formulas compute numbers and conditions`,
      token?.span ?? this.#whole,
    );
  }

  #operator(node: MathNode, depth: number): Expr {
    const fn = node.fn as string;
    const args = node.args ?? [];
    if (node.implicit) {
      const left = this.convert(args[0]!, depth + 1);
      const right = this.convert(args[1]!, depth + 1);
      this.refuse(
        "refused_construct",
        "two terms stand side by side without an operator",
        joinSpans(left.span, right.span),
        "write the multiplication out: 2 * x",
      );
    }
    if (fn === "add" || fn === "subtract") return this.#sum(node, depth);
    if (fn === "multiply" || fn === "divide") return this.#product(node, depth);
    if (fn === "pow") {
      const base = this.convert(args[0]!, depth + 1);
      const exponent = this.convert(args[1]!, depth + 1);
      return { kind: "power", base, exponent, span: joinSpans(base.span, exponent.span) };
    }
    if (fn === "unaryMinus" || fn === "unaryPlus") {
      const arg = this.convert(args[0]!, depth + 1);
      return fn === "unaryPlus" ? arg : { kind: "negate", arg, span: arg.span };
    }
    if (fn in COMPARE) {
      const left = this.convert(args[0]!, depth + 1);
      const right = this.convert(args[1]!, depth + 1);
      return { kind: "compare", op: COMPARE[fn]!, left, right, span: joinSpans(left.span, right.span) };
    }
    if (fn === "and" || fn === "or") {
      const left = this.convert(args[0]!, depth + 1);
      const right = this.convert(args[1]!, depth + 1);
      return { kind: "logic", op: fn, left, right, span: joinSpans(left.span, right.span) };
    }
    if (fn === "not") {
      const arg = this.convert(args[0]!, depth + 1);
      return { kind: "not", arg, span: arg.span };
    }
    const spans = args.map((a) => this.convert(a, depth + 1).span);
    const span = spans.length > 0 ? spans.reduce(joinSpans) : this.#whole;
    if (fn === "mod") {
      return this.refuse(
        "refused_construct",
        "there is no remainder operator in formulas",
        span,
        "% must follow a number directly: 5% is five percent",
      );
    }
    return this.refuse("refused_construct", `the operator '${node.op}' is not allowed in a formula`, span);
  }

  /**
   * Flattens a left spine of one operator family — `((a + b) - c) + d`, or `((a * b) / c) * d` — into its operands
   * in source order, each marked when it comes after the family's second operator (`-` or `/`). Iterative along
   * the spine, so ten thousand terms are no deeper than one.
   */
  #chain(node: MathNode, depth: number, ops: readonly [string, string]): { inverse: boolean; expr: Expr }[] {
    const spine: MathNode[] = [];
    let cur: MathNode = node;
    while (
      cur.type === "OperatorNode" &&
      (cur.fn === ops[0] || cur.fn === ops[1]) &&
      cur.args?.length === 2 &&
      !cur.implicit
    ) {
      spine.push(cur);
      cur = cur.args[0]!;
    }
    const operands = [{ inverse: false, expr: this.convert(cur, depth + 1) }];
    for (let k = spine.length - 1; k >= 0; k--) {
      const op = spine[k]!;
      operands.push({ inverse: op.fn === ops[1], expr: this.convert(op.args![1]!, depth + 1) });
    }
    return operands;
  }

  #sum(node: MathNode, depth: number): Expr {
    const terms = this.#chain(node, depth, ["add", "subtract"]).map((o) => ({ subtract: o.inverse, expr: o.expr }));
    return { kind: "sum", terms, span: joinSpans(terms[0]!.expr.span, terms[terms.length - 1]!.expr.span) };
  }

  #product(node: MathNode, depth: number): Expr {
    const factors = this.#chain(node, depth, ["multiply", "divide"]).map((o) => ({ divide: o.inverse, expr: o.expr }));
    return { kind: "product", factors, span: joinSpans(factors[0]!.expr.span, factors[factors.length - 1]!.expr.span) };
  }

  #call(node: MathNode, depth: number): Expr {
    const fnNode = node.fn as MathNode;
    if (typeof fnNode !== "object" || fnNode.type !== "SymbolNode") {
      this.refuse("refused_construct", "only plansheet's own functions can be called, by name", this.#whole);
    }
    const name = fnNode.name!;
    const nameSpan = this.#takeName(name);
    if (DANGEROUS_FUNCTIONS.has(name)) {
      this.refuse(
        "refused_construct",
        `'${name}' is not allowed in a formula`,
        nameSpan,
        "formulas may call plansheet's planning and math functions only",
      );
    }
    const args = (node.args ?? []).map((a) => this.convert(a, depth + 1));
    const last = args.length > 0 ? args[args.length - 1]!.span : nameSpan;
    return { kind: "call", name, args, nameSpan, span: makeSpan(nameSpan.start, last.end + 1) };
  }

  #accessor(node: MathNode, depth: number): Expr {
    const object = node.object!;
    const index = node.index!;
    if (index.dotNotation || node.optionalChaining) {
      const span = object.type === "SymbolNode" ? this.#takeName(object.name!) : this.#whole;
      this.refuse("refused_construct", "property access (a.b) is not allowed in a formula", span);
    }
    if (object.type !== "SymbolNode") {
      this.refuse("refused_construct", "only an indicator can take a year in brackets, as in gdp[t-1]", this.#whole);
    }
    const { span: nameSpan, text: refName } = this.#takeNameToken(object.name!);
    const dims = index.dimensions ?? [];
    if (dims.length !== 1) {
      this.refuse(
        "refused_construct",
        `${object.name}[…] takes exactly one year`,
        nameSpan,
        "write gdp[t-1] or gdp[2021]",
      );
    }
    if (dims[0]!.type === "RangeNode") {
      this.refuse(
        "refused_construct",
        "a range of years in brackets is not allowed",
        nameSpan,
        "use sum(x, 2021, 2025) or mean(x, 2021, 2025)",
      );
    }
    const indexExpr = this.convert(dims[0]!, depth + 1);
    return {
      kind: "ref",
      name: refName,
      index: indexExpr,
      nameSpan,
      span: makeSpan(nameSpan.start, indexExpr.span.end + 1),
    };
  }
}

/** "5" → "0.05": the digits of a percent or pp literal divided by 100, exactly, as decimal text. */
function shiftDecimal(digits: string): string {
  return new Dec(digits).div(100).toString();
}

/**
 * Reads a formula's text into plansheet's tree. Returns the first problem found: a syntax error (with its
 * position), a refused construct (strings, assignments, property access, matrices, `import`, `evaluate` …),
 * or a formula nested too deeply. Names are not resolved here; `checkFormula` does that. `names: "filed"` also
 * reads the names a claims file files figures under (`城镇·income#12`, see {@link NameGrammar}).
 */
export function parseFormula(text: string, names: NameGrammar = "model"): ParseOutcome {
  if (text.length > MAX_FORMULA_LENGTH) {
    return {
      ok: false,
      problem: {
        code: "formula_too_long",
        message: `the formula is ${text.length.toLocaleString("en-US")} characters long; plansheet reads formulas of up to ${MAX_FORMULA_LENGTH.toLocaleString("en-US")}`,
        hint: "put the terms in a group and use sumOf(group), or split the formula into several indicators",
        span: { start: MAX_FORMULA_LENGTH, end: text.length },
      },
    };
  }
  const lexed = lexFormula(text, names);
  const refused = refusedText(text, lexed, names);
  if (refused) return { ok: false, problem: refused };
  const { tokens, mathjsText } = lexed;
  let root: MathNode;
  try {
    root = mathjsParse()(mathjsText) as unknown as MathNode;
  } catch (error) {
    if (error instanceof RangeError) {
      return {
        ok: false,
        problem: {
          code: "formula_too_deep",
          message: "the formula nests too deeply to read",
          span: { start: 0, end: text.length },
          hint: "split it into several indicators",
        },
      };
    }
    const char = (error as { char?: number }).char;
    const at = typeof char === "number" ? Math.max(0, Math.min(text.length, char - 1)) : 0;
    const message = String((error as Error).message).replace(/\s*\(char \d+\)\s*$/, "");
    return {
      ok: false,
      problem: {
        code: "syntax",
        message: lowerFirst(message),
        span: { start: at, end: Math.min(text.length, at + 1) },
      },
    };
  }
  try {
    const converter = new Converter(tokens, text.length);
    return { ok: true, expr: converter.convert(root, 0) };
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, problem: error.problem };
    if (error instanceof RangeError) {
      return {
        ok: false,
        problem: {
          code: "formula_too_deep",
          message: "the formula nests too deeply to read",
          span: { start: 0, end: text.length },
        },
      };
    }
    throw error;
  }
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}
