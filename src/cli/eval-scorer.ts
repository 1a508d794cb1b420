/**
 * Measures the scorer against labelled corpora.
 *
 *   npm run eval:scorer [-- --json] [--show-errors] [--tables-only] [--lang en] [--part dev|dev-b|heldout|heldout-all|…] [--dir DIR]
 *
 * Reads every `<lang>.<part>.jsonl` in tests/lib/scoring/corpus. Parts whose
 * name starts with `probe` are probe sets that label only the rules they probe
 * (the rest of each line's rules are not judged). Parts whose name starts with
 * `heldout` are held out: the detectors are never tuned on
 * them, their disagreements are listed only when asked for by name, and they
 * are also pooled per language as `heldout-all`. For every corpus it prints per
 * rule the accuracy and the precision / recall / F1 of catching `fail`, and
 * the macro-F1. `--tables-only` grades by the cue tables alone, without the
 * learned reading's second opinion. Malformed lines are reported with their
 * number; the exit code is then 2.
 */
import { resolve } from 'node:path';
import { LANGS, type Lang } from '../lib/scoring/contract.ts';
import { corpusFiles, isHeldOut, readCorpusFile } from './corpus-files.ts';
import { bootstrapMacroF1, gradeCorpus, metricsOf, type CorpusMetrics, type Graded } from '../lib/scoring/corpus.ts';
import { scoreReply } from '../lib/scoring/score-reply.ts';

const POOLED = 'heldout-all';

const args = process.argv.slice(2);
const json = args.includes('--json');
const showErrors = args.includes('--show-errors');
const secondOpinion = !args.includes('--tables-only');
const valueOf = (flag: string): string | undefined => {
  const i = args.indexOf(flag);
  return i >= 0 ? args[i + 1] : undefined;
};
const dir = resolve(valueOf('--dir') ?? 'tests/lib/scoring/corpus');
const onlyLang = valueOf('--lang');
const onlyPart = valueOf('--part');
if (onlyLang !== undefined && !(LANGS as readonly string[]).includes(onlyLang)) {
  process.stderr.write(`--lang must be one of ${LANGS.join(', ')}\n`);
  process.exit(64);
}

const files = corpusFiles(dir);

interface Report {
  lang: Lang;
  part: string;
  file: string;
  malformed: Array<{ line: number; message: string }>;
  metrics: CorpusMetrics;
  /** 95% bootstrap interval of the macro-F1. */
  interval: { low: number; high: number };
}

const report = (lang: Lang, part: string, file: string, malformedLines: Report['malformed'], graded: readonly Graded[]): Report => ({
  lang,
  part,
  file,
  malformed: malformedLines,
  metrics: metricsOf(graded),
  interval: bootstrapMacroF1(graded),
});

const reports: Report[] = [];
let malformed = 0;
const known = new Set<string>([POOLED]);
for (const lang of LANGS) {
  if (onlyLang && lang !== onlyLang) continue;
  const pooled: Graded[] = [];
  const pooledFiles: string[] = [];
  for (const f of files.filter((x) => x.lang === lang)) {
    const { part, file } = f;
    known.add(part);
    const wanted = !onlyPart || onlyPart === part;
    const pool = isHeldOut(part) && (!onlyPart || onlyPart === POOLED);
    if (!wanted && !pool) continue;
    const { items, errors } = readCorpusFile(f);
    malformed += errors.length;
    for (const e of errors) process.stderr.write(`${file}:${e.line}: ${e.message}\n`);
    const graded = gradeCorpus(items, (c) => scoreReply(c, { secondOpinion }));
    if (wanted) reports.push(report(lang, part, file, errors, graded));
    if (pool) {
      pooled.push(...graded);
      pooledFiles.push(file);
    }
  }
  // Pooled only when it adds something: two or more held-out parts, or asked for by name.
  if (pooledFiles.length > 1 || (pooledFiles.length === 1 && onlyPart === POOLED)) {
    reports.push(report(lang, POOLED, pooledFiles.join(' + '), [], pooled));
  }
}
if (onlyPart !== undefined && !known.has(onlyPart)) {
  process.stderr.write(`--part: no corpus part "${onlyPart}" in ${dir} (found: ${[...known].sort().join(', ')})\n`);
  process.exit(64);
}

const pct = (x: number): string => (x * 100).toFixed(1).padStart(6);
// Held-out disagreements are listed only when that part is asked for by name,
// so that detector work is tuned on the development parts and the held-out figures stay honest.
const listsErrors = (part: string): boolean => showErrors && (!isHeldOut(part) || onlyPart === part);

if (json) {
  const slim = reports.map((r) => ({
    lang: r.lang,
    part: r.part,
    file: r.file,
    items: r.metrics.items,
    malformed: r.malformed,
    macroF1: r.metrics.macroF1,
    macroF1Interval95: r.interval,
    accuracy: r.metrics.accuracy,
    rules: r.metrics.rules,
    ...(listsErrors(r.part) ? { disagreements: r.metrics.disagreements } : {}),
  }));
  process.stdout.write(JSON.stringify({ reports: slim }, null, 2) + '\n');
} else if (reports.length === 0) {
  process.stdout.write(`no corpus files in ${dir}\n`);
} else {
  for (const r of reports) {
    const m = r.metrics;
    const lines = [
      `${r.lang} ${r.part} — ${m.items} replies${r.malformed.length ? `, ${r.malformed.length} malformed lines skipped` : ''} (${r.file})`,
      `${'rule'.padEnd(24)} ${'acc%'.padStart(6)} ${'P%'.padStart(6)} ${'R%'.padStart(6)} ${'F1%'.padStart(6)}  tp  fp  fn`,
    ];
    for (const x of m.rules) {
      const fails = x.support > 0;
      lines.push(
        `${x.rule.padEnd(24)} ${pct(x.accuracy)} ${fails ? pct(x.precision) : '     -'} ${fails ? pct(x.recall) : '     -'} ${fails ? pct(x.f1) : '     -'} ${String(x.tp).padStart(3)} ${String(x.fp).padStart(3)} ${String(x.fn).padStart(3)}`,
      );
    }
    lines.push(`${'macro-F1 (fail)'.padEnd(24)} ${pct(m.macroF1)}    95% interval ${pct(r.interval.low).trim()}–${pct(r.interval.high).trim()}    overall accuracy ${pct(m.accuracy).trim()}%`);
    if (listsErrors(r.part) && m.disagreements.length) {
      lines.push('disagreements:');
      for (const d of m.disagreements) {
        lines.push(`  line ${d.line}${d.id ? ` (${d.id})` : ''} ${d.rule}: gold ${d.gold}, scorer ${d.predicted} — ${JSON.stringify(d.text.length > 140 ? d.text.slice(0, 137) + '…' : d.text)}`);
      }
    }
    process.stdout.write(lines.join('\n') + '\n\n');
  }
}
process.exitCode = malformed > 0 ? 2 : 0;
