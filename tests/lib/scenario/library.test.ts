import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario, formatDiagnostic, type Scenario } from '../../../src/lib/scenario/index.ts';
import { createSession, replaySession, type SessionStep } from '../../../src/lib/play/session.ts';
import { fakeScore } from './helpers.ts';
import { checkExpectations } from '../../../src/lib/scenario/check-expectations.ts';
import { scoreReply } from '../../../src/lib/scoring/score-reply.ts';

const ROOT = new URL('../../../scenarios/', import.meta.url).pathname;
const files = readdirSync(ROOT, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.md') && !/(^|\/)(README|CATALOGUE)\.md$/.test(f))
  .sort();

/** Paths played per scenario at most; the shipped library stays well below it. */
const MAX_PATHS = 50_000;

/**
 * Play every simple path a trainee can take — by authored options, by waiting for timers, and (where a
 * beat takes free text) by a reply that falls through to `otherwise` — each in a real session replayed
 * from its steps. A path stops at an ending, or where it comes back to a beat it already passed (a loop,
 * explored from its first visit). Reports the endings and beats reached and every dead end.
 */
function walk(scenario: Scenario): { endings: Set<string>; stuck: string[]; beats: Set<string>; paths: number } {
  const endings = new Set<string>();
  const beats = new Set<string>();
  const stuck: string[] = [];
  let paths = 0;
  const stack: { steps: SessionStep[]; seen: string[] }[] = [{ steps: [], seen: [] }];
  while (stack.length > 0) {
    if (paths >= MAX_PATHS) {
      stuck.push(`more than ${MAX_PATHS} paths: the walk was cut short`);
      break;
    }
    const { steps, seen } = stack.pop()!;
    const view = replaySession(scenario, steps, { score: fakeScore }).session.view();
    beats.add(view.beat.id);
    if (view.status === 'ended') {
      endings.add(view.beat.id);
      paths++;
      continue;
    }
    const here = `${view.beat.id}@${view.clock - view.enteredAt}`;
    if (seen.includes(here)) {
      paths++;
      continue;
    }
    const next: SessionStep[][] = [];
    view.beat.choices.forEach((_, index) => next.push([...steps, { type: 'choose', index, at: view.clock }]));
    if (view.beat.freeText.length > 0) next.push([...steps, { type: 'reply', text: '…', at: view.clock }]);
    if (view.nextTimerAt !== null) next.push([...steps, { type: 'advance', to: view.nextTimerAt }]);
    if (next.length === 0) stuck.push(`dead end at ${view.beat.id} after ${steps.length} moves`);
    for (const n of next) stack.push({ steps: n, seen: [...seen, here] });
  }
  return { endings, stuck, beats, paths };
}

/** Beats from which no ending can be reached along any arrow (a loop with no way out). */
function trapped(scenario: Scenario): string[] {
  const arrows = (id: string) => {
    const b = scenario.beatIndex[id]!;
    return [...b.choices.map((c) => c.target), ...b.freeText.map((r) => r.target), ...b.timers.map((t) => t.target), ...b.jumps.map((j) => j.target)];
  };
  const reaches = new Set(scenario.beats.filter((b) => b.outcome).map((b) => b.id));
  for (let changed = true; changed; ) {
    changed = false;
    for (const b of scenario.beats)
      if (!reaches.has(b.id) && arrows(b.id).some((t) => reaches.has(t))) {
        reaches.add(b.id);
        changed = true;
      }
  }
  return scenario.beats.filter((b) => !reaches.has(b.id)).map((b) => b.id);
}

describe('the shipped scenario library', () => {
  it('has scenarios', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  for (const file of files) {
    describe(file, () => {
      const source = readFileSync(join(ROOT, file), 'utf8');
      const loaded = loadScenario(source, `scenarios/${file}`);

      it('loads without errors or warnings', () => {
        expect(loaded.diagnostics.map(formatDiagnostic)).toEqual([]);
      });

      it('ends in an ending on every path, reaching every ending and every beat', () => {
        if (!loaded.ok) return;
        const { endings, stuck, beats } = walk(loaded.scenario);
        expect(stuck).toEqual([]);
        expect(trapped(loaded.scenario)).toEqual([]);
        const allEndings = loaded.scenario.beats.filter((b) => b.outcome).map((b) => b.id);
        expect([...endings].sort()).toEqual(allEndings.sort());
        expect([...beats].sort()).toEqual(loaded.scenario.beats.map((b) => b.id).sort().filter((id) => beats.has(id) || !loaded.scenario.beatIndex[id]!.freeText.length));
      });

      it('the scorer agrees with every verdict the author pinned, on options and golden examples', () => {
        if (!loaded.ok) return;
        expect(checkExpectations(loaded.scenario, scoreReply).map(formatDiagnostic)).toEqual([]);
      });

      it('starts cleanly from every beat (a trainer testing mid-story)', () => {
        if (!loaded.ok) return;
        for (const beat of loaded.scenario.beats) {
          const s = createSession(loaded.scenario, { score: fakeScore, startAt: beat.id });
          expect(s.view().beat.id === beat.id || beat.jumps.length > 0).toBe(true);
        }
      });
    });
  }
});
