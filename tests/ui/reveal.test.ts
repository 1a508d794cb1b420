import { describe, expect, it } from 'vitest';
import { REVEAL_GAP, revealOffset } from '../../src/ui/player/reveal.ts';

// A sticky bar from 8 to 138 px, in a window 1000 px high.
const bar = { bottom: 138, height: 130, viewport: 1000 };
const offset = (turns: { seq: number; top: number }[], after: number, b = bar): number => revealOffset(turns, after, b.bottom, b.height, b.viewport);

describe('revealOffset', () => {
  it('scrolls up to the first new message when it starts under the sticky bar', () => {
    const turns = [{ seq: 1, top: -400 }, { seq: 2, top: 60 }, { seq: 3, top: 300 }];
    expect(offset(turns, 1)).toBe(60 - 138 - REVEAL_GAP);
  });
  it('scrolls down to the first new message when it starts below the window', () => {
    const turns = [{ seq: 1, top: 200 }, { seq: 4, top: 1200 }, { seq: 5, top: 1400 }];
    expect(offset(turns, 1)).toBe(1200 - 138 - REVEAL_GAP);
  });
  it('leaves the page alone when the first new message already shows', () => {
    expect(offset([{ seq: 1, top: 150 }, { seq: 2, top: 500 }], 1)).toBe(0);
  });
  it('picks the earliest new turn by number, whatever the order on the page (thread, then private messages)', () => {
    const turns = [{ seq: 2, top: 400 }, { seq: 7, top: 20 }, { seq: 5, top: 90 }];
    expect(offset(turns, 4)).toBe(90 - 138 - REVEAL_GAP);
  });
  it('keeps the newest turn in sight when nothing is new', () => {
    expect(offset([{ seq: 1, top: -300 }, { seq: 2, top: 40 }], 2)).toBe(40 - 138 - REVEAL_GAP);
  });
  it('does nothing without layout or without turns', () => {
    expect(offset([{ seq: 1, top: 0 }], -1, { bottom: 0, height: 0, viewport: 0 })).toBe(0);
    expect(offset([], -1)).toBe(0);
  });
});
