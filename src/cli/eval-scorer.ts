/**
 * Measures the scorer against labelled corpora.
 *
 *   npm run eval:scorer [-- --json] [--show-errors] [--lang en] [--part dev|dev-b|heldout] [--dir DIR]
 *
 * Reads `<lang>.dev.jsonl`, `<lang>.dev-b.jsonl` and `<lang>.heldout.jsonl` (whichever exist) from
 * tests/lib/scoring/corpus, and prints per rule the accuracy and the
 * precision / recall / F1 of catching `fail`, and per corpus the macro-F1.
 * `--show-errors` lists disagreements (held-out ones only with `--part heldout`).
 * Malformed lines are reported with their number; the exit code is then 2.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { LANGS, type Lang } from '../lib/scoring/contract.ts';
import { evaluateCorpus, parseCorpus, type CorpusMetrics } from '../lib/scoring/corpus.ts';
import { scoreReply } from '../lib/scoring/score-reply.ts';

const PARTS = ['dev', 'dev-b', 'heldout'] as const;
type Part = (typeof PARTS)[number];

const args = process.argv.slice(2);
const json = args.includes('--json');
const showErrors = args.includes('--show-errors');
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
if (onlyPart !== undefined && !(PARTS as readonly string[]).includes(onlyPart)) {
  process.stderr.write(`--part must be dev, dev-b or heldout\n`);
  process.exit(64);
}

interface Report {
  lang: Lang;
  part: Part;
  file: string;
  malformed: Array<{ line: number; message: string }>;
  metrics: CorpusMetrics;
}

const reports: Report[] = [];
let malformed = 0;
for (const lang of LANGS) {
  if (onlyLang && lang !== onlyLang) continue;
  for (const part of PARTS) {
    if (onlyPart && part !== onlyPart) continue;
    const file = join(dir, `${lang}.${part}.jsonl`);
    if (!existsSync(file)) continue;
    const { items, errors } = parseCorpus(readFileSync(file, 'utf8'));
    malformed += errors.length;
    for (const e of errors) process.stderr.write(`${file}:${e.line}: ${e.message}\n`);
    reports.push({ lang, part, file, malformed: errors, metrics: evaluateCorpus(items, scoreReply) });
  }
}

const pct = (x: number): string => (x * 100).toFixed(1).padStart(6);

if (json) {
  const slim = reports.map((r) => ({
    lang: r.lang,
    part: r.part,
    file: r.file,
    items: r.metrics.items,
    malformed: r.malformed,
    macroF1: r.metrics.macroF1,
    accuracy: r.metrics.accuracy,
    rules: r.metrics.rules,
    ...(showErrors && (r.part !== 'heldout' || onlyPart === 'heldout') ? { disagreements: r.metrics.disagreements } : {}),
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
    lines.push(`${'macro-F1 (fail)'.padEnd(24)} ${pct(m.macroF1)}    overall accuracy ${pct(m.accuracy).trim()}%`);
    // Held-out disagreements are listed only on explicit request, so that
    // detector work is tuned on the dev corpora and the held-out figure stays honest.
    const listErrors = showErrors && (r.part !== 'heldout' || onlyPart === 'heldout');
    if (listErrors && m.disagreements.length) {
      lines.push('disagreements:');
      for (const d of m.disagreements) {
        lines.push(`  line ${d.line}${d.id ? ` (${d.id})` : ''} ${d.rule}: gold ${d.gold}, scorer ${d.predicted} — ${JSON.stringify(d.text.length > 140 ? d.text.slice(0, 137) + '…' : d.text)}`);
      }
    }
    process.stdout.write(lines.join('\n') + '\n\n');
  }
}
process.exitCode = malformed > 0 ? 2 : 0;
