import { describe, expect, it } from 'vitest';
import type { ReplyContext } from '../../../src/lib/scoring/contract.ts';
import { scoreReply } from '../../../src/lib/scoring/score-reply.ts';
import { scoreSession, type SessionTurnInput } from '../../../src/lib/scoring/score-session.ts';

const turn = (beat: string, at: number, text: string, extra: Partial<ReplyContext> = {}, mood?: number, reputation?: number): SessionTurnInput => {
  const context: ReplyContext = { lang: 'en', persona: 'angry', channel: 'public', text, ...extra };
  const t: SessionTurnInput = { beat, at, text, context, score: scoreReply(context) };
  if (mood !== undefined) t.mood = mood;
  if (reputation !== undefined) t.reputation = reputation;
  return t;
};

describe('scoreSession', () => {
  const turns = [
    turn('open', 0, '', { elapsedMinutes: 30 }, -3, 0),
    turn('chase', 45, "I'm so sorry for the wait. I'll refund you today and get back to you by 5 pm. — Mei", { elapsedMinutes: 45 }, -1, 1),
    turn('after', 120, "We will send you a new one and it will arrive tomorrow, guaranteed. I can't promise a call though.", { elapsedMinutes: 90 }, 1, 2),
  ];
  const s = scoreSession(turns);

  it('totals verdicts per rule and averages the turn scores', () => {
    expect(s.turns).toBe(3);
    expect(s.rules['engage-wisely']).toEqual({ pass: 2, fail: 1, 'n/a': 0 });
    expect(s.rules['under-promise'].fail).toBe(1);
    const mean = Math.round(turns.reduce((a, t) => a + t.score.score, 0) / 3);
    expect(s.overall).toBe(mean);
  });

  it('measures time to first reply and each reply against its target', () => {
    expect(s.timeToFirstReply).toBe(45);
    expect(s.timings.map((t) => t.onTime)).toEqual([false, true, false]);
    expect(s.timings[2]).toMatchObject({ elapsedMinutes: 90, targetMinutes: 60 });
  });

  it('keeps mood and reputation trajectories', () => {
    expect(s.mood).toEqual([-3, -1, 1]);
    expect(s.reputation).toEqual([0, 1, 2]);
  });

  it('records promises with their turn and whether they were realistic', () => {
    const summary = s.commitments.map((c) => `${c.turn}:${c.kind}:${c.nature}:${c.realistic}`);
    expect(summary).toEqual(['1:refund:effort:true', '1:report-back:effort:true', '2:replacement:guarantee:false']);
    const refund = s.commitments[0]!;
    expect(turns[1]!.text.slice(refund.start, refund.end)).toBe(refund.quote);
  });

  it('treats an empty session as perfect and with no first reply', () => {
    const e = scoreSession([]);
    expect(e.overall).toBe(100);
    expect(e.timeToFirstReply).toBeNull();
  });
});
