import { RULE_IDS, type Finding, type Lang, type ReplyContext, type ReplyScore, type RuleId, type ScoreFn, type Verdict } from '../scoring/contract.ts';
import { RULES, resolveContext } from '../scoring/playbook.ts';
import { ruleTexts, type RuleTexts } from '../scoring/texts/index.ts';
import type { Scenario } from '../scenario/model.ts';
import { replyContext } from './session.ts';

/**
 * Authored options are graded once, when the site is built: the scorer is pure, and the
 * context of an option is fixed by its beat, except for the response time. The player then
 * needs only these grades and the rule texts of its UI language; the full scorer (and its
 * language packs) is loaded only for typed replies.
 */

/** One finding of an authored option, with its message as a reason code rather than text. */
export interface GradedFinding {
  rule: RuleId;
  verdict: 'pass' | 'fail';
  /** UTF-16 offset of the evidence in the option's text, or null when something is missing. */
  start: number | null;
  /** End offset (exclusive) of the evidence, or null. */
  end: number | null;
  /** Stable id of the detector entry that fired, or `missing`. */
  evidence: string;
  /** Key of the message in the rule's texts (every UI language has the same keys). */
  reason?: string;
  /** Values for the message's placeholders (`missing` is a list of `concern`, `clarify`, `course`). */
  vars?: Record<string, string | number>;
  /** The scorer's own words per UI language, kept when no reason code reproduces them. */
  messages?: Record<Lang, string>;
}

/** One authored option as the scorer graded it at build time, with the reply posted at once (0 minutes). */
export interface ChoiceGrade {
  /** One letter per rule, in `RULE_IDS` order: `p` pass, `f` fail, `-` n/a. */
  verdicts: string;
  /** Every finding except `respond-fast`'s, which depends on the time and is made at play time. */
  findings: GradedFinding[];
}

/** Grades of a scenario's authored options: by beat id, in the order of the beat's `choices`. */
export type ScenarioGrades = Record<string, ChoiceGrade[]>;

const LETTER: Record<Verdict, string> = { pass: 'p', fail: 'f', 'n/a': '-' };
const VERDICT: Record<string, Verdict> = { p: 'pass', f: 'fail', '-': 'n/a' };

/** Verdicts as one letter per rule (see `ChoiceGrade.verdicts`). Pure. */
export function encodeVerdicts(rules: Record<RuleId, Verdict>): string {
  return RULE_IDS.map((id) => LETTER[rules[id]]).join('');
}

/** The inverse of `encodeVerdicts`. Pure. */
export function decodeVerdicts(letters: string): Record<RuleId, Verdict> {
  const rules = {} as Record<RuleId, Verdict>;
  RULE_IDS.forEach((id, i) => (rules[id] = VERDICT[letters[i] ?? '-'] ?? 'n/a'));
  return rules;
}

/**
 * What identifies an option's grade: every field of its reply context that the scorer reads,
 * with defaults filled in. The response time is left out (it is graded at play time), and so
 * is `customer`, which depends on how far the thread has got (the build grades each option
 * against its beat's latest customer message, which is what play answers).
 */
export function gradeKey(context: ReplyContext): string {
  const c = resolveContext(context);
  return JSON.stringify([c.lang, c.persona, c.channel, c.text, c.canGrant, c.sensitive, c.needsEscalation, c.crisis, c.targetMinutes]);
}

/** Fills `{name}` placeholders the way the scorer does; `missing` lists the UI language's names of the Cs. */
export function fillMessage(template: string, vars: Record<string, string | number> | undefined, texts: RuleTexts): string {
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const v = vars[key];
    if (v === undefined) return whole;
    if (key !== 'missing') return String(v);
    const parts = texts.threeC;
    return String(v)
      .split(',')
      .map((p) => (p === 'concern' ? parts.concern : p === 'clarify' ? parts.clarify : parts.course))
      .join(parts.sep);
  });
}

/** The message of a graded finding in a UI language whose texts are loaded. */
export function gradedMessage(f: GradedFinding, uiLang: Lang): string {
  if (f.messages) return f.messages[uiLang];
  const texts = ruleTexts(uiLang);
  const templates = texts.rules[f.rule].messages;
  const reason = f.reason ?? f.verdict;
  return fillMessage(templates[reason] ?? templates[f.verdict] ?? reason, f.vars, texts);
}

/**
 * The full score of an authored option posted `context.elapsedMinutes` after the customer's
 * post: the build's verdicts with `respond-fast` judged now (pass within the target, fail
 * after it, fail when silent; n/a where the scorer found it does not apply or no time is
 * given), weighed as the scorer weighs them. Needs the rule texts of `uiLang`. Pure.
 */
export function scoreGradedChoice(grade: ChoiceGrade, context: ReplyContext, uiLang: Lang): ReplyScore {
  const c = resolveContext(context);
  const rules = decodeVerdicts(grade.verdicts);
  const findings: Finding[] = grade.findings.map((f) => ({
    rule: f.rule,
    verdict: f.verdict,
    start: f.start,
    end: f.end,
    evidence: f.evidence,
    message: gradedMessage(f, uiLang),
  }));
  if (rules['respond-fast'] !== 'n/a') {
    if (c.elapsedMinutes === undefined) rules['respond-fast'] = 'n/a';
    else {
      const reason = c.silent ? 'fail-silence' : c.elapsedMinutes <= c.targetMinutes ? 'pass' : 'fail';
      const verdict = reason === 'pass' ? 'pass' : 'fail';
      rules['respond-fast'] = verdict;
      // No evidence span, and the last rule of the playbook: the scorer lists it last.
      const vars = { elapsed: c.elapsedMinutes, target: c.targetMinutes };
      findings.push({ rule: 'respond-fast', verdict, start: null, end: null, evidence: 'missing', message: gradedMessage({ rule: 'respond-fast', verdict, start: null, end: null, evidence: 'missing', reason, vars }, uiLang) });
    }
  }
  let total = 0;
  let earned = 0;
  for (const rule of RULES) {
    const v = rules[rule.id];
    if (v === 'n/a') continue;
    total += rule.weight;
    if (v === 'pass') earned += rule.weight;
  }
  return { score: total === 0 ? 100 : Math.round((earned / total) * 100), rules, findings };
}

/** Options of `createChoiceScorer`. */
export interface ChoiceScorerOptions {
  /** Grades typed replies (and anything that is not an authored option); called only for those. */
  freeText: ScoreFn;
}

/**
 * A scorer for a play session of this scenario: authored options get their build-time grade
 * (matched by their reply context, see `gradeKey`), anything else goes to `freeText`. The
 * rule texts of the UI language must be loaded before it is called.
 */
export function createChoiceScorer(scenario: Scenario, grades: ScenarioGrades, options: ChoiceScorerOptions): ScoreFn {
  const byKey = new Map<string, ChoiceGrade>();
  for (const beat of scenario.beats) {
    const graded = grades[beat.id];
    if (!graded) continue;
    beat.choices.forEach((choice, i) => {
      const grade = graded[i];
      if (grade) byKey.set(gradeKey(replyContext(scenario, beat, choice.text, choice.channel, 0, undefined)), grade);
    });
  }
  return (context, scoreOptions) => {
    const grade = byKey.get(gradeKey(context));
    if (!grade) return options.freeText(context, scoreOptions);
    return scoreGradedChoice(grade, context, scoreOptions?.uiLang ?? context.lang);
  };
}
