import type { Point, Span } from './model.ts';

/**
 * Every problem the linter can report, with its severity and what to do about it.
 * This catalogue is also the trainers' help page (scenarios/README.md is generated from it).
 * Codes are `<subject>_<problem>` and never change once shipped.
 */
export const CATALOGUE = {
  file_too_large: { severity: 'error', help: 'Split the file: even a 1,000-beat scenario stays under 2 MB.' },
  file_too_deep: { severity: 'error', help: 'Flatten the nesting: lists or quotes nested this deep cannot be a scenario.' },
  frontmatter_missing: { severity: 'error', help: 'Start the file with a `---` line, the metadata in YAML, and another `---` line.' },
  frontmatter_unclosed: { severity: 'error', help: 'Close the front matter with a line that holds only `---`.' },
  yaml_syntax: { severity: 'error', help: 'Fix the YAML at the position shown (indentation, a missing colon, an unclosed quote).' },
  meta_missing: { severity: 'error', help: 'Add the required field to the front matter.' },
  meta_invalid: { severity: 'error', help: 'Give the field a value of the kind the guide lists.' },
  meta_unknown: { severity: 'warning', help: 'Remove the field or fix its spelling; unknown fields are ignored.' },
  lang_unknown: { severity: 'error', help: 'Use one of `en`, `zh-TW`, `ja`.' },
  persona_unknown: { severity: 'error', help: 'Use one of `angry`, `vague-rude`, `malicious`, `joking`, `neutral`.' },
  category_unknown: { severity: 'error', help: 'Use one of the six complaint categories.' },
  rule_unknown: { severity: 'error', help: 'Use a rule id of the playbook, such as `empathy` or `take-private`.' },
  briefing_missing: { severity: 'warning', help: 'Add a `# Briefing` section that tells the trainee what happened.' },
  heading_unexpected: { severity: 'warning', help: 'Only `# Briefing`, `## beat-id` and the `###` option headings have a meaning.' },
  content_outside_beat: { severity: 'warning', help: 'Move the text under the briefing or a beat; text elsewhere is ignored.' },
  beats_missing: { severity: 'error', help: 'Add at least one beat (`## beat-id`) and one ending (a beat with `outcome:`).' },
  beat_id_invalid: { severity: 'error', help: 'A beat id is kebab-case: lower-case letters, digits and hyphens.' },
  beat_duplicate: { severity: 'error', help: 'Rename one of the beats: ids must be unique in a file.' },
  beat_unreachable: { severity: 'warning', help: 'Point a reply, timer or condition at this beat, or delete it.' },
  beat_dead_end: { severity: 'error', help: 'Give the beat a reply, a free-text turn or a timer, or make it an ending with `outcome:`.' },
  start_unknown: { severity: 'error', help: 'Set `start` to the id of an existing beat.' },
  ending_unreachable: { severity: 'error', help: 'Lead a reply, timer or condition to this ending, or delete it.' },
  ending_has_options: { severity: 'error', help: 'An ending cannot offer replies or timers: remove them or remove `outcome:`.' },
  endings_missing: { severity: 'error', help: 'Add at least one ending: a beat with `outcome:`.' },
  outcome_unknown: { severity: 'error', help: 'Use one of `resolved`, `delighted`, `defused`, `escalated`, `lost`, `viral`.' },
  key_unknown: { severity: 'warning', help: 'Check the key against the guide; unknown keys are ignored.' },
  key_duplicate: { severity: 'warning', help: 'Give the key once; the last value wins.' },
  message_speaker_unknown: { severity: 'error', help: 'Use `@customer`, `@onlooker(Name)`, `@colleague(Name)`, `@supervisor(Name)` or `@system`.' },
  message_syntax: { severity: 'error', help: 'Write a message as `@speaker +5m private: text`.' },
  customer_unknown: { severity: 'error', help: 'Declare the customer under `customers:` in the front matter, or use `@customer` for the main one.' },
  message_empty: { severity: 'error', help: 'Write the message text after the colon.' },
  context_syntax: { severity: 'error', help: 'List flags: `context: sensitive, needsEscalation, crisis, canGrant=false`.' },
  channel_unknown: { severity: 'error', help: 'Use `public` or `private`.' },
  number_invalid: { severity: 'error', help: 'Give a positive number of minutes.' },
  timer_syntax: { severity: 'error', help: 'Write a timer as `after: 30m → beat-id` (durations like `45m`, `2h`, `1h30m`, `1d`).' },
  timer_duplicate: { severity: 'warning', help: 'Two timers with the same duration: only the first can fire.' },
  condition_syntax: { severity: 'error', help: 'Write a condition such as `mood < 20`, `not refundOffered` or `empathy=pass and score >= 60`.' },
  condition_verdict_misplaced: { severity: 'error', help: 'Verdicts and `score` only exist in free-text rules; use variables in `when:`.' },
  variable_unknown: { severity: 'error', help: 'Declare the variable under `variables:` in the front matter, or use `mood`, `reputation` or `clock`.' },
  variable_type: { severity: 'error', help: 'Numbers take `+n`, `-n` or `= n`; booleans take `= true` or `= false`.' },
  effect_syntax: { severity: 'error', help: 'Write effects as `mood +20, reputation -5, flag = true`.' },
  expect_syntax: { severity: 'error', help: 'Write pinned verdicts as `expect: empathy=pass, take-private=fail`.' },
  target_missing: { severity: 'error', help: 'Point the arrow at an existing beat id.' },
  target_syntax: { severity: 'error', help: 'Write the option as `### Reply → beat-id`.' },
  option_unknown: { severity: 'error', help: 'Use `### Reply → id`, `### No reply → id`, `### Free text` or `### Example`.' },
  option_outside_beat: { severity: 'error', help: 'Put options under a `## beat-id` heading.' },
  choice_text_missing: { severity: 'error', help: 'Quote the reply under the heading as a blockquote (`> …`).' },
  choice_feedback_missing: { severity: 'warning', help: 'Add `feedback:` that names the playbook idea this option shows.' },
  choice_too_few: { severity: 'warning', help: 'Offer at least two replies at a decision so the trainee has a real choice.' },
  silence_has_text: { severity: 'error', help: 'A "No reply" option has no text: remove the quote or make it a `### Reply`.' },
  freetext_fallback_missing: { severity: 'error', help: 'End the free-text rules with `- otherwise → beat-id`.' },
  freetext_rule_syntax: { severity: 'error', help: 'Write each rule as `- condition → beat-id`, optionally `| effects`.' },
  freetext_unreachable_rule: { severity: 'warning', help: 'Rules after `otherwise` never apply: move `otherwise` last.' },
  example_text_missing: { severity: 'error', help: 'Quote the example reply as a blockquote (`> …`).' },
  example_expect_missing: { severity: 'warning', help: 'Add `expect:` with the verdicts the scorer must give.' },
  expect_mismatch: { severity: 'warning', help: 'The scorer disagrees with a pinned verdict: re-check the reply against the playbook, then fix the reply or the pin.' },
} as const satisfies Record<string, { severity: Severity; help: string }>;

