/**
 * Scorer benchmark: replies per second in Node over the corpora (median of
 * several runs; target ≥ 5,000/s on 2 cores) and per-reply time in Chromium
 * (median; target < 2 ms), with the scorer bundled by Vite as the app ships it.
 *
 *   npx tsx tests/bench/scorer.ts
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { emptyModulesPlugin } from '../../src/build/lazy-scoring-plugin.ts';
import { LANGS, type ReplyContext } from '../../src/lib/scoring/contract.ts';
import { CORPUS_DIR as CORPUS_PATH, corpusFiles, readCorpusFile } from '../../src/cli/corpus-files.ts';
import { scoreReply, type ScoreOptions } from '../../src/lib/scoring/score-reply.ts';
import { chromiumLaunch } from '../e2e/chromium.ts';
import { runAsScript } from './script.ts';

const CORPUS_DIR = resolve(CORPUS_PATH);
const CHROMIUM = chromiumLaunch.executablePath!;
const RUNS = 7;

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/** Reply contexts of every corpus file (labels are not read). */
/** Every reply of every corpus part, probe sets included: what the scorer meets, right and wrong. */
function loadContexts(): ReplyContext[] {
  return corpusFiles(CORPUS_DIR).flatMap((f) => readCorpusFile(f).items.map((i) => i.context));
}

function benchNode(contexts: ReplyContext[], options?: ScoreOptions): { perSecond: number; runs: number[] } {
  for (const c of contexts) scoreReply(c, options); // warm-up: JIT and segmenters
  const runs: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const t0 = performance.now();
    for (const c of contexts) scoreReply(c, options);
    const ms = performance.now() - t0;
    runs.push((contexts.length / ms) * 1000);
  }
  return { perSecond: median(runs), runs };
}

async function benchBrowser(contexts: ReplyContext[]): Promise<string> {
  if (!existsSync(CHROMIUM)) return `browser: skipped (${CHROMIUM} not found)`;
  const { build } = await import('vite');
  const { chromium } = await import('@playwright/test');
  const out = mkdtempSync(join(tmpdir(), 'scorer-bench-'));
  try {
    await build({
      configFile: false,
      logLevel: 'silent',
      // As the web app ships it: without the prefilter's factor reader (see src/lib/scoring/prefilter/eager.ts).
      plugins: [emptyModulesPlugin(resolve('.'), ['src/lib/scoring/prefilter/eager.ts'])],
      build: {
        outDir: out,
        emptyOutDir: true,
        target: 'es2022',
        minify: true,
        lib: { entry: resolve('src/lib/scoring/score-reply.ts'), formats: ['iife'], name: 'ReplyDojoScorer', fileName: () => 'scorer.js' },
      },
    });
    const code = readFileSync(join(out, 'scorer.js'), 'utf8');
    const browser = await chromium.launch(chromiumLaunch);
    try {
      const page = await browser.newPage();
      await page.setContent('<!doctype html><title>scorer bench</title>');
      await page.addScriptTag({ content: code });
      const result = await page.evaluate(
        ({ contexts, runs }) => {
          const w = globalThis as unknown as { ReplyDojoScorer: { scoreReply: (c: unknown) => unknown } };
          const score = w.ReplyDojoScorer.scoreReply;
          for (const c of contexts) score(c);
          const perReply: number[] = [];
          let slowest = 0;
          for (let r = 0; r < runs; r++) {
            const t0 = performance.now();
            for (const c of contexts) {
              const s = performance.now();
              score(c);
              slowest = Math.max(slowest, performance.now() - s);
            }
            perReply.push((performance.now() - t0) / contexts.length);
          }
          perReply.sort((a, b) => a - b);
          return { median: perReply[Math.floor(perReply.length / 2)]!, slowest, ua: navigator.userAgent };
        },
        { contexts, runs: RUNS },
      );
      const kb = (Buffer.byteLength(code) / 1024).toFixed(0);
      return (
        `browser: ${result.median.toFixed(3)} ms per reply (median of ${RUNS} runs; target < 2 ms) ` +
        `${result.median < 2 ? 'OK' : 'SLOW'}; slowest single reply ${result.slowest.toFixed(2)} ms; bundle ${kb} KB; ${result.ua.match(/Chrom\w+\/[\d.]+/)?.[0] ?? 'Chromium'}`
      );
    } finally {
      await browser.close();
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** Runs the scorer benchmarks and returns a printable report. */
export async function benchScorer(): Promise<string> {
  const contexts = loadContexts();
  if (contexts.length === 0) return 'scorer: no corpus found, nothing to measure';
  const node = benchNode(contexts);
  const lines = [
    `scorer: ${contexts.length} replies from ${CORPUS_DIR}`,
    `node: ${Math.round(node.perSecond).toLocaleString('en')} replies/s (median of ${RUNS} runs; target ≥ 5,000) ${node.perSecond >= 5000 ? 'OK' : 'SLOW'}`,
    `node, by reply language: ${LANGS.map((l) => `${l} ${Math.round(benchNode(contexts.filter((c) => c.lang === l)).perSecond).toLocaleString('en')}/s`).join(', ')}`,
    `node, by reply language, cue tables alone (no learned reading): ${LANGS.map((l) => `${l} ${Math.round(benchNode(contexts.filter((c) => c.lang === l), { secondOpinion: false }).perSecond).toLocaleString('en')}/s`).join(', ')}`,
  ];
  try {
    lines.push(await benchBrowser(contexts));
  } catch (err) {
    lines.push(`browser: skipped (${(err as Error).message.split('\n')[0]})`);
  }
  return lines.join('\n');
}

runAsScript(import.meta.url, benchScorer);
