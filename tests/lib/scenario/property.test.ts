import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../../src/lib/scenario/index.ts';
import { goodSource } from './helpers.ts';

const good = goodSource();
const lines = good.split('\n');

/** Pieces authors really type, to splice into files. */
const FRAGMENTS = ['---', '# Briefing', '## ', '### Reply → ', '### No reply → x', '### Free text', '- otherwise → ', '> ', '@customer: ', '@onlooker(', 'after: ', 'when: ', 'effects: ', 'expect: ', 'context: ', '→', '->', '(', ')', '[', ']', '{', '}', ':', '"', "'", '\t', '\r\n', '\u0000', '💥', '：', '  ', 'mood <', 'outcome: '];

/** Every diagnostic must point inside the (normalised) file. */
function checkPositions(source: string): void {
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const lineCount = text.split('\n').length;
  const result = loadScenario(source, 'prop.md');
  for (const d of result.diagnostics) {
    for (const p of [d.start, d.end]) {
      expect(p.line).toBeGreaterThanOrEqual(1);
      expect(p.line).toBeLessThanOrEqual(lineCount);
      expect(p.column).toBeGreaterThanOrEqual(1);
      expect(p.offset).toBeGreaterThanOrEqual(0);
      expect(p.offset).toBeLessThanOrEqual(text.length);
    }
    expect(d.end.offset).toBeGreaterThanOrEqual(d.start.offset);
    expect(d.message.length).toBeGreaterThan(0);
  }
  if (!result.ok) expect(result.diagnostics.some((d) => d.severity === 'error')).toBe(true);
}

const mutation = fc.oneof(
  // delete a line
  fc.nat().map((n) => (ls: string[]) => ls.filter((_, i) => i !== n % Math.max(1, ls.length))),
  // duplicate a line elsewhere
  fc.tuple(fc.nat(), fc.nat()).map(([a, b]) => (ls: string[]) => {
    const copy = [...ls];
    if (ls.length === 0) return copy;
    copy.splice(b % copy.length, 0, ls[a % ls.length]!);
    return copy;
  }),
  // splice a fragment into a line
  fc.tuple(fc.nat(), fc.nat(), fc.constantFrom(...FRAGMENTS)).map(([n, at, frag]) => (ls: string[]) => {
    const copy = [...ls];
    if (copy.length === 0) return [frag];
    const i = n % copy.length;
    const line = copy[i]!;
    const j = at % (line.length + 1);
    copy[i] = line.slice(0, j) + frag + line.slice(j);
    return copy;
  }),
  // truncate the file
  fc.nat().map((n) => (ls: string[]) => ls.slice(0, n % (ls.length + 1))),
);

describe('parser properties', () => {
  it('never throws and positions every problem, on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (s) => checkPositions(s)),
      { numRuns: 1500 },
    );
  });

  it('never throws and positions every problem, on arbitrary text built from scenario pieces', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 8 }), fc.constant('\n')), { maxLength: 80 }), (parts) =>
        checkPositions(parts.join('')),
      ),
      { numRuns: 1500 },
    );
  });

  it('never throws and positions every problem, on mutated real files', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 6 }), (ms) => {
        const mutated = ms.reduce((ls, m) => m(ls), lines);
        checkPositions(mutated.join('\n'));
      }),
      { numRuns: 2000 },
    );
  });

  it('handles pathological nesting and size without freezing', () => {
    for (const source of [
      `${good}\n${'> '.repeat(5000)}x`,
      `${good}\n${'- '.repeat(5000)}x`,
      `---\nid: ${'['.repeat(5000)}\n---\n`,
      `---\nid: a\n${'  '.repeat(3000)}b: 1\n---\n`,
      `${good}\n## x\nwhen: ${'('.repeat(5000)}mood < 1 → x\n`,
      `${good}\n${'*'.repeat(50000)}`,
      good.repeat(40),
      'x'.repeat(5_000_000),
    ]) {
      const started = Date.now();
      checkPositions(source);
      // A generous bound: what matters is that nothing hangs or overflows the stack.
      expect(Date.now() - started).toBeLessThan(5000);
    }
  });
});
