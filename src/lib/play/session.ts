import { createActor, type Actor } from 'xstate';
import type { ReplyContext, ReplyScore, RuleId, ScoreFn, Verdict, Lang } from '../scoring/contract.ts';
import { compileMachine, type PlayContext, type ReplyRecord, type ScenarioMachine, type Turn, type Sample } from '../scenario/compile.ts';
import type { Beat, Choice, Expectations, Outcome, Scenario, Value } from '../scenario/model.ts';
import { SimClock } from './sim-clock.ts';
import { weightedScore } from '../scoring/playbook.ts';

const MINUTE = 60_000;

/** What the trainee did, in order: enough to replay a session exactly (used for saving and resuming). */
export type SessionStep =
  | { type: 'choose'; index: number; at: number }
  | { type: 'reply'; text: string; at: number }
  | { type: 'advance'; to: number };

/** A problem with a play request (not an author error): the request is refused, nothing changes. */
export interface PlayError {
  code: 'session_ended' | 'choice_unknown' | 'free_text_unavailable' | 'time_backwards';
  message: string;
}
export type PlayResult<T> = { ok: true; value: T } | { ok: false; error: PlayError };

/** A read-only view of a session at one moment. */
export interface SessionView {
  status: 'playing' | 'ended';
  /** The beat the trainee is at (the ending once ended). */
  beat: Beat;
  /** Simulated minutes since the start. */
  clock: number;
  /** When the current beat started. */
  enteredAt: number;
  vars: Readonly<Record<string, Value>>;
  mood: number;
  reputation: number;
  /** Every turn that has happened by now (messages scheduled later in this beat are not included). */
  transcript: readonly Turn[];
  /** When the next scheduled message of this beat appears, or null (drives a "typing…" indicator). */
  nextMessageAt: number | null;
  /** When the next timer of this beat fires, or null. */
  nextTimerAt: number | null;
  /** Minutes the customer has been waiting for a reply at this beat. */
  waiting: number;
  history: readonly Sample[];
  outcome: Outcome | null;
  /** The trainee's latest reply, for coaching. */
  lastReply: Turn | null;
}

export interface SessionOptions {
  /** The scorer used to grade every reply. */
  score: ScoreFn;
  /** Start at this beat instead of the scenario's start (a trainer testing mid-story). */
  startAt?: string;
  /** Override starting variables (mood, reputation, or declared ones). */
  vars?: Record<string, Value>;
  /** Language of scorer messages (defaults to the scenario's). */
  uiLang?: Lang;
  /** A machine built ahead (e.g. from a compiled config shipped with the app); compiled on first use otherwise. */
  machine?: ScenarioMachine;
}

/** A running scenario, driven without any UI: by tests, the terminal player and the web player. */
export interface PlaySession {
  readonly scenario: Scenario;
  view(): SessionView;
  /** Pick the authored option at `index` of the current beat, at the current simulated time. */
  choose(index: number): PlayResult<Turn>;
  /** Post a typed reply (free-text turns only). */
  reply(text: string): PlayResult<Turn>;
  /** Let simulated minutes pass; due timers fire on the way. */
  advance(minutes: number): PlayResult<SessionView>;
  /** Move the clock to an absolute simulated time. */
  advanceTo(minute: number): PlayResult<SessionView>;
  /** Grade a reply as if posted now at this beat, without posting it (for previews and examples). */
  grade(text: string, channel?: Choice['channel']): ReplyScore;
  /** Everything the trainee did, to save and replay. */
  steps(): readonly SessionStep[];
  subscribe(listener: (view: SessionView) => void): () => void;
  stop(): void;
}

const machines = new WeakMap<Scenario, ScenarioMachine>();

/** The machine of a scenario, compiled once. */
export function machineFor(scenario: Scenario): ScenarioMachine {
  let m = machines.get(scenario);
  if (!m) {
    m = compileMachine(scenario);
    machines.set(scenario, m);
  }
  return m;
}

