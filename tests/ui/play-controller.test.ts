// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { PlayController } from '../../src/ui/player/play-controller.svelte.ts';
import { scoreReply } from '../../src/lib/scoring/score-reply.ts';
import { replaySession } from '../../src/lib/play/session.ts';
import { parcelScenario } from './fixture-session.ts';

const make = (over: Partial<ConstructorParameters<typeof PlayController>[0]> = {}) => {
  const onsave = vi.fn();
  const play = new PlayController({ scenario: parcelScenario(), score: scoreReply, mode: 'practice', uiLang: 'en', speed: 1, onsave, ...over });
  return { play, onsave };
};

describe('PlayController', () => {
  it('turns real seconds into simulated minutes at the chosen speed, and stops when paused', () => {
    const { play } = make({ speed: 2 });
    play.tick(0);
    play.tick(1500); // 1.5 s at 2 min/s
    expect(play.view.clock).toBe(3);
    play.togglePause();
    play.tick(10_000);
    expect(play.view.clock).toBe(3);
    play.togglePause();
    play.tick(10_400); // resumed: only the time since counts
    expect(play.view.clock).toBe(3);
    play.tick(10_900);
    expect(play.view.clock).toBe(4);
  });

  it('coaches after a practice reply, saves right after the paint, and stops the clock until the trainee continues', async () => {
    const { play, onsave } = make();
    play.tick(0);
    play.choose(1);
    expect(play.coaching?.reply?.choice).toBe(1);
    await vi.waitFor(() => expect(onsave).toHaveBeenCalled());
    expect(onsave.mock.calls.at(-1)![0]).toEqual([{ type: 'choose', index: 1, at: 0 }]);
    const clock = play.view.clock;
    play.tick(5000);
    expect(play.view.clock).toBe(clock);
    play.continue();
    expect(play.coaching).toBeNull();
  });

  it('tries a beat again from the same moment, with the same transcript and mood', () => {
    const { play } = make();
    play.wait(7);
    const before = play.view;
    play.choose(1);
    expect(play.view.beat.id).toBe('pile-on');
    play.retry();
    expect(play.coaching).toBeNull();
    expect(play.view.beat.id).toBe('opening');
    expect(play.view.clock).toBe(7);
    expect(play.view.mood).toBe(before.mood);
    expect(play.view.transcript.map((t) => t.text)).toEqual(before.transcript.map((t) => t.text));
    expect(play.session.steps().some((s) => s.type === 'choose')).toBe(false);
  });

  it('resumes from saved steps paused, exactly where the session was', () => {
    const first = make({ mode: 'assessment' });
    first.play.wait(4);
    first.play.choose(0);
    first.play.wait(1);
    const steps = [...first.play.session.steps()];
    const { play } = make({ mode: 'assessment', steps });
    expect(play.paused).toBe(true);
    expect(play.partial).toBe(false);
    expect(play.view.clock).toBe(first.play.view.clock);
    expect(play.view.beat.id).toBe('private-talk');
    expect(play.view.transcript).toEqual(replaySession(parcelScenario(), steps, { score: scoreReply, uiLang: 'en' }).session.view().transcript);
    expect(play.coaching).toBeNull();
  });

  it('skips to the next scheduled message', () => {
    const { play } = make();
    play.skipToNext();
    expect(play.view.clock).toBe(4);
    expect(play.view.transcript.at(-1)?.name).toBe('Jamie');
  });
});
