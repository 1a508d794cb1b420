import type { Lang, RuleId } from '../contract.ts';

/** What the trainee reads about a rule in one UI language. */
export interface RuleText {
  /** Short name of the rule. */
  name: string;
  /** What the rule asks and why, in two or three sentences. */
  explanation: string;
  /** One concrete thing to do next time. */
  tip: string;
  /**
   * Finding messages by reason code (`pass`, `fail`, and rule-specific codes
   * such as `fail-conditional`). `{elapsed}`, `{target}` and `{missing}` are
   * filled in by the scorer.
   */
  messages: Record<string, string>;
}

/** Names of the three Cs in one UI language, for the `three-c` finding. */
export interface ThreeCParts {
  concern: string;
  clarify: string;
  course: string;
  /** What joins two names in a list ("Concern, Clarify"). */
  sep: string;
}

/** Every rule text of one UI language: one file per language, loaded on its own. */
export interface RuleTexts {
  /** The UI language of the texts. */
  lang: Lang;
  /** The texts of every rule. */
  rules: Record<RuleId, RuleText>;
  /** Names of the three Cs. */
  threeC: ThreeCParts;
}
