/**
 * An experiment beside the scorer: how well does the learned reading (src/lib/scoring/model/)
 * do on its own, with nothing cut and no gates? For each language and each of the rules held-out
 * replies miss most, it trains the reading's logistic regression (`trainRule`, every n-gram kept)
 * on the development and probe replies, then grades the pooled held-out parts three ways: the
 * scorer, the model alone (fail when its probability passes 0.5), and "scorer or model" (fail when
 * the scorer fails or the model is confident; the confidence threshold chosen by 5-fold
 * cross-validation on the development replies, never on the held-out ones).
 *
 *   npx tsx tests/bench/ngram-baseline.ts [LANG …]
 *
 * Deterministic. It prints only aggregate figures of the held-out parts.
 */
import { LANGS, type Lang, type RuleId, type Verdict } from '../../src/lib/scoring/contract.ts';
import { corpusFiles, isHeldOut, isValidation, readCorpusFile } from '../../src/cli/corpus-files.ts';
import { scoreReply } from '../../src/lib/scoring/score-reply.ts';
import { DEFAULT_TRAIN, f1, trainRule, type Example } from '../../src/lib/scoring/model/train.ts';
import { compileModel, Reading } from '../../src/lib/scoring/model/reading.ts';
import { FEATURES } from '../../src/cli/train-scorer.ts';
import { runAsScript } from './script.ts';

const RULES: readonly RuleId[] = ['calm-tone', 'no-arguing', 'no-blame-shifting', 'engage-wisely', 'protect-privacy', 'concrete-next-step'];
const ALL_GRAMS = { ...DEFAULT_TRAIN, keep: Number.MAX_SAFE_INTEGER };

interface Reply {
  text: string;
  gold: Partial<Record<RuleId, Verdict>>;
  scorer: Record<RuleId, Verdict>;
}

function replies(lang: Lang, heldOut: boolean): Reply[] {
  return corpusFiles()
    .filter((f) => f.lang === lang && isHeldOut(f.part) === heldOut && !isValidation(f.part))
    .flatMap((f) => readCorpusFile(f).items.map((i) => ({ text: i.context.text, gold: i.gold, scorer: scoreReply(i.context).rules })));
}

/** The model's probability of a fault for each text, trained on the examples. */
function fitAndRead(lang: Lang, rule: RuleId, examples: readonly Example[], texts: readonly string[]): number[] {
  const m = trainRule(examples, { ...ALL_GRAMS, features: FEATURES[lang] });
  const c = compileModel({ lang, features: FEATURES[lang], rules: { [rule]: { bias: m.bias, failAbove: null, passBelow: null, minClauses: 1, grams: Object.fromEntries(m.grams) } } });
  return texts.map((t) => new Reading(c, t).probability(rule)!);
}

/** The confidence threshold for "scorer or model", by 5-fold cross-validation on the development replies. */
function threshold(lang: Lang, rule: RuleId, examples: readonly Example[], scorerFails: readonly boolean[]): number {
  const outOfFold = new Array<number>(examples.length).fill(0);
  for (let k = 0; k < 5; k++) {
    const inFold = examples.map((_, i) => i % 5 === k);
    const p = fitAndRead(
      lang,
      rule,
      examples.filter((_, i) => !inFold[i]),
      examples.filter((_, i) => inFold[i]).map((e) => e.text),
    );
    examples.forEach((_, i) => inFold[i] && (outOfFold[i] = p.shift()!));
  }
  const gold = examples.map((e) => e.fail);
  let best = { t: 1, f: -1 };
  for (let t = 0.5; t < 0.995; t += 0.02) {
    const f = f1(
      scorerFails.map((s, i) => s || outOfFold[i]! > t),
      gold,
    );
    if (f > best.f) best = { t, f };
  }
  return best.t;
}

export function ngramBaseline(langs: readonly Lang[] = LANGS): string {
  const lines = ['| language | rule | scorer | model alone | scorer or model |', '|---|---|---|---|---|'];
  const pct = (x: number): string => (100 * x).toFixed(1);
  for (const lang of langs) {
    const dev = replies(lang, false);
    const held = replies(lang, true);
    for (const rule of RULES) {
      const judged = (rs: Reply[]) => rs.filter((r) => r.gold[rule] === 'pass' || r.gold[rule] === 'fail');
      const d = judged(dev);
      const h = judged(held);
      const examples = d.map((r) => ({ text: r.text, fail: r.gold[rule] === 'fail' }));
      const t = threshold(
        lang,
        rule,
        examples,
        d.map((r) => r.scorer[rule] === 'fail'),
      );
      const p = fitAndRead(
        lang,
        rule,
        examples,
        h.map((r) => r.text),
      );
      const gold = h.map((r) => r.gold[rule] === 'fail');
      const scorer = h.map((r) => r.scorer[rule] === 'fail');
      lines.push(
        `| ${lang} | ${rule} | ${pct(f1(scorer, gold))} | ${pct(
          f1(
            p.map((x) => x > 0.5),
            gold,
          ),
        )} | ${pct(
          f1(
            scorer.map((s, i) => s || p[i]! > t),
            gold,
          ),
        )} |`,
      );
    }
  }
  return lines.join('\n');
}

runAsScript(import.meta.url, () => {
  const asked = process.argv.slice(2).filter((a): a is Lang => (LANGS as readonly string[]).includes(a));
  return ngramBaseline(asked.length ? asked : LANGS);
});
