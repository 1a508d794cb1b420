import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileLibrary } from '../../src/build/compile-library.ts';
import { readLibrary } from '../../src/build/scenarios-plugin.ts';

const fixture = (path: string) => ({ file: path, source: readFileSync(path, 'utf8') });

describe('compileLibrary', () => {
  it('indexes healthy scenarios and renders their Markdown to HTML', () => {
    const lib = compileLibrary([fixture('tests/fixtures/e2e-scenarios/en/late-parcel.md')]);
    expect(lib.entries).toHaveLength(1);
    const [entry] = lib.entries;
    expect(entry!.ok).toBe(true);
    expect(entry!.meta).toMatchObject({ id: 'e2e-late-parcel', lang: 'en', persona: 'angry', category: 'logistics', difficulty: 1, targetMinutes: 30 });
    expect(entry!.meta!.outcomes.sort()).toEqual(['lost', 'resolved']);
    const chunk = lib.chunks.get(entry!.file)!;
    expect(chunk.html.block[chunk.scenario.briefing]).toContain('<strong>Parcel &amp; Co.</strong>');
    const opening = chunk.scenario.beatIndex.opening!;
    expect(chunk.html.inline[opening.messages[0]!.text]).toBe('My parcel is <strong>three days</strong> late and nobody answers the phone. Thanks for nothing @parcelco');
  });

  it('reports a broken file with its diagnostics instead of failing the build', () => {
    const lib = compileLibrary([fixture('tests/fixtures/e2e-scenarios/zh-TW/broken-target.md')]);
    const [entry] = lib.entries;
    expect(entry!.ok).toBe(false);
    expect(entry!.meta).toBeNull();
    expect(entry!.problems.map((p) => [p.code, p.line, p.column])).toContainEqual(['target_missing', 30, 13]);
    expect(entry!.problems[0]!.formatted).toMatch(/^tests\/fixtures\/e2e-scenarios\/zh-TW\/broken-target\.md:\d+:\d+ error /);
    expect(lib.chunks.size).toBe(0);
  });

  it('sanitises script, event handlers and javascript: URLs out of authored Markdown', () => {
    const lib = compileLibrary([fixture('tests/fixtures/e2e-scenarios/en/xss-probe.md')]);
    const chunk = [...lib.chunks.values()][0]!;
    const all = [...Object.values(chunk.html.block), ...Object.values(chunk.html.inline)].join('\n');
    expect(all).not.toMatch(/<script|<img|<iframe|onerror|onmouseover|href="javascript/i);
    expect(all).toContain('lol');
  });

  it('reports a second file that reuses an id', () => {
    const one = fixture('tests/fixtures/e2e-scenarios/en/late-parcel.md');
    const lib = compileLibrary([one, { file: 'scenarios/en/zz-copy.md', source: one.source }]);
    expect(lib.entries.map((e) => e.ok)).toEqual([true, false]);
    expect(lib.entries[1]!.problems[0]!.code).toBe('library_id_duplicate');
  });

  it('reads every scenario file of a folder, skipping upper-case documentation files', () => {
    const files = readLibrary(process.cwd(), 'scenarios').map((f) => f.file);
    expect(files.length).toBeGreaterThan(0);
    expect(files.every((f) => /^scenarios\/(en|zh-TW|ja)\/[a-z0-9-]+\.md$/.test(f))).toBe(true);
  });

  it('compiles the built-in library without a broken file', () => {
    const lib = compileLibrary(readLibrary(process.cwd(), 'scenarios'));
    const broken = lib.entries.filter((e) => !e.ok).map((e) => e.problems.map((p) => p.formatted).join('\n'));
    expect(broken).toEqual([]);
  });
});
