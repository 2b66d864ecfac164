/** A model as a workbook: live Excel formulas from the model's own formulas, with plansheet's values cached. */
export { workbookPlan, type PlannedCell, type CellStyle, type WorkbookOptions } from "./plan.js";
