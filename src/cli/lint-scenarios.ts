/**
 * `npm run lint:scenarios -- [files or folders]` (default `scenarios/`): check scenario files and
 * print `file:line:col severity code message` lines, then a summary. Exit 1 when any file has an error.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { collectFiles } from './scenario-files.ts';
import { formatDiagnostic, loadScenario, type Diagnostic } from '../lib/scenario/index.ts';
import { checkExpectations } from '../lib/scenario/check-expectations.ts';
import { scoreReply } from '../lib/scoring/score-reply.ts';

/** Lint one file's text: parse, validate, and check pinned verdicts against the scorer. */
export function lintSource(source: string, file: string): Diagnostic[] {
  const result = loadScenario(source, file);
  if (!result.ok) return result.diagnostics;
  return [...result.diagnostics, ...checkExpectations(result.scenario, scoreReply)];
}

function main(argv: string[]): number {
  const args = argv.filter((a) => a !== '--');
  const quiet = args.includes('--quiet');
  const targets = args.filter((a) => !a.startsWith('--'));
  const { files, missing } = collectFiles(targets.length ? targets : ['scenarios']);
  let errors = missing.length;
  let warnings = 0;
  for (const m of missing) console.log(`${m}:1:1 error file_missing No such file or folder.`);
  for (const file of files) {
    const shown = relative(process.cwd(), file) || file;
    let diagnostics: Diagnostic[];
    try {
      diagnostics = lintSource(readFileSync(file, 'utf8'), shown);
    } catch (e) {
      console.log(`${shown}:1:1 error file_unreadable ${(e as Error).message}`);
      errors++;
      continue;
    }
    for (const d of diagnostics) {
      if (d.severity === 'error') errors++;
      else warnings++;
      if (!quiet || d.severity === 'error') console.log(formatDiagnostic(d));
    }
  }
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  console.log(`\n${plural(files.length, 'file')} checked: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}.`);
  return errors > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
