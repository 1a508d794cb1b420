import { describe, expect, it } from 'vitest';
import { loadScenario, type Scenario } from '../../../src/lib/scenario/index.ts';
import { beatCustomerText, createSession, lastCustomerText, replaySession, replyContext } from '../../../src/lib/play/session.ts';
import { fakeScore, goodSource } from '../scenario/helpers.ts';

function scenario(source = goodSource()): Scenario {
  const loaded = loadScenario(source, 'good.md');
  if (!loaded.ok) throw new Error(loaded.diagnostics.map((d) => d.message).join('\n'));
  return loaded.scenario;
}

describe('play session', () => {
  it('starts at the first beat with the customer post and schedules onlookers on the clock', () => {
    const s = createSession(scenario(), { score: fakeScore });
    const v = s.view();
    expect(v.status).toBe('playing');
    expect(v.beat.id).toBe('opening');
    expect(v.transcript.map((t) => t.text)).toEqual(['Tracking says delivered. My porch says otherwise. Great job @parcelpine']);
    expect(v.nextMessageAt).toBe(5);
    expect(v.nextTimerAt).toBe(30);
    expect(v.mood).toBe(30);
    s.advance(5);
    expect(s.view().transcript.map((t) => t.name)).toEqual([undefined, 'Sam']);
  });

  it('applies a choice: effects, transcript record with verdicts, next beat', () => {
    const s = createSession(scenario(), { score: fakeScore });
    s.advance(12);
    const r = s.choose(0);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.kind).toBe('reply');
    expect(r.value.at).toBe(12);
    expect(r.value.reply?.elapsedMinutes).toBe(12);
    expect(r.value.reply?.result.rules.empathy).toBe('pass');
    expect(r.value.reply?.context).toMatchObject({ lang: 'en', persona: 'angry', channel: 'public', sensitive: true, targetMinutes: 60 });
    const v = s.view();
    expect(v.beat.id).toBe('private');
    expect(v.mood).toBe(50);
    expect(v.vars.refundOffered).toBe(true);
  });

  it('refuses an unknown option and leaves the session unchanged', () => {
    const s = createSession(scenario(), { score: fakeScore });
    const r = s.choose(9);
    expect(r).toMatchObject({ ok: false, error: { code: 'choice_unknown' } });
    expect(s.view().beat.id).toBe('opening');
    expect(s.steps()).toEqual([]);
  });

  it('fires timers at their own time as the clock advances, chaining beat to beat', () => {
    const s = createSession(scenario(), { score: fakeScore });
    s.advance(120);
    const v = s.view();
    expect(v.status).toBe('ended');
    expect(v.outcome).toBe('viral');
    const timers = v.transcript.filter((t) => t.kind === 'timer').map((t) => t.at);
    // opening times out at 30, second-post (entered at 30) times out 20 minutes later.
    expect(timers).toEqual([30, 50]);
    expect(v.transcript.find((t) => t.kind === 'ending')?.at).toBe(50);
  });

  it('drops messages a beat had not yet shown when the trainee moves on', () => {
    const s = createSession(scenario(), { score: fakeScore });
    s.choose(0); // at minute 0, before Sam's +5m comment
    s.advance(10);
    expect(s.view().transcript.some((t) => t.name === 'Sam')).toBe(false);
  });

  it('routes a typed reply by the verdict rules', () => {
    const good = createSession(scenario(), { score: fakeScore });
    good.reply("I'm sorry Robin, please DM me");
    expect(good.view().beat.id).toBe('private');
    expect(good.view().mood).toBe(45);
    // The record keeps the branch it took, parsed, for the coaching panel to tell in words.
    const typed = good.view().transcript.find((t) => t.reply)!.reply!;
    expect(typed.feedback).toBe('empathy=pass and take-private=pass');
    expect(typed.branch).toMatchObject({ kind: 'and', left: { kind: 'verdict', rule: 'empathy', verdict: 'pass' } });
    const bad = createSession(scenario(), { score: fakeScore });
    bad.reply('Check with your neighbours.');
    expect(bad.view().beat.id).toBe('second-post');
    expect(bad.view().vars.strikes).toBe(1);
    expect(bad.view().transcript.find((t) => t.reply)!.reply!.branch).toBeNull();
  });

  it('checks conditions when variables change', () => {
    const s = createSession(scenario(), { score: fakeScore, vars: { reputation: 15 } });
    s.choose(1); // reputation -10 → 5, then second-post; the `when` lives in opening, so nothing fires yet
    expect(s.view().beat.id).toBe('second-post');
    const t = createSession(scenario(), { score: fakeScore, vars: { reputation: 5 } });
    expect(t.view().outcome).toBe('viral');
  });

  it('starts at any beat with preset variables', () => {
    const s = createSession(scenario(), { score: fakeScore, startAt: 'private', vars: { mood: 80 } });
    expect(s.view().beat.id).toBe('private');
    expect(s.view().mood).toBe(80);
  });

  it('replays saved steps to the same transcript, clock and variables', () => {
    const sc = scenario();
    const s = createSession(sc, { score: fakeScore });
    s.advance(7);
    s.reply('Sorry! DM us please');
    s.advance(3);
    s.choose(0);
    const { session, applied } = replaySession(sc, s.steps(), { score: fakeScore });
    expect(applied).toBe(s.steps().length);
    expect(session.view().clock).toBe(s.view().clock);
    expect(session.view().transcript).toEqual(s.view().transcript);
    expect(session.view().vars).toEqual(s.view().vars);
  });

  it('refuses moves after the ending', () => {
    const s = createSession(scenario(), { score: fakeScore, startAt: 'lost' });
    expect(s.view().status).toBe('ended');
    expect(s.choose(0)).toMatchObject({ ok: false, error: { code: 'session_ended' } });
  });
});

