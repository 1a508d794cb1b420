import { LANGS, type Lang, type Persona, type ReplyContext, type RuleId, type SourceId, type Verdict } from './contract.ts';
import * as eagerTexts from './texts/eager.ts';
import { registerRuleTexts, ruleTexts, type RuleText, type ThreeCParts } from './texts/index.ts';

export type { RuleText, ThreeCParts } from './texts/index.ts';

/**
 * The playbook as data: every rule with its weight, when it applies and the
 * articles it comes from. What the trainee reads about a rule lives in one file
 * per UI language (`texts/<lang>.ts`), so the web app loads only the language it
 * shows; `rule.text[lang]` reads it once loaded. To add a rule, add an entry here,
 * a judge in `rules.ts` and its texts in every `texts/<lang>.ts`; to add a UI
 * language, add a texts file and list it in `texts/eager.ts` and `texts/index.ts`.
 */

// Node (CLIs, tests, the site build) gets every language at once. The web app's build
// replaces `texts/eager.ts` with an empty module and calls `loadRuleTexts(lang)` instead.
for (const texts of Object.values(eagerTexts)) registerRuleTexts(texts);

/** One source article, cited by title. */
export interface Source {
  /** File name prefix in the seeds folder. */
  file: string;
  /** Title as published (original language). */
  title: string;
  /** Language the article is written in. */
  lang: 'zh-TW' | 'ja';
}

/** The five articles the playbook distils. */
export const SOURCES: Record<SourceId, Source> = {
  S0: { file: '000', lang: 'zh-TW', title: '遇到網路負評怎麼辦?積極回覆,將殺傷力化為助力' },
  S1: { file: '001', lang: 'zh-TW', title: '如何與留下負評的顧客有效溝通與和解' },
  S2: { file: '002', lang: 'zh-TW', title: '針對網路負評,兩個步驟可能是口碑行銷預警關鍵' },
  S3: { file: '003', lang: 'zh-TW', title: 'Social Relationship Management' },
  S4: { file: '004', lang: 'ja', title: 'ソーシャルメディア上の否定的なコメントに対応する方法' },
};

/** A reply context with the playbook's defaults filled in. */
export interface ResolvedContext {
  id?: string;
  lang: Lang;
  persona: Persona;
  channel: ReplyContext['channel'];
  text: string;
  customer?: string;
  canGrant: boolean;
  sensitive: boolean;
  needsEscalation: boolean;
  crisis: boolean;
  elapsedMinutes?: number;
  targetMinutes: number;
  /** True when the reply is empty or only whitespace: the trainee stayed silent. */
  silent: boolean;
}

/** Fills in the playbook's defaults. This is a pure function. */
export function resolveContext(c: ReplyContext): ResolvedContext {
  const r: ResolvedContext = {
    lang: c.lang,
    persona: c.persona,
    channel: c.channel,
    text: c.text,
    canGrant: c.canGrant ?? true,
    sensitive: c.sensitive ?? false,
    needsEscalation: c.needsEscalation ?? false,
    crisis: c.crisis ?? false,
    targetMinutes: c.targetMinutes ?? 60,
    silent: c.text.trim() === '',
  };
  if (c.id !== undefined) r.id = c.id;
  if (c.customer !== undefined) r.customer = c.customer;
  if (c.elapsedMinutes !== undefined) r.elapsedMinutes = c.elapsedMinutes;
  return r;
}

/** One rule of the playbook. */
export interface RuleDef {
  id: RuleId;
  /** Relative weight in the reply score. */
  weight: number;
  /** Articles the rule comes from, most important first. */
  sources: readonly SourceId[];
  /** Does the rule apply to this reply? Exactly the playbook's "applies when". */
  applies: (c: ResolvedContext) => boolean;
  /**
   * Texts per UI language, read from the loaded `texts/<lang>.ts`; reading a language
   * that is not loaded throws (see `loadRuleTexts`).
   */
  text: Readonly<Record<Lang, RuleText>>;
}

const caring = (p: Persona): boolean => p === 'angry' || p === 'neutral' || p === 'malicious';

/** A rule's `text`: one getter per UI language, so only loaded languages are ever read. */
function textsOf(id: RuleId): Readonly<Record<Lang, RuleText>> {
  const text = {} as Record<Lang, RuleText>;
  for (const lang of LANGS) Object.defineProperty(text, lang, { enumerable: true, get: () => ruleTexts(lang).rules[id] });
  return text;
}

