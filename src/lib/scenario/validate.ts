import { closest, diagnostic, type Diagnostic } from './diagnostics.ts';
import { conditionVariables } from './expressions.ts';
import type { Beat, Condition, Effect, Scenario, Span, Value } from './model.ts';
import { effectSpans, explicitChannel, type BeatDraft, type ParsedFile } from './parse.ts';

/** Built-in variables every condition may read. `score` is added in free-text rules. */
const BUILT_IN: Record<string, 'number'> = { mood: 'number', reputation: 'number', clock: 'number' };

/**
 * Check a parsed file as a whole (targets, reachability, variables) and build the
 * scenario when the file has no errors. Pure; reports every problem it finds.
 */
export function validate(parsed: ParsedFile): { scenario?: Scenario; diagnostics: Diagnostic[] } {
  const { file, meta } = parsed;
  const diagnostics: Diagnostic[] = [...parsed.diagnostics];
  const report = (d: Diagnostic) => diagnostics.push(d);
  const top = parsed.source.span(0);

  if (parsed.beats.length === 0) {
    if (!diagnostics.some((d) => d.code === 'file_too_large' || d.code === 'file_too_deep' || d.code === 'frontmatter_unclosed'))
      report(diagnostic('beats_missing', file, top, 'The scenario has no beats.'));
    return { diagnostics: sortDiagnostics(diagnostics) };
  }

  // Ids.
  const index = new Map<string, BeatDraft>();
  for (const beat of parsed.beats) {
    const first = index.get(beat.id);
    if (first) report(diagnostic('beat_duplicate', file, beat.span, `The beat id \`${beat.id}\` is used twice (first at line ${first.span.start.line}).`));
    else index.set(beat.id, beat);
  }

  // Arrows.
  for (const beat of parsed.beats) {
    for (const { target, span } of beat.targetSpans) {
      if (!index.has(target)) {
        const guess = closest(target, index.keys());
        report(diagnostic('target_missing', file, span, `No beat \`${target}\`.`, guess ? `Did you mean \`${guess}\`?` : undefined));
      }
    }
  }
  let start = parsed.beats[0]!.id;
  if (meta?.start) {
    if (index.has(meta.start)) start = meta.start;
    else {
      const guess = closest(meta.start, index.keys());
      report(diagnostic('start_unknown', file, meta.startSpan ?? top, `No beat \`${meta.start}\` to start at.`, guess ? `Did you mean \`${guess}\`?` : undefined));
    }
  }

  // Shape of each beat.
  const endings = parsed.beats.filter((b) => b.outcome !== undefined);
  if (endings.length === 0) report(diagnostic('endings_missing', file, top, 'The scenario has no ending.'));
  for (const beat of parsed.beats) {
    const hasWayOut = beat.choices.length > 0 || beat.freeText.length > 0 || beat.timers.length > 0;
    if (beat.outcome !== undefined) {
      if (hasWayOut || beat.jumps.length > 0)
        report(diagnostic('ending_has_options', file, beat.span, `The ending \`${beat.id}\` also has replies, timers or conditions.`));
    } else if (!hasWayOut) {
      report(diagnostic('beat_dead_end', file, beat.span, `The beat \`${beat.id}\` has no way out and is not an ending.`));
    } else if (beat.choices.filter((c) => !c.silent).length === 1 && beat.freeText.length === 0 && beat.choices.length < 2) {
      report(diagnostic('choice_too_few', file, beat.span, `The beat \`${beat.id}\` offers a single reply.`));
    }
  }

  // Reachability from the start.
  const reached = new Set<string>([start]);
  const queue = [start];
  while (queue.length > 0) {
    const beat = index.get(queue.pop()!);
    if (!beat) continue;
    for (const { target } of beat.targetSpans)
      if (index.has(target) && !reached.has(target)) {
        reached.add(target);
        queue.push(target);
      }
  }
  for (const beat of index.values()) {
    if (reached.has(beat.id)) continue;
    if (beat.outcome !== undefined) report(diagnostic('ending_unreachable', file, beat.span, `No path from \`${start}\` reaches the ending \`${beat.id}\`.`));
    else report(diagnostic('beat_unreachable', file, beat.span, `No path from \`${start}\` reaches the beat \`${beat.id}\`.`));
  }

  // Drill customers: `@customer(id)` names one declared under `customers:`.
  if (meta) {
    for (const beat of parsed.beats)
      for (const m of beat.messages)
        if (m.speaker === 'customer' && m.name !== undefined && !(m.name in meta.customers)) {
          const guess = closest(m.name, Object.keys(meta.customers));
          report(diagnostic('customer_unknown', file, m.span, `No customer \`${m.name}\` is declared.`, guess ? `Did you mean \`${guess}\`?` : undefined));
        }
  }

  // Variables.
  if (meta) {
    const declared: Record<string, Value> = { ...meta.variables };
    const checkVars = (cond: Condition, span: Span, extra: string[] = []) => {
      for (const name of conditionVariables(cond)) {
        if (name in BUILT_IN || name in declared || extra.includes(name)) continue;
        const guess = closest(name, [...Object.keys(BUILT_IN), ...Object.keys(declared), ...extra]);
        report(diagnostic('variable_unknown', file, span, `The variable \`${name}\` is not declared.`, guess ? `Did you mean \`${guess}\`?` : undefined));
      }
    };
    const checkEffects = (effects: Effect[], fallback: Span) => {
      for (const e of effects) {
        const span = effectSpans.get(e) ?? fallback;
        if (e.variable === 'clock' || e.variable === 'score') {
          report(diagnostic('variable_type', file, span, `\`${e.variable}\` cannot be changed by an effect.`));
          continue;
        }
        const current = e.variable in BUILT_IN ? 0 : declared[e.variable];
        if (current === undefined) {
          const guess = closest(e.variable, [...Object.keys(BUILT_IN), ...Object.keys(declared)]);
          report(diagnostic('variable_unknown', file, span, `The variable \`${e.variable}\` is not declared.`, guess ? `Did you mean \`${guess}\`?` : undefined));
        } else if (typeof current !== typeof e.value) {
          report(diagnostic('variable_type', file, span, `\`${e.variable}\` is a ${typeof current}; this effect gives it a ${typeof e.value}.`));
        }
      }
    };
    for (const beat of parsed.beats) {
      for (const jump of beat.jumps) checkVars(jump.when, jump.span);
      for (const rule of beat.freeText) {
        if (rule.when) checkVars(rule.when, rule.span, ['score']);
        checkEffects(rule.effects, rule.span);
      }
      for (const choice of beat.choices) checkEffects(choice.effects, choice.span);
    }
  }

  const sorted = sortDiagnostics(diagnostics);
  if (!meta || sorted.some((d) => d.severity === 'error')) return { diagnostics: sorted };

  const beats: Beat[] = parsed.beats.map(({ targetSpans: _spans, ...draft }) => {
    const channel = draft.channel ?? 'public';
    return {
      ...draft,
      persona: draft.persona ?? meta.persona,
      channel,
      targetMinutes: draft.targetMinutes ?? meta.targetMinutes,
      debrief: draft.outcome !== undefined ? draft.narration.join('\n\n') : '',
      narration: draft.outcome !== undefined ? [] : draft.narration,
      messages: draft.messages.map((m) => (explicitChannel.has(m) ? m : { ...m, channel })),
      choices: draft.choices.map((c) => (explicitChannel.has(c) ? c : { ...c, channel })),
    };
  });
  const { startSpan: _startSpan, ...rest } = meta;
  const scenario: Scenario = {
    file,
    meta: { ...rest, start },
    briefing: parsed.briefing,
    beats,
    beatIndex: Object.fromEntries(beats.map((b) => [b.id, b])),
  };
  return { scenario, diagnostics: sorted };
}

function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  return [...list].sort((a, b) => a.start.offset - b.start.offset || a.code.localeCompare(b.code));
}
