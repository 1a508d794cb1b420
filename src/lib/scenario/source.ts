import type { Point, Span } from './model.ts';

/**
 * A source text with an offset → line/column index. Line endings are normalised to
 * `\n` first (so CRLF files report the same lines); a BOM is dropped.
 */
export class SourceText {
  readonly text: string;
  private readonly lineStarts: number[];

  constructor(raw: string) {
    this.text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
    this.lineStarts = [0];
    for (let i = this.text.indexOf('\n'); i !== -1; i = this.text.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
  }

  /** The point at an offset (clamped to the text). O(log lines). */
  point(offset: number): Point {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: o - this.lineStarts[lo]! + 1, offset: o };
  }

  span(start: number, end: number = start): Span {
    return { start: this.point(start), end: this.point(Math.max(start, end)) };
  }

  /** The span of the line that holds `offset`, without its newline. */
  lineSpan(offset: number): Span {
    const p = this.point(offset);
    const start = this.lineStarts[p.line - 1]!;
    const next = this.lineStarts[p.line];
    return this.span(start, next === undefined ? this.text.length : next - 1);
  }
}
