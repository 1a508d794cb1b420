import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { stripNotes } from '../../src/build/strip-notes.ts';

describe('stripNotes', () => {
  it('empties notes of both entry forms and leaves everything else byte for byte', () => {
    const code = [
      "const a = { id: 'ja.x', pattern: /申し訳/u, note: '謝罪: 「申し訳ございません」' };",
      "const b = e('sorry', re(String.raw`\\bsorry\\b`), \"an apology: 'sorry'\");",
      "const c = e2('refund', 'refund.x', String.raw`\\brefund\\b`, `a refund`);",
      "const d = { note: someVariable, other: 'note: keep me' };",
      "const f = e('two-args-only', /x/);",
      "const g = e('stiff.defensive', /x/, 'defends the staff', 'defensive');",
    ].join('\n');
    expect(stripNotes(code)).toBe(
      [
        "const a = { id: 'ja.x', pattern: /申し訳/u, note: '' };",
        "const b = e('sorry', re(String.raw`\\bsorry\\b`), '');",
        "const c = e2('refund', 'refund.x', String.raw`\\brefund\\b`, '');",
        "const d = { note: someVariable, other: 'note: keep me' };",
        "const f = e('two-args-only', /x/);",
        "const g = e('stiff.defensive', /x/, '', 'defensive');",
      ].join('\n'),
    );
  });

  it.each(['en', 'zh-TW', 'ja'])('empties every note of the %s pack and keeps every id and pattern', (lang) => {
    const code = readFileSync(`src/lib/scoring/detectors/${lang}.ts`, 'utf8');
    const out = stripNotes(code, `${lang}.ts`);
    expect(out.length).toBeLessThan(code.length * 0.95);
    // Outside the emptied notes, nothing changed: the patterns and ids are all still there.
    const ids = (s: string) => s.match(/(?:id: |\be2?\()'[^']+'/g) ?? [];
    expect(ids(out)).toEqual(ids(code));
    expect(out.match(/\bnote: '[^']/g) ?? []).toEqual([]);
  });
});
