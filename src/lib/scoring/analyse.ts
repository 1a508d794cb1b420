import type { Lang } from './contract.ts';
import { PACKS } from './detectors/index.ts';
import type { Cue, EntryRole, LanguagePack, PatternEntry } from './detectors/types.ts';
import * as factorReader from './prefilter/eager.ts';
import { FactorIndex, haystackOf, mayMatch, passingAlternatives, type Factors, type Haystack } from './prefilter/index.ts';
import { DISJUNCTION, PROHIBITIONS, RAW_PERSONAL_DATA } from './universal.ts';

/** One place in the reply where a cue's pattern matched. */
export interface Hit {
  cue: Cue;
  /** Stable id of the pattern entry, used as a finding's evidence. */
  id: string;
  /** UTF-16 offsets into the reply (end exclusive). */
  start: number;
  end: number;
  /** Language of the pack the entry belongs to. */
  lang: Lang;
  /** The entry's role, if it has one (see `PatternEntry.role`). */
  role?: EntryRole;
}

/** A span of the reply. */
export interface Span {
  start: number;
  end: number;
}

/** Default reach of a negation per language when the pack does not set one. */
const DEFAULT_REACH: Record<Lang, { before: number; after: number }> = {
  en: { before: 24, after: 0 },
  'zh-TW': { before: 4, after: 0 },
  ja: { before: 2, after: 8 },
};

/** Cues a preceding (or, in some languages, following) negation flips off. */
const NEGATABLE: ReadonlySet<Cue> = new Set<Cue>([
  'apology',
  'acknowledgement',
  'thanks',
  'guarantee',
  'effortPromise',
  'remedy',
  'checkAction',
  'privateInvite',
  'privacyAsk',
  'incentive',
  'accusation',
  'blameOther',
  'blameCustomer',
  'threat',
  'insult',
  'handoff',
  'managementPromise',
  'grovel',
  'reviewMention',
]);

/**
 * Cues that attack the poster. A prohibition ("don't make things up",
 * 「請勿造謠」, 「嘘をつかないでください」) presumes the act rather than denying
 * it, so its negator does not flip these.
 */
const PROHIBITION_PROOF: ReadonlySet<Cue> = new Set<Cue>(['accusation', 'insult', 'threat']);

/** Pairs where a hit of the second cue overlapping a hit of the first cancels the first. */
const CANCELLED_BY: Partial<Record<Cue, readonly Cue[]>> = {
  apology: ['nonApology'],
  acknowledgement: ['nonApology'],
  thanks: ['nonThanks'],
  guarantee: ['hedge'],
  privateInvite: ['inPersonOnly'],
  playful: ['mockery'],
};

/** An emoji (with its modifiers; not ©, ® or ™) or a wave dash, and the white space after it, before more text: a sentence stop. */
const EMOJI_STOP = /(?:(?![©®™‼⁉])\p{Extended_Pictographic}[\u{FE0F}\u{200D}\u{1F3FB}-\u{1F3FF}\p{Extended_Pictographic}]*|[~～]+)\s+(?=\S)/gu;

/** Cues whose hits do not count in a sentence that also holds one of these (a sarcastic apology or thanks). */
const SOURED_BY: Partial<Record<Cue, readonly Cue[]>> = {
  apology: ['sarcasm', 'mockery'],
  acknowledgement: ['sarcasm', 'mockery'],
  thanks: ['sarcasm', 'mockery', 'contradiction'],
};

/**
 * Between a cue and a negator that follows it (Japanese), a te-form joint
 * followed by a new kanji word starts another predicate, so the negator
 * belongs to that one: in 「配送業者が遅れてお届けできませんでした」 the ません
 * negates the delivery (the effect), not the partner's delay. Particles that
 * merely contain て (について, として, に対して, によって, において, に関して) do not
 * count, and without a te-form the negator still reaches back
 * (「私の判断ではお答えできない」, 「返金手続きができません」).
 */
const NEW_PREDICATE = /(?<!つい|とし|にとっ|対し|よっ|おい|関し|つい|とっ)て(?![はもね])[^、。]{0,12}?[\u3400-\u9FFF]/u;

/** Punctuation that ends a clause in every language. */
const CLAUSE_PUNCT = /[,;:.!?。，、；：！？\n—–()（）「」『』]/;

