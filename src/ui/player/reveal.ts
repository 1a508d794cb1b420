/**
 * Keeping the newest messages in sight when the thread moves on. The clock and meters bar is
 * sticky at the top of the page: after the coaching panel closes (or a reply is posted), the
 * page can sit where the first new message starts under the bar, or below the window. These
 * helpers say how far to scroll so that it starts just below the bar; the player applies it.
 */

/** A message's place in the window, and the first turn number of those that are new. */
export interface TurnBox {
  seq: number;
  top: number;
}

/** The gap kept between the sticky bar and the message brought into view, in CSS pixels. */
export const REVEAL_GAP = 8;

/**
 * How far to scroll (positive: down) so that the first turn after `afterSeq` starts just below
 * the sticky bar, or 0 when it already shows: its top between the bar and `viewportHeight -
 * minVisible`. With no new turn, the last one is the one kept in sight. No layout (a bar of no
 * height, as in a test DOM) means no scrolling.
 */
export function revealOffset(turns: readonly TurnBox[], afterSeq: number, barBottom: number, barHeight: number, viewportHeight: number, minVisible = 80): number {
  if (barHeight <= 0 || turns.length === 0) return 0;
  const fresh = turns.filter((t) => t.seq > afterSeq).sort((a, b) => a.seq - b.seq);
  const target = fresh[0] ?? turns.reduce((a, b) => (b.seq > a.seq ? b : a));
  const clear = barBottom + REVEAL_GAP;
  if (target.top >= clear && target.top <= viewportHeight - minVisible) return 0;
  return target.top - clear;
}
