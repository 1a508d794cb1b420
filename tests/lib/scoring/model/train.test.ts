import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { chooseOverCue, chooseSettings, f1, jointWins, logCountRatios, trainRule, DEFAULT_TRAIN, OFF, type Example, type Judged } from '../../../../src/lib/scoring/model/train.ts';
import { combined, compileModel, Reading } from '../../../../src/lib/scoring/model/reading.ts';

/** Replies where "as I said" (and only it) marks a fault, in several surroundings. */
const EXAMPLES: Example[] = ['the parcel', 'your order', 'the refund', 'the booking', 'our app', 'the table', 'the invoice', 'the cake'].flatMap((thing, i) => [
  { text: `As I said, ${thing} left on time ${i}.`, fail: true },
  { text: `Like I said before, ${thing} is fine.`, fail: true },
  { text: `Thanks for telling us about ${thing}, I'll check it now.`, fail: false },
  { text: `Sorry about ${thing}. We'll sort it today.`, fail: false },
  { text: `I've looked into ${thing} for you.`, fail: false },
]);

describe('trainRule', () => {
  it('learns which n-grams mark a fault, and the model it gives reads new replies that way', () => {
    const m = trainRule(EXAMPLES);
    expect(m.grams.get(' sai')).toBeGreaterThan(0);
    expect(m.grams.get('than')).toBeLessThan(0);
    const c = compileModel({ lang: 'en', rules: { 'no-arguing': { bias: m.bias, failAbove: 0.5, passBelow: null, minClauses: 1, grams: Object.fromEntries(m.grams) } } });
    expect(new Reading(c, 'As I said, the lamp was packed well.').probability('no-arguing')).toBeGreaterThan(0.5);
    expect(new Reading(c, 'Thanks, I will check the lamp now.').probability('no-arguing')).toBeLessThan(0.5);
  });

  it('learns from the grams given beside a reply as from its own, and a reading weighs them only when given', () => {
    // Half the replies fail, told apart by nothing in their words: only by the grams beside them.
    const beside = [0, 1, 2, 3, 4, 5, 6, 7].flatMap((i) =>
      [0, 1, 2, 3, 4].map((k): Example => ({ text: `Sorry, we will look at it ${(i + k) % 5}.`, fail: k < 2, extras: [k < 2 ? '\u0003no-arguing=fail' : '\u0003no-arguing=pass'] })),
    );
    const m = trainRule(beside);
    expect(m.grams.get('\u0003no-arguing=fail')).toBeGreaterThan(0);
    expect(m.grams.get('\u0003no-arguing=pass')).toBeLessThan(0);
    const c = compileModel({ lang: 'en', rules: { 'calm-tone': { bias: m.bias, failAbove: 0.5, passBelow: null, minClauses: 1, grams: Object.fromEntries(m.grams) } } });
    const text = 'Sorry, we will look at it 2.';
    expect(new Reading(c, text, { verdicts: ['\u0003no-arguing=fail'] }).probability('calm-tone')).toBeGreaterThan(0.5);
    expect(new Reading(c, text, { verdicts: ['\u0003no-arguing=pass'] }).probability('calm-tone')).toBeLessThan(0.5);
  });

  it('is deterministic, and keeps no more n-grams than asked', () => {
    const a = trainRule(EXAMPLES, { ...DEFAULT_TRAIN, keep: 40 });
    const b = trainRule(EXAMPLES, { ...DEFAULT_TRAIN, keep: 40 });
    expect([...a.grams]).toEqual([...b.grams]);
    expect(a.bias).toBe(b.bias);
    expect(a.grams.size).toBeLessThanOrEqual(40);
    for (const w of a.grams.values()) expect(Number.isInteger(w)).toBe(true);
  });

  it('ignores n-grams seen in fewer replies than `minCount`', () => {
    // "me 0" occurs in one reply only ("… left on time 0.").
    // (Without the Naive Bayes scaling, which all but silences a gram seen once.)
    expect(trainRule(EXAMPLES, { ...DEFAULT_TRAIN, nb: null, minCount: 2, keep: 1e6 }).grams.has('me 0')).toBe(false);
    expect(trainRule(EXAMPLES, { ...DEFAULT_TRAIN, nb: null, minCount: 1, keep: 1e6 }).grams.has('me 0')).toBe(true);
  });

  it('scales each n-gram by its log-count ratio, so one seen as often in faults as in passes weighs nothing', () => {
    // Gram 0 only in faults, gram 1 only in passes, gram 2 in one of each; two replies a class.
    const r = logCountRatios([[0, 2], [0], [1, 2], [1]], [1, 1, 0, 0], 3, 1);
    expect(r[0]).toBeCloseTo(Math.log(3 / 6 / (1 / 6)));
    expect(r[1]).toBeCloseTo(-r[0]!);
    expect(r[2]).toBeCloseTo(0);
    // A gram as common in faults as in passes ("the") gets no weight; the marker of the fault keeps its sign.
    const even: Example[] = EXAMPLES.map((e) => ({ ...e, text: `${e.text} the` }));
    const m = trainRule(even, { ...DEFAULT_TRAIN, minCount: 1, keep: 1e6 });
    expect(m.grams.get(' sai')).toBeGreaterThan(0);
    expect(Math.abs(m.grams.get('the ') ?? 0)).toBeLessThan(m.grams.get(' sai')!);
  });
});