const globalCache = new WeakMap<RegExp, RegExp>();
const factorCache = new WeakMap<RegExp, Factors | null>();

/** Reads the prefilter's factors off a pattern; absent in the web app (see `prefilter/eager.ts`). */
const readFactors: ((re: RegExp) => Factors | null) | undefined = (factorReader as Partial<typeof factorReader>).requiredFactors;

/** The prefilter's factors of an entry's pattern (see `requiredFactors`), worked out once; none without the reader. */
function factorsOf(re: RegExp): Factors | null {
  if (!readFactors) return null;
  let f = factorCache.get(re);
  if (f === undefined) {
    f = readFactors(re);
    factorCache.set(re, f);
  }
  return f;
}

/**
 * The `g` copy of an entry's pattern, made and compiled once (entries stay flag-free and
 * shareable). A whole entry runs as one expression: since packs are compiled before the
 * engine's regexp-code budget runs out (see `preparePack`), one alternation is faster than
 * its alternatives run one by one.
 */
function globalOf(re: RegExp, wideOnly: boolean): RegExp {
  let g = globalCache.get(re);
  if (!g) {
    g = warmed(new RegExp(re.source, re.flags.replace(/[gy]/g, '') + 'g'), wideOnly);
    globalCache.set(re, g);
  }
  return g;
}

/** A subject long enough that V8 compiles a pattern to native code on its next run instead of interpreting it. */
const WARM_SUBJECT = 'x'.repeat(1100);
/** The same in two-byte form (one CJK character at the end): V8 compiles a pattern once per string representation. */
const WARM_SUBJECT_WIDE = `${'x'.repeat(1099)}\u3000`;
/** Languages whose every reply holds characters beyond Latin-1, so V8 holds it as a two-byte string. */
const WRITTEN_BEYOND_LATIN1: ReadonlySet<Lang> = new Set<Lang>(['zh-TW', 'ja']);
const WARM_BOTH = [WARM_SUBJECT, WARM_SUBJECT, WARM_SUBJECT_WIDE];
const WARM_WIDE_ONLY = [WARM_SUBJECT_WIDE, WARM_SUBJECT_WIDE];

/**
 * Runs a new expression on long subjects, one-byte and two-byte, so the engine
 * compiles it to native code for both at once: lexicon patterns otherwise stay
 * in V8's slower regexp interpreter when replies are short, and their two-byte
 * code (for CJK replies) would be compiled only when the first such reply
 * comes. A Chinese or Japanese pack's expressions almost always meet two-byte
 * text (a reply it reads holds CJK characters), so they are compiled ahead for
 * that alone (`wideOnly`): one-byte code compiled ahead for them would mostly
 * spend the engine's regexp-code budget (see `preparePack`); a reply all in ASCII
 * gets it compiled when it comes. Only the speed changes, never a result.
 */
function warmed(r: RegExp, wideOnly: boolean): RegExp {
  for (const subject of wideOnly ? WARM_WIDE_ONLY : WARM_BOTH) {
    r.lastIndex = 0;
    r.test(subject);
  }
  r.lastIndex = 0;
  return r;
}

const preparedPacks = new WeakSet<LanguagePack>();

/**
 * Compiles every pattern of a pack at once (see `warmed`). V8 stops optimising
 * newly compiled regular expressions once the process has generated about 1 MB
 * of regexp code, bytecode included, whoever generated it (and holds over 16 MB
 * of executable code, as any Node process running this scorer does); expressions
 * compiled after that point run several times slower for as long as the process lives.
 * Compiled one by one as replies come in, a pack lands after that point when
 * other code builds many one-off expressions first (the Japanese pack then ran
 * about five times slower), so packs are compiled whole, as soon as the scorer
 * first runs. Only the speed changes, never a result.
 */
function preparePack(pack: LanguagePack): void {
  if (preparedPacks.has(pack)) return;
  preparedPacks.add(pack);
  const runners = new Set<Runner>();
  const wideOnly = WRITTEN_BEYOND_LATIN1.has(pack.lang);
  for (const entries of Object.values(pack.cues)) for (const r of runnersOf(entries, wideOnly)) runners.add(r);
  if (pack.clauseBreaks) for (const r of runnersOf(pack.clauseBreaks, wideOnly)) runners.add(r);
  for (const e of pack.commitments ?? []) runners.add(runnerOf(e, wideOnly));
  if (!readFactors) return;
  const filter = new PackFilter([...runners].filter((r) => r.filter === undefined));
  filter.runners.forEach((r, slot) => {
    r.filter = filter;
    r.slot = slot;
  });
}

