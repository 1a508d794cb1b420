import { assign, setup } from 'xstate';
import type { Channel, ReplyContext, ReplyScore } from '../scoring/contract.ts';
import { applyEffects, evaluate } from './expressions.ts';
import type { Beat, Condition, Effect, Outcome, Scenario, Speaker, Value } from './model.ts';

/** One entry of the transcript: a message, a reply, a silence, a timer firing, or the ending. */
export interface Turn {
  /** Position in the transcript. */
  seq: number;
  /** The beat it belongs to. */
  beat: string;
  kind: 'message' | 'narration' | 'reply' | 'silence' | 'timer' | 'ending';
  speaker: Speaker;
  /** A named speaker (onlooker, colleague, supervisor, drill customer). */
  name?: string;
  channel: Channel;
  /** What was said (Markdown for authored messages, plain text for the trainee's). */
  text: string;
  /** Simulated minutes since the scenario started. */
  at: number;
  /** Mood and reputation once the turn has had its effect. */
  mood: number;
  reputation: number;
  /** For the trainee's replies and silences. */
  reply?: ReplyRecord;
}

/** What the trainee did at a beat and how it was graded. */
export interface ReplyRecord {
  /** Index of the authored choice, or null for a typed reply. */
  choice: number | null;
  /** Minutes between the customer's post and the reply. */
  elapsedMinutes: number;
  /** The context the scorer saw. */
  context: ReplyContext;
  result: ReplyScore;
  /** Authored coaching for the choice (Markdown); for typed replies, the free-text rule that matched, as written. */
  feedback: string;
  /** For typed replies, the condition of the free-text rule that matched (null for `otherwise`). */
  branch?: Condition | null;
  effects: Effect[];
  target: string;
}

/** Mood and reputation at a moment, for the debrief's chart. */
export interface Sample {
  at: number;
  mood: number;
  reputation: number;
  beat: string;
}

/** The running conversation's state, kept in the machine's context. */
export interface PlayContext {
  vars: Record<string, Value>;
  clock: number;
  beat: string;
  enteredAt: number;
  transcript: Turn[];
  history: Sample[];
  outcome: Outcome | null;
}

/** Input to start a machine: where to start and with which variables (defaults from the scenario). */
export interface PlayInput {
  startAt?: string;
  vars?: Record<string, Value>;
}

/** Events the machine takes. Every event carries the simulated time it happened at. */
export type PlayEvent =
  | { type: 'reply.chosen'; index: number; at: number; record: ReplyRecord; text: string }
  | { type: 'reply.typed'; at: number; record: Omit<ReplyRecord, 'feedback' | 'effects' | 'target'>; text: string }
  | { type: 'clock.tick'; at: number };

const MINUTE = 60_000;
const BOOT = '__boot';

/** A machine's shape as plain JSON: states, transitions, and guards and actions by name with JSON params. */
export interface MachineConfig {
  id: string;
  initial: string;
  states: Record<string, object>;
}

/**
 * Compile a validated scenario to an XState machine config: beats are states, choices and free-text
 * rules are guarded transitions on `reply.chosen` / `reply.typed`, timers are `after` transitions
 * (delays in simulated milliseconds; run the actor with a simulated clock), `when:` conditions are
 * `always` transitions, endings are final states. The config only names guards and actions, so it
 * can be stored, shipped and inspected; `createScenarioMachine` supplies their code.
 * This is a pure function.
 */
export function compileConfig(scenario: Scenario): MachineConfig {
  const states: Record<string, object> = {
    [BOOT]: {
      always: scenario.beats.map((b) => ({ guard: { type: 'startsAt', params: { beat: b.id } }, target: b.id })),
    },
  };
  for (const beat of scenario.beats) states[beat.id] = beatState(beat);
  return { id: scenario.meta.id || 'scenario', initial: BOOT, states };
}

/** Compile a scenario straight to its runnable machine. */
export function compileMachine(scenario: Scenario) {
  return createScenarioMachine(scenario, compileConfig(scenario));
}

/**
 * The runnable machine of a scenario from its compiled config: the guards and actions the config
 * names, implemented over the scenario's beats. Does not start anything.
 */
