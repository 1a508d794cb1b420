import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANGS, type RuleId } from '../../src/lib/scoring/contract.ts';
import { MODEL_DIR, modelSource, trainLanguage, VERDICT_MARGIN } from '../../src/cli/train-scorer.ts';
import { PACKS } from '../../src/lib/scoring/detectors/index.ts';
import { isContextGram, isVerdictGram } from '../../src/lib/scoring/model/grams.ts';

describe('train:scorer', () => {
  for (const lang of LANGS) {
    it(`${lang}: the committed reading is what the corpora train now (run \`npm run train:scorer\` after changing a corpus)`, () => {
      const { model, choices } = trainLanguage(lang);
      expect(readFileSync(`${MODEL_DIR}/${lang}.ts`, 'utf8')).toBe(modelSource(model));
      // What the pack ships is that model, and every rule it reads earned its place on the validation parts.
      expect(PACKS[lang].reading).toEqual(model);
      for (const rule of Object.keys(model.rules)) {
        const c = choices.find((x) => x.rule === rule)!;
        if (c.settings.failAbove !== null || c.settings.passBelow !== null) {
          expect(c.validation.combined).toBeGreaterThan(c.validation.tables);
          if (c.crossChecked) expect(c.crossChecked.combined).toBeGreaterThan(c.crossChecked.tables);
        }
        // Overruling the tables' cues earned its place too, over the reading without it.
        if (c.settings.overCue) {
          expect(c.overCue!.with).toBeGreaterThan(c.overCue!.without);
          if (c.overCue!.crossChecked) expect(c.overCue!.crossChecked.with).toBeGreaterThan(c.overCue!.crossChecked.without);
        } else expect(c.settings.failAbove !== null || c.settings.passBelow !== null).toBe(true);
        // A reading that weighs the tables' other verdicts earned that too, over the reading without
        // them; none weighs the tables' verdict on its own rule, on which the tables were fitted.
        const grams = Object.keys(model.rules[rule as RuleId]!.grams);
        const context = grams.filter(isContextGram);
        const weighed = grams.filter(isVerdictGram);
        const { byVerdicts } = c;
        if (c.verdicts) {
          expect(byVerdicts.pooled).toBeGreaterThanOrEqual(c.other!.pooled + VERDICT_MARGIN - 1e-9);
          if (byVerdicts.crossChecked !== undefined) expect(byVerdicts.crossChecked).toBeGreaterThanOrEqual(c.other!.crossChecked! + VERDICT_MARGIN - 1e-9);
          expect(weighed.length).toBeGreaterThan(0);
        } else expect(weighed).toEqual([]);
        expect(weighed.filter((g) => g.startsWith(`\u0003${rule}=`))).toEqual([]);
        // So did one that reads who the reply answers and where, over the same reading without.
        if (c.context) {
          expect(c.final.pooled).toBeGreaterThanOrEqual(byVerdicts.pooled + VERDICT_MARGIN - 1e-9);
          if (c.final.crossChecked !== undefined) expect(c.final.crossChecked).toBeGreaterThanOrEqual(byVerdicts.crossChecked! + VERDICT_MARGIN - 1e-9);
          expect(context.length).toBeGreaterThan(0);
        } else {
          expect(context).toEqual([]);
          expect(c.final).toEqual(byVerdicts);
        }
      }
    }, 180_000);
  }

  it('writes a model as a readable module, heaviest n-grams first, strings escaped', () => {
    const src = modelSource({
      lang: 'ja',
      rules: { 'calm-tone': { bias: -12, failAbove: 0.9, passBelow: null, minClauses: 2, grams: { 'ね、': 5, '"\\\\': 80, 'ょう': -40 } } },
    });
    expect(src).toContain('export const jaReading: ReadingModel = {');
    const lines = src.split('\n');
    const at = (s: string): number => lines.findIndex((l) => l.includes(s));
    expect(at('"\\"\\\\\\\\": 80')).toBeLessThan(at('"ね、": 5'));
    expect(at('"ね、": 5')).toBeLessThan(at('"ょう": -40'));
    expect(src).toContain('failAbove: 0.9,');
    expect(src).toContain('passBelow: null,');
    expect(src).toContain('minClauses: 2,');
    expect(src).not.toContain('overCue');
    const cue = modelSource({ lang: 'en', rules: { 'no-arguing': { bias: 0, failAbove: null, passBelow: null, minClauses: 4, overCue: { failAbove: 0.95, passBelow: 0.02, minClauses: 2 }, grams: { a: 1 } } } });
    expect(cue).toContain('overCue: { failAbove: 0.95, passBelow: 0.02, minClauses: 2 },');
  });
});
