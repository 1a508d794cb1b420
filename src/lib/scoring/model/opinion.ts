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
 * The reading's second opinion on one rule: an `Overrule` where its settings let it overrule
 * the tables' verdict, undefined where it agrees or does not read the rule. The caller asks only
 * where the tables saw nothing (`tablesView` in score-reply.ts).
 */
export function reconsider(reading: Reading, rule: RuleId, tablesVerdict: 'pass' | 'fail', lang: Lang): Overrule | undefined {
  const settings = reading.settings(rule);
  const whole = reading.probability(rule);
  if (!settings || whole === undefined) return undefined;
  // Only the way that would change the tables' verdict is read, and sureness is never beyond the
  // whole reply's probability (see `Sureness`): where that cannot reach the threshold, the clauses
  // need not be read.
  const tablesFail = tablesVerdict === 'fail';
  const mayFail = !tablesFail && settings.failAbove !== null && whole >= settings.failAbove;
  const mayPass = tablesFail && settings.passBelow !== null && whole < settings.passBelow;
  if (!mayFail && !mayPass) return undefined;
  const fail = combined(tablesFail, reading.sureness(rule, { fail: mayFail, pass: mayPass })!, settings);
  if (fail === tablesFail) return undefined;
  const ev = reading.evidence(rule, fail ? 'fail' : 'pass');
  const id = `reading.${lang}.${rule}`;
  return {
    verdict: fail ? 'fail' : 'pass',
    reason: fail ? 'fail-reading' : 'pass-reading',
    ...(ev ? { span: { start: ev.start, end: ev.end }, evidence: `${id}:${ev.gram}` } : { evidence: id }),
  };
}
