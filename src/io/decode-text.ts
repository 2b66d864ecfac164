/**
 * Text from a file's bytes: UTF-8 (a byte-order mark dropped), else GB18030, which covers GBK and GB2312 — the
 * encodings of Chinese government sites and of a CSV file saved by Excel on a Chinese system. `undefined` when
 * neither reads the bytes.
 */
export function decodeText(
  bytes: Uint8Array,
): { readonly text: string; readonly encoding: "utf-8" | "gb18030" } | undefined {
  for (const encoding of ["utf-8", "gb18030"] as const) {
    try {
      return { text: new TextDecoder(encoding, { fatal: true }).decode(bytes).replace(/^\uFEFF/, ""), encoding };
    } catch {
      // not this encoding: try the next
    }
  }
  return undefined;
}
