import type { Lang, RuleId } from '../contract.ts';
import { combined, compileModel, Reading, type CompiledModel, type ReadingModel } from './reading.ts';

/** A verdict the reading gives where it overrules the cue tables, with its evidence in the reply. */
export interface Overrule {
  verdict: 'pass' | 'fail';
  /** Message code: `fail-reading` or `pass-reading`. */
  reason: 'fail-reading' | 'pass-reading';
  /** Where in the reply (source offsets), or undefined when nothing in it leans that way. */
  span?: { start: number; end: number };
  /** `reading.<lang>.<rule>`, then `:` and the n-gram that weighed most, when there is a span. */
  evidence: string;
}

const compiled = new WeakMap<ReadingModel, CompiledModel>();

/** A reading of the reply by the model, compiling the model on its first use. */
export function readReply(model: ReadingModel, text: string): Reading {
  let c = compiled.get(model);
  if (!c) compiled.set(model, (c = compileModel(model)));
  return new Reading(c, text);
}

/**
 * Could the reading overrule the tables' verdict on this rule, from its whole-reply probability
 * alone? False where it does not read the rule, the reply is shorter than the rule's reading
 * needs, or the probability cannot reach the threshold that would change the verdict (sureness is
 * never beyond it, see `Sureness`): then its clauses need not be read.
 */
export function mightOverrule(reading: Reading, rule: RuleId, tablesVerdict: 'pass' | 'fail'): boolean {
  const settings = reading.settings(rule);
  const whole = reading.probability(rule);
  if (!settings || whole === undefined || reading.clauses() < settings.minClauses) return false;
  return tablesVerdict === 'fail' ? settings.passBelow !== null && whole < settings.passBelow : settings.failAbove !== null && whole >= settings.failAbove;
}

/**
 * The reading's second opinion on one rule: an `Overrule` where its settings let it overrule
 * the tables' verdict, undefined where it agrees or does not read the rule. The caller asks only
 * where the tables saw nothing of the rule (`tablesView` in score-reply.ts).
 */
export function reconsider(reading: Reading, rule: RuleId, tablesVerdict: 'pass' | 'fail', lang: Lang): Overrule | undefined {
  if (!mightOverrule(reading, rule, tablesVerdict)) return undefined;
  const tablesFail = tablesVerdict === 'fail';
  const fail = combined(tablesFail, reading.sureness(rule, { fail: !tablesFail, pass: tablesFail })!, reading.settings(rule)!);
  if (fail === tablesFail) return undefined;
  const ev = reading.evidence(rule, fail ? 'fail' : 'pass');
  const id = `reading.${lang}.${rule}`;
  return {
    verdict: fail ? 'fail' : 'pass',
    reason: fail ? 'fail-reading' : 'pass-reading',
    ...(ev ? { span: { start: ev.start, end: ev.end }, evidence: `${id}:${ev.gram}` } : { evidence: id }),
  };
}
