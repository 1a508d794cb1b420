/**
 * How far two careful people agree on the labels: a second labeller, given only the replies of
 * one development part (dev-h, without its labels) and the playbook, labelled every rule again
 * (`tests/lib/scoring/corpus/second-labeller/<lang>.dev-h.jsonl`). This prints, in the scorer's own
 * measure (macro-F1 of catching `fail`), the second labeller against the writer's labels, and the
 * scorer against each. The scorer was tuned on the writer's labels of this part, so only the first
 * figure is an unbiased one: it bounds what any scorer can be expected to reach.
 *
 *   npx tsx tests/bench/labeller-agreement.ts
 */
import { readFileSync } from 'node:fs';
import { LANGS, type ReplyContext, type ReplyScore, type RuleId, type Verdict } from '../../src/lib/scoring/contract.ts';
import { CORPUS_DIR } from '../../src/cli/corpus-files.ts';
import { evaluateCorpus, parseCorpus } from '../../src/lib/scoring/corpus.ts';
import { scoreReply } from '../../src/lib/scoring/score-reply.ts';
import { runAsScript } from './script.ts';

export function labellerAgreement(): string {
  const lines = ['| language | second labeller vs writer | scorer vs writer | scorer vs second labeller |', '|---|---|---|---|'];
  const pct = (x: number): string => (100 * x).toFixed(1);
  for (const lang of LANGS) {
    const writer = parseCorpus(readFileSync(`${CORPUS_DIR}/${lang}.dev-h.jsonl`, 'utf8')).items;
    const second = parseCorpus(readFileSync(`${CORPUS_DIR}/second-labeller/${lang}.dev-h.jsonl`, 'utf8')).items;
    const byId = new Map(second.map((i) => [i.context.id, i.gold as Record<RuleId, Verdict>]));
    const asScorer = (c: ReplyContext): ReplyScore => {
      const rules = byId.get(c.id);
      if (!rules) throw new Error(`${lang}: the second labeller has no line ${c.id}`);
      return { score: 0, rules, findings: [] };
    };
    lines.push(
      `| ${lang} | ${pct(evaluateCorpus(writer, asScorer).macroF1)} | ${pct(evaluateCorpus(writer, scoreReply).macroF1)} | ${pct(evaluateCorpus(second, scoreReply).macroF1)} |`,
    );
  }
  return lines.join('\n');
}

runAsScript(import.meta.url, labellerAgreement);
