import type { Category, Channel, Lang, Persona, RuleId, SourceId, Verdict } from '../scoring/contract.ts';

/** A place in a source file: line and column 1-based, offset 0-based (as mdast and vfile). */
export interface Point {
  line: number;
  column: number;
  offset: number;
}

/** A range of a source file. */
export interface Span {
  start: Point;
  end: Point;
}

/** How a thread looks in the player. */
export const PLATFORMS = ['feed', 'reviews', 'chat', 'forum'] as const;
export type Platform = (typeof PLATFORMS)[number];

/** How a scenario can end. */
export const OUTCOMES = ['resolved', 'delighted', 'defused', 'escalated', 'lost', 'viral'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** Who can speak in a thread. */
export const SPEAKERS = ['customer', 'onlooker', 'colleague', 'supervisor', 'system', 'brand', 'trainee'] as const;
export type Speaker = (typeof SPEAKERS)[number];

/** A variable's value: scenarios keep numbers and booleans. */
export type Value = number | boolean;

/** A person in the thread. */
export interface Party {
  /** Shown name, e.g. "Dana Whitfield". */
  name: string;
  /** Handle without the @, e.g. "danabakes". */
  handle: string;
  /** One emoji or up to two letters. */
  avatar: string;
}

/** A customer: a party with a starting mood. */
export interface Customer extends Party {
  /** Starting mood, 0 (furious) to 100 (delighted). */
  mood: number;
}

/** The front matter of a scenario, validated. */
export interface ScenarioMeta {
  id: string;
  title: string;
  lang: Lang;
  persona: Persona;
  category: Category;
  platform: Platform;
  difficulty: 1 | 2 | 3;
  /** Response-time target in simulated minutes. */
  targetMinutes: number;
  brand: Party;
  /** The customer whose thread the player follows (the first one in a drill). */
  customer: Customer;
  /** Every customer by id; `main` for a single-customer scenario. Drills declare several. */
  customers: Record<string, Customer>;
  /** The public's view of the brand at the start, 0–100. */
  reputation: number;
  /** Rule ids this scenario trains. */
  objectives: RuleId[];
  /** Author-declared variables with their starting values. */
  variables: Record<string, Value>;
  summary: string;
  sources: SourceId[];
  author: string;
  version: number;
  /** Id of the first beat. */
  start: string;
}

/** The scoring context flags of a beat. */
export interface BeatContext {
  canGrant: boolean;
  sensitive: boolean;
  needsEscalation: boolean;
  crisis: boolean;
}

/** A message authored in a beat. */
export interface Message {
  speaker: Speaker;
  /** A named speaker: the onlooker's, colleague's or supervisor's name, or a drill customer's id. */
  name?: string;
  channel: Channel;
  /** Minutes after the beat starts at which the message appears. */
  delay: number;
  /** Inline Markdown. */
  text: string;
  span: Span;
}

/** A change to a variable. */
export interface Effect {
  variable: string;
  op: '+' | '-' | '=';
  value: Value;
}

/** A parsed condition. */
export type Condition =
  | { kind: 'and' | 'or'; left: Condition; right: Condition }
  | { kind: 'not'; operand: Condition }
  | { kind: 'compare'; left: Operand; op: '<' | '<=' | '>' | '>=' | '=' | '!='; right: Operand }
  | { kind: 'verdict'; rule: RuleId; verdict: Verdict }
  | { kind: 'truthy'; variable: string }
  | { kind: 'literal'; value: boolean };

/** One side of a comparison. */
export type Operand = { kind: 'number'; value: number } | { kind: 'variable'; name: string };

/** Pinned verdicts: what the author expects the scorer to say. */
export type Expectations = Partial<Record<RuleId, Verdict>>;

/** An option the trainee can pick. */
export interface Choice {
  /** Position among this beat's choices, 0-based. */
  index: number;
  /** The reply; empty for "no reply". */
  text: string;
  silent: boolean;
  target: string;
  channel: Channel;
  effects: Effect[];
  /** Authored coaching (Markdown). */
  feedback: string;
  expect: Expectations;
  span: Span;
}

/** One rule of a free-text turn. */
export interface FreeTextRule {
  /** null for `otherwise`. */
  when: Condition | null;
  /** The condition as the author wrote it (for display). */
  source: string;
  target: string;
  effects: Effect[];
  span: Span;
}

/** A timer: with no reply after `minutes`, go to `target`. */
export interface Timer {
  minutes: number;
  target: string;
  span: Span;
}

/** A conditional jump checked on entering a beat and after every change. */
export interface Jump {
  when: Condition;
  source: string;
  target: string;
  span: Span;
}

/** A golden example reply with the verdicts the scorer must give. */
export interface Example {
  text: string;
  expect: Expectations;
  span: Span;
}

/** A moment of the conversation; an ending when `outcome` is set. */
export interface Beat {
  id: string;
  title: string;
  /** Persona of the customer in this beat. */
  persona: Persona;
  channel: Channel;
  context: BeatContext;
  targetMinutes: number;
  messages: Message[];
  /** Narration paragraphs (Markdown), shown as scene notes. */
  narration: string[];
  choices: Choice[];
  freeText: FreeTextRule[];
  timers: Timer[];
  jumps: Jump[];
  examples: Example[];
  outcome?: Outcome;
  /** The ending's debrief text (Markdown). */
  debrief: string;
  span: Span;
}

/** A parsed and validated scenario. */
export interface Scenario {
  file: string;
  meta: ScenarioMeta;
  /** The briefing (Markdown). */
  briefing: string;
  beats: Beat[];
  /** Beats by id. */
  beatIndex: Record<string, Beat>;
}
