import type { ReplyContext, ScoreFn } from '../scoring/contract.ts';
import { beatCustomerText, replyContext } from '../play/session.ts';
import { diagnostic, type Diagnostic } from './diagnostics.ts';
import type { Expectations, Scenario, Span } from './model.ts';

/** A reply on which the author pinned verdicts: an option, or a golden example. */
export interface PinnedReply {
  /** The reply in its beat's context, with no clock (so `respond-fast` is not judged). */
  context: ReplyContext;
  expect: Expectations;
  span: Span;
  /** How a diagnostic names it ("This reply", "This example"). */
  what: string;
}

/** Every option and golden example of a scenario that pins at least one verdict, ready to grade. */
export function pinnedReplies(scenario: Scenario): PinnedReply[] {
  const out: PinnedReply[] = [];
  for (const beat of scenario.beats) {
    const customer = beatCustomerText(beat);
    const replies = [
      ...beat.choices.map((c) => ({ text: c.text, channel: c.channel, expect: c.expect, span: c.span, what: c.silent ? 'This "No reply" option' : 'This reply' })),
      ...beat.examples.map((e) => ({ text: e.text, channel: beat.channel, expect: e.expect, span: e.span, what: 'This example' })),
    ];
    for (const r of replies) {
      if (Object.keys(r.expect).length === 0) continue;
      out.push({ context: replyContext(scenario, beat, r.text, r.channel, undefined, customer), expect: r.expect, span: r.span, what: r.what });
    }
  }
  return out;
}

/**
 * Run the scorer over every pinned option and golden example of a scenario and report where it
 * disagrees with the author (`expect_mismatch`). The trainer's expectations become tests.
 */
export function checkExpectations(scenario: Scenario, score: ScoreFn): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const { context, expect, span, what } of pinnedReplies(scenario)) {
    const result = score(context);
    for (const [rule, verdict] of Object.entries(expect)) {
      const got = result.rules[rule as keyof typeof result.rules];
      if (got === verdict) continue;
      const evidence = result.findings.find((f) => f.rule === rule);
      const quote = evidence && evidence.start !== null && evidence.end !== null ? ` (on “${context.text.slice(evidence.start, evidence.end)}”)` : '';
      out.push(diagnostic('expect_mismatch', scenario.file, span, `${what} pins \`${rule}=${verdict}\` but the scorer says \`${got}\`${quote}.`));
    }
  }
  return out;
}
