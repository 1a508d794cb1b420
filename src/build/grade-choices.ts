import { beatCustomerText, replyContext } from '../lib/play/session.ts';
import { encodeVerdicts, gradedMessage, type ChoiceGrade, type GradedFinding, type ScenarioGrades } from '../lib/play/graded-choices.ts';
import type { Beat, Scenario } from '../lib/scenario/model.ts';
import { LANGS, type Finding, type Lang, type ReplyContext } from '../lib/scoring/contract.ts';
import { RULES_BY_ID, THREE_C_PARTS } from '../lib/scoring/playbook.ts';
import { scoreReply } from '../lib/scoring/score-reply.ts';

/** The last customer message a beat shows once all its messages are in: what the trainee answers. */
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The reason code and values that word a finding as the scorer worded it, found among the
 * rule's message templates in `lang`; undefined when none does.
 */
function reasonOf(f: Finding, lang: Lang): Pick<GradedFinding, 'reason' | 'vars'> | undefined {
  const templates = RULES_BY_ID[f.rule].text[lang].messages;
  for (const [reason, template] of Object.entries(templates)) {
    const names: string[] = [];
    const source = template
      .split(/(\{\w+\})/)
      .map((part) => {
        const m = /^\{(\w+)\}$/.exec(part);
        if (!m) return escapeRegExp(part);
        names.push(m[1]!);
        return '(.+?)';
      })
      .join('');
    const match = new RegExp(`^${source}$`, 's').exec(f.message);
    if (!match) continue;
    if (names.length === 0) return { reason };
    const vars: Record<string, string | number> = {};
    names.forEach((name, i) => {
      const value = match[i + 1]!;
      if (name !== 'missing') vars[name] = /^\d+(\.\d+)?$/.test(value) ? Number(value) : value;
      else {
        const parts = THREE_C_PARTS[lang];
        const keyOf: Record<string, string> = { [parts.concern]: 'concern', [parts.clarify]: 'clarify', [parts.course]: 'course' };
        vars[name] = value
          .split(parts.sep)
          .map((p) => keyOf[p] ?? p)
          .join(',');
      }
    });
    return { reason, vars };
  }
  return undefined;
}

/**
 * Grade one reply context for the player: the scorer's verdicts and findings with each
 * message stored as a reason code that words it identically in every UI language (checked
 * here), or else as the scorer's own words in each language.
 */
export function gradeContext(context: ReplyContext): ChoiceGrade {
  const byLang = new Map(LANGS.map((lang) => [lang, scoreReply(context, { uiLang: lang })]));
  const first = byLang.get('en')!;
  const findings: GradedFinding[] = [];
  first.findings.forEach((f, i) => {
    if (f.rule === 'respond-fast') return;
    const base: GradedFinding = { rule: f.rule, verdict: f.verdict, start: f.start, end: f.end, evidence: f.evidence };
    const coded = reasonOf(f, 'en');
    const candidate: GradedFinding = { ...base, ...coded };
    const reproduces = coded !== undefined && LANGS.every((lang) => gradedMessage(candidate, lang) === byLang.get(lang)!.findings[i]?.message);
    if (reproduces) {
      // The verdict is the scorer's fallback key: leave it implicit.
      if (candidate.reason === candidate.verdict && !candidate.vars) delete candidate.reason;
      findings.push(candidate);
    } else findings.push({ ...base, messages: Object.fromEntries(LANGS.map((lang) => [lang, byLang.get(lang)!.findings[i]!.message])) as Record<Lang, string> });
  });
  return { verdicts: encodeVerdicts(first.rules), findings };
}

/**
 * Grade every authored option of a scenario as the player would post it, at once (0 minutes
 * of waiting: `respond-fast` is judged again at play time). The customer message answered is
 * the beat's last one. Runs the full scorer, so it belongs to the build, not to the page.
 */
export function gradeChoices(scenario: Scenario): ScenarioGrades {
  const grades: ScenarioGrades = {};
  for (const beat of scenario.beats) {
    if (beat.choices.length === 0) continue;
    const customer = beatCustomerText(beat);
    grades[beat.id] = beat.choices.map((choice) => gradeContext(replyContext(scenario, beat, choice.text, choice.channel, 0, customer)));
  }
  return grades;
}
