import { describe, expect, it } from 'vitest';
import { CATALOGUE, formatDiagnostic, loadScenario, type DiagnosticCode } from '../../../src/lib/scenario/index.ts';
import { checkExpectations } from '../../../src/lib/scenario/check-expectations.ts';
import { MAX_FILE_BYTES } from '../../../src/lib/scenario/parse.ts';
import { fakeScore, goodSource } from './helpers.ts';

/** Marks the exact place a diagnostic must point at, inside each case's source. */
const MARK = '‸';

interface Case {
  code: DiagnosticCode;
  /** Build the broken source from the good fixture; the marker shows where the diagnostic must start. */
  source: (good: string) => string;
}

const swap = (find: string, replace: string) => (good: string) => {
  if (!good.includes(find)) throw new Error(`fixture text not found: ${find}`);
  return good.replace(find, replace);
};

const CASES: Case[] = [
  { code: 'file_too_large', source: () => MARK + 'x'.repeat(MAX_FILE_BYTES + 1) },
  { code: 'file_too_deep', source: (g) => `${g}\n${MARK}${'>'.repeat(40)} deep\n` },
  { code: 'frontmatter_missing', source: (g) => MARK + g.slice(4) },
  { code: 'frontmatter_unclosed', source: (g) => MARK + g.replace('version: 1\n---\n', 'version: 1\n') },
  { code: 'yaml_syntax', source: swap('title: A parcel that never came', `title: ${MARK}"A parcel that never came`) },
  { code: 'meta_missing', source: (g) => MARK + g.replace('title: A parcel that never came\n', '') },
  { code: 'meta_invalid', source: swap('difficulty: 2', `difficulty: ${MARK}7`) },
  { code: 'meta_unknown', source: swap('platform: feed', `platform: feed\n${MARK}colour: blue`) },
  { code: 'lang_unknown', source: swap('lang: en', `lang: ${MARK}fr`) },
  { code: 'persona_unknown', source: swap('persona: angry', `persona: ${MARK}furious`) },
  { code: 'category_unknown', source: swap('category: logistics', `category: ${MARK}shipping`) },
  { code: 'rule_unknown', source: swap('objectives: [empathy, take-private]', `objectives: [empathy, ${MARK}take-privat]`) },
  {
    code: 'briefing_missing',
    source: swap("---\n\n# Briefing\n\nRobin's parcel shows as delivered. It is not there.\n\n## opening", `---\n${MARK}\n## opening`),
  },
  { code: 'heading_unexpected', source: swap('## opening', `${MARK}# Notes\n\nFor trainers.\n\n## opening`) },
  { code: 'content_outside_beat', source: swap('---\n\n# Briefing', `---\n\n${MARK}Stray text.\n\n# Briefing`) },
  { code: 'beats_missing', source: (g) => MARK + g.slice(0, g.indexOf('## opening')) },
  { code: 'beat_id_invalid', source: swap('## opening', `## ${MARK}Opening Post`) },
  { code: 'beat_duplicate', source: swap('## lost\noutcome: lost', `## ${MARK}resolved\noutcome: lost`) },
  {
    code: 'beat_unreachable',
    source: swap('## resolved', `## ${MARK}orphan\n\n### Reply → resolved\n> Fine.\n\nfeedback: a\n\n### Reply → lost\n> No.\n\nfeedback: b\n\n## resolved`),
  },
  {
    code: 'beat_dead_end',
    source: (g) => swap('### Reply → pile-on', '### Reply → limbo')(g).replace('## resolved', `## ${MARK}limbo\n\n@customer: Hello?\n\n## resolved`),
  },
  { code: 'start_unknown', source: swap('version: 1\n', `version: 1\nstart: ${MARK}openning\n`) },
  { code: 'ending_unreachable', source: (g) => `${g}\n## ${MARK}forgotten\noutcome: lost\n\nNobody comes here.\n` },
  { code: 'ending_has_options', source: swap('## lost\noutcome: lost', `## ${MARK}lost\noutcome: lost\nafter: 5m → resolved`) },
  { code: 'endings_missing', source: (g) => MARK + g.replace(/\noutcome: \w+\n/g, '\n') },
  { code: 'outcome_unknown', source: swap('outcome: resolved', `outcome: ${MARK}solved`) },
  { code: 'key_unknown', source: swap('context: sensitive', `${MARK}contxt: sensitive`) },
  { code: 'key_duplicate', source: swap('### Example', `${MARK}### Free text\n- otherwise → lost\n\n### Example`) },
  { code: 'message_speaker_unknown', source: swap('@customer: Tracking', `${MARK}@custmer: Tracking`) },
  { code: 'message_syntax', source: swap('@onlooker(Sam) +5m:', `@onlooker(Sam) +5m ${MARK}loudly:`) },
  { code: 'customer_unknown', source: swap('@customer +2m: Still nothing.', `${MARK}@customer(ken) +2m: Still nothing.`) },
  { code: 'message_empty', source: swap('@customer +2m: Still nothing. Nobody answers.', `${MARK}@customer +2m:`) },
  { code: 'context_syntax', source: swap('context: sensitive', `context: ${MARK}senstive`) },
  { code: 'channel_unknown', source: swap('channel: private', `channel: ${MARK}secret`) },
  { code: 'number_invalid', source: swap('@onlooker(Sam) +5m:', `@onlooker(Sam) ${MARK}+5x:`) },
  { code: 'timer_syntax', source: swap('after: 30m → second-post', `after: ${MARK}30m second-post`) },
  { code: 'timer_duplicate', source: swap('after: 30m → second-post', `after: 30m → second-post\nafter: ${MARK}30m → pile-on`) },
  { code: 'condition_syntax', source: swap('when: reputation < 10', `when: reputation <${MARK}< 10`) },
  { code: 'condition_verdict_misplaced', source: swap('when: reputation < 10', `when: ${MARK}empathy=pass`) },
  { code: 'variable_unknown', source: swap('when: reputation < 10', `when: ${MARK}reptation < 10`) },
  { code: 'variable_type', source: swap('effects: mood +20, refundOffered = true', `effects: ${MARK}mood +20, refundOffered +1`) },
  { code: 'effect_syntax', source: swap('effects: mood +20, refundOffered = true', `effects: mood +20, ${MARK}refundOffered yes`) },
  { code: 'expect_syntax', source: swap('expect: empathy=pass, take-private=pass', `expect: empathy=pass, ${MARK}take-private`) },
  { code: 'target_missing', source: swap('### Reply → private\n> Robin, I', `### Reply → ${MARK}privte\n> Robin, I`) },
  { code: 'target_syntax', source: swap('### Reply → second-post\n> The courier', `${MARK}### Reply\n> The courier`) },
  { code: 'option_unknown', source: swap('### No reply → second-post', `${MARK}### Maybe → second-post`) },
  { code: 'option_outside_beat', source: swap('It is not there.\n', `It is not there.\n\n${MARK}### Reply → opening\n> Hi\n`) },
  {
    code: 'choice_text_missing',
    source: swap('### Reply → second-post\n> The courier marked it delivered, so please check with your neighbours.\n', `${MARK}### Reply → second-post\n`),
  },
  { code: 'choice_feedback_missing', source: swap('### Reply → pile-on\n> As we said, the courier delivered it.\n\neffects: reputation -20\nfeedback: Arguing in public.', `${MARK}### Reply → pile-on\n> As we said, the courier delivered it.\n\neffects: reputation -20`) },
  {
    code: 'choice_too_few',
    source: swap('### Reply → lost\n> Please wait for the investigation to complete.\n\neffects: mood -20\nfeedback: No next step, no empathy.\n', '').bind(null) as never,
  },
  { code: 'silence_has_text', source: swap('### No reply → second-post\n', `### No reply → second-post\n${MARK}> Hmm.\n`) },
  { code: 'freetext_fallback_missing', source: swap('### Free text\n- empathy=pass and take-private=pass → private | mood +15\n- otherwise → second-post | strikes +1', `${MARK}### Free text\n- empathy=pass and take-private=pass → private | mood +15`) },
  { code: 'freetext_rule_syntax', source: swap('- empathy=pass and take-private=pass → private', `${MARK}- empathy=pass and take-private=pass private`) },
  { code: 'freetext_unreachable_rule', source: swap('- otherwise → second-post | strikes +1', `- otherwise → second-post | strikes +1\n${MARK}- score > 50 → private`) },
  { code: 'example_text_missing', source: swap('### Example\n> We\'ll send a voucher if you delete this post.\n', `${MARK}### Example\n`) },
  { code: 'example_expect_missing', source: swap("### Example\n> We'll send a voucher if you delete this post.\n\nexpect: no-review-incentive=fail", `${MARK}### Example\n> We'll send a voucher if you delete this post.`) },
  { code: 'expect_mismatch', source: swap('### Reply → second-post\n> The courier marked it delivered, so please check with your neighbours.\n\neffects: mood -15, reputation -10, strikes +1\nfeedback: Blaming the courier and the customer.', `${MARK}### Reply → second-post\n> The courier marked it delivered, so please check with your neighbours.\n\neffects: mood -15, reputation -10, strikes +1\nfeedback: Blaming the courier and the customer.\nexpect: empathy=pass`) },
];

