/**
 * The playbook contract (../shared/PLAYBOOK.md): rule ids, personas, complaint
 * categories, reply context and verdicts. Scenario files, the scorer, the score
 * CLI and reports all speak these words; change them only with the playbook.
 */

/** Languages a reply, a scenario or the UI can be in. */
export const LANGS = ['en', 'zh-TW', 'ja'] as const;
export type Lang = (typeof LANGS)[number];

/** Who the customer is in a turn. */
export const PERSONAS = ['angry', 'vague-rude', 'malicious', 'joking', 'neutral'] as const;
export type Persona = (typeof PERSONAS)[number];

/** The six complaint categories of S1, used as scenario metadata. */
export const CATEGORIES = [
  'product-quality',
  'service-attitude',
  'misunderstanding',
  'price-dispute',
  'logistics',
  'malicious-attack',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** Where a message or reply is posted. */
export const CHANNELS = ['public', 'private'] as const;
export type Channel = (typeof CHANNELS)[number];

/** One rule's verdict on one reply. */
export const VERDICTS = ['pass', 'fail', 'n/a'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** Every rule id of the playbook, in the playbook's order. */
export const RULE_IDS = [
  'engage-wisely',
  'empathy',
  'no-arguing',
  'calm-tone',
  'no-blame-shifting',
  'under-promise',
  'concrete-next-step',
  'two-alternatives',
  'take-private',
  'protect-privacy',
  'no-review-incentive',
  'facts-not-accusations',
  'join-the-joke',
  'thank-the-customer',
  'personal-touch',
  'escalate',
  'three-c',
  'respond-fast',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

/** The five source articles, cited by title. */
export const SOURCE_IDS = ['S0', 'S1', 'S2', 'S3', 'S4'] as const;
export type SourceId = (typeof SOURCE_IDS)[number];

/** The context of one reply: exactly the fields of PLAYBOOK.md. */
export interface ReplyContext {
  /** Caller's id for this reply, echoed back by the score CLI. */
  id?: string;
  /** Language of the reply. */
  lang: Lang;
  /** Who the customer is in this turn. */
  persona: Persona;
  /** Where the reply is posted. */
  channel: Channel;
  /** The reply; `""` means the trainee chose not to reply. */
  text: string;
  /** The customer message being answered. */
  customer?: string;
  /** Can the customer's concrete request be granted as asked? Default true. */
  canGrant?: boolean;
  /** Does the matter involve personal data, order or account details? Default false. */
  sensitive?: boolean;
  /** Is it beyond frontline authority? Default false. */
  needsEscalation?: boolean;
  /** Is this a public crisis statement? Default false. */
  crisis?: boolean;
  /** Minutes between the customer's post and the reply, on the simulated clock. */
  elapsedMinutes?: number;
  /** The response-time target for this channel, in minutes. Default 60. */
  targetMinutes?: number;
}

/** Why a rule passed or failed, pointing into the reply where it can. */
export interface Finding {
  rule: RuleId;
  verdict: 'pass' | 'fail';
  /** UTF-16 offset of the evidence in the reply, or null when the finding is about something missing. */
  start: number | null;
  /** End offset (exclusive) of the evidence, or null. */
  end: number | null;
  /** Stable id of the detector entry that fired, e.g. `en.empathy.sorry-for`, or `missing`. */
  evidence: string;
  /** One sentence in the requested UI language. */
  message: string;
}

/** The scorer's verdicts on one reply. */
export interface ReplyScore {
  /** 0–100 from the weights of the applicable rules; 100 when no rule applies. */
  score: number;
  /** A verdict for every rule id. */
  rules: Record<RuleId, Verdict>;
  /** Evidence for every pass and fail, in reply order. */
  findings: Finding[];
}

/** The scorer as the engine sees it, so tests and the player can inject one. */
export type ScoreFn = (context: ReplyContext, options?: { uiLang?: Lang }) => ReplyScore;

export const isLang = (v: unknown): v is Lang => (LANGS as readonly unknown[]).includes(v);
export const isPersona = (v: unknown): v is Persona => (PERSONAS as readonly unknown[]).includes(v);
export const isCategory = (v: unknown): v is Category => (CATEGORIES as readonly unknown[]).includes(v);
export const isRuleId = (v: unknown): v is RuleId => (RULE_IDS as readonly unknown[]).includes(v);
export const isVerdict = (v: unknown): v is Verdict => (VERDICTS as readonly unknown[]).includes(v);
