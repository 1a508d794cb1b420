/**
 * The features of the scorer's learned second opinion (`reading.ts`): character n-grams of a
 * reply, or its words and pairs of words (`Features`). Reading and training share this module,
 * so a gram means the same in both.
 *
 * The text is folded code unit by code unit, so every gram keeps its place in the reply:
 * ASCII and full-width Latin letters to lower case, full-width ASCII forms to ASCII, and every
 * kind of white space to one space. The reply is read as if it had a space on either side, so
 * a gram can tell the start or end of the reply (" so", "。 ").
 */

import type { RuleId, Verdict } from '../contract.ts';

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

/**
 * What a language's reading reads: character n-grams (`gramsOf`), which suit Chinese and Japanese,
 * written without spaces, or words and pairs of neighbouring words (`wordsOf`), which read English
 * better (on the validation parts, the English no-arguing and no-blame-shifting readings gain
 * about five points of F1 over n-grams).
 */
export type Features = 'chars' | 'words';

/**
 * A word, as a bag-of-words model finds it: letters and digits, with an apostrophe inside
 * ("don't"). `Intl.Segmenter` finds the same words in English replies (187,704 against 188,077 in
 * the corpora) but takes about 74 µs a reply where this takes 6.
 */
export const WORD = /[\p{L}\p{N}]+(?:['\u2019\uFF07][\p{L}\p{N}]+)*/gu;

/** Marks a word's gram and a pair's (`wordsOf`), so that no character n-gram of a reply can be one. */
export const WORD_MARK = 0x01;
export const PAIR_MARK = 0x02;
/** Marks a verdict of the cue tables on a rule (`verdictGrams`). */
export const VERDICT_MARK = 0x03;

/** The folded form of a code unit of a word: as `foldCode`, with a curly apostrophe read as a straight one. */
export const wordCode = (code: number): number => (code === 0x2019 ? 0x27 : foldCode(code));

/** Where each word of the reply starts and ends, in order. */
export function wordSpans(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (const m of text.matchAll(WORD)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/**
 * Every distinct word of a reply and every pair of neighbouring words, folded (`wordCode`), as
 * grams: a word after `WORD_MARK`, a pair after `PAIR_MARK` with a space between its words.
 */
export function wordsOf(text: string): Set<string> {
  const folded = (w: { start: number; end: number }): string => {
    let out = '';
    for (let i = w.start; i < w.end; i++) out += String.fromCharCode(wordCode(text.charCodeAt(i)));
    return out;
  };
  const out = new Set<string>();
  let prev: string | undefined;
  for (const span of wordSpans(text)) {
    const word = folded(span);
    out.add(String.fromCharCode(WORD_MARK) + word);
    if (prev !== undefined) out.add(String.fromCharCode(PAIR_MARK) + prev + ' ' + word);
    prev = word;
  }
  return out;
}

/** The grams of a reply as a reading of that kind sees them. */
export const featuresOf = (text: string, features: Features): Set<string> => (features === 'words' ? wordsOf(text) : gramsOf(text));

/**
 * The cue tables' verdicts on the rules of a reply, as grams a reading may weigh alongside the
 * reply's own ("\u0003no-arguing=fail"): the faults of a reply go together (a retort is often a
 * sneer as well), and the tables read some of them by their structure, which a bag of grams
 * cannot. Never the verdict on `except`, the rule being read: the tables were fitted on the
 * replies the reading learns from, and there their own verdict is nearly always right. Never
 * `respond-fast` either: it is about the clock, not the reply, and every other verdict of a reply
 * must stay the same whenever it is posted (authored options are graded once, at build time).
 */
export function verdictGrams(verdicts: Readonly<Partial<Record<RuleId, Verdict>>>, except?: RuleId): string[] {
  const out: string[] = [];
  for (const [rule, verdict] of Object.entries(verdicts) as Array<[RuleId, Verdict]>) {
    if (verdict !== 'n/a' && rule !== except && rule !== 'respond-fast') out.push(`${String.fromCharCode(VERDICT_MARK)}${rule}=${verdict}`);
  }
  return out;
}

/**
 * Who the reply answers and where it is posted, as grams a reading may weigh alongside the reply's
 * own ("\u0003persona=malicious", "\u0003channel=public"): the playbook may judge the same words by
 * the customer they answer (records set against a `malicious` poster's invented story are the
 * "calm facts and evidence" it asks for; set against an `angry` customer's account, they argue),
 * and how often a fault comes differs by persona. They move the whole reply's probability, like
 * the tables' verdicts, never a clause's.
 */
export function contextGrams(context: { persona: string; channel: string }): string[] {
  const mark = String.fromCharCode(VERDICT_MARK);
  return [`${mark}persona=${context.persona}`, `${mark}channel=${context.channel}`];
}

/** Is this gram one of `contextGrams`' (a persona or a channel), not a gram of the reply or a verdict? */
export const isContextGram = (gram: string): boolean => gram.charCodeAt(0) === VERDICT_MARK && (gram.startsWith('persona=', 1) || gram.startsWith('channel=', 1));

/** Is this gram one of `verdictGrams`' (the tables' verdict on a rule), not a gram of the reply or its context? */
export const isVerdictGram = (gram: string): boolean => gram.charCodeAt(0) === VERDICT_MARK && !isContextGram(gram);

/** A gram as a trainee reads it: a word or a pair without its mark. */
export const showGram = (gram: string): string => (gram.charCodeAt(0) === WORD_MARK || gram.charCodeAt(0) === PAIR_MARK ? gram.slice(1) : gram);
