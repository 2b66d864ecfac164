import type { Labels } from "../structure/index.js";

/** `地区生产总值 GDP`: the Chinese and English labels together, or whichever exists, or the fallback. */
export function bilingual(label: Labels, fallback = ""): string {
  const parts = [label.zh, label.en].filter((p): p is string => !!p);
  return parts.length > 0 ? parts.join(" ") : fallback;
}
