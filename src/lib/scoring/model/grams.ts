/**
 * Character n-grams of a reply, the features of the scorer's learned second opinion
 * (`reading.ts`). Reading and training share this module, so a gram means the same in both.
 *
 * The text is folded code unit by code unit, so every gram keeps its place in the reply:
 * ASCII and full-width Latin letters to lower case, full-width ASCII forms to ASCII, and every
 * kind of white space to one space. The reply is read as if it had a space on either side, so
 * a gram can tell the start or end of the reply (" so", "。 ").
 */

/** Shortest and longest gram, in UTF-16 code units. */
export const MIN_GRAM = 2;
export const MAX_GRAM = 4;

/** The folded form of one UTF-16 code unit. */
export function foldCode(code: number): number {
  if (code >= 0x41 && code <= 0x5a) return code + 0x20;
  if (code >= 0xff01 && code <= 0xff5e) {
    const ascii = code - 0xfee0;
    return ascii >= 0x41 && ascii <= 0x5a ? ascii + 0x20 : ascii;
  }
  if (code === 0x09 || code === 0x0a || code === 0x0d || code === 0x3000 || code === 0xa0) return 0x20;
  return code;
}

/** The folded text (same length as the text: one code unit for one). */
export function fold(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += String.fromCharCode(foldCode(text.charCodeAt(i)));
  return out;
}

/** FNV-1a's 32-bit offset basis and prime. */
export const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;

/** The 32-bit FNV-1a hash of a gram, code unit by code unit (the gram is already folded). */
export function gramHash(gram: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < gram.length; i++) h = Math.imul(h ^ gram.charCodeAt(i), FNV_PRIME);
  return h >>> 0;
}

/**
 * Every distinct gram of a reply, as folded strings: what training sees. `Reading` walks the same
 * grams by their hashes, rolling each on from the shorter gram at the same start, so that no string
 * is made (the tests hold the two to the same grams).
 */
export function gramsOf(text: string): Set<string> {
  const s = ` ${fold(text)} `;
  const out = new Set<string>();
  for (let n = MIN_GRAM; n <= MAX_GRAM; n++) for (let i = 0; i + n <= s.length; i++) out.add(s.slice(i, i + n));
  return out;
}