type RuleShape = Omit<RuleDef, 'text'>;
const rule = (def: RuleShape): RuleDef => ({ ...def, text: textsOf(def.id) });

/** Every rule of the playbook, in the playbook's order. */
export const RULES: readonly RuleDef[] = [
  rule({ id: 'engage-wisely', weight: 2, sources: ['S4', 'S0'], applies: () => true }),
  rule({ id: 'empathy', weight: 3, sources: ['S0', 'S1', 'S3', 'S4'], applies: (c) => !c.silent && caring(c.persona) }),
  rule({ id: 'no-arguing', weight: 3, sources: ['S0', 'S1', 'S3', 'S4'], applies: (c) => !c.silent }),
  rule({ id: 'calm-tone', weight: 3, sources: ['S0', 'S1'], applies: (c) => !c.silent }),
  rule({ id: 'no-blame-shifting', weight: 2, sources: ['S3', 'S0'], applies: (c) => !c.silent }),
  rule({ id: 'under-promise', weight: 2, sources: ['S4', 'S1'], applies: (c) => !c.silent }),
  rule({ id: 'concrete-next-step', weight: 3, sources: ['S0', 'S1', 'S3'], applies: (c) => !c.silent && caring(c.persona) }),
  rule({ id: 'two-alternatives', weight: 2, sources: ['S4'], applies: (c) => !c.silent && !c.canGrant }),
  rule({
    id: 'take-private',
    weight: 2,
    sources: ['S3', 'S1', 'S0', 'S4'],
    applies: (c) => c.channel === 'public' && (c.persona === 'angry' || c.sensitive) && !(c.silent && c.persona === 'vague-rude'),
  }),
  rule({ id: 'protect-privacy', weight: 3, sources: ['S1', 'S3', 'S0'], applies: (c) => c.channel === 'public' && !c.silent }),
  rule({ id: 'no-review-incentive', weight: 3, sources: ['S1'], applies: (c) => !c.silent }),
  rule({ id: 'facts-not-accusations', weight: 3, sources: ['S2', 'S1'], applies: (c) => !c.silent && c.persona === 'malicious' }),
  rule({ id: 'join-the-joke', weight: 2, sources: ['S4'], applies: (c) => !c.silent && c.persona === 'joking' }),
  rule({ id: 'thank-the-customer', weight: 1, sources: ['S3', 'S1'], applies: (c) => !c.silent && c.persona !== 'vague-rude' }),
  rule({ id: 'personal-touch', weight: 1, sources: ['S0', 'S3'], applies: (c) => !c.silent }),
  rule({ id: 'escalate', weight: 3, sources: ['S4', 'S1'], applies: (c) => !c.silent && c.needsEscalation }),
  rule({ id: 'three-c', weight: 3, sources: ['S3'], applies: (c) => !c.silent && c.crisis }),
  rule({
    id: 'respond-fast',
    weight: 2,
    sources: ['S3', 'S4', 'S0'],
    applies: (c) => c.elapsedMinutes !== undefined && !(c.silent && c.persona === 'vague-rude'),
  }),
];

/** The 0–100 score of a set of verdicts, from the rules' weights; 100 when no rule applies. Pure. */
export function weightedScore(rules: Readonly<Record<RuleId, Verdict>>): number {
  let total = 0;
  let earned = 0;
  for (const rule of RULES) {
    const v = rules[rule.id];
    if (v === undefined || v === 'n/a') continue;
    total += rule.weight;
    if (v === 'pass') earned += rule.weight;
  }
  return total === 0 ? 100 : Math.round((earned / total) * 100);
}

/** Rules by id. */
export const RULES_BY_ID: Record<RuleId, RuleDef> = Object.fromEntries(RULES.map((r) => [r.id, r])) as Record<
  RuleId,
  RuleDef
>;

/** Names of the three Cs per UI language, for the `three-c` finding (loaded languages only). */
export const THREE_C_PARTS: Readonly<Record<Lang, ThreeCParts>> = (() => {
  const parts = {} as Record<Lang, ThreeCParts>;
  for (const lang of LANGS) Object.defineProperty(parts, lang, { enumerable: true, get: () => ruleTexts(lang).threeC });
  return parts;
})();
