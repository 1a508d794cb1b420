import type { ScoreFn } from '../scoring/contract.ts';
import { beatCustomerText, replyContext } from '../play/session.ts';
import { diagnostic, type Diagnostic } from './diagnostics.ts';
import type { Beat, Expectations, Scenario, Span } from './model.ts';

/**
 * Run the scorer over every pinned option and golden example of a scenario and report where it
 * disagrees with the author (`expect_mismatch`). The trainer's expectations become tests.
 * Replies are graded in their beat's context with no clock (so `respond-fast` is not judged).
 */
export function checkExpectations(scenario: Scenario, score: ScoreFn): Diagnostic[] {
  const out: Diagnostic[] = [];
  const check = (beat: Beat, text: string, channel: Beat['channel'], expect: Expectations, span: Span, what: string) => {
    const pins = Object.entries(expect);
    if (pins.length === 0) return;
    const result = score(replyContext(scenario, beat, text, channel, undefined, beatCustomerText(beat)));
    for (const [rule, verdict] of pins) {
      const got = result.rules[rule as keyof typeof result.rules];
      if (got === verdict) continue;
      const evidence = result.findings.find((f) => f.rule === rule);
      const quote = evidence && evidence.start !== null && evidence.end !== null ? ` (on “${text.slice(evidence.start, evidence.end)}”)` : '';
      out.push(diagnostic('expect_mismatch', scenario.file, span, `${what} pins \`${rule}=${verdict}\` but the scorer says \`${got}\`${quote}.`));
    }
  };
  for (const beat of scenario.beats) {
    for (const c of beat.choices) check(beat, c.text, c.channel, c.expect, c.span, c.silent ? 'This "No reply" option' : 'This reply');
    for (const e of beat.examples) check(beat, e.text, beat.channel, e.expect, e.span, 'This example');
  }
  return out;
}
