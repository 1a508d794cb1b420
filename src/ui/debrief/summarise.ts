import { lastCustomerText, replyContext, withPins } from '../../lib/play/session.ts';
import type { Turn } from '../../lib/scenario/compile.ts';
import type { Beat, Choice, Scenario } from '../../lib/scenario/model.ts';
import { RULE_IDS, type RuleId, type ScoreFn, type Verdict } from '../../lib/scoring/contract.ts';

/** The trainee's replies and silences, in order. */
export const repliesOf = (transcript: readonly Turn[]): Turn[] => transcript.filter((t) => t.reply !== undefined);

/** Overall score of an attempt: the mean of its reply scores, rounded (0 when nothing was posted). Pure. */
export function attemptScore(transcript: readonly Turn[]): number {
  const replies = repliesOf(transcript);
  if (replies.length === 0) return 0;
  return Math.round(replies.reduce((sum, t) => sum + t.reply!.result.score, 0) / replies.length);
}

/** Pass and fail counts of one rule over an attempt. */
export interface RuleTally {
  rule: RuleId;
  pass: number;
  fail: number;
}

/** Pass/fail counts per rule, for rules that applied at least once, in the playbook's order. Pure. */
export function ruleTallies(transcript: readonly Turn[]): RuleTally[] {
  const counts = new Map<RuleId, RuleTally>();
  for (const t of repliesOf(transcript))
    for (const [rule, verdict] of Object.entries(t.reply!.result.rules) as [RuleId, Verdict][]) {
      if (verdict === 'n/a') continue;
      const c = counts.get(rule) ?? { rule, pass: 0, fail: 0 };
      c[verdict]++;
      counts.set(rule, c);
    }
  return RULE_IDS.filter((id) => counts.has(id)).map((id) => counts.get(id)!);
}

/** How long one reply took against its target. */
export interface ResponseTime {
  seq: number;
  beat: string;
  elapsed: number;
  target: number;
  late: boolean;
}

/** Time to reply at each beat, against the beat's target. Pure. */
export function responseTimes(transcript: readonly Turn[]): ResponseTime[] {
  return repliesOf(transcript).map((t) => {
    const target = t.reply!.context.targetMinutes ?? 60;
    return { seq: t.seq, beat: t.beat, elapsed: t.reply!.elapsedMinutes, target, late: t.reply!.elapsedMinutes > target };
  });
}

/** A beat where an authored option would have scored better than what the trainee did. */
export interface BetterReply {
  turn: Turn;
  beat: Beat;
  choice: Choice;
  score: number;
}

/**
 * For each reply that scored below the strongest authored option of its beat, that option —
 * graded in the same context (same elapsed time, same transcript so far), with the author's
 * pinned verdicts applied as in play. Silent options compete too. Pure given a pure scorer.
 */
export function betterReplies(scenario: Scenario, transcript: readonly Turn[], score: ScoreFn, uiLang?: Parameters<ScoreFn>[1]): BetterReply[] {
  const out: BetterReply[] = [];
  for (const turn of repliesOf(transcript)) {
    const beat = scenario.beatIndex[turn.beat];
    if (!beat || beat.choices.length === 0) continue;
    const before = transcript.filter((t) => t.seq < turn.seq);
    let best: { choice: Choice; score: number } | null = null;
    for (const choice of beat.choices) {
      const context = replyContext(scenario, beat, choice.text, choice.channel, turn.reply!.elapsedMinutes, lastCustomerText(before));
      const graded = withPins(score(context, uiLang), choice.expect);
      if (!best || graded.score > best.score) best = { choice, score: graded.score };
    }
    if (best && best.score > turn.reply!.result.score && best.choice.index !== turn.reply!.choice) out.push({ turn, beat, choice: best.choice, score: best.score });
  }
  return out;
}
