import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { gradeChoices } from '../../../src/build/grade-choices.ts';
import { readLibrary } from '../../../src/build/scenarios-plugin.ts';
import { createChoiceScorer, decodeVerdicts, encodeVerdicts, gradeKey, scoreGradedChoice, type ScenarioGrades } from '../../../src/lib/play/graded-choices.ts';
import { createSession, replyContext } from '../../../src/lib/play/session.ts';
import { loadScenario, type Scenario } from '../../../src/lib/scenario/index.ts';
import { LANGS, RULE_IDS, type ReplyScore } from '../../../src/lib/scoring/contract.ts';
import { scoreReply } from '../../../src/lib/scoring/score-reply.ts';

const load = (file: string, source: string): Scenario => {
  const r = loadScenario(source, file);
  if (!r.ok) throw new Error(`${file} does not load`);
  return r.scenario;
};
const library = readLibrary(new URL('../../../', import.meta.url).pathname, 'scenarios').map((f) => load(f.file, f.source));
const parcelFile = 'tests/fixtures/e2e-scenarios/en/late-parcel.md';
const parcel = load(parcelFile, readFileSync(parcelFile, 'utf8'));

/** As the page gets them: through JSON. */
const shipped = (s: Scenario): ScenarioGrades => JSON.parse(JSON.stringify(gradeChoices(s))) as ScenarioGrades;
const unused = () => {
  throw new Error('an authored option went to the free-text scorer');
};

describe('grades of authored options', () => {
  it('encodes verdicts one letter per rule and back', () => {
    const rules = Object.fromEntries(RULE_IDS.map((id, i) => [id, (['pass', 'fail', 'n/a'] as const)[i % 3]!])) as ReplyScore['rules'];
    const letters = encodeVerdicts(rules);
    expect(letters).toHaveLength(RULE_IDS.length);
    expect(decodeVerdicts(letters)).toEqual(rules);
  });

  it('give exactly the full scorer’s result for every option of the library, at any response time, in every UI language', () => {
    expect(library.length).toBeGreaterThan(20);
    let compared = 0;
    for (const scenario of library) {
      const score = createChoiceScorer(scenario, shipped(scenario), { freeText: unused });
      for (const beat of scenario.beats) {
        for (const choice of beat.choices) {
          for (const elapsed of [0, 1.5, beat.targetMinutes, beat.targetMinutes + 1, 3 * beat.targetMinutes]) {
            const context = replyContext(scenario, beat, choice.text, choice.channel, elapsed, undefined);
            for (const uiLang of LANGS) {
              expect(score(context, { uiLang }), `${scenario.file} ${beat.id} #${choice.index} at ${elapsed} min in ${uiLang}`).toEqual(scoreReply(context, { uiLang }));
              compared++;
            }
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it('leave respond-fast out when no response time is given, as the scorer does', () => {
    const beat = parcel.beatIndex.opening!;
    const grades = shipped(parcel);
    const context = { ...replyContext(parcel, beat, beat.choices[0]!.text, 'public', 0, undefined) };
    delete context.elapsedMinutes;
    const graded = scoreGradedChoice(grades.opening![0]!, context, 'en');
    expect(graded.rules['respond-fast']).toBe('n/a');
    expect(graded).toEqual(scoreReply(context));
  });

  it('judge a silent option late as well as early: silence always fails respond-fast', () => {
    const beat = parcel.beatIndex.opening!;
    const silent = beat.choices.find((c) => c.silent)!;
    const score = createChoiceScorer(parcel, shipped(parcel), { freeText: unused });
    for (const elapsed of [0, 100]) {
      const r = score(replyContext(parcel, beat, silent.text, silent.channel, elapsed, undefined), { uiLang: 'ja' });
      expect(r.rules['respond-fast']).toBe('fail');
      expect(r.findings.at(-1)).toMatchObject({ rule: 'respond-fast', verdict: 'fail', start: null });
      expect(r.findings.at(-1)!.message).toContain(String(beat.targetMinutes));
    }
  });

  it('send typed replies, and anything that is not an authored option, to the free-text scorer', () => {
    const freeText = vi.fn(scoreReply);
    const score = createChoiceScorer(parcel, shipped(parcel), { freeText });
    const beat = parcel.beatIndex.opening!;
    score(replyContext(parcel, beat, beat.choices[1]!.text, 'public', 3, undefined), { uiLang: 'en' });
    expect(freeText).not.toHaveBeenCalled();
    const typed = replyContext(parcel, beat, 'So sorry, Dana. DM me and I will refund the shipping today. — Sam', 'public', 3, undefined);
    expect(score(typed, { uiLang: 'en' })).toEqual(scoreReply(typed, { uiLang: 'en' }));
    // The same words in another context (a private channel) are not the authored option either.
    score(replyContext(parcel, beat, beat.choices[1]!.text, 'private', 3, undefined), { uiLang: 'en' });
    expect(freeText).toHaveBeenCalledTimes(2);
  });

  it('ignore the customer message and the reply id when matching an option', () => {
    const beat = parcel.beatIndex.opening!;
    const a = replyContext(parcel, beat, beat.choices[0]!.text, 'public', 5, undefined);
    expect(gradeKey({ ...a, customer: 'something else', id: 'x' })).toBe(gradeKey(a));
    expect(gradeKey({ ...a, sensitive: !beat.context.sensitive })).not.toBe(gradeKey(a));
  });

  it('play a session to the same transcript, scores and pinned verdicts as the full scorer', () => {
    const steps = (s: ReturnType<typeof createSession>) => {
      s.advance(4);
      s.choose(1);
      s.advance(31);
      s.choose(0);
      s.advance(2);
      s.choose(0);
      return s.view();
    };
    const graded = steps(createSession(parcel, { score: createChoiceScorer(parcel, shipped(parcel), { freeText: unused }), uiLang: 'zh-TW' }));
    const full = steps(createSession(parcel, { score: scoreReply, uiLang: 'zh-TW' }));
    expect(graded.outcome).toBe(full.outcome);
    expect(graded.transcript.map((t) => t.reply?.result)).toEqual(full.transcript.map((t) => t.reply?.result));
  });
});
