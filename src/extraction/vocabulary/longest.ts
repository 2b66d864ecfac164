/** Words longest first, so that an alternation of them matches the longest word at a place (万吨标准煤 before 万吨). */
export function longestFirst(words: readonly string[]): string[] {
  return [...words].sort((a, b) => b.length - a.length);
}
