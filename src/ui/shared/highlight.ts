import type { Finding } from '../../lib/scoring/contract.ts';

/** A run of reply text, with the findings whose evidence covers it. */
export interface Segment {
  text: string;
  start: number;
  findings: Finding[];
  /** `fail` when any covering finding failed, `pass` when all passed, null when none covers it. */
  tone: 'pass' | 'fail' | null;
}

/**
 * Cut a reply into runs at every evidence boundary, so overlapping findings highlight cleanly.
 * Findings without a span (something missing) cover nothing. Pure.
 */
export function segments(text: string, findings: readonly Finding[]): Segment[] {
  const spans = findings.filter((f) => f.start !== null && f.end !== null && f.end > f.start && f.start < text.length);
  const cuts = new Set<number>([0, text.length]);
  for (const f of spans) {
    cuts.add(Math.max(0, f.start!));
    cuts.add(Math.min(text.length, f.end!));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    if (end <= start) continue;
    const covering = spans.filter((f) => f.start! <= start && f.end! >= end);
    const tone = covering.length === 0 ? null : covering.some((f) => f.verdict === 'fail') ? 'fail' : 'pass';
    const prev = out[out.length - 1];
    if (prev && prev.tone === null && tone === null) prev.text += text.slice(start, end);
    else out.push({ text: text.slice(start, end), start, findings: covering, tone });
  }
  return out;
}