describe('combined', () => {
  const settings = fc.record({
    failAbove: fc.option(fc.double({ min: 0, max: 1, noNaN: true })),
    passBelow: fc.option(fc.double({ min: 0, max: 1, noNaN: true })),
    minClauses: fc.integer({ min: 1, max: 4 }),
  });

  it('keeps the tables’ verdict where they saw a cue (unless `overCue` says otherwise), where the reading is closed, and where the settings never overrule', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.double({ min: 0, max: 1, noNaN: true }), settings, settings, (tablesFail, p, s, cue) => {
        expect(combined(tablesFail, { fail: p, pass: p }, s, 'cue')).toBe(tablesFail);
        expect(combined(tablesFail, { fail: p, pass: p }, { ...s, overCue: cue }, 'closed')).toBe(tablesFail);
        expect(combined(tablesFail, { fail: p, pass: p }, OFF)).toBe(tablesFail);
        // … and on replies shorter than the settings read.
        expect(combined(tablesFail, { fail: p, pass: p }, s, 'silent', s.minClauses - 1)).toBe(tablesFail);
        expect(combined(tablesFail, { fail: p, pass: p }, { ...s, overCue: cue }, 'cue', cue.minClauses - 1)).toBe(tablesFail);
        // Over a cue, the cue's thresholds alone decide, as the silent ones do where the tables are silent.
        expect(combined(tablesFail, { fail: p, pass: p }, { ...s, overCue: cue }, 'cue')).toBe(combined(tablesFail, { fail: p, pass: p }, cue, 'silent'));
      }),
    );
  });

  it('fails at or above `failAbove` and passes below `passBelow`', () => {
    const s = { failAbove: 0.8, passBelow: 0.1, minClauses: 1 };
    const at = (p: number) => ({ fail: p, pass: p });
    expect(combined(false, at(0.8), s)).toBe(true);
    expect(combined(false, at(0.79), s)).toBe(false);
    expect(combined(true, at(0.09), s)).toBe(false);
    expect(combined(true, at(0.1), s)).toBe(true);
    // Each direction reads its own sureness.
    expect(combined(false, { fail: 0.5, pass: 0.99 }, s)).toBe(false);
    expect(combined(true, { fail: 0.99, pass: 0.05 }, s)).toBe(true);
  });
});