/** The context the scorer sees for a reply posted at a beat. Pure. */
export function replyContext(scenario: Scenario, beat: Beat, text: string, channel: Choice['channel'], elapsedMinutes: number | undefined, customer: string | undefined): ReplyContext {
  return {
    lang: scenario.meta.lang,
    persona: beat.persona,
    channel,
    text,
    ...(customer !== undefined ? { customer } : {}),
    canGrant: beat.context.canGrant,
    sensitive: beat.context.sensitive,
    needsEscalation: beat.context.needsEscalation,
    crisis: beat.context.crisis,
    ...(elapsedMinutes !== undefined ? { elapsedMinutes } : {}),
    targetMinutes: beat.targetMinutes,
  };
}

/** The customer message a reply answers in play: the latest one in the transcript. */
export function lastCustomerText(transcript: readonly Turn[]): string | undefined {
  for (let i = transcript.length - 1; i >= 0; i--) {
    const t = transcript[i]!;
    if (t.kind === 'message' && t.speaker === 'customer') return t.text;
  }
  return undefined;
}

/** The customer message a beat's replies answer outside play (build, lint): its latest one. */
export function beatCustomerText(beat: Beat): string | undefined {
  let last: { delay: number; text: string } | undefined;
  for (const m of beat.messages) if (m.speaker === 'customer' && (!last || m.delay >= last.delay)) last = m;
  return last?.text;
}

/**
 * Apply an author's pinned verdicts over the scorer's: the author is the authority on their own
 * options (the linter warns where the scorer disagrees). A pinned verdict that changes the
 * scorer's drops the scorer's finding for that rule and cites the author; the score is re-weighed.
 */
export function withPins(result: ReplyScore, expect: Expectations): ReplyScore {
  const pinned = Object.entries(expect) as [RuleId, Verdict][];
  if (pinned.every(([rule, v]) => result.rules[rule] === v)) return result;
  const rules = { ...result.rules };
  const findings = result.findings.filter((f) => !(f.rule in expect) || expect[f.rule] === f.verdict);
  for (const [rule, verdict] of pinned) {
    rules[rule] = verdict;
    if (verdict !== 'n/a' && !findings.some((f) => f.rule === rule))
      findings.push({ rule, verdict, start: null, end: null, evidence: 'author', message: '' });
  }
  return { ...result, rules, findings, score: weightedScore(rules) };
}