// choice_too_few's marker sits on the beat heading, which the swap above does not touch.
CASES.find((c) => c.code === 'choice_too_few')!.source = (g) =>
  swap('### Reply → lost\n> Please wait for the investigation to complete.\n\neffects: mood -20\nfeedback: No next step, no empathy.\n', '')(g).replace('## private', `## ${MARK}private`);

function position(source: string): { line: number; column: number } {
  const at = source.indexOf(MARK);
  const before = source.slice(0, at);
  const line = before.split('\n').length;
  return { line, column: at - before.lastIndexOf('\n') };
}

describe('diagnostics', () => {
  it('the good fixture loads with no diagnostics', () => {
    const result = loadScenario(goodSource(), 'good.md');
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('every catalogue code has a case below', () => {
    expect(new Set(CASES.map((c) => c.code))).toEqual(new Set(Object.keys(CATALOGUE)));
  });

  for (const c of CASES) {
    it(`reports ${c.code} at its exact line and column`, () => {
      const marked = c.source(goodSource());
      expect(marked.split(MARK)).toHaveLength(2);
      const source = marked.replace(MARK, '');
      const loaded = loadScenario(source, 'case.md');
      const all = loaded.ok ? [...loaded.diagnostics, ...checkExpectations(loaded.scenario, fakeScore)] : loaded.diagnostics;
      const found = all.filter((d) => d.code === c.code);
      expect(found.map(formatDiagnostic), all.map(formatDiagnostic).join('\n')).not.toEqual([]);
      const { line, column } = position(marked);
      expect(found.map((d) => `${d.start.line}:${d.start.column}`)).toContain(`${line}:${column}`);
      for (const d of found) {
        expect(d.severity).toBe(CATALOGUE[c.code].severity);
        expect(d.file).toBe('case.md');
        expect(d.message).toMatch(/[.?]$/);
      }
    });
  }

  it('formats diagnostics as file:line:col severity code message', () => {
    const loaded = loadScenario(goodSource().replace('### Reply → private\n> Robin, I', '### Reply → calm\n> Robin, I'), 'scenarios/en/x.md');
    expect(loaded.ok).toBe(false);
    const line = formatDiagnostic(loaded.diagnostics.find((d) => d.code === 'target_missing')!);
    expect(line).toMatch(/^scenarios\/en\/x\.md:\d+:\d+ error target_missing No beat `calm`\./);
  });

  it('suggests the closest beat id for a missing target', () => {
    const loaded = loadScenario(goodSource().replace('### Reply → private\n> Robin, I', '### Reply → privat\n> Robin, I'), 'x.md');
    const d = loaded.diagnostics.find((x) => x.code === 'target_missing')!;
    expect(d.hint).toBe('Did you mean `private`?');
  });

  it('reports every problem of a file in one pass', () => {
    const broken = goodSource()
      .replace('lang: en', 'lang: fr')
      .replace('### Reply → private\n> Robin, I', '### Reply → nowhere\n> Robin, I')
      .replace('after: 30m → second-post', 'after: soon → second-post');
    const codes = loadScenario(broken, 'x.md').diagnostics.map((d) => d.code);
    expect(codes).toEqual(expect.arrayContaining(['lang_unknown', 'target_missing', 'timer_syntax']));
  });
});

describe('room for crisis drills', () => {
  it('accepts several customers on one timeline, each named in messages', () => {
    const drill = goodSource()
      .replace(/customer:\n  name: Robin Hale\n  handle: robinh\n  avatar: RH\n  mood: 30\n/, 'customers:\n  robin: { name: Robin Hale, handle: robinh, avatar: RH, mood: 30 }\n  ken: { name: Ken Ito, handle: kenito, avatar: KI, mood: 40 }\n')
      .replace('@onlooker(Sam) +5m: Happened to me too last month.', '@customer(ken) +5m: Same here, order from Tuesday.');
    const loaded = loadScenario(drill, 'drill.md');
    expect(loaded.diagnostics.map(formatDiagnostic)).toEqual([]);
    if (!loaded.ok) return;
    expect(Object.keys(loaded.scenario.meta.customers)).toEqual(['robin', 'ken']);
    expect(loaded.scenario.meta.customer.name).toBe('Robin Hale');
    expect(loaded.scenario.beats[0]!.messages[1]).toMatchObject({ speaker: 'customer', name: 'ken', delay: 5 });
  });
});