describe('chooseSettings', () => {
  const judged = (rows: Array<[tablesFail: boolean, p: number, fail: boolean, shown?: boolean, clauses?: number]>): Judged[] =>
    rows.map(([tablesFail, p, fail, shown = false, clauses = 4]) => ({ tablesFail, sure: { fail: p, pass: p }, fail, where: shown ? 'cue' : 'silent', clauses }));

  it('lets the reading catch confident misses when that beats the tables by the margin', () => {
    const rows = judged([
      [true, 0.2, true],
      [false, 0.97, true], // a miss the reading is sure of
      [false, 0.93, true], // and one it is fairly sure of
      [false, 0.75, false], // a pass it is unsure of
      [false, 0.1, false],
      [false, 0.2, false],
    ]);
    const c = chooseSettings(rows, 0.02);
    expect(c.settings).toEqual({ failAbove: 0.9, passBelow: null, minClauses: 4 });
    expect(c.tables).toBeCloseTo(f1([true, false, false, false, false, false], [true, true, true, false, false, false]));
    expect(c.f1).toBe(1);
  });

  it('stays silent when the reading does not beat the tables by the margin', () => {
    const rows = judged([
      [true, 0.99, true],
      [false, 0.1, false],
      [false, 0.97, true],
      [false, 0.96, false],
    ]);
    expect(chooseSettings(rows, 0.5).settings).toEqual(OFF);
  });

  it('never counts on overruling what the tables saw', () => {
    const rows = judged([
      [false, 0.99, true, true],
      [true, 0.01, false, true],
      [true, 0.5, true],
      [false, 0.1, false],
    ]);
    expect(chooseSettings(rows, 0).settings).toEqual(OFF);
  });

  it('reads shorter replies only where that pays, and the longest gate on a tie', () => {
    const long = judged([
      [true, 0.2, true],
      [false, 0.97, true, false, 4],
      [false, 0.1, false],
    ]);
    // Nothing more to catch in short replies: the four-clause gate stands.
    expect(chooseSettings([...long, ...judged([[false, 0.1, false, false, 1]])], 0.02).settings.minClauses).toBe(4);
    // A confident miss two clauses long, and one a clause long.
    const two = judged([[false, 0.97, true, false, 2]]);
    const one = judged([[false, 0.97, true, false, 1]]);
    expect(chooseSettings([...long, ...two], 0.02).settings).toEqual({ failAbove: 0.95, passBelow: null, minClauses: 2 });
    expect(chooseSettings([...long, ...two, ...one], 0.02).settings).toEqual({ failAbove: 0.95, passBelow: null, minClauses: 1 });
  });

  it('lets a fault it adds be wrong three times in ten at most', () => {
    const base = judged([
      [true, 0.2, true],
      [false, 0.1, false],
    ]);
    const adds = (right: number, wrong: number) => [
      ...judged(Array.from({ length: right }, () => [false, 0.97, true] as [boolean, number, boolean])),
      ...judged(Array.from({ length: wrong }, () => [false, 0.97, false] as [boolean, number, boolean])),
    ];
    expect(chooseSettings([...base, ...adds(7, 3)], 0.02).settings.failAbove).toBe(0.95);
    expect(chooseSettings([...base, ...adds(6, 4)], 0.02).settings).toEqual(OFF);
  });

  it('turns no settled reply wrong, though it may set one right', () => {
    const rows = judged([
      [true, 0.2, true],
      [false, 0.97, true, false, 1],
      [false, 0.96, true, false, 4],
      [false, 0.1, false],
    ]);
    expect(chooseSettings(rows, 0.02).settings).toEqual({ failAbove: 0.95, passBelow: null, minClauses: 1 });
    // A settled one-clause pass the reading is sure is a fault keeps the reading to longer replies…
    const settledPass = judged([[false, 0.99, false, false, 1]]);
    expect(chooseSettings(rows, 0.02, settledPass).settings).toEqual({ failAbove: 0.95, passBelow: null, minClauses: 4 });
    // … and one it would set right does not.
    const settledFail = judged([[false, 0.99, true, false, 1]]);
    expect(chooseSettings(rows, 0.02, settledFail).settings).toEqual({ failAbove: 0.95, passBelow: null, minClauses: 1 });
  });
});

