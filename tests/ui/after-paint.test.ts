import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterNextPaint, idleAfterNextPaint } from '../../src/ui/shared/after-paint.ts';

/** A browser's frame and idle queues, run by hand. */
function fakeBrowser() {
  const frames: (() => void)[] = [];
  const idles: (() => void)[] = [];
  vi.stubGlobal('requestAnimationFrame', (fn: () => void) => frames.push(fn));
  vi.stubGlobal('cancelAnimationFrame', (id: number) => (frames[id - 1] = () => {}));
  vi.stubGlobal('requestIdleCallback', (fn: () => void) => idles.push(fn));
  vi.stubGlobal('cancelIdleCallback', (id: number) => (idles[id - 1] = () => {}));
  return {
    /** Run the frame callbacks queued so far (the frame is painted right after them). */
    frame: () => frames.splice(0).forEach((fn) => fn()),
    idle: () => idles.splice(0).forEach((fn) => fn()),
    idles,
  };
}

describe('afterNextPaint', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }));
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('runs only in a task after the next frame, not in the frame callback itself', () => {
    const browser = fakeBrowser();
    const fn = vi.fn();
    afterNextPaint(fn);
    vi.runAllTimers();
    expect(fn).not.toHaveBeenCalled();
    browser.frame();
    expect(fn).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(fn).toHaveBeenCalledOnce();
  });

  it('does not run once cancelled, before or after the frame', () => {
    const browser = fakeBrowser();
    const early = vi.fn();
    const late = vi.fn();
    afterNextPaint(early)();
    const cancelLate = afterNextPaint(late);
    browser.frame();
    cancelLate();
    vi.runAllTimers();
    expect(early).not.toHaveBeenCalled();
    expect(late).not.toHaveBeenCalled();
  });

  it('waits for an idle moment after the paint, and can be cancelled while it waits', () => {
    const browser = fakeBrowser();
    const fn = vi.fn();
    const kept = vi.fn();
    const cancel = idleAfterNextPaint(fn);
    idleAfterNextPaint(kept);
    browser.frame();
    vi.runAllTimers();
    expect(browser.idles).toHaveLength(2);
    expect(fn).not.toHaveBeenCalled();
    cancel();
    browser.idle();
    expect(fn).not.toHaveBeenCalled();
    expect(kept).toHaveBeenCalledOnce();
  });

  it('falls back to a timeout after the paint where there is no idle callback', () => {
    const browser = fakeBrowser();
    vi.stubGlobal('requestIdleCallback', undefined);
    const fn = vi.fn();
    idleAfterNextPaint(fn, 200);
    browser.frame();
    vi.advanceTimersByTime(199);
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(fn).toHaveBeenCalledOnce();
  });
});