function prepareEntry(e: PatternEntry): void {
  runnerOf(e);
}

/** May the entry match the reply, by the prefilter? Always, without one (no factor reader: no haystack). */
function mayRun(r: Runner, hay: Haystack | undefined): boolean {
  if (!hay) return true;
  return r.filter ? hay.mayRun(r.filter.index, r.slot!) : mayMatch(factorsOf(r.pattern), hay);
}

/** The text as the prefilter reads it, or nothing where there is no prefilter (the web app). */
const haystackFor = (text: string): Haystack | undefined => (readFactors ? haystackOf(text) : undefined);

/**
 * The prefilter of one pack's entries. Its index is built when a reply first needs the pack,
 * not with the pack's expressions: the factors take a parse of every pattern, which a
 * one-line run of the score CLI need not pay for packs its reply does not use.
 */
class PackFilter {
  private built: FactorIndex | undefined;
  constructor(readonly runners: readonly Runner[]) {}
  get index(): FactorIndex {
    if (!this.built) {
      const factors = this.runners.map((r) => factorsOf(r.pattern));
      this.built = new FactorIndex(factors);
      // Compiled with the index, early, as the pack's expressions are (see `preparePack`).
      for (const r of this.runners) partsOf(r);
    }
    return this.built;
  }
}

/** An entry ready to run: its `g` expression, and where to find its prefilter factors. */
interface Runner {
  id: string;
  role: EntryRole | undefined;
  pattern: RegExp;
  g: RegExp;
  /** The entry almost always meets two-byte text (a Chinese or Japanese pack's): see `warmed`. */
  wideOnly: boolean;
  /** The prefilter of the pack the entry belongs to, and its slot there (entries outside a pack have none). */
  filter?: PackFilter;
  slot?: number;
  /**
   * The pattern's top-level alternatives, each its own `g` expression, where it has several
   * and can be run so (see `matchParts`); null where it cannot; made with the prefilter's factors.
   */
  parts?: readonly RegExp[] | null;
}

/** The entry's alternatives as expressions of their own (see `Runner.parts`), made once. */
function partsOf(r: Runner): readonly RegExp[] | null {
  if (r.parts === undefined) {
    const sources = factorsOf(r.pattern)?.sources;
    r.parts = sources ? sources.map((src) => warmed(new RegExp(src, r.g.flags), r.wideOnly)) : null;
  }
  return r.parts;
}

const runnerCache = new WeakMap<PatternEntry, Runner>();
const listCache = new WeakMap<readonly PatternEntry[], readonly Runner[]>();

/** An entry ready to run, made once; `wideOnly`: it almost always meets two-byte text (see `warmed`). */
function runnerOf(e: PatternEntry, wideOnly = false): Runner {
  let r = runnerCache.get(e);
  if (!r) {
    r = { id: e.id, role: e.role, pattern: e.pattern, g: globalOf(e.pattern, wideOnly), wideOnly };
    runnerCache.set(e, r);
  }
  return r;
}

/** The runners of a list of entries, kept with the list (a pack's lists are made once). */
function runnersOf(entries: readonly PatternEntry[], wideOnly = false): readonly Runner[] {
  let rs = listCache.get(entries);
  if (!rs) {
    rs = entries.map((e) => runnerOf(e, wideOnly));
    listCache.set(entries, rs);
  }
  return rs;
}

let preparedShared = false;

/**
 * Compiles the patterns of every loaded pack and the shared patterns, once each (see
 * `preparePack`). The first analysis does it anyway; a page calls it while idle, right after
 * loading a pack, so that the first reply a trainee types is graded without the wait.
 */
export function prepareLexicons(packs: readonly LanguagePack[] = []): void {
  if (!preparedShared) {
    preparedShared = true;
    for (const e of [...PROHIBITIONS, ...RAW_PERSONAL_DATA, DISJUNCTION]) prepareEntry(e);
  }
  for (const p of Object.values(PACKS)) preparePack(p);
  for (const p of packs) preparePack(p);
}

