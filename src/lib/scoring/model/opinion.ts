import type { Lang, RuleId } from '../contract.ts';
import { combined, compileModel, Reading, thresholdsFor, type Beside, type CompiledModel, type ReadingModel, type Where } from './reading.ts';

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

/**
 * A reading of the reply by the model, compiling the model on its first use, with what the tables
 * found beside it (`Beside`), as its rules were trained to read it.
 */
export function readReply(model: ReadingModel, text: string, beside: Beside = {}): Reading {
  let c = compiled.get(model);
  if (!c) compiled.set(model, (c = compileModel(model)));
  return new Reading(c, text, beside);
}

/**
 * Could the reading overrule the tables' verdict on this rule `where` it would judge it (see
 * `Where`), from its whole-reply probability alone? False where it does not read the rule there,
 * the reply is shorter than the rule's reading needs, or the probability cannot reach the
 * threshold that would change the verdict (sureness is never beyond it, see `Sureness`): then
 * its clauses need not be read.
 */
export function mightOverrule(reading: Reading, rule: RuleId, tablesVerdict: 'pass' | 'fail', where: Where): boolean {
  const settings = reading.settings(rule);
  const t = settings && thresholdsFor(settings, where);
  const whole = reading.probability(rule);
  if (!t || whole === undefined || reading.clauses() < t.minClauses) return false;
  return tablesVerdict === 'fail' ? t.passBelow !== null && whole < t.passBelow : t.failAbove !== null && whole >= t.failAbove;
}

/**
 * The reading's second opinion on one rule: an `Overrule` where its settings for `where` it
 * judges let it overrule the tables' verdict, undefined where it agrees or does not read the rule
 * there. The caller says where (`tablesView` in score-reply.ts).
 */
export function reconsider(reading: Reading, rule: RuleId, tablesVerdict: 'pass' | 'fail', lang: Lang, where: Where): Overrule | undefined {
  if (!mightOverrule(reading, rule, tablesVerdict, where)) return undefined;
  const tablesFail = tablesVerdict === 'fail';
  const fail = combined(tablesFail, reading.sureness(rule, { fail: !tablesFail, pass: tablesFail })!, reading.settings(rule)!, where);
  if (fail === tablesFail) return undefined;
  const ev = reading.evidence(rule, fail ? 'fail' : 'pass');
  const id = `reading.${lang}.${rule}`;
  return {
    verdict: fail ? 'fail' : 'pass',
    reason: fail ? 'fail-reading' : 'pass-reading',
    ...(ev ? { span: { start: ev.start, end: ev.end }, evidence: `${id}:${ev.gram}` } : { evidence: id }),
  };
}
