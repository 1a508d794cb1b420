import { describe, expect, it } from 'vitest';
import { segments } from '../../src/ui/shared/highlight.ts';
import type { Finding } from '../../src/lib/scoring/contract.ts';

const f = (rule: Finding['rule'], verdict: Finding['verdict'], start: number | null, end: number | null): Finding => ({ rule, verdict, start, end, evidence: 'x', message: '' });

describe('segments', () => {
  it('cuts overlapping evidence into runs, failing wins over passing', () => {
    const text = 'Sorry, guaranteed by 5pm';
    const parts = segments(text, [f('empathy', 'pass', 0, 5), f('under-promise', 'fail', 7, 17), f('respond-fast', 'pass', 7, 24), f('take-private', 'fail', null, null)]);
    expect(parts.map((p) => [p.text, p.tone])).toEqual([
      ['Sorry', 'pass'],
      [', ', null],
      ['guaranteed', 'fail'],
      [' by 5pm', 'pass'],
    ]);
    expect(parts.map((p) => p.text).join('')).toBe(text);
  });

  it('returns the whole text when nothing is highlighted, and ignores spans out of range', () => {
    expect(segments('hello', [f('empathy', 'pass', 10, 12)])).toEqual([{ text: 'hello', start: 0, findings: [], tone: null }]);
    expect(segments('', [])).toEqual([]);
  });
});
