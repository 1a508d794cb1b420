import { readFileSync } from 'node:fs';
import { RULE_IDS, type ReplyScore, type ScoreFn } from '../../../src/lib/scoring/contract.ts';

/** The good fixture's source: a small, valid scenario with every construct. */
export const goodSource = (): string => readFileSync(new URL('../../fixtures/scenarios/good/scenario.md', import.meta.url), 'utf8');

/**
 * A predictable stand-in for the scorer, for engine tests that must not depend on it:
 * empathy passes on "sorry", take-private on "DM", everything else is n/a.
 */
export const fakeScore: ScoreFn = (ctx) => {
  const rules = Object.fromEntries(RULE_IDS.map((r) => [r, 'n/a'])) as ReplyScore['rules'];
  if (ctx.text) {
    rules.empathy = /sorry/i.test(ctx.text) ? 'pass' : 'fail';
    rules['take-private'] = /\bDM\b/.test(ctx.text) ? 'pass' : 'fail';
  }
  const judged = Object.values(rules).filter((v) => v !== 'n/a');
  const score = judged.length ? Math.round((100 * judged.filter((v) => v === 'pass').length) / judged.length) : 100;
  return { score, rules, findings: [] };
};