export type Severity = 'error' | 'warning';
export type DiagnosticCode = keyof typeof CATALOGUE;

/** A problem in a scenario file, with its place and how to fix it. */
export interface Diagnostic {
  /** Stable code from the catalogue, e.g. `target_missing`. */
  code: DiagnosticCode;
  severity: Severity;
  /** One sentence that says what is wrong (no position inside). */
  message: string;
  /** The file as given to the parser. */
  file: string;
  start: Point;
  end: Point;
  /** How to fix it: a did-you-mean or the catalogue's advice. */
  hint?: string;
}

/** Make a diagnostic with the catalogue's severity and advice. */
export function diagnostic(
  code: DiagnosticCode,
  file: string,
  span: Span,
  message: string,
  hint?: string,
): Diagnostic {
  const entry = CATALOGUE[code];
  return { code, severity: entry.severity, message, file, start: span.start, end: span.end, hint: hint ?? entry.help };
}

/** `file:line:col severity code message` — the format editors and CI read. */
export function formatDiagnostic(d: Diagnostic): string {
  const hint = d.hint ? ` (${d.hint})` : '';
  return `${d.file}:${d.start.line}:${d.start.column} ${d.severity} ${d.code} ${d.message}${hint}`;
}

/** Closest candidate by edit distance, for did-you-mean hints; undefined when nothing is close. */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = editDistance(word, c);
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3) return Math.abs(a.length - b.length);
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
    }
    prev = row;
  }
  return prev[b.length]!;
}