/**
 * Every match of the entries in `text`. Matches of one entry do not overlap:
 * as with a single scan of the whole pattern, the leftmost match wins and the
 * next one starts after it. An entry whose prefilter factors are all absent from
 * the text is not run (it cannot match). Pass `hay` when matching many entries
 * on one text. This is a pure function.
 */
export function matchAll(text: string, entries: readonly PatternEntry[], cue: Cue, lang: Lang, hay: Haystack | undefined = haystackFor(text)): Hit[] {
  const out: Hit[] = [];
  for (const e of runnersOf(entries)) {
    if (!mayRun(e, hay)) continue;
    // A wide alternation of which the prefilter lets only some alternatives through runs just those.
    const parts = hay === undefined ? null : partsOf(e);
    if (parts !== null) {
      const n = e.filter ? e.filter.index.passing(hay!, e.slot!, passingScratch) : passingAlternatives(factorsOf(e.pattern)!, hay!, passingScratch);
      if (n < parts.length) {
        matchParts(text, e, parts, n, cue, lang, out);
        continue;
      }
    }
    const g = e.g;
    g.lastIndex = 0;
    for (let m = g.exec(text); m !== null; m = g.exec(text)) {
      if (m[0].length === 0) {
        g.lastIndex++;
        continue;
      }
      out.push(hitOf(e, m.index, m.index + m[0].length, cue, lang));
    }
  }
  if (out.length > 1) out.sort((a, b) => a.start - b.start || b.end - a.end);
  return out;
}

function hitOf(e: Runner, start: number, end: number, cue: Cue, lang: Lang): Hit {
  const hit: Hit = { cue, id: e.id, start, end, lang };
  if (e.role) hit.role = e.role;
  return hit;
}

/** The alternatives `passing` found may match, by position in the pattern; reused from call to call. */
const passingScratch: number[] = [];
const partNext: Array<RegExpExecArray | null> = [];

/**
 * The matches of an entry whose pattern is an alternation, running only the alternatives in
 * `passingScratch[0..n)`: the others cannot match. The same matches as the whole pattern's, as
 * `exec` finds them: from a position, the leftmost match of any alternative, the earliest
 * alternative where several start there, then on from its end (an empty match is skipped, one
 * character on). Each alternative finds on its own, from a position, its own leftmost match,
 * which is where the whole pattern would find it.
 */
function matchParts(text: string, e: Runner, parts: readonly RegExp[], n: number, cue: Cue, lang: Lang, out: Hit[]): void {
  for (let i = 0; i < n; i++) {
    const r = parts[passingScratch[i]!]!;
    r.lastIndex = 0;
    partNext[i] = r.exec(text);
  }
  let pos = 0;
  for (;;) {
    let best = -1;
    let bestStart = Infinity;
    for (let i = 0; i < n; i++) {
      const m = partNext[i];
      if (m && m.index < bestStart) {
        best = i;
        bestStart = m.index;
      }
    }
    if (best < 0) break;
    const len = partNext[best]![0].length;
    if (len > 0) out.push(hitOf(e, bestStart, bestStart + len, cue, lang));
    pos = bestStart + (len > 0 ? len : 1);
    if (pos > text.length) break;
    for (let i = 0; i < n; i++) {
      const m = partNext[i];
      if (m && m.index < pos) {
        const r = parts[passingScratch[i]!]!;
        r.lastIndex = pos;
        partNext[i] = r.exec(text);
      }
    }
  }
  for (let i = 0; i < n; i++) partNext[i] = null;
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/** A reply with soft line breaks and runs of blanks flattened, and the way back to the original offsets. */
export interface NormalisedText {
  /** The text the cues are matched on. */
  text: string;
  /** `map[i]` is the offset in the original text of `text[i]`. */
  map: number[];
  /** Length of the original text. */
  sourceLength: number;
}

/** Han, kana, CJK punctuation and full-width forms: scripts written without spaces between words. */
const CJK = /[　-ヿ㐀-鿿豈-﫿＀-￯]/;
/** A line that starts a list item: kept on its own line so enumerations still read as such. */
const LIST_LINE = /^[ 	　]*(?:[-*•・●■◆◇※]\s|\d{1,2}[.)．）、]|[(（]\d{1,2}[)）]|[①-⑩]|[A-Ca-c][.)]\s)/u;