describe('chooseOverCue', () => {
  const row = (tablesFail: boolean, p: number, fail: boolean, where: Judged['where'] = 'cue', clauses = 4): Judged => ({ tablesFail, sure: { fail: p, pass: p }, fail, where, clauses });
  const silent = [row(true, 0.5, true, 'silent'), row(false, 0.5, false, 'silent'), row(false, 0.5, true, 'silent')];

  it('lets a sure reading overrule cues where that beats the settings without it by the margin', () => {
    const rows = [...silent, row(true, 0.01, false), row(true, 0.01, false), row(true, 0.3, true), row(false, 0.99, true)];
    const c = chooseOverCue(rows, OFF, 0.01);
    expect(c.settings.overCue).toEqual({ failAbove: 0.98, passBelow: 0.02, minClauses: 4 });
    expect(c.f1).toBe(f1([true, false, false, false, false, true, true], rows.map((r) => r.fail)));
    expect(c.without).toBeLessThan(c.f1);
    // The silent settings it was given are kept as they were.
    const base = { failAbove: 0.9, passBelow: null, minClauses: 2 };
    expect(chooseOverCue(rows, base, 0.01).settings).toMatchObject(base);
  });

  it('never overrules a cue on a reading on the fence, nor one right less than four times in five', () => {
    expect(chooseOverCue([...silent, row(true, 0.55, false), row(false, 0.75, true)], OFF, 0).settings).toEqual(OFF);
    expect(chooseOverCue([...silent, row(true, 0.45, false), row(false, 0.85, true)], OFF, 0).settings.overCue).toEqual({ failAbove: 0.8, passBelow: 0.5, minClauses: 4 });
    const rows = (right: number, wrong: number) => [
      ...silent,
      row(true, 0.5, true),
      ...Array.from({ length: right }, () => row(true, 0.01, false)),
      ...Array.from({ length: wrong }, () => row(true, 0.01, true)),
    ];
    expect(chooseOverCue(rows(8, 2), OFF, 0.01).settings.overCue?.passBelow).toBe(0.02);
    expect(chooseOverCue(rows(7, 3), OFF, 0.01).settings).toEqual(OFF);
  });

  it('reads nothing where the reading is closed, and turns no settled reply wrong', () => {
    expect(chooseOverCue([...silent, row(true, 0.01, false, 'closed'), row(true, 0.01, false, 'closed')], OFF, 0).settings).toEqual(OFF);
    const rows = [...silent, row(true, 0.01, false), row(true, 0.01, false), row(true, 0.01, false, 'cue', 1)];
    expect(chooseOverCue(rows, OFF, 0.01).settings.overCue?.minClauses).toBe(1);
    expect(chooseOverCue(rows, OFF, 0.01, [row(true, 0.01, true, 'cue', 2)]).settings.overCue?.minClauses).toBe(4);
  });
});

describe('jointWins', () => {
  const tables = { pooled: 0.78, crossChecked: 0.78 };
  it('keeps a joint choice that beats the tables by the margin and what was kept', () => {
    expect(jointWins({ pooled: 0.846, crossChecked: 0.835 }, tables, { pooled: 0.819, crossChecked: 0.81 }, 0.02)).toBe(true);
  });

  it('refuses one short of the margin over the tables, pooled or cross-checked', () => {
    expect(jointWins({ pooled: 0.795, crossChecked: 0.83 }, tables, { pooled: 0.78, crossChecked: 0.78 }, 0.02)).toBe(false);
    expect(jointWins({ pooled: 0.85, crossChecked: 0.79 }, tables, { pooled: 0.78, crossChecked: 0.78 }, 0.02)).toBe(false);
  });

  it('refuses one no better than what was kept, or worse cross-checked', () => {
    expect(jointWins({ pooled: 0.82, crossChecked: 0.83 }, tables, { pooled: 0.82, crossChecked: 0.8 }, 0.02)).toBe(false);
    expect(jointWins({ pooled: 0.85, crossChecked: 0.8 }, tables, { pooled: 0.82, crossChecked: 0.81 }, 0.02)).toBe(false);
  });

  it('does without the cross-check where there is one validation part', () => {
    expect(jointWins({ pooled: 0.85 }, { pooled: 0.78 }, { pooled: 0.8 }, 0.02)).toBe(true);
  });
});
