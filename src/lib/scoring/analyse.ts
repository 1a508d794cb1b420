import type { Lang } from './contract.ts';
import type { Cue, LanguagePack, PatternEntry } from './detectors/types.ts';

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

/** Pairs where a hit of the second cue overlapping a hit of the first cancels the first. */
const CANCELLED_BY: Partial<Record<Cue, readonly Cue[]>> = {
  apology: ['nonApology'],
  acknowledgement: ['nonApology'],
  thanks: ['nonThanks'],
  guarantee: ['hedge'],
  privateInvite: ['inPersonOnly'],
  playful: ['mockery'],
};

/** Cues whose hits do not count in a sentence that also holds one of these (a sarcastic apology or thanks). */
const SOURED_BY: Partial<Record<Cue, readonly Cue[]>> = {
  apology: ['sarcasm', 'mockery'],
  acknowledgement: ['sarcasm', 'mockery'],
  thanks: ['sarcasm', 'mockery', 'contradiction'],
};

/** Punctuation that ends a clause in every language. */
const CLAUSE_PUNCT = /[,;:.!?。，、；：！？\n—–()（）「」『』]/;

const globalCache = new WeakMap<RegExp, RegExp>();

/** A `g` copy of an entry's pattern, made once (entries stay flag-free and shareable). */
function globalOf(re: RegExp): RegExp {
  let g = globalCache.get(re);
  if (!g) {
    g = new RegExp(re.source, re.flags.replace(/[gy]/g, '') + 'g');
    globalCache.set(re, g);
  }
  return g;
}

/** Every match of the entries in `text`. This is a pure function. */
export function matchAll(text: string, entries: readonly PatternEntry[], cue: Cue, lang: Lang): Hit[] {
  const out: Hit[] = [];
  for (const e of entries) {
    const g = globalOf(e.pattern);
    g.lastIndex = 0;
    for (let m = g.exec(text); m !== null; m = g.exec(text)) {
      if (m[0].length === 0) {
        g.lastIndex++;
        continue;
      }
      out.push({ cue, id: e.id, start: m.index, end: m.index + m[0].length, lang });
    }
  }
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  return out;
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

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
  readonly text: string;
  readonly lang: Lang;
  private readonly packs: readonly LanguagePack[];
  private readonly rawCache = new Map<Cue, Hit[]>();
  private readonly liveCache = new Map<Cue, Hit[]>();
  private sentenceSpans: Span[] | undefined;
  private clauseSpans: Span[] | undefined;

  /** When the customer is joking, laughter that is also play is not sarcasm. */
  private readonly joking: boolean;

  /** `packs[0]` is the reply's own language; the others cover mixed-language passages. */
  constructor(text: string, packs: readonly LanguagePack[], options?: { joking?: boolean }) {
    const first = packs[0];
    if (!first) throw new Error('Analysis needs at least one language pack');
    this.text = text;
    this.lang = first.lang;
    this.packs = packs;
    this.joking = options?.joking ?? false;
  }

  /** Every match of a cue, before negation and cancellation. */
  raw(cue: Cue): Hit[] {
    let hits = this.rawCache.get(cue);
    if (!hits) {
      hits = [];
      for (const p of this.packs) hits.push(...matchAll(this.text, p.cues[cue], cue, p.lang));
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
      const sourers = SOURED_BY[cue];
      if (sourers && hits.length) {
        const bad = sourers.flatMap((c) => this.live(c));
        if (bad.length) {
          hits = hits.filter((h) => {
            const s = this.sentenceOf(h.start);
            return !bad.some((b) => b.start < s.end && b.end > s.start);
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
        spans.push({ start: s.index, end: s.index + s.segment.length });
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
        for (const h of matchAll(this.text, p.clauseBreaks ?? [], 'negation', p.lang)) cuts.add(h.start);
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

  /** Is a negation of the hit's language close before (or after) it, inside its clause? */
  isNegated(h: Hit): boolean {
    const negs = this.raw('negation').filter((n) => n.lang === h.lang && !overlaps(n, h));
    if (!negs.length) return false;
    const clause = this.clauseOf(h.start);
    const { before, after } = this.reach(h.lang);
    return negs.some(
      (n) =>
        (n.end <= h.start && n.start >= clause.start && h.start - n.end <= before) ||
        (n.start >= h.end && n.end <= clause.end && n.start - h.end <= after),
    );
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
