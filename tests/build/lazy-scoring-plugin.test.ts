import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build, type Rollup } from 'vite';
import { lazyScoringPlugin } from '../../src/build/lazy-scoring-plugin.ts';

const root = resolve('.');
const rel = (id: string) => id.replace(root + '/', '');

/** Bundle an entry that uses the scorer as the page does, and list each chunk's modules. */
async function bundle(plugins: ReturnType<typeof lazyScoringPlugin>[]): Promise<Rollup.OutputChunk[]> {
  const dir = mkdtempSync(join(tmpdir(), 'lazy-scoring-'));
  try {
    const entry = join(dir, 'entry.ts');
    writeFileSync(
      entry,
      [
        `import { RULES } from '${root}/src/lib/scoring/playbook.ts';`,
        `import { loadRuleTexts } from '${root}/src/lib/scoring/texts/index.ts';`,
        `export const weights = RULES.map((r) => r.weight);`,
        `export const texts = (lang) => loadRuleTexts(lang);`,
        `export const scorer = () => import('${root}/src/ui/player/typed-reply-scorer.ts');`,
      ].join('\n'),
    );
    const out = (await build({
      configFile: false,
      logLevel: 'silent',
      plugins,
      build: { write: false, target: 'es2022', minify: false, rollupOptions: { input: entry, preserveEntrySignatures: 'strict' } },
    })) as Rollup.RollupOutput;
    return out.output.filter((o): o is Rollup.OutputChunk => o.type === 'chunk');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('lazyScoringPlugin', () => {
  it('keeps language packs (with their learned readings) and rule texts out of the code that imports the playbook and the scorer, one chunk each', async () => {
    const chunks = await bundle([lazyScoringPlugin({ projectRoot: root })]);
    const entry = chunks.find((c) => c.isEntry)!;
    const modules = (c: Rollup.OutputChunk) => c.moduleIds.map(rel);
    expect(modules(entry).some((m) => m.includes('/detectors/') || m.includes('/model/models/') || /texts\/(en|ja|zh-TW)\.ts$/.test(m))).toBe(false);
    // A language's pack and its reading travel together: one chunk, nothing else of the scorer in it.
    const together: Record<string, string[]> = {
      'detectors/en.ts': ['detectors/en.ts', 'model/models/en.ts'],
      'detectors/zh-TW.ts': ['detectors/zh-TW.ts', 'model/models/zh-TW.ts'],
      'detectors/ja.ts': ['detectors/ja.ts', 'model/models/ja.ts'],
      'texts/en.ts': ['texts/en.ts'],
      'texts/zh-TW.ts': ['texts/zh-TW.ts'],
      'texts/ja.ts': ['texts/ja.ts'],
    };
    for (const [file, members] of Object.entries(together)) {
      const owner = chunks.filter((c) => modules(c).includes(`src/lib/scoring/${file}`));
      expect(owner, file).toHaveLength(1);
      expect(owner[0]!.isDynamicEntry, file).toBe(true);
      expect(modules(owner[0]!).filter((m) => m.startsWith('src/lib/scoring/')).sort(), file).toEqual(members.map((m) => `src/lib/scoring/${m}`).sort());
    }
  });

  it('leaves the prefilter’s regexp parser out of every chunk (the page grades without the prefilter)', async () => {
    const all = (await bundle([lazyScoringPlugin({ projectRoot: root })])).flatMap((c) => c.moduleIds.map(rel));
    expect(all).toContain('src/lib/scoring/prefilter/index.ts');
    expect(all.filter((m) => m.includes('regexpp') || m.endsWith('prefilter/factors.ts'))).toEqual([]);
    const node = (await bundle([])).flatMap((c) => c.moduleIds.map(rel));
    expect(node).toContain('src/lib/scoring/prefilter/factors.ts');
  });

  it('leaves Node’s eager imports alone when it is not used', async () => {
    const chunks = await bundle([]);
    // What the entry loads statically: itself and the chunks it imports, recursively.
    const byName = new Map(chunks.map((c) => [c.fileName, c]));
    const reach = (c: Rollup.OutputChunk, seen: Set<Rollup.OutputChunk>): Set<Rollup.OutputChunk> => {
      if (seen.has(c)) return seen;
      seen.add(c);
      for (const name of c.imports) reach(byName.get(name)!, seen);
      return seen;
    };
    const loaded = [...reach(chunks.find((c) => c.isEntry)!, new Set())].flatMap((c) => c.moduleIds.map(rel));
    expect(loaded).toEqual(expect.arrayContaining(['src/lib/scoring/texts/en.ts', 'src/lib/scoring/texts/ja.ts', 'src/lib/scoring/texts/zh-TW.ts']));
  });
});