/**
 * Flattens the layout of a reply so that patterns match across line breaks:
 * a soft line break (one newline, as in a Markdown blockquote) or a run of
 * blanks becomes one space, or nothing between two CJK characters; a blank
 * line (paragraph) and a line that opens a list item stay one newline. A
 * single space or full-width space is kept as it is. Offsets map back to the
 * original text. This is a pure function, linear in the text.
 */
export function normaliseLayout(source: string): NormalisedText {
  if (!/[\n\r\t\v\f]|[ \u00A0]{2}/.test(source)) return { text: source, map: identityMap(source.length), sourceLength: source.length };
  const chars: string[] = [];
  const map: number[] = [];
  const n = source.length;
  let i = 0;
  while (i < n) {
    const ch = source.charAt(i);
    if (!/\s/.test(ch)) {
      chars.push(ch);
      map.push(i);
      i++;
      continue;
    }
    let j = i;
    let newlines = 0;
    while (j < n && /\s/.test(source.charAt(j))) {
      if (source.charAt(j) === '\n') newlines++;
      j++;
    }
    const run = j - i;
    if (newlines === 0 && (run === 1 || !/^[ \t]+$/.test(source.slice(i, j)))) {
      // A single blank, or a run with a full-width space in it: left as written.
      for (let k = i; k < j; k++) {
        chars.push(source.charAt(k));
        map.push(k);
      }
    } else if (newlines >= 2 || (newlines === 1 && LIST_LINE.test(source.slice(j, j + 8)))) {
      chars.push('\n');
      map.push(i);
    } else if (newlines === 1 && i > 0 && j < n && CJK.test(source.charAt(i - 1)) && CJK.test(source.charAt(j))) {
      // A soft break between two CJK characters joins them.
    } else if (i > 0 && j < n) {
      chars.push(' ');
      map.push(i);
    } else {
      // Leading or trailing layout: keep one blank so offsets stay simple.
      chars.push(newlines ? '\n' : ' ');
      map.push(i);
    }
    i = j;
  }
  return { text: chars.join(''), map, sourceLength: n };
}

function identityMap(n: number): number[] {
  const m = new Array<number>(n);
  for (let k = 0; k < n; k++) m[k] = k;
  return m;
}

/** Maps a span of the normalised text back to the original text. */
export function toSourceSpan(norm: NormalisedText, span: Span): Span {
  const start = span.start < norm.map.length ? (norm.map[span.start] ?? norm.sourceLength) : norm.sourceLength;
  const end = span.end <= span.start ? start : (norm.map[span.end - 1] ?? norm.sourceLength - 1) + 1;
  return { start, end: Math.max(start, end) };
}

const segmenters = new Map<Lang, Intl.Segmenter>();
function sentenceSegmenter(lang: Lang): Intl.Segmenter {
  let s = segmenters.get(lang);
  if (!s) {
    s = new Intl.Segmenter(lang, { granularity: 'sentence' });
    segmenters.set(lang, s);
  }
  return s;
}

/**
 * The reply with its cue matches, computed lazily: a rule asks only for the
 * cues it needs, and each is matched once per reply.
 */
export class Analysis {
  /**
   * The reply as the cues read it: layout flattened by `normaliseLayout`.
   * Every span an Analysis returns points into this text; `toSource` maps a
   * span back to the reply as written.
   */
  readonly text: string;
  /** The reply as written. */
  readonly source: string;
  private readonly layout: NormalisedText;
  private haystack: Haystack | undefined | null = null;
  private readonly memos = new Map<object, unknown>();
  readonly lang: Lang;
  private readonly packs: readonly LanguagePack[];
  private readonly rawCache = new Map<Cue, Hit[]>();
  private readonly liveCache = new Map<Cue, Hit[]>();
  private sentenceSpans: Span[] | undefined;
  private clauseSpans: Span[] | undefined;
  private prohibitionSpans: Span[] | undefined;

  /** When the customer is joking, laughter that is also play is not sarcasm, and a comeback is banter. */
  private readonly joking: boolean;

  /** `packs[0]` is the reply's own language; the others cover mixed-language passages. */
  constructor(text: string, packs: readonly LanguagePack[], options?: { joking?: boolean }) {
    const first = packs[0];
    if (!first) throw new Error('Analysis needs at least one language pack');
    this.source = text;
    this.layout = normaliseLayout(text);
    this.text = this.layout.text;
    this.lang = first.lang;
    this.packs = packs;
    this.joking = options?.joking ?? false;
    prepareLexicons(packs);
  }

