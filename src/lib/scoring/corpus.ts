import { RULE_IDS, isVerdict, type ReplyContext, type RuleId, type ScoreFn, type Verdict } from './contract.ts';
import { validateContext } from './validate-context.ts';

/** One labelled reply of a scorer corpus. */
export interface CorpusItem {
  /** 1-based line in the corpus file. */
  line: number;
  context: ReplyContext;
  /** The trainer's verdict for every rule (for some rules only in a probe set, see `parseCorpus`). */
  gold: Partial<Record<RuleId, Verdict>>;
}

/** A corpus line that could not be read. */
export interface CorpusError {
  line: number;
  message: string;
}

/**
 * Reads a JSON Lines corpus: each line a reply context plus `gold` with a
 * verdict for every rule id. A probe set (`partial`) labels only the rules it
 * probes, at least one per line. Blank lines are skipped; every bad line is
 * reported with its number. This is a pure function.
 */
export function parseCorpus(source: string, options?: { partial?: boolean }): { items: CorpusItem[]; errors: CorpusError[] } {
  const partial = options?.partial ?? false;
  const items: CorpusItem[] = [];
  const errors: CorpusError[] = [];
  source.split(/\r?\n/).forEach((text, i) => {
    const line = i + 1;
    if (text.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (err) {
      errors.push({ line, message: `invalid JSON: ${(err as Error).message}` });
      return;
    }
    const v = validateContext(value, { ignoreFields: ['gold'] });
    const problems: string[] = v.ok ? [] : v.errors.map((e) => (e.field ? `${e.field}: ${e.message}` : e.message));
    const goldRaw = (value as { gold?: unknown } | null)?.gold;
    const gold: Partial<Record<RuleId, Verdict>> = {};
    if (typeof goldRaw !== 'object' || goldRaw === null || Array.isArray(goldRaw)) {
      problems.push(`gold: expected an object with a verdict for ${partial ? 'at least one' : 'every'} rule id`);
    } else {
      const g = goldRaw as Record<string, unknown>;
      for (const id of RULE_IDS) {
        const verdict = g[id];
        if (partial && verdict === undefined) continue;
        if (!isVerdict(verdict)) problems.push(`gold.${id}: expected "pass", "fail" or "n/a", got ${JSON.stringify(verdict)}`);
        else gold[id] = verdict;
      }
      if (partial && Object.keys(gold).length === 0 && problems.length === 0) problems.push('gold: expected a verdict for at least one rule id');
      for (const key of Object.keys(g)) if (!(RULE_IDS as readonly string[]).includes(key)) problems.push(`gold.${key}: unknown rule id`);
    }
    if (problems.length || !v.ok) errors.push({ line, message: problems.join('; ') });
    else items.push({ line, context: v.context, gold });
  });
  return { items, errors };
}

/** Agreement of the scorer with the gold labels on one rule. */
export interface RuleMetrics {
  rule: RuleId;
  /** Items where the predicted verdict equals the gold verdict, over the items labelled for the rule. */
  accuracy: number;
  /** Catching `fail`: true positives, false positives, false negatives. */
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
  /** Items with a gold or a predicted fail. */
  support: number;
}

/** One disagreement between scorer and gold. */
export interface Disagreement {
  line: number;
  id?: string;
  rule: RuleId;
  gold: Verdict;
  predicted: Verdict;
  text: string;
}

/** The evaluation of one corpus. */
export interface CorpusMetrics {
  items: number;
  rules: RuleMetrics[];
  /** Mean fail-F1 over the rules with at least one gold or predicted fail. */
  macroF1: number;
  /** Share of all (item, rule) verdicts that agree. */
  accuracy: number;
  disagreements: Disagreement[];
}

/** One labelled item with the scorer's verdicts. */
export interface Graded {
  item: CorpusItem;
  predicted: Record<RuleId, Verdict>;
}

/** Scores every item and compares with the gold labels. Pure, given a pure `score`. */
export function evaluateCorpus(items: readonly CorpusItem[], score: ScoreFn): CorpusMetrics {
  return metricsOf(gradeCorpus(items, score));
}

/** The scorer's verdicts for every item. */
export function gradeCorpus(items: readonly CorpusItem[], score: ScoreFn): Graded[] {
  return items.map((item) => ({ item, predicted: score(item.context).rules }));
}

/** Agreement of already graded items with their gold labels (`listDisagreements: false` leaves the list empty). */
export function metricsOf(graded: readonly Graded[], options?: { listDisagreements?: boolean }): CorpusMetrics {
  const list = options?.listDisagreements ?? true;
  const counts = new Map<RuleId, { agree: number; judged: number; tp: number; fp: number; fn: number }>();
  for (const id of RULE_IDS) counts.set(id, { agree: 0, judged: 0, tp: 0, fp: 0, fn: 0 });
  const disagreements: Disagreement[] = [];
  let agreeAll = 0;
  let judged = 0;
  for (const { item, predicted } of graded) {
    for (const id of RULE_IDS) {
      const c = counts.get(id)!;
      const g = item.gold[id];
      if (g === undefined) continue; // a probe set labels only some rules
      judged++;
      c.judged++;
      const p = predicted[id];
      if (g === p) {
        c.agree++;
        agreeAll++;
      } else if (list) {
        const d: Disagreement = { line: item.line, rule: id, gold: g, predicted: p, text: item.context.text };
        if (item.context.id !== undefined) d.id = item.context.id;
        disagreements.push(d);
      }
      if (g === 'fail' && p === 'fail') c.tp++;
      else if (p === 'fail') c.fp++;
      else if (g === 'fail') c.fn++;
    }
  }
  const rules: RuleMetrics[] = RULE_IDS.map((rule) => {
    const c = counts.get(rule)!;
    const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
    const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    return {
      rule,
      accuracy: c.judged ? c.agree / c.judged : 1,
      tp: c.tp,
      fp: c.fp,
      fn: c.fn,
      precision,
      recall,
      f1,
      support: c.tp + c.fp + c.fn,
    };
  });
  const counted = rules.filter((r) => r.support > 0);
  return {
    items: graded.length,
    rules,
    macroF1: counted.length ? counted.reduce((s, r) => s + r.f1, 0) / counted.length : 1,
    accuracy: judged ? agreeAll / judged : 1,
    disagreements,
  };
}

/** A small seeded generator (mulberry32), so that a bootstrap gives the same interval every run. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A percentile bootstrap interval for macro-F1: the items are resampled with
 * replacement `rounds` times. With a few fails per rule, one reply more or
 * less moves a rule's F1 a lot; the interval says how far the figure can be
 * trusted. Deterministic for a given seed.
 */
export function bootstrapMacroF1(graded: readonly Graded[], options?: { rounds?: number; level?: number; seed?: number }): { low: number; high: number } {
  const rounds = options?.rounds ?? 1000;
  const level = options?.level ?? 0.95;
  const random = seeded(options?.seed ?? 1);
  if (graded.length === 0) return { low: 1, high: 1 };
  const values: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const sample: Graded[] = [];
    for (let i = 0; i < graded.length; i++) sample.push(graded[Math.floor(random() * graded.length)]!);
    values.push(metricsOf(sample, { listDisagreements: false }).macroF1);
  }
  values.sort((a, b) => a - b);
  const at = (q: number): number => values[Math.min(values.length - 1, Math.max(0, Math.round(q * (values.length - 1))))]!;
  return { low: at((1 - level) / 2), high: at(1 - (1 - level) / 2) };
}
