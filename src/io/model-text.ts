import { buildModel, ModelError, type Model } from "../evaluation/index.js";
import { readYamlText } from "./read-text.js";

/**
 * Builds a model from the text of a YAML or JSON model file. `file` names it in error messages
 * (`model.yaml:12:22`).
 * @throws ModelError listing every problem, each with its line and column.
 */
export function parseModelText(text: string, file?: string): Model {
  const read = readYamlText(text, file);
  if (read.issues.length > 0 || read.data === undefined) throw new ModelError(read.issues);
  return buildModel(read.data, read.source);
}
