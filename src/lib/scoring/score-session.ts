import { RULE_IDS, type ReplyContext, type ReplyScore, type RuleId } from './contract.ts';
import { Analysis, matchAll, type Hit } from './analyse.ts';
import { packsFor } from './detectors/index.ts';
import type { CommitmentKind } from './detectors/types.ts';
import { resolveContext } from './playbook.ts';

/** One turn of a played scenario, as the engine records it. */
export interface SessionTurnInput {
  /** Id of the scenario beat the reply answered. */
  beat: string;
  /** Simulated minutes since the scenario started, when the reply was posted. */
  at: number;
  /** The reply (`""` when the trainee stayed silent). */
  text: string;
  /** The context the reply was scored in. */
  context: ReplyContext;
  /** The scorer's verdicts on the reply. */
  score: ReplyScore;
  /** The customer's mood after the turn, if the scenario tracks it. */
  mood?: number;
  /** The audience's view of the brand after the turn, if the scenario tracks it. */
  reputation?: number;
}

/** Counts of one rule's verdicts over a session. */
export interface RuleTotals {
  pass: number;
  fail: number;
  'n/a': number;
}

/** One reply's timing against its channel's target. */
export interface TurnTiming {
  turn: number;
  beat: string;
  /** Minutes the customer waited, or undefined when the turn has no clock. */
  elapsedMinutes?: number;
  targetMinutes: number;
  /** True when on time, false when late (or silent), null when there is no clock. */
  onTime: boolean | null;
}

/** A promise the trainee made. */
export interface Commitment {
  /** Index of the turn (0-based). */
  turn: number;
  beat: string;
  kind: CommitmentKind;
  /** The words of the promise, and where they are in the reply. */
  quote: string;
  start: number;
  end: number;
  /** Stable id of the pattern that recognised it. */
  evidence: string;
  /** A guarantee of an outcome or time the trainee cannot control, or an effort they can keep. */
  nature: 'guarantee' | 'effort';
  /** True for an effort promise; false for a guarantee or a promise only management could make. */
  realistic: boolean;
}

/** The measures of a played scenario. */
export interface SessionScore {
  turns: number;
  /** Mean of the turn scores, 0–100 (100 for an empty session). */
  overall: number;
  /** Verdict counts per rule over all turns. */
  rules: Record<RuleId, RuleTotals>;
  /** Minutes the customer waited for the first reply, or null when the trainee never replied. */
  timeToFirstReply: number | null;
  timings: TurnTiming[];
  /** Mood after each turn that reported one. */
  mood: number[];
  /** Audience view after each turn that reported one. */
  reputation: number[];
  commitments: Commitment[];
}

/** Promises in one reply: the pack's commitment patterns, or its remedy and timeframe cues. */
function findCommitments(context: ReplyContext): Array<Omit<Commitment, 'turn' | 'beat'>> {
  const c = resolveContext(context);
  if (c.silent) return [];
  const packs = packsFor(c.lang, c.text);
  const a = new Analysis(c.text, packs, { joking: c.persona === 'joking' });
  const found: Array<{ hit: Hit; kind: CommitmentKind }> = [];
  for (const p of packs) {
    if (p.commitments?.length) {
      for (const entry of p.commitments) {
        for (const hit of matchAll(a.text, [entry], 'remedy', p.lang, a.hay)) found.push({ hit, kind: entry.kind });
      }
    } else {
      for (const hit of matchAll(a.text, p.cues.remedy, 'remedy', p.lang, a.hay)) found.push({ hit, kind: 'other-remedy' });
      for (const hit of matchAll(a.text, p.cues.timeframe, 'timeframe', p.lang, a.hay)) found.push({ hit, kind: 'report-back' });
    }
  }
  const guarantees = a.live('guarantee');
  const management = c.needsEscalation ? a.live('managementPromise') : [];
  const out: Array<Omit<Commitment, 'turn' | 'beat'>> = [];
  /** Kinds already recorded, with their offsets in the analysed text. */
  const taken: Array<{ kind: CommitmentKind; start: number }> = [];
  for (const { hit, kind } of found.sort((x, y) => x.hit.start - y.hit.start)) {
    if (a.isNegated(hit)) continue;
    // One promise per kind and sentence: "I'll refund you and refund the fee" is one refund.
    const s = a.sentenceOf(hit.start);
    if (taken.some((o) => o.kind === kind && o.start >= s.start && o.start < s.end)) continue;
    const inSentence = (h: Hit): boolean => h.start < s.end && h.end > s.start;
    const guaranteed = guarantees.some(inSentence);
    const overreach = management.some(inSentence);
    const at = a.toSource(hit);
    taken.push({ kind, start: hit.start });
    out.push({
      kind,
      quote: c.text.slice(at.start, at.end),
      start: at.start,
      end: at.end,
      evidence: hit.id,
      nature: guaranteed ? 'guarantee' : 'effort',
      realistic: !guaranteed && !overreach,
    });
  }
  return out;
}

/**
 * Sums up a played scenario: rule totals, the mean reply score, timing
 * against targets, mood and reputation trajectories, and the ledger of
 * promises made. This is a pure function of the recorded turns.
 */
export function scoreSession(turns: readonly SessionTurnInput[]): SessionScore {
  const rules = {} as Record<RuleId, RuleTotals>;
  for (const id of RULE_IDS) rules[id] = { pass: 0, fail: 0, 'n/a': 0 };
  const timings: TurnTiming[] = [];
  const mood: number[] = [];
  const reputation: number[] = [];
  const commitments: Commitment[] = [];
  let timeToFirstReply: number | null = null;
  let sum = 0;
  turns.forEach((t, turn) => {
    for (const id of RULE_IDS) rules[id][t.score.rules[id]]++;
    sum += t.score.score;
    const c = resolveContext({ ...t.context, text: t.text });
    const timing: TurnTiming = { turn, beat: t.beat, targetMinutes: c.targetMinutes, onTime: null };
    if (c.elapsedMinutes !== undefined) {
      timing.elapsedMinutes = c.elapsedMinutes;
      timing.onTime = !c.silent && c.elapsedMinutes <= c.targetMinutes;
    }
    timings.push(timing);
    if (timeToFirstReply === null && !c.silent) timeToFirstReply = c.elapsedMinutes ?? t.at;
    if (t.mood !== undefined) mood.push(t.mood);
    if (t.reputation !== undefined) reputation.push(t.reputation);
    for (const k of findCommitments({ ...t.context, text: t.text })) commitments.push({ turn, beat: t.beat, ...k });
  });
  return {
    turns: turns.length,
    overall: turns.length ? Math.round(sum / turns.length) : 100,
    rules,
    timeToFirstReply,
    timings,
    mood,
    reputation,
    commitments,
  };
}