describe('pinned verdicts', () => {
  it('override the scorer, cite the author, and re-weigh the score with the playbook weights', async () => {
    const { withPins } = await import('../../../src/lib/play/session.ts');
    const { weightedScore } = await import('../../../src/lib/scoring/playbook.ts');
    const base = fakeScore({ lang: 'en', persona: 'angry', channel: 'public', text: 'Sorry, please DM us' });
    expect(base.rules.empathy).toBe('pass');
    const pinned = withPins(base, { empathy: 'fail' });
    expect(pinned.rules.empathy).toBe('fail');
    expect(pinned.findings.find((f) => f.rule === 'empathy')).toMatchObject({ verdict: 'fail', evidence: 'author', start: null });
    expect(pinned.score).toBe(weightedScore(pinned.rules));
    expect(pinned.score).toBeLessThan(100);
    // Pins that agree change nothing.
    expect(withPins(base, { empathy: 'pass' })).toBe(base);
  });
});

describe('reply context', () => {
  it('answers the latest customer message: the transcript in play, the beat outside it', () => {
    const sc = scenario();
    const beat = sc.beatIndex['opening']!;
    expect(beatCustomerText(beat)).toBe('Tracking says delivered. My porch says otherwise. Great job @parcelpine');
    const s = createSession(sc, { score: fakeScore });
    s.advance(12);
    s.choose(0);
    const transcript = s.view().transcript;
    expect(lastCustomerText(transcript)).toBe(beatCustomerText(beat));
    expect(lastCustomerText([])).toBeUndefined();
    const c = replyContext(sc, beat, 'Sorry, Dana.', 'public', undefined, lastCustomerText(transcript));
    expect(c).toMatchObject({ lang: 'en', persona: 'angry', channel: 'public', text: 'Sorry, Dana.', customer: beatCustomerText(beat) });
    expect('elapsedMinutes' in c).toBe(false);
    expect('customer' in replyContext(sc, beat, 'x', 'public', 3, undefined)).toBe(false);
  });
});