/** Start a session. */
export function createSession(scenario: Scenario, options: SessionOptions): PlaySession {
  const clock = new SimClock();
  const machine = options.machine ?? machineFor(scenario);
  const actor: Actor<ScenarioMachine> = createActor(machine, {
    clock,
    input: { ...(options.startAt ? { startAt: options.startAt } : {}), ...(options.vars ? { vars: options.vars } : {}) },
  });
  const steps: SessionStep[] = [];
  const listeners = new Set<(view: SessionView) => void>();
  actor.start();

  const ctx = (): PlayContext => actor.getSnapshot().context;
  const now = () => clock.now() / MINUTE;
  const currentBeat = () => scenario.beatIndex[ctx().beat]!;
  const ended = () => actor.getSnapshot().status !== 'active';
  const scoreOpts = options.uiLang ? { uiLang: options.uiLang } : undefined;

  const waitingSince = (): number => {
    const c = ctx();
    const t = now();
    let since = c.enteredAt;
    for (const turn of c.transcript) if (turn.beat === c.beat && turn.kind === 'message' && turn.speaker === 'customer' && turn.at <= t) since = Math.max(since, turn.at);
    return since;
  };

  const view = (): SessionView => {
    const c = ctx();
    const t = now();
    const beat = currentBeat();
    const transcript = c.transcript.filter((turn) => turn.at <= t);
    const future = c.transcript.filter((turn) => turn.at > t).map((turn) => turn.at);
    const lastReply = [...transcript].reverse().find((turn) => turn.reply) ?? null;
    const isEnded = ended();
    return {
      status: isEnded ? 'ended' : 'playing',
      beat,
      clock: t,
      enteredAt: c.enteredAt,
      vars: c.vars,
      mood: Number(c.vars.mood),
      reputation: Number(c.vars.reputation),
      transcript,
      nextMessageAt: future.length ? Math.min(...future) : null,
      nextTimerAt: isEnded || beat.timers.length === 0 ? null : c.enteredAt + Math.min(...beat.timers.map((x) => x.minutes)),
      waiting: Math.max(0, t - waitingSince()),
      history: c.history,
      outcome: c.outcome,
      lastReply,
    };
  };

  const notify = () => {
    if (listeners.size === 0) return;
    const v = view();
    for (const l of listeners) l(v);
  };
  const lastTurn = (): Turn => ctx().transcript[ctx().transcript.length - 1]!;
  const refuse = <T>(code: PlayError['code'], message: string): PlayResult<T> => ({ ok: false, error: { code, message } });

  const grade = (text: string, channel: Choice['channel'] = currentBeat().channel): ReplyScore => {
    const beat = currentBeat();
    return options.score(replyContext(scenario, beat, text, channel, now() - waitingSince(), lastCustomerText(view().transcript)), scoreOpts);
  };

  const session: PlaySession = {
    scenario,
    view,
    choose(index) {
      if (ended()) return refuse('session_ended', 'The scenario has ended.');
      const beat = currentBeat();
      const choice = beat.choices[index];
      if (!choice) return refuse('choice_unknown', `The beat \`${beat.id}\` has no option ${index + 1}.`);
      const at = now();
      const elapsed = at - waitingSince();
      const context = replyContext(scenario, beat, choice.text, choice.channel, elapsed, lastCustomerText(view().transcript));
      const graded = options.score(context, scoreOpts);
      const result = withPins(graded, choice.expect);
      const record: ReplyRecord = { choice: index, elapsedMinutes: elapsed, context, result, feedback: choice.feedback, effects: choice.effects, target: choice.target };
      steps.push({ type: 'choose', index, at });
      actor.send({ type: 'reply.chosen', index, at, record, text: choice.text });
      const turn = ctx().transcript.find((t) => t.reply === record) ?? lastTurn();
      notify();
      return { ok: true, value: turn };
    },
    reply(text) {
      if (ended()) return refuse('session_ended', 'The scenario has ended.');
      const beat = currentBeat();
      if (beat.freeText.length === 0) return refuse('free_text_unavailable', `The beat \`${beat.id}\` takes no typed reply; pick an option.`);
      const at = now();
      const elapsed = at - waitingSince();
      const context = replyContext(scenario, beat, text, beat.channel, elapsed, lastCustomerText(view().transcript));
      const result = options.score(context, scoreOpts);
      steps.push({ type: 'reply', text, at });
      actor.send({ type: 'reply.typed', at, record: { choice: null, elapsedMinutes: elapsed, context, result }, text });
      const turn = [...ctx().transcript].reverse().find((t) => t.reply?.result === result) ?? lastTurn();
      notify();
      return { ok: true, value: turn };
    },
    advance(minutes) {
      return session.advanceTo(now() + minutes);
    },
    advanceTo(minute) {
      if (minute < now()) return refuse('time_backwards', 'The clock cannot go back.');
      clock.advanceTo(minute * MINUTE);
      // A timer on the way may have ended the scenario; a stopped actor takes no more events.
      if (!ended()) actor.send({ type: 'clock.tick', at: minute });
      const last = steps[steps.length - 1];
      if (last?.type === 'advance') last.to = minute;
      else steps.push({ type: 'advance', to: minute });
      notify();
      return { ok: true, value: view() };
    },
    grade,
    steps: () => steps,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    stop() {
      listeners.clear();
      actor.stop();
    },
  };
  return session;
}

/**
 * Rebuild a session from its saved steps: the machine, the clock and the scorer are
 * deterministic, so replaying gives the same transcript, clock and variables.
 * Steps that no longer apply (the scenario changed since) stop the replay; the result says how far it got.
 */
export function replaySession(scenario: Scenario, steps: readonly SessionStep[], options: SessionOptions): { session: PlaySession; applied: number } {
  const session = createSession(scenario, options);
  let applied = 0;
  for (const step of steps) {
    const at = step.type === 'advance' ? step.to : step.at;
    if (session.advanceTo(at).ok === false) break;
    const r = step.type === 'choose' ? session.choose(step.index) : step.type === 'reply' ? session.reply(step.text) : { ok: true as const };
    if (!r.ok) break;
    applied++;
  }
  return { session, applied };
}