  /** `text` as the prefilter reads it, made on first use (pass it to `matchAll`); none without a prefilter. */
  get hay(): Haystack | undefined {
    if (this.haystack === null) this.haystack = haystackFor(this.text);
    return this.haystack;
  }

  /**
   * A value worked out from this reply once, however many rules ask for it: `key` names the
   * computation (its function), `make` computes it.
   */
  memo<T>(key: object, make: () => T): T {
    if (this.memos.has(key)) return this.memos.get(key) as T;
    const v = make();
    this.memos.set(key, v);
    return v;
  }

  /** A span of `text` as a span of the reply as written. */
  toSource(span: Span): Span {
    return toSourceSpan(this.layout, span);
  }

  /** Every match of a cue, before negation and cancellation. */
  raw(cue: Cue): Hit[] {
    let hits = this.rawCache.get(cue);
    if (!hits) {
      hits = [];
      for (const p of this.packs) hits.push(...matchAll(this.text, p.cues[cue], cue, p.lang, this.hay));
      if (this.packs.length > 1) hits.sort((a, b) => a.start - b.start || b.end - a.end);
      this.rawCache.set(cue, hits);
    }
    return hits;
  }

  /**
   * Matches of a cue that still count: not flipped by a nearby negation in the
   * same clause, and not overlapped by a cue that cancels it (a hedge cancels a
   * guarantee, "sorry you feel that way" cancels the apology inside it).
   */
  live(cue: Cue): Hit[] {
    let hits = this.liveCache.get(cue);
    if (!hits) {
      hits = this.raw(cue);
      const cancellers = CANCELLED_BY[cue];
      if (cancellers) {
        const blockers = cancellers.flatMap((c) => this.raw(c));
        if (blockers.length) hits = hits.filter((h) => !blockers.some((b) => overlaps(h, b)));
      }
      if (NEGATABLE.has(cue) && hits.length) hits = hits.filter((h) => !this.isNegated(h));
      if (cue === 'guarantee' && hits.length) hits = hits.filter((h) => !this.hedgedBefore(h));
      if (cue === 'sarcasm' && this.joking && hits.length) {
        const play = this.raw('playful');
        hits = hits.filter((h) => !play.some((p) => overlaps(h, p)));
      }
      // To a joking customer, an insult turned back is banter, not a retort (`EntryRole` `comeback`).
      if (cue === 'hostileRetort' && this.joking && hits.length) hits = hits.filter((h) => h.role !== 'comeback');
      const sourers = SOURED_BY[cue];
      if (sourers && hits.length) {
        const bad = sourers.flatMap((c) => this.live(c));
        if (bad.length) {
          const sentences = this.sentences();
          hits = hits.filter((h) => {
            const i = sentences.findIndex((s) => h.start >= s.start && h.start < s.end);
            const s = sentences[i] ?? { start: 0, end: this.text.length };
            // A sneer that closes the reply ("So sorry you waited a whole ten
            // minutes. We'll try harder 🙄") sours the sentence before it too.
            const next = sentences[i + 1];
            const closing = next !== undefined && next === sentences[sentences.length - 1] && cue !== 'thanks';
            const last = this.text.trimEnd().length - 1;
            return !bad.some((b) => (b.start < s.end && b.end > s.start) || (closing && b.start >= next.start && b.end >= last));
          });
        }
      }
      this.liveCache.set(cue, hits);
    }
    return hits;
  }

  /** Does the cue have at least one live match? */
  has(cue: Cue): boolean {
    return this.live(cue).length > 0;
  }

  /** The first live match among the cues, in reply order. */
  first(...cues: Cue[]): Hit | undefined {
    let best: Hit | undefined;
    for (const c of cues) {
      const h = this.live(c)[0];
      if (h && (!best || h.start < best.start)) best = h;
    }
    return best;
  }

