import { describe, expect, it } from 'vitest';
import { LANGS } from '../../../src/lib/scoring/contract.ts';
import { PACKS } from '../../../src/lib/scoring/detectors/index.ts';
import { CUES, type PatternEntry } from '../../../src/lib/scoring/detectors/types.ts';
import { matchAll } from '../../../src/lib/scoring/analyse.ts';
import { EXCLAMATION_RUN, RAW_PERSONAL_DATA, findShouting } from '../../../src/lib/scoring/universal.ts';
import { scoreReply } from '../../../src/lib/scoring/score-reply.ts';

/**
 * Finds a group that repeats without bound while containing an unbounded
 * quantifier itself, e.g. `(a+)+` or `(?:\w+\s)*`: the shape behind
 * catastrophic backtracking. Bounded repeats such as `(?:\w+\s){0,3}` are allowed.
 */
export function nestedUnboundedQuantifier(source: string): string | null {
  const stack: Array<{ start: number; unbounded: boolean }> = [];
  let inClass = false;
  let lastGroupUnbounded = false;
  let lastGroupStart = -1;
  const unboundedAt = (i: number): boolean => {
    const c = source[i];
    if (c === '*' || c === '+') return true;
    if (c === '{') {
      const m = /^\{(\d+),(\d*)\}/.exec(source.slice(i));
      return m !== null && m[2] === '';
    }
    return false;
  };
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') {
      inClass = true;
      continue;
    }
    if (c === '(') {
      stack.push({ start: i, unbounded: false });
      continue;
    }
    if (c === ')') {
      const g = stack.pop();
      lastGroupUnbounded = g?.unbounded ?? false;
      lastGroupStart = g?.start ?? -1;
      if (unboundedAt(i + 1) && lastGroupUnbounded) return source.slice(lastGroupStart, i + 2);
      // The group's own quantifier makes its parent unbounded too.
      if (stack.length && (lastGroupUnbounded || unboundedAt(i + 1))) stack[stack.length - 1]!.unbounded = true;
      continue;
    }
    if (unboundedAt(i) && stack.length) stack[stack.length - 1]!.unbounded = true;
  }
  return null;
}

const allEntries = (): Array<{ lang: string; entry: PatternEntry }> => {
  const out: Array<{ lang: string; entry: PatternEntry }> = [];
  for (const lang of LANGS) {
    const p = PACKS[lang];
    for (const cue of CUES) for (const entry of p.cues[cue]) out.push({ lang, entry });
    for (const entry of p.clauseBreaks ?? []) out.push({ lang, entry });
    for (const entry of p.commitments ?? []) out.push({ lang, entry });
  }
  for (const entry of [EXCLAMATION_RUN, ...RAW_PERSONAL_DATA]) out.push({ lang: 'any', entry });
  for (const u of RAW_PERSONAL_DATA) for (const [i, r] of (u.unlessAfter ?? []).entries()) out.push({ lang: 'any', entry: { id: `${u.id}.unless-after-${i}`, pattern: r, note: '' } });
  return out;
};

const N = 20_000;
const HOSTILE = [
  'a'.repeat(N),
  'A'.repeat(N),
  ' '.repeat(N),
  'a '.repeat(N / 2),
  'I '.repeat(N / 2),
  '1'.repeat(N),
  '1 '.repeat(N / 2),
  '1-'.repeat(N / 2),
  '!'.repeat(N),
  '.'.repeat(N),
  '@a.'.repeat(N / 3),
  'sorry '.repeat(N / 6),
  'you '.repeat(N / 4),
  '申し訳'.repeat(N / 3),
  'ありがとうございます'.repeat(N / 10),
  '謝謝你'.repeat(N / 3),
  '不好意思'.repeat(N / 4),
  '😂'.repeat(N / 2),
  'Aa '.repeat(N / 3),
];

describe('detector patterns on hostile input', () => {
  it('have no unbounded repeat of a group that itself repeats without bound', () => {
    const bad = allEntries()
      .map(({ lang, entry }) => ({ id: `${lang}:${entry.id}`, shape: nestedUnboundedQuantifier(entry.pattern.source) }))
      .filter((x) => x.shape !== null);
    expect(bad).toEqual([]);
  });

  it('the structural check itself catches nested quantifiers', () => {
    expect(nestedUnboundedQuantifier('(a+)+')).not.toBeNull();
    expect(nestedUnboundedQuantifier('(?:\\w+\\s)*x')).not.toBeNull();
    expect(nestedUnboundedQuantifier('(?:\\w+\\s){0,3}x')).toBeNull();
    expect(nestedUnboundedQuantifier('[(a+)]+')).toBeNull();
  });

  it("every pattern scans 20,000 hostile characters in under a second (catastrophic backtracking would take minutes)", { timeout: 120_000 }, () => {
    const slow: string[] = [];
    for (const { lang, entry } of allEntries()) {
      for (const s of HOSTILE) {
        const t0 = performance.now();
        matchAll(s, [entry], 'negation', 'en');
        const ms = performance.now() - t0;
        if (ms > 1000) slow.push(`${lang}:${entry.id} ${ms.toFixed(0)} ms on ${JSON.stringify(s.slice(0, 6))}…`);
      }
    }
    expect(slow).toEqual([]);
  });

  it('scores a whole hostile reply in well under a second', { timeout: 60_000 }, () => {
    for (const lang of LANGS) {
      for (const s of HOSTILE.slice(0, 8)) {
        const t0 = performance.now();
        scoreReply({ lang, persona: 'angry', channel: 'public', text: s, canGrant: false, needsEscalation: true, crisis: true });
        findShouting(s);
        expect(performance.now() - t0, `${lang} ${JSON.stringify(s.slice(0, 6))}`).toBeLessThan(2000);
      }
    }
  });
});
