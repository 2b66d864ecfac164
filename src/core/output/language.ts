/**
 * The languages plansheet writes for people in: Chinese first (the default everywhere), English on request. Labels,
 * sentences, table headers and chart words each come in both.
 */
export type Language = "zh" | "en";