export function createScenarioMachine(scenario: Scenario, config: MachineConfig) {
  const { meta } = scenario;
  const initialVars = (): Record<string, Value> => ({ mood: meta.customer.mood, reputation: meta.reputation, ...meta.variables });

  return setup({
    types: {} as { context: PlayContext; events: PlayEvent; input: PlayInput },
    guards: {
      startsAt: ({ context }, params: { beat: string }) => context.beat === params.beat,
      isChoice: ({ event }, params: { index: number }) => event.type === 'reply.chosen' && event.index === params.index,
      holds: ({ context, event }, params: { when: Condition | null }) => {
        if (params.when === null) return true;
        const vars = { ...context.vars, clock: context.clock };
        if (event.type === 'reply.typed') return evaluate(params.when, { vars: { ...vars, score: event.record.result.score }, verdicts: event.record.result.rules });
        return evaluate(params.when, { vars });
      },
    },
    actions: {
      enterBeat: assign(({ context }, params: { beat: string }) => enterBeat(scenario, context, params.beat)),
      syncClock: assign(({ context, event }) => ({ clock: Math.max(context.clock, 'at' in event ? event.at : context.clock) })),
      recordChoice: assign(({ context, event }) => {
        if (event.type !== 'reply.chosen') return {};
        return addReply(context, event.record, event.text, event.at);
      }),
      recordTyped: assign(({ context, event }, params: { rule: string; when: Condition | null; effects: Effect[]; target: string }) => {
        if (event.type !== 'reply.typed') return {};
        const record = { ...event.record, feedback: params.rule, branch: params.when, effects: params.effects, target: params.target };
        return addReply(context, record, event.text, event.at);
      }),
      fireTimer: assign(({ context }, params: { minutes: number; target: string }) => {
        const at = context.enteredAt + params.minutes;
        const vars = context.vars;
        const turn: Turn = {
          seq: context.transcript.length,
          beat: context.beat,
          kind: 'timer',
          speaker: 'system',
          channel: scenario.beatIndex[context.beat]?.channel ?? 'public',
          text: String(params.minutes),
          at,
          mood: Number(vars.mood),
          reputation: Number(vars.reputation),
        };
        return { clock: Math.max(context.clock, at), transcript: [...visibleAt(context.transcript, at), turn] };
      }),
    },
  }).createMachine({
    id: config.id,
    initial: config.initial,
    context: ({ input }) => ({
      vars: { ...initialVars(), ...(input?.vars ?? {}) },
      clock: 0,
      beat: input?.startAt && scenario.beatIndex[input.startAt] ? input.startAt : meta.start,
      enteredAt: 0,
      transcript: [],
      history: [],
      outcome: null,
    }),
    on: { 'clock.tick': { actions: 'syncClock' } },
    states: config.states as never,
  });
}

/** The state node config of one beat, as plain JSON. */
function beatState(beat: Beat): object {
  const entry = [{ type: 'enterBeat', params: { beat: beat.id } }];
  if (beat.outcome !== undefined) return { type: 'final', entry, meta: { outcome: beat.outcome } };
  const on: Record<string, object[]> = {};
  if (beat.choices.length > 0)
    on['reply.chosen'] = beat.choices.map((c) => ({
      guard: { type: 'isChoice', params: { index: c.index } },
      target: c.target,
      reenter: true,
      actions: ['syncClock', 'recordChoice'],
    }));
  if (beat.freeText.length > 0)
    on['reply.typed'] = beat.freeText.map((r) => ({
      guard: { type: 'holds', params: { when: r.when } },
      target: r.target,
      reenter: true,
      actions: ['syncClock', { type: 'recordTyped', params: { rule: r.source, when: r.when, effects: r.effects, target: r.target } }],
    }));
  const after: Record<number, object> = {};
  for (const t of beat.timers)
    after[t.minutes * MINUTE] ??= { target: t.target, reenter: true, actions: [{ type: 'fireTimer', params: { minutes: t.minutes, target: t.target } }] };
  return {
    entry,
    on,
    ...(beat.timers.length ? { after } : {}),
    ...(beat.jumps.length ? { always: beat.jumps.map((j) => ({ guard: { type: 'holds', params: { when: j.when } }, target: j.target })) } : {}),
  };
}

/** Messages scheduled after `at` in the beat being left are never shown. */
function visibleAt(transcript: Turn[], at: number): Turn[] {
  return transcript.some((t) => t.at > at) ? transcript.filter((t) => t.at <= at) : transcript;
}

function enterBeat(scenario: Scenario, context: PlayContext, id: string): Partial<PlayContext> {
  const beat = scenario.beatIndex[id]!;
  const at = context.clock;
  const transcript = visibleAt(context.transcript, at).slice();
  const mood = Number(context.vars.mood);
  const reputation = Number(context.vars.reputation);
  const push = (t: Omit<Turn, 'seq' | 'beat' | 'mood' | 'reputation'>) =>
    transcript.push({ ...t, seq: transcript.length, beat: id, mood, reputation });
  for (const text of beat.narration) push({ kind: 'narration', speaker: 'system', channel: beat.channel, text, at });
  const messages = [...beat.messages].sort((a, b) => a.delay - b.delay);
  for (const m of messages) push({ kind: 'message', speaker: m.speaker, ...(m.name ? { name: m.name } : {}), channel: m.channel, text: m.text, at: at + m.delay });
  if (beat.outcome !== undefined) push({ kind: 'ending', speaker: 'system', channel: beat.channel, text: beat.debrief, at });
  return {
    beat: id,
    enteredAt: at,
    transcript,
    history: [...context.history, { at, mood, reputation, beat: id }],
    outcome: beat.outcome ?? null,
  };
}

function addReply(context: PlayContext, record: ReplyRecord, text: string, at: number): Partial<PlayContext> {
  const vars = applyEffects(context.vars, record.effects);
  const transcript = visibleAt(context.transcript, at).slice();
  transcript.push({
    seq: transcript.length,
    beat: context.beat,
    kind: text === '' ? 'silence' : 'reply',
    speaker: 'trainee',
    channel: record.context.channel,
    text,
    at,
    mood: Number(vars.mood),
    reputation: Number(vars.reputation),
    reply: record,
  });
  return { vars, transcript, clock: Math.max(context.clock, at) };
}

export type ScenarioMachine = ReturnType<typeof createScenarioMachine>;
