import { createSession, replaySession, type PlaySession, type SessionStep, type SessionView } from '../../lib/play/session.ts';
import type { Turn } from '../../lib/scenario/compile.ts';
import type { Scenario } from '../../lib/scenario/model.ts';
import type { Lang, ScoreFn } from '../../lib/scoring/contract.ts';
import type { PlayMode } from '../../lib/storage/index.ts';

/** Options of a play controller. */
export interface PlayOptions {
  scenario: Scenario;
  score: ScoreFn;
  mode: PlayMode;
  /** Language of the scorer's messages. */
  uiLang: Lang;
  /** Saved steps to replay (resuming). */
  steps?: readonly SessionStep[];
  /** Simulated minutes per real second. */
  speed: number;
  /** Called whenever the steps change in a way worth saving. */
  onsave: (steps: readonly SessionStep[]) => void;
}

/** Real milliseconds between clock ticks. */
const TICK_MS = 250;
/** How many simulated minutes may pass between two saves of a running clock. */
const SAVE_EVERY_MINUTES = 5;

/**
 * The one bridge between a play session (the scenario's actor) and Svelte: it keeps the
 * session's latest view in `$state.raw` (views are replaced, never mutated), runs the real-time
 * clock, and owns coaching and retries. Components read its fields and call its methods.
 */
export class PlayController {
  session: PlaySession;
  view = $state.raw<SessionView>(null as unknown as SessionView);
  /** The reply being coached (practice mode), or null. */
  coaching = $state.raw<Turn | null>(null);
  paused = $state(false);
  speed = $state(1);
  /** True when resuming replayed fewer steps than were saved. */
  partial = $state(false);
  /** True while a typed reply waits for its grader: the clock stands still. */
  holding = $state(false);
  readonly mode: PlayMode;
  private unsubscribe: () => void = () => {};
  private interval: ReturnType<typeof setInterval> | null = null;
  private lastTick = 0;
  private pendingMinutes = 0;
  private savedAt = 0;

  constructor(private readonly options: PlayOptions) {
    this.mode = options.mode;
    this.speed = options.speed;
    const sessionOptions = { score: options.score, uiLang: options.uiLang };
    if (options.steps && options.steps.length > 0) {
      const { session, applied } = replaySession(options.scenario, options.steps, sessionOptions);
      this.session = session;
      this.partial = applied < options.steps.length;
      this.paused = true;
    } else this.session = createSession(options.scenario, sessionOptions);
    this.attach();
  }

  private attach(): void {
    this.unsubscribe();
    this.view = this.session.view();
    this.savedAt = this.view.clock;
    this.unsubscribe = this.session.subscribe((v) => {
      this.view = v;
      if (v.clock - this.savedAt >= SAVE_EVERY_MINUTES) this.save();
    });
  }

  /** Save now. */
  save(): void {
    this.savedAt = this.view.clock;
    this.options.onsave(this.session.steps());
  }

  /** Is the clock running right now? */
  get running(): boolean {
    return !this.paused && !this.holding && this.coaching === null && this.view.status === 'playing' && this.speed > 0;
  }

  /** Start the real-time clock loop (call from an effect; returns the cleanup). */
  startLoop(): () => void {
    this.lastTick = performance.now();
    this.interval = setInterval(() => this.tick(performance.now()), TICK_MS);
    return () => {
      if (this.interval !== null) clearInterval(this.interval);
      this.interval = null;
    };
  }

  /** Advance the simulated clock by the real time elapsed, whole minutes at a time. */
  tick(now: number): void {
    const real = now - this.lastTick;
    this.lastTick = now;
    if (!this.running) return;
    this.pendingMinutes += (real / 1000) * this.speed;
    const whole = Math.floor(this.pendingMinutes);
    if (whole < 1) return;
    this.pendingMinutes -= whole;
    this.session.advance(whole);
  }

  togglePause(): void {
    this.paused = !this.paused;
    this.pendingMinutes = 0;
    this.save();
  }

  /** Let simulated minutes pass at once. */
  wait(minutes: number): void {
    if (this.view.status !== 'playing') return;
    this.session.advance(minutes);
    this.save();
  }

  /** Jump to the next scheduled message (or timer). */
  skipToNext(): void {
    const v = this.view;
    const next = [v.nextMessageAt, v.nextTimerAt].filter((x): x is number => x !== null && x > v.clock);
    if (next.length === 0) return;
    this.session.advanceTo(Math.ceil(Math.min(...next)));
    this.save();
  }

  /**
   * Grade this beat's authored options once without posting them, so the code a click runs
   * (grading, wording findings) is compiled before the trainee's first click, not during it.
   */
  warmUp(): void {
    for (const c of this.view.beat.choices) this.session.grade(c.text, c.channel);
  }

  /** Stop (or restart) the clock while something the trainee did is on its way (a typed reply's grader). */
  hold(on: boolean): void {
    this.holding = on;
    this.pendingMinutes = 0;
  }

  /** Pick an authored option. */
  choose(index: number): Turn | null {
    const r = this.session.choose(index);
    return this.afterReply(r.ok ? r.value : null);
  }

  /** Post a typed reply. */
  reply(text: string): Turn | null {
    const r = this.session.reply(text);
    return this.afterReply(r.ok ? r.value : null);
  }

  private afterReply(turn: Turn | null): Turn | null {
    this.pendingMinutes = 0;
    if (turn && this.mode === 'practice') this.coaching = turn;
    // Save right after the next paint, so the click repaints at once.
    const later = typeof requestAnimationFrame === 'function' ? (fn: () => void) => requestAnimationFrame(() => setTimeout(fn, 0)) : (fn: () => void) => setTimeout(fn, 0);
    later(() => this.save());
    return turn;
  }

  /** Leave coaching and let the conversation go on. */
  continue(): void {
    this.coaching = null;
    this.lastTick = performance.now();
  }

  /**
   * Practice only: undo the last reply and stand at that beat again, at the moment the reply
   * was made. Replays the steps before it, so the transcript and clock are exactly as they were.
   */
  retry(): void {
    const steps = this.session.steps();
    let last = -1;
    steps.forEach((s, i) => {
      if (s.type !== 'advance') last = i;
    });
    if (last < 0) return;
    const kept = steps.slice(0, last);
    const at = (steps[last] as { at: number }).at;
    const { session } = replaySession(this.options.scenario, kept, { score: this.options.score, uiLang: this.options.uiLang });
    if (session.view().clock < at) session.advanceTo(at);
    this.session.stop();
    this.session = session;
    this.coaching = null;
    this.attach();
    this.save();
  }

  destroy(): void {
    this.unsubscribe();
    if (this.interval !== null) clearInterval(this.interval);
    this.session.stop();
  }
}
