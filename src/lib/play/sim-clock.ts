/**
 * A simulated clock for XState's scheduler (`createActor(machine, { clock })`). Unlike
 * xstate's SimulatedClock, `advanceTo` fires timeouts one at a time at their own due
 * time, so a timer that starts when an earlier one fires is measured from that moment.
 * Times are in milliseconds.
 */
export class SimClock {
  private time = 0;
  private nextId = 1;
  private readonly timeouts = new Map<number, { due: number; fn: () => void; order: number }>();

  now(): number {
    return this.time;
  }

  setTimeout(fn: (...args: unknown[]) => void, ms: number): number {
    const id = this.nextId++;
    this.timeouts.set(id, { due: this.time + ms, fn, order: id });
    return id;
  }

  clearTimeout(id: unknown): void {
    this.timeouts.delete(id as number);
  }

  /** When the next timeout is due, or null when none is pending. */
  nextDue(): number | null {
    let best: number | null = null;
    for (const t of this.timeouts.values()) if (best === null || t.due < best) best = t.due;
    return best;
  }

  /** Move time forward to `target`, firing due timeouts in order, each at its own time. */
  advanceTo(target: number): void {
    for (;;) {
      let nextId: number | undefined;
      let next: { due: number; fn: () => void; order: number } | undefined;
      for (const [id, t] of this.timeouts)
        if (t.due <= target && (!next || t.due < next.due || (t.due === next.due && t.order < next.order))) {
          next = t;
          nextId = id;
        }
      if (!next || nextId === undefined) break;
      this.timeouts.delete(nextId);
      this.time = Math.max(this.time, next.due);
      next.fn();
    }
    this.time = Math.max(this.time, target);
  }
}
