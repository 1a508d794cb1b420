/**
 * Scores replies from a JSON Lines file (or `-` for stdin) against the playbook.
 *
 *   npm run --silent score -- FILE.jsonl [--ui en|zh-TW|ja]
 *
 * One reply context per line, with the fields of the playbook. One JSON line
 * per reply on stdout. A malformed line is reported on stderr as `line N: …`;
 * every line is still read, and the exit code is 2 if any line was malformed.
 */
import { readFileSync } from 'node:fs';
import { RULE_IDS, isLang, type Lang } from '../lib/scoring/contract.ts';
import { scoreReply } from '../lib/scoring/score-reply.ts';
import { validateContext } from '../lib/scoring/validate-context.ts';

function usage(message: string): never {
  process.stderr.write(`${message}\nusage: npm run --silent score -- FILE.jsonl|- [--ui en|zh-TW|ja]\n`);
  process.exit(64);
}

const args = process.argv.slice(2);
let file: string | undefined;
let uiLang: Lang | undefined;
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--ui') {
    const v = args[++i];
    if (!isLang(v)) usage(`--ui needs one of en, zh-TW, ja`);
    uiLang = v;
  } else if (a === '--help' || a === '-h') usage('Scores reply contexts against the playbook.');
  else if (file === undefined && a !== undefined) file = a;
  else usage(`unexpected argument ${a}`);
}
if (file === undefined) usage('missing FILE (use - for stdin)');

let input: string;
try {
  input = readFileSync(file === '-' ? 0 : file, 'utf8');
} catch (err) {
  process.stderr.write(`cannot read ${file}: ${(err as Error).message}\n`);
  process.exit(66);
}

let bad = 0;
const out: string[] = [];
const lines = input.split(/\r?\n/);
lines.forEach((line, index) => {
  if (line.trim() === '') return;
  const n = index + 1;
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch (err) {
    bad++;
    process.stderr.write(`line ${n}: invalid JSON: ${(err as Error).message}\n`);
    return;
  }
  const v = validateContext(parsed, { ignoreFields: ['gold'] });
  if (!v.ok) {
    bad++;
    process.stderr.write(`line ${n}: ${v.errors.map((e) => (e.field ? `${e.field}: ${e.message}` : e.message)).join('; ')}\n`);
    return;
  }
  const r = scoreReply(v.context, uiLang ? { uiLang } : undefined);
  const rules: Record<string, string> = {};
  for (const id of RULE_IDS) rules[id] = r.rules[id];
  out.push(
    JSON.stringify({
      id: v.context.id ?? null,
      score: r.score,
      rules,
      findings: r.findings.map((f) => ({ rule: f.rule, verdict: f.verdict, start: f.start, end: f.end, message: f.message })),
    }),
  );
  if (out.length >= 256) process.stdout.write(out.splice(0).join('\n') + '\n');
});
if (out.length) process.stdout.write(out.join('\n') + '\n');
process.exitCode = bad > 0 ? 2 : 0;
