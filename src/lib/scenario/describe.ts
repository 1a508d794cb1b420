import type { Lang, RuleId } from '../scoring/contract.ts';
import { RULES_BY_ID } from '../scoring/playbook.ts';
import { translate, type MessageKey } from '../i18n/index.ts';
import type { Condition, Operand } from './model.ts';

/**
 * A scenario condition in words, in a UI language: what a trainee reads when a typed reply took
 * one of the trainer's branches (`take-private=fail and score >= 60` → "“Take it private” was
 * missed and the reply score is at least 60"). Rules are named as the coaching panel names them;
 * the scenario's own flags keep the name the trainer gave them. Pure.
 */
export function describeCondition(cond: Condition, lang: Lang): string {
  const t = (key: MessageKey, vars?: Record<string, string | number>) => translate(lang, key, vars);
  const inner = (c: Condition, parent: Condition['kind']): string => {
    const text = describeCondition(c, lang);
    // A mix of "and" and "or" keeps its grouping visible.
    return (c.kind === 'and' || c.kind === 'or') && c.kind !== parent ? t('branch.group', { a: text }) : text;
  };
  switch (cond.kind) {
    case 'and':
    case 'or':
      return t(`branch.${cond.kind}`, { a: inner(cond.left, cond.kind), b: inner(cond.right, cond.kind) });
    case 'not':
      // The phrase brackets what it negates itself.
      return t('branch.not', { a: describeCondition(cond.operand, lang) });
    case 'literal':
      return t(cond.value ? 'branch.always' : 'branch.never');
    case 'truthy':
      return t('branch.flag', { name: cond.variable });
    case 'verdict':
      return t(`branch.verdict.${cond.verdict}`, { rule: ruleName(cond.rule, lang) });
    case 'compare':
      return t(`branch.compare.${COMPARE_KEYS[cond.op]}`, { a: operand(cond.left, lang), b: operand(cond.right, lang) });
  }
}

const COMPARE_KEYS = { '<': 'lt', '<=': 'le', '>': 'gt', '>=': 'ge', '=': 'eq', '!=': 'ne' } as const;

/** The variables every scenario has, by their names in the UI. */
const KNOWN: Readonly<Record<string, MessageKey>> = {
  score: 'branch.score',
  mood: 'branch.mood',
  reputation: 'branch.reputation',
  clock: 'branch.clock',
};

function operand(o: Operand, lang: Lang): string {
  if (o.kind === 'number') return new Intl.NumberFormat(lang).format(o.value);
  const key = KNOWN[o.name];
  return key ? translate(lang, key) : o.name;
}

function ruleName(rule: RuleId, lang: Lang): string {
  return RULES_BY_ID[rule]?.text[lang].name ?? rule;
}
