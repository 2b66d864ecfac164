import * as mathjs from "mathjs";
import { isNameStart } from "./lexer.js";

/**
 * The factories mathjs's `parse` is made of, and no more: the node classes, `typed`, and `numeric` for number
 * literals (read as plain numbers, mathjs's default). mathjs's own `parseDependencies` also bring in units,
 * matrices and their arithmetic, because two node classes list evaluation helpers among their dependencies;
 * those only run when a node is evaluated, which plansheet never does, so `subset` is given as a function that
 * says so. The tree `parse` returns is the one the full set-up returns (a property test compares them).
 */
// mathjs's types do not list its factories; each is read by name from the module (never through a copy of the
// namespace, so that a bundler keeps only these)
type Factories = Record<`create${string}`, mathjs.FactoryFunction<unknown>>;

const PARSER_FACTORIES = {
  createParse: (mathjs as unknown as Factories).createParse,
  createNode: (mathjs as unknown as Factories).createNode,
  createResultSet: (mathjs as unknown as Factories).createResultSet,
  createTyped: (mathjs as unknown as Factories).createTyped,
  createNumber: (mathjs as unknown as Factories).createNumber,
  createNumeric: (mathjs as unknown as Factories).createNumeric,
  createIsBounded: (mathjs as unknown as Factories).createIsBounded,
  createSize: (mathjs as unknown as Factories).createSize,
  createAccessorNode: (mathjs as unknown as Factories).createAccessorNode,
  createArrayNode: (mathjs as unknown as Factories).createArrayNode,
  createAssignmentNode: (mathjs as unknown as Factories).createAssignmentNode,
  createBlockNode: (mathjs as unknown as Factories).createBlockNode,
  createConditionalNode: (mathjs as unknown as Factories).createConditionalNode,
  createConstantNode: (mathjs as unknown as Factories).createConstantNode,
  createFunctionAssignmentNode: (mathjs as unknown as Factories).createFunctionAssignmentNode,
  createFunctionNode: (mathjs as unknown as Factories).createFunctionNode,
  createIndexNode: (mathjs as unknown as Factories).createIndexNode,
  createObjectNode: (mathjs as unknown as Factories).createObjectNode,
  createOperatorNode: (mathjs as unknown as Factories).createOperatorNode,
  createParenthesisNode: (mathjs as unknown as Factories).createParenthesisNode,
  createRangeNode: (mathjs as unknown as Factories).createRangeNode,
  createRelationalNode: (mathjs as unknown as Factories).createRelationalNode,
  createSymbolNode: (mathjs as unknown as Factories).createSymbolNode,
  createSubset: mathjs.factory("subset", [], () => () => {
    throw new Error("plansheet reads formulas with mathjs but never evaluates them there");
  }),
};

/** mathjs's parser as plansheet uses it: a text in, mathjs's node tree out (or a SyntaxError with `char`). */
export type MathjsParse = (text: string) => unknown;

let parse: MathjsParse | undefined;

/**
 * The parser of a private mathjs instance, made on the first call (a command that reads no formula does not pay
 * for it), with mathjs's notion of a letter widened to CJK ideographs — without touching any other mathjs
 * instance in the process.
 */
export function mathjsParse(): MathjsParse {
  if (!parse) {
    const math = mathjs.create(PARSER_FACTORIES as mathjs.FactoryFunctionMap);
    math.parse.isAlpha = (c: string) => isNameStart(c);
    parse = (text) => math.parse(text);
  }
  return parse;
}
