/**
 * An experiment, not part of the scorer: how well does a plain learned model generalise where the
 * hand-written cue tables do not? For each language and each of the rules held-out replies miss
 * most, it trains a logistic regression on hashed character 2–4-grams of the development and probe
 * replies (every part whose name does not start with `heldout`), then grades the pooled held-out
 * parts three ways: the scorer alone, the model alone (fail when its probability passes 0.5), and
 * "scorer or model" (fail when the scorer fails or the model is confident; the confidence threshold
 * chosen by 5-fold cross-validation on the development replies, never on the held-out ones).
 *
 *   npx tsx tests/bench/ngram-baseline.ts [LANG …]
 *
 * Deterministic (fixed shuffling seed). It prints only aggregate figures of the held-out parts.
 */
import { pathToFileURL } from 'node:url';
import { LANGS, type Lang, type RuleId, type Verdict } from '../../src/lib/scoring/contract.ts';
import { corpusFiles, isHeldOut, readCorpusFile } from '../../src/cli/corpus-files.ts';
import { scoreReply } from '../../src/lib/scoring/score-reply.ts';

const RULES: readonly RuleId[] = ['calm-tone', 'no-arguing', 'no-blame-shifting', 'engage-wisely', 'protect-privacy', 'concrete-next-step'];
const DIMENSIONS = 1 << 18;

interface Reply {
  text: string;
  gold: Partial<Record<RuleId, Verdict>>;
  scorer: Record<RuleId, Verdict>;
}

function replies(lang: Lang, heldOut: boolean): Reply[] {
  return corpusFiles()
    .filter((f) => f.lang === lang && isHeldOut(f.part) === heldOut)
    .flatMap((f) => readCorpusFile(f).items.map((i) => ({ text: i.context.text, gold: i.gold, scorer: scoreReply(i.context).rules })));
}

/** The hashed character 2-, 3- and 4-grams of the lower-cased reply, each once. */
function features(text: string): number[] {
  const s = ` ${text.toLowerCase()} `;
  const set = new Set<number>();
  for (let n = 2; n <= 4; n++) {
    for (let i = 0; i + n <= s.length; i++) {
      let h = 2166136261;
      for (let k = i; k < i + n; k++) h = Math.imul(h ^ s.charCodeAt(k), 16777619);
      set.add((h >>> 0) % DIMENSIONS);
    }
  }
  return [...set];
}

/** Logistic regression by stochastic gradient descent, classes weighted to balance, fixed seed. */
function train(xs: readonly number[][], ys: readonly number[], epochs = 15, rate = 0.2, l2 = 1e-5): Float64Array {
  const w = new Float64Array(DIMENSIONS + 1);
  const pos = ys.filter((y) => y === 1).length;
  const weightOf = (y: number): number => ys.length / (2 * Math.max(1, y === 1 ? pos : ys.length - pos));
  const order = xs.map((_, i) => i);
  let seed = 7;
  const random = (): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  for (let e = 0; e < epochs; e++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const i of order) {
      const x = xs[i]!;
      const g = (probability(w, x) - ys[i]!) * weightOf(ys[i]!);
      const step = rate / Math.sqrt(x.length);
      for (const f of x) w[f] = w[f]! - step * (g + l2 * w[f]!);
      w[DIMENSIONS] = w[DIMENSIONS]! - step * g;
    }
  }
  return w;
}

function probability(w: Float64Array, x: readonly number[]): number {
  let z = w[DIMENSIONS]!;
  for (const f of x) z += w[f]!;
  return 1 / (1 + Math.exp(-z));
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
const f1 = (c: Counts): number => (c.tp ? (2 * c.tp) / (2 * c.tp + c.fp + c.fn) : 0);
function count(predicted: readonly boolean[], gold: readonly boolean[]): Counts {
  const c = { tp: 0, fp: 0, fn: 0 };
  predicted.forEach((p, i) => {
    if (p && gold[i]) c.tp++;
    else if (p) c.fp++;
    else if (gold[i]) c.fn++;
  });
  return c;
}

/** The model's confidence threshold for "scorer or model", by 5-fold cross-validation on the development replies. */
function threshold(xs: readonly number[][], ys: readonly number[], scorerFails: readonly boolean[]): number {
  const outOfFold = new Array<number>(xs.length).fill(0);
  for (let k = 0; k < 5; k++) {
    const fit = xs.map((_, i) => i).filter((i) => i % 5 !== k);
    const w = train(
      fit.map((i) => xs[i]!),
      fit.map((i) => ys[i]!),
    );
    xs.forEach((x, i) => {
      if (i % 5 === k) outOfFold[i] = probability(w, x);
    });
  }
  let best = { t: 1, f: -1 };
  for (let t = 0.5; t < 0.995; t += 0.02) {
    const f = f1(
      count(
        scorerFails.map((s, i) => s || outOfFold[i]! > t),
        ys.map((y) => y === 1),
      ),
    );
    if (f > best.f) best = { t, f };
  }
  return best.t;
}

export function ngramBaseline(langs: readonly Lang[] = LANGS): string {
  const lines = ['| language | rule | scorer | model alone | scorer or model |', '|---|---|---|---|---|'];
  const cell = (c: Counts): string => `${(100 * f1(c)).toFixed(1)} (fn ${c.fn}, fp ${c.fp})`;
  for (const lang of langs) {
    const dev = replies(lang, false);
    const held = replies(lang, true);
    for (const rule of RULES) {
      const d = dev.filter((r) => r.gold[rule] === 'pass' || r.gold[rule] === 'fail');
      const h = held.filter((r) => r.gold[rule] === 'pass' || r.gold[rule] === 'fail');
      const xs = d.map((r) => features(r.text));
      const ys = d.map((r) => (r.gold[rule] === 'fail' ? 1 : 0));
      const t = threshold(
        xs,
        ys,
        d.map((r) => r.scorer[rule] === 'fail'),
      );
      const w = train(xs, ys);
      const p = h.map((r) => probability(w, features(r.text)));
      const gold = h.map((r) => r.gold[rule] === 'fail');
      const scorer = h.map((r) => r.scorer[rule] === 'fail');
      lines.push(
        `| ${lang} | ${rule} | ${cell(count(scorer, gold))} | ${cell(count(
          p.map((x) => x > 0.5),
          gold,
        ))} | ${cell(count(
          scorer.map((s, i) => s || p[i]! > t),
          gold,
        ))} |`,
      );
    }
  }
  return lines.join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const asked = process.argv.slice(2).filter((a): a is Lang => (LANGS as readonly string[]).includes(a));
  console.log(ngramBaseline(asked.length ? asked : LANGS));
}
