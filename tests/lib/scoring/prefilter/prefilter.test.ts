import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { corpusFiles, readCorpusFile } from '../../../../src/cli/corpus-files.ts';
import { matchAll, normaliseLayout, prepareLexicons } from '../../../../src/lib/scoring/analyse.ts';
import { LANGS, type Lang } from '../../../../src/lib/scoring/contract.ts';
import { PACKS } from '../../../../src/lib/scoring/detectors/index.ts';
import type { PatternEntry } from '../../../../src/lib/scoring/detectors/types.ts';
import { requiredFactors } from '../../../../src/lib/scoring/prefilter/factors.ts';
import { FactorIndex, haystackOf, mayMatch, passingAlternatives, type Factors } from '../../../../src/lib/scoring/prefilter/index.ts';
import { DISJUNCTION, PROHIBITIONS, RAW_PERSONAL_DATA } from '../../../../src/lib/scoring/universal.ts';

/** The factors as plain data: per alternative, its sets of strings (sorted, for comparison). */
const shape = (f: Factors | null): string[][][] | null =>
  f && f.alternatives.map((alt) => alt.map((i) => [...f.sets[i]!.strings].sort()));

describe('requiredFactors', () => {
  it('finds the literal a match needs, lower-cased under the i flag', () => {
    expect(shape(requiredFactors(/\bsorry\b/i))).toEqual([[['sorry']]]);
    expect(requiredFactors(/\bsorry\b/i)!.caseless).toBe(true);
    expect(shape(requiredFactors(/Sorry/))).toEqual([[['Sorry']]]);
    expect(requiredFactors(/Sorry/)!.caseless).toBe(false);
  });

  it('spells out optional letters and small classes, and keeps one set per alternative', () => {
    expect(shape(requiredFactors(/\bcolou?r\b/))).toEqual([[['color', 'colour']]]);
    expect(shape(requiredFactors(/we['’]re/))).toEqual([[["we're", 'we’re']]]);
    expect(shape(requiredFactors(/\bthanks\b|\bcheers\b/i))).toEqual([[['thanks']], [['cheers']]]);
  });

  it('requires every independent part of a sequence, up to three', () => {
    const f = shape(requiredFactors(/\b(?:via|through) [a-z]{1,9} (?:DM|e-?mail)\b/i));
    expect(f).toHaveLength(1);
    expect(f![0]).toEqual(expect.arrayContaining([['through ', 'via '], [' dm', ' e-mail', ' email']]));
  });

  it('keeps only the shortest strings where one contains another', () => {
    expect(shape(requiredFactors(/\b(?:very )?sorry\b/i))).toEqual([[['sorry']]]);
  });

  it('reads CJK patterns', () => {
    expect(shape(requiredFactors(/(?:非常|十分)?抱歉/u))).toEqual([[['抱歉']]]);
    expect(shape(requiredFactors(/申し訳(?:ございません|ありません)/u))).toEqual([[['申し訳ありません', '申し訳ございません']]]);
  });

  it('gives no factors when an alternative needs no literal, or the pattern cannot be read', () => {
    expect(requiredFactors(/\d{3,}/)).toBeNull();
    expect(requiredFactors(/\bsorry\b|[A-Z]{4,}/)).toBeNull();
    expect(requiredFactors({ source: '(', flags: '' } as RegExp)).toBeNull();
  });

  it('keeps the literal beside a back-reference, which itself says nothing', () => {
    expect(shape(requiredFactors(/(ab)\1/))).toEqual([[['ab']]]);
  });

  it('never lets case folding hide a match: non-ASCII cased letters are not used under i', () => {
    // ſ folds to s under iu; the haystack folds it too.
    expect(mayMatch(requiredFactors(/\bsorry\b/iu), haystackOf('ſorry'))).toBe(true);
    // Σ/σ/ς fold together under i, lower-casing does not bring ς to σ: such letters are not used.
    expect(requiredFactors(/χάος/i)).toBeNull();
    expect(shape(requiredFactors(/café au lait/i))![0]).toEqual(expect.arrayContaining([['caf'], [' au lait']]));
  });
});

describe('mayMatch and FactorIndex', () => {
  const entries: PatternEntry[] = [
    { id: 'a', pattern: /\bsorry\b/i, note: '' },
    { id: 'b', pattern: /\b(?:via|by) (?:DM|e-?mail)\b/i, note: '' },
    { id: 'c', pattern: /\d{3,}/, note: '' },
  ];
  const factors = entries.map((e) => requiredFactors(e.pattern));
  const index = new FactorIndex(factors);

  it('agree with each other and let through every pattern that matches', () => {
    for (const text of ['So sorry about that', 'Reach me by DM please', 'by the way', 'Order 12345', 'SORRY!!', '']) {
      const hay = haystackOf(text);
      entries.forEach((e, slot) => {
        expect(hay.mayRun(index, slot), `${e.id} on "${text}"`).toBe(mayMatch(factors[slot]!, hay));
        if (e.pattern.test(text)) expect(mayMatch(factors[slot]!, hay), `${e.id} on "${text}"`).toBe(true);
      });
    }
  });

  it('rules a pattern out when a required part is missing', () => {
    const hay = haystackOf('Reach me by phone, sorry');
    expect(hay.mayRun(index, 1)).toBe(false);
    expect(hay.mayRun(index, 0)).toBe(true);
    expect(hay.mayRun(index, 2)).toBe(true); // no factors: always runs
  });

  it('answers for each haystack in turn when two ask the same index alternately', () => {
    const lacking = haystackOf('Reach me by phone, sorry');
    const holding = haystackOf('Sorry, reach us by DM with your order number');
    for (let round = 0; round < 3; round++) {
      expect(lacking.mayRun(index, 1)).toBe(mayMatch(factors[1]!, lacking));
      expect(holding.mayRun(index, 1)).toBe(mayMatch(factors[1]!, holding));
    }
    expect(lacking.mayRun(index, 1)).not.toBe(holding.mayRun(index, 1));
  });
});

const wholeCache = new Map<RegExp, RegExp>();

/** What `matchAll` finds, found by running each entry's whole pattern, as a global expression does. */
function wholeMatches(text: string, entries: readonly PatternEntry[]): Array<{ id: string; start: number; end: number }> {
  const out: Array<{ id: string; start: number; end: number }> = [];
  for (const e of entries) {
    let g = wholeCache.get(e.pattern);
    if (!g) wholeCache.set(e.pattern, (g = new RegExp(e.pattern.source, `${e.pattern.flags.replace(/[gy]/g, '')}g`)));
    g.lastIndex = 0;
    for (let m = g.exec(text); m !== null; m = g.exec(text)) {
      if (m[0].length === 0) g.lastIndex++;
      else out.push({ id: e.id, start: m.index, end: m.index + m[0].length });
    }
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

describe('an alternation run one alternative at a time', () => {
  const whole = (text: string, pattern: RegExp) => wholeMatches(text, [{ id: 'x', pattern, note: '' }]);
  const split = (text: string, pattern: RegExp) => matchAll(text, [{ id: 'x', pattern, note: '' }], 'negation', 'en', haystackOf(text)).map(({ id, start, end }) => ({ id, start, end }));

  it('tells which alternatives may match', () => {
    const f = requiredFactors(/sorry you feel|sorry|apolog|regret(?:s|ted)?/i)!;
    expect(f.sources).toEqual(['sorry you feel', 'sorry', 'apolog', 'regret(?:s|ted)?']);
    const out: number[] = [];
    expect(out.slice(0, passingAlternatives(f, haystackOf('So sorry for the wait'), out))).toEqual([1]);
    expect(out.slice(0, passingAlternatives(f, haystackOf('SORRY YOU FEEL that way, we regret it'), out))).toEqual([0, 1, 3]);
    const index = new FactorIndex([requiredFactors(/\bhi\b/)!, f]);
    expect(out.slice(0, index.passing(haystackOf('We apologise'), 1, out))).toEqual([2]);
    expect(index.passing(haystackOf('Hi there'), 1, out)).toBe(0);
  });

  it('keeps a pattern with a backreference whole', () => {
    expect(requiredFactors(/(ha)\1|lol|rofl/)!.sources).toBeUndefined();
    expect(requiredFactors(/sorry/)!.sources).toBeUndefined();
  });

  it('finds what the whole pattern finds: the earlier alternative where two start together', () => {
    const re = /sorry you feel|sorry|apolog/i;
    expect(split('Sorry you feel that way. Sorry again.', re)).toEqual(whole('Sorry you feel that way. Sorry again.', re));
    expect(split('Sorry you feel that way. Sorry again.', re).map((h) => [h.start, h.end])).toEqual([
      [0, 14],
      [25, 30],
    ]);
  });

  it('skips empty matches one character on, as a global expression does', () => {
    const re = /a*(?=!)|wow|meh/;
    for (const text of ['wow!', 'aa!wow!!', '!wow', 'wowwow!aaa!']) expect(split(text, re), text).toEqual(whole(text, re));
  });

  it('goes on from the end of each match, so matches may touch', () => {
    const re = /ab|zz|qq/;
    expect(split('ababab', re).map((h) => h.start)).toEqual([0, 2, 4]);
    expect(split('ababab', re)).toEqual(whole('ababab', re));
  });

  it('finds what the whole pattern finds on random alternations and texts', () => {
    // Pieces over more letters than a short text holds, so that most texts rule some alternatives out.
    const piece = fc.constantFrom('ab', 'ba', 'a', 'b?a', 'c+', 'cd', 'd[ef]', '(?<=a)b', 'b(?=c)', 'abc', 'x|y', '[ab]c', '\\bca', 'e(?:f|)', 'f*(?=a)', 'g');
    let split_ = 0;
    fc.assert(
      fc.property(fc.array(piece, { minLength: 2, maxLength: 6 }), fc.stringMatching(/^[a-g xy]{0,16}$/), (alts, text) => {
        const re = new RegExp(alts.join('|'));
        const f = requiredFactors(re);
        if (f?.sources && passingAlternatives(f, haystackOf(text), []) < f.sources.length) split_++;
        expect(split(text, re)).toEqual(whole(text, re));
      }),
      { numRuns: 600 },
    );
    expect(split_).toBeGreaterThan(200);
  });

  it('finds what every whole lexicon entry finds on corpus replies, in every pack', () => {
    prepareLexicons();
    const replies = corpusReplies();
    const differ: string[] = [];
    for (const lang of LANGS) {
      const pack = PACKS[lang];
      for (const text of LANGS.flatMap((l) => replies[l].filter((_, i) => i % (l === lang ? 4 : 16) === 0))) {
        const hay = haystackOf(text);
        for (const [cue, entries] of Object.entries(pack.cues)) {
          const a = matchAll(text, entries, cue as keyof typeof pack.cues, lang, hay).map(({ id, start, end }) => ({ id, start, end }));
          const b = wholeMatches(text, entries);
          if (JSON.stringify(a) !== JSON.stringify(b)) differ.push(`${lang} ${cue}: ${text.slice(0, 60)}`);
        }
      }
    }
    expect(differ.slice(0, 5)).toEqual([]);
  }, 120_000);
});

/** Every lexicon entry of a pack: its cues, clause breaks and commitments. */
const packEntries = (lang: Lang): PatternEntry[] => {
  const p = PACKS[lang];
  return [...Object.values(p.cues).flat(), ...(p.clauseBreaks ?? []), ...(p.commitments ?? [])];
};
const SHARED: PatternEntry[] = [...PROHIBITIONS, ...RAW_PERSONAL_DATA, DISJUNCTION];

/** The replies of every corpus part, by language, as the scorer reads them. */
function corpusReplies(): Record<Lang, string[]> {
  const out = { en: new Set<string>(), 'zh-TW': new Set<string>(), ja: new Set<string>() };
  for (const f of corpusFiles()) for (const i of readCorpusFile(f).items) out[i.context.lang].add(normaliseLayout(i.context.text).text);
  return { en: [...out.en], 'zh-TW': [...out['zh-TW']], ja: [...out.ja] };
}

/** The runs the prefilter skipped, and those of them where the entry does match (which must be none). */
function audit(entries: readonly PatternEntry[], texts: readonly string[]): { runs: number; skipped: number; missed: string[] } {
  const hays = texts.map(haystackOf);
  const missed: string[] = [];
  let skipped = 0;
  for (const e of entries) {
    const f = requiredFactors(e.pattern);
    if (!f) continue;
    texts.forEach((t, i) => {
      if (mayMatch(f, hays[i]!)) return;
      skipped++;
      if (e.pattern.test(t)) missed.push(`${e.id}: ${t.slice(0, 80)}`);
    });
  }
  return { runs: entries.length * texts.length, skipped, missed };
}

describe('the prefilter is sound on every lexicon entry', () => {
  const entries = [...SHARED, ...LANGS.flatMap(packEntries)];
  const replies = corpusReplies();

  for (const lang of LANGS) {
    it(`${lang}: lets through every entry of the pack that matches a corpus reply, and skips most runs`, () => {
      expect(replies[lang].length).toBeGreaterThan(1000);
      const { runs, skipped, missed } = audit(packEntries(lang), replies[lang]);
      expect(missed).toEqual([]);
      expect(skipped / runs).toBeGreaterThan(0.75);
      // Every entry against every reply of the language (over 9,000 English replies): about half a minute.
    }, 120_000);
  }

  it('lets through the shared entries on every reply, and each pack on a sample of the other languages', () => {
    const all = LANGS.flatMap((l) => replies[l]);
    expect(audit(SHARED, all).missed).toEqual([]);
    for (const lang of LANGS) {
      const others = LANGS.filter((l) => l !== lang).flatMap((l) => replies[l].filter((_, i) => i % 8 === 0));
      expect(audit(packEntries(lang), others).missed, lang).toEqual([]);
    }
  });

  it("gives, as one pack's index, the same answer as each entry's own factors, on every reply", () => {
    for (const lang of LANGS) {
      const factors = packEntries(lang).map((e) => requiredFactors(e.pattern));
      const index = new FactorIndex(factors);
      const texts = [...replies[lang], ...LANGS.filter((l) => l !== lang).flatMap((l) => replies[l].filter((_, i) => i % 8 === 0))];
      const differ: string[] = [];
      const byIndex: number[] = [];
      const byFactors: number[] = [];
      for (const t of texts) {
        const hay = haystackOf(t);
        factors.forEach((f, slot) => {
          if (hay.mayRun(index, slot) !== mayMatch(f, hay)) differ.push(`${lang} slot ${slot}: ${t.slice(0, 60)}`);
          if (!f) return;
          const n = index.passing(hay, slot, byIndex);
          const m = passingAlternatives(f, hay, byFactors);
          if (n !== m || byIndex.slice(0, n).join() !== byFactors.slice(0, m).join()) differ.push(`${lang} slot ${slot} alternatives: ${t.slice(0, 60)}`);
        });
      }
      expect(differ.slice(0, 5), lang).toEqual([]);
    }
  });

  it('lets through random strings each entry matches (where fast-check can generate them)', () => {
    let checked = 0;
    for (const e of entries) {
      const f = requiredFactors(e.pattern);
      if (!f) continue;
      let gen: fc.Arbitrary<string>;
      try {
        // A case-sensitive copy generates strings the entry (case-insensitive or not) matches too.
        gen = fc.stringMatching(new RegExp(e.pattern.source, e.pattern.flags.replace(/[imgy]/g, '')));
        fc.sample(gen, 1);
      } catch {
        continue; // \b and lookarounds are not supported by the generator
      }
      checked++;
      fc.assert(
        fc.property(fc.string({ maxLength: 6 }), gen, fc.string({ maxLength: 6 }), (pre, mid, post) => {
          const text = pre + mid + post;
          if (!e.pattern.test(text)) return true;
          return mayMatch(f, haystackOf(text));
        }),
        { numRuns: 20 },
      );
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('has factors for most entries of every pack', () => {
    for (const lang of LANGS) {
      const es = Object.values(PACKS[lang].cues).flat();
      const with_ = es.filter((e) => requiredFactors(e.pattern) !== null).length;
      expect(with_ / es.length, lang).toBeGreaterThan(0.8);
    }
  });
});
