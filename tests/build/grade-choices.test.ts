import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { gradeChoices, gradeContext } from '../../src/build/grade-choices.ts';
import { compileLibrary } from '../../src/build/compile-library.ts';
import { scenarioModule } from '../../src/build/scenarios-plugin.ts';
import { gradedMessage } from '../../src/lib/play/graded-choices.ts';
import { LANGS } from '../../src/lib/scoring/contract.ts';
import { scoreReply } from '../../src/lib/scoring/score-reply.ts';

const parcelFile = 'tests/fixtures/e2e-scenarios/en/late-parcel.md';
const fixture = { file: parcelFile, source: readFileSync(parcelFile, 'utf8') };

describe('gradeChoices', () => {
  it('grades every authored option of every beat, in the order of the beat’s options', () => {
    const { scenario } = compileLibrary([fixture]).chunks.get(parcelFile)!;
    const grades = gradeChoices(scenario);
    expect(Object.keys(grades).sort()).toEqual(scenario.beats.filter((b) => b.choices.length > 0).map((b) => b.id).sort());
    for (const beat of scenario.beats) if (beat.choices.length > 0) expect(grades[beat.id]).toHaveLength(beat.choices.length);
    // "the delay was caused by our courier partner … post your order number here"
    const blame = grades.opening![1]!;
    expect(blame.findings.find((f) => f.rule === 'no-blame-shifting')).toMatchObject({ verdict: 'fail', reason: 'fail-other' });
    expect(blame.findings.find((f) => f.rule === 'protect-privacy')?.verdict).toBe('fail');
    // The response time is judged at play time.
    expect(blame.findings.some((f) => f.rule === 'respond-fast')).toBe(false);
  });

  it('stores a message as its reason code and values, which word it as the scorer does in every UI language', () => {
    const context = { lang: 'en' as const, persona: 'angry' as const, channel: 'public' as const, text: 'We are sorry.', crisis: true };
    const grade = gradeContext(context);
    const threeC = grade.findings.find((f) => f.rule === 'three-c')!;
    expect(threeC).toMatchObject({ verdict: 'fail', reason: 'fail', vars: { missing: 'clarify,course' } });
    expect(threeC.messages).toBeUndefined();
    for (const uiLang of LANGS) {
      const expected = scoreReply({ ...context, elapsedMinutes: 0 }, { uiLang }).findings.find((f) => f.rule === 'three-c')!.message;
      expect(gradedMessage(threeC, uiLang)).toBe(expected);
    }
  });
});

describe('scenarioModule', () => {
  it('ships the scenario, its HTML and its grades without source positions, and rebuilds the beat index', async () => {
    const chunk = compileLibrary([fixture]).chunks.get(parcelFile)!;
    const code = scenarioModule(chunk);
    expect(code).not.toMatch(/"line":\s*\d/);
    const mod = (await import(`data:text/javascript,${encodeURIComponent(code)}`)) as { default: typeof chunk };
    const data = mod.default;
    expect(data.grades).toEqual(JSON.parse(JSON.stringify(chunk.grades)));
    expect(data.html).toEqual(chunk.html);
    expect(Object.keys(data.scenario.beatIndex)).toEqual(chunk.scenario.beats.map((b) => b.id));
    expect(data.scenario.beatIndex.opening!.choices[0]!.text).toBe(chunk.scenario.beatIndex.opening!.choices[0]!.text);
    expect(data.scenario.beatIndex.opening!.span).toEqual({ start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } });
    expect(data.scenario.beats.every((b) => b.examples.length === 0)).toBe(true);
  });
});