  /** Sentences, from `Intl.Segmenter`. */
  sentences(): Span[] {
    if (!this.sentenceSpans) {
      const spans: Span[] = [];
      for (const s of sentenceSegmenter(this.lang).segment(this.text)) {
        // An emoji followed by a space ends a sentence in social-media writing ("…不會😂 謝謝您的回報"),
        // where the platform's segmenter sees no break.
        let start = s.index;
        for (const m of s.segment.matchAll(EMOJI_STOP)) {
          const cut = s.index + m.index + m[0].length;
          if (cut > start && cut < s.index + s.segment.length) {
            spans.push({ start, end: cut });
            start = cut;
          }
        }
        spans.push({ start, end: s.index + s.segment.length });
      }
      this.sentenceSpans = spans;
    }
    return this.sentenceSpans;
  }

  /** The sentence that contains an offset. */
  sentenceOf(offset: number): Span {
    for (const s of this.sentences()) if (offset >= s.start && offset < s.end) return s;
    return { start: 0, end: this.text.length };
  }

  /** Clauses: sentences cut at clause punctuation and at the packs' clause-break words. */
  clauses(): Span[] {
    if (!this.clauseSpans) {
      const cuts = new Set<number>();
      for (let i = 0; i < this.text.length; i++) if (CLAUSE_PUNCT.test(this.text.charAt(i))) cuts.add(i);
      for (const s of this.sentences()) cuts.add(s.start);
      for (const p of this.packs) {
        for (const h of matchAll(this.text, p.clauseBreaks ?? [], 'negation', p.lang, this.hay)) cuts.add(h.start);
      }
      const sorted = [...cuts].sort((a, b) => a - b);
      const spans: Span[] = [];
      let from = 0;
      for (const c of sorted) {
        if (c > from) spans.push({ start: from, end: c });
        from = Math.max(from, c);
      }
      if (from < this.text.length) spans.push({ start: from, end: this.text.length });
      this.clauseSpans = spans;
    }
    return this.clauseSpans;
  }

  /** The clause that contains an offset. */
  clauseOf(offset: number): Span {
    for (const c of this.clauses()) if (offset >= c.start && offset < c.end) return c;
    return { start: 0, end: this.text.length };
  }

  private reach(lang: Lang): { before: number; after: number } {
    const p = this.packs.find((x) => x.lang === lang);
    return p?.negationReach ?? DEFAULT_REACH[lang];
  }

  /**
   * Is a negation of the hit's language close before (or after) it, inside its
   * clause? A reach of N units lets a negator at most N units away flip the
   * hit; a reach of 0 (or less) turns that direction off, adjacent negators included.
   */
  isNegated(h: Hit): boolean {
    const { before, after } = this.reach(h.lang);
    if (before <= 0 && after <= 0) return false;
    let negs = this.raw('negation').filter((n) => n.lang === h.lang && !overlaps(n, h));
    if (negs.length && PROHIBITION_PROOF.has(h.cue)) {
      const bans = this.prohibitions();
      if (bans.length) negs = negs.filter((n) => !bans.some((b) => overlaps(n, b)));
    }
    if (!negs.length) return false;
    const clause = this.clauseOf(h.start);
    return negs.some(
      (n) =>
        (before > 0 && n.end <= h.start && n.start >= clause.start && h.start - n.end <= before) ||
        (after > 0 &&
          n.start >= h.end &&
          n.end <= clause.end &&
          n.start - h.end <= after &&
          !NEW_PREDICATE.test(this.text.slice(h.end, n.start))),
    );
  }

  /** Where the reply tells the reader not to do something (see `PROHIBITIONS`). */
  private prohibitions(): Span[] {
    return (this.prohibitionSpans ??= PROHIBITIONS.flatMap((p) => matchAll(this.text, [p], 'negation', this.lang, this.hay)));
  }

  /** Is a hedge earlier in the same clause ("I can't promise it will…")? */
  private hedgedBefore(h: Hit): boolean {
    const clause = this.clauseOf(h.start);
    return this.raw('hedge').some((x) => x.start >= clause.start && x.end <= h.start);
  }

  /** Live matches of `a` and `b` that fall in the same sentence, as pairs. */
  sameSentence(a: Cue, b: Cue): Array<[Hit, Hit]> {
    const out: Array<[Hit, Hit]> = [];
    const bs = this.live(b);
    if (!bs.length) return out;
    for (const x of this.live(a)) {
      const s = this.sentenceOf(x.start);
      for (const y of bs) if (y.start >= s.start && y.start < s.end) out.push([x, y]);
    }
    return out;
  }
}
