import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterAll, afterEach, expect } from 'vitest';
import { type ReplyContext, type RuleId, type Verdict } from '../../../src/lib/scoring/contract.ts';
import { scoreReply } from '../../../src/lib/scoring/score-reply.ts';
import { ASSERTED_DIR } from '../../../src/cli/corpus-files.ts';

/**
 * The verdicts a unit-test file asserts, kept as data for `npm run train:scorer`: a file's
 * `verdict(rule, …)` helper goes through `assertedVerdicts(import.meta.url)`, and every verdict it
 * returns is one the file asserts (each is passed to `toBe`). On a green run these are the verdicts
 * the unit tests settle, so training can hold the learned reading to them (it may set one right,
 * never wrong) without a near miss being copied by hand.
 *
 * They live in `tests/lib/scoring/corpus/asserted/<test file>.jsonl`, a corpus line per verdict
 * asserted (the reply, and that one rule's verdict as its gold). After each run of the file, a
 * check fails if a verdict it asserted is not there, or there with another verdict: run
 *
 *   REPLY_DOJO_WRITE_ASSERTED=1 npx vitest run tests/lib/scoring/<file>
 *
 * on a green run to write them again (a red run writes nothing). A run filtered to some tests
 * checks only those.
 */
export function assertedVerdicts(fileUrl: string): (context: ReplyContext, rule: RuleId) => Verdict {
  const name = basename(new URL(fileUrl).pathname).replace(/\.ts$/, '.jsonl');
  const file = join(ASSERTED_DIR, name);
  /** Each asserted verdict as its corpus line: the reply and that one rule. */
  const seen = new Set<string>();
  let failed = false;
  afterEach(({ task }) => {
    if (task.result?.state === 'fail' || (task.result?.errors?.length ?? 0) > 0) failed = true;
  });
  afterAll(() => {
    const lines = [...seen].sort();
    if (process.env.REPLY_DOJO_WRITE_ASSERTED) {
      if (failed) return;
      mkdirSync(ASSERTED_DIR, { recursive: true });
      writeFileSync(file, lines.length ? lines.join('\n') + '\n' : '');
      return;
    }
    const written = new Set(existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean) : []);
    const missing = lines.filter((l) => !written.has(l));
    expect(missing, `${file} lacks verdicts this file asserts: run REPLY_DOJO_WRITE_ASSERTED=1 npx vitest run ${fileUrl.replace(/^.*\/(tests\/)/, '$1')} on a green run`).toEqual([]);
  });
  return (context, rule) => {
    const verdict = scoreReply(context).rules[rule];
    seen.add(JSON.stringify({ ...context, gold: { [rule]: verdict } }));
    return verdict;
  };
}
