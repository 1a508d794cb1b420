/**
 * Run `fn` once the browser has painted the next frame: a task queued from a frame callback
 * runs after that frame is on screen. Work started here cannot delay what the trainee sees
 * first. Returns a function that cancels it if it has not run yet.
 */
export function afterNextPaint(fn: () => void): () => void {
  let cancelled = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = () => {
    timer = setTimeout(() => {
      if (!cancelled) fn();
    }, 0);
  };
  const frame = typeof requestAnimationFrame === 'function' ? requestAnimationFrame(run) : (run(), undefined);
  return () => {
    cancelled = true;
    if (frame !== undefined && typeof cancelAnimationFrame === 'function') cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
  };
}

/**
 * Run `fn` when the browser is next idle after the next frame is painted (`requestIdleCallback`,
 * or a short timeout where it is missing). Returns a function that cancels it if it has not run yet.
 */
export function idleAfterNextPaint(fn: () => void, fallbackMs = 200): () => void {
  let cancelIdle: () => void = () => {};
  const cancelPaint = afterNextPaint(() => {
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback(() => fn());
      cancelIdle = () => cancelIdleCallback(handle);
    } else {
      const handle = setTimeout(fn, fallbackMs);
      cancelIdle = () => clearTimeout(handle);
    }
  });
  return () => {
    cancelPaint();
    cancelIdle();
  };
}
