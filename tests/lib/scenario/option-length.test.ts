import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { collectFiles } from '../../../src/cli/scenario-files.ts';
import { loadScenario, type Scenario } from '../../../src/lib/scenario/index.ts';
import { replyContext } from '../../../src/lib/play/session.ts';
import { scoreReply } from '../../../src/lib/scoring/score-reply.ts';
import { LANGS } from '../../../src/lib/scoring/contract.ts';

/**
 * Options must not be guessable by length: across a language's library, the best-graded reply at a
 * decision should not simply be the longest one. With three to five options, chance alone makes the
 * longest reply the best at a quarter to a third of decisions; the library must stay under half.
 */
const MAX_SHARE = 0.5;

export interface LengthBias {
  decisions: number;
  bestIsLongest: string[];
}

export function lengthBias(scenarios: Scenario[]): LengthBias {
  const out: LengthBias = { decisions: 0, bestIsLongest: [] };
  for (const s of scenarios)
    for (const beat of s.beats) {
      const replies = beat.choices.filter((c) => !c.silent);
      if (replies.length < 3) continue;
      const graded = replies.map((c) => ({ c, len: [...c.text].length, score: scoreReply(replyContext(s, beat, c.text, c.channel, 0, undefined)).score }));
      const best = Math.max(...graded.map((g) => g.score));
      const longest = Math.max(...graded.map((g) => g.len));
      out.decisions++;
      if (graded.some((g) => g.score === best && g.len === longest)) out.bestIsLongest.push(`${s.file}#${beat.id}`);
    }
  return out;
}

const scenarios = collectFiles(['scenarios'])
  .files.map((f) => loadScenario(readFileSync(f, 'utf8'), f))
  .flatMap((r) => (r.ok ? [r.scenario] : []));

describe('option lengths give nothing away', () => {
  for (const lang of LANGS) {
    it(`in ${lang}, the best reply is the longest at under half of the decisions`, () => {
      const bias = lengthBias(scenarios.filter((s) => s.meta.lang === lang));
      expect(bias.decisions).toBeGreaterThan(0);
      const share = bias.bestIsLongest.length / bias.decisions;
      expect(share, `${bias.bestIsLongest.length}/${bias.decisions}: ${bias.bestIsLongest.join(', ')}`).toBeLessThanOrEqual(MAX_SHARE);
    });
  }
});
