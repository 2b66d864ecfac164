/** The report page: one self-contained, printable HTML file of a model, its checks, targets, charts and tables. */
export { reportPage, targetedIndicators, type ReportPageOptions } from "./report-page.js";
