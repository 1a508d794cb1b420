import { describe, expect, it } from 'vitest';
import { createSession } from '../../src/lib/play/session.ts';
import { scoreReply } from '../../src/lib/scoring/score-reply.ts';
import type { AttemptRecord } from '../../src/lib/storage/index.ts';
import { attemptScore, betterReplies, repliesOf, responseTimes, ruleTallies } from '../../src/ui/debrief/summarise.ts';
import { CSV_COLUMNS, EXPORT_FORMAT, attemptToCsv, attemptToJson } from '../../src/ui/debrief/export-attempt.ts';
import { parcelScenario } from './fixture-session.ts';

function playWeakThenStrong() {
  const scenario = parcelScenario();
  const s = createSession(scenario, { score: scoreReply, uiLang: 'en' });
  s.advance(10);
  s.choose(1); // courier blame → pile-on
  s.advance(5);
  s.choose(0); // DM invite → private-talk
  s.advance(2);
  s.choose(0); // refund → resolved
  return { scenario, s, view: s.view() };
}

describe('debrief summaries', () => {
  it('averages reply scores, tallies rules and times replies against their targets', () => {
    const { view } = playWeakThenStrong();
    const replies = repliesOf(view.transcript);
    expect(replies).toHaveLength(3);
    expect(view.outcome).toBe('resolved');
    const mean = Math.round(replies.reduce((n, t) => n + t.reply!.result.score, 0) / 3);
    expect(attemptScore(view.transcript)).toBe(mean);
    const blame = ruleTallies(view.transcript).find((t) => t.rule === 'no-blame-shifting')!;
    expect(blame.fail).toBeGreaterThanOrEqual(1);
    const times = responseTimes(view.transcript);
    // The pile-on beat starts at 10 and its customer posts 3 minutes later: 2 minutes' wait at 15.
    expect(times.map((t) => [t.beat, t.elapsed, t.target, t.late])).toEqual([
      ['opening', 10, 30, false],
      ['pile-on', 2, 30, false],
      ['private-talk', 0, 30, false],
    ]);
    expect(attemptScore([])).toBe(0);
  });

  it('names the stronger authored reply where the trainee did worse', () => {
    const { scenario, view } = playWeakThenStrong();
    const better = betterReplies(scenario, view.transcript, scoreReply, { uiLang: 'en' });
    expect(better[0]!.beat.id).toBe('opening');
    expect(better[0]!.choice.index).toBe(0);
    expect(better[0]!.score).toBeGreaterThan(better[0]!.turn.reply!.result.score);
    expect(better.some((b) => b.beat.id === 'private-talk')).toBe(false);
  });

  it('exports JSON with the steps and graded replies, and CSV one row per reply', () => {
    const { scenario, s, view } = playWeakThenStrong();
    const attempt: AttemptRecord = {
      id: 'e2e-late-parcel-1',
      scenarioId: 'e2e-late-parcel',
      scenarioVersion: 1,
      title: scenario.meta.title,
      lang: 'en',
      mode: 'assessment',
      startedAt: '2025-01-01T00:00:00Z',
      finishedAt: '2025-01-01T00:10:00Z',
      score: attemptScore(view.transcript),
      outcome: view.outcome,
      replies: 3,
      steps: [...s.steps()],
    };
    const json = attemptToJson(scenario, attempt, view.transcript);
    expect(json.format).toBe(EXPORT_FORMAT);
    expect(json.steps).toEqual(s.steps());
    expect(json.transcript.filter((t) => t.reply).map((t) => t.reply!.target)).toEqual(['pile-on', 'private-talk', 'resolved']);
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);

    const csv = attemptToCsv(attempt, view.transcript);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    expect(lines).toHaveLength(4);
    expect(lines[1]).toContain('"Hi Dana, the delay was caused by our courier partner.');
    expect(lines[1]).toMatch(/,pile-on$/);
  });

  it('neutralises spreadsheet formulas in typed replies', () => {
    const scenario = parcelScenario();
    const s = createSession(scenario, { score: scoreReply });
    s.reply('=HYPERLINK("http://x")');
    const csv = attemptToCsv({ id: 'a', scenarioId: 'x', mode: 'practice' } as AttemptRecord, s.view().transcript);
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
  });
});
