import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { clauseCount, compileModel, clauseSpans, Reading, type ReadingModel } from '../../../../src/lib/scoring/model/reading.ts';
import { readReply, reconsider } from '../../../../src/lib/scoring/model/opinion.ts';
import { gramsOf, wordsOf } from '../../../../src/lib/scoring/model/grams.ts';
import { PACKS } from '../../../../src/lib/scoring/detectors/index.ts';
import type { LanguagePack } from '../../../../src/lib/scoring/detectors/types.ts';
import { scoreReply, tablesView } from '../../../../src/lib/scoring/score-reply.ts';
import { RULES } from '../../../../src/lib/scoring/playbook.ts';
import { LANGS } from '../../../../src/lib/scoring/contract.ts';
import { CUE_FAIL_ABOVE, CUE_PASS_BELOW, FAIL_ABOVE, PASS_BELOW } from '../../../../src/lib/scoring/model/train.ts';

const toy: ReadingModel = {
  lang: 'en',
  rules: {
    'calm-tone': { bias: -200, failAbove: 0.8, passBelow: null, minClauses: 1, grams: { 'as i': 150, 'said': 120, 'sorr': -50, 'lol': 400, 'blor': 400 } },
    'no-arguing': { bias: -100, failAbove: null, passBelow: 0.2, minClauses: 1, grams: { 'actu': 250, 'than': -150 } },
  },
};
const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

describe('Reading', () => {
  it('adds the weight of every distinct gram it knows to the bias', () => {
    const c = compileModel(toy);
    fc.assert(
      fc.property(fc.array(fc.constantFrom('As I said', 'sorry', 'lol', 'actually', 'thanks', ' ', 'ok', '！', '很好'), { maxLength: 8 }), (words) => {
        const text = words.join(' ');
        const grams = gramsOf(text);
        for (const rule of ['calm-tone', 'no-arguing'] as const) {
          const m = toy.rules[rule]!;
          const z = (m.bias + Object.entries(m.grams).reduce((s, [g, w]) => s + (grams.has(g) ? w : 0), 0)) / 100;
          expect(new Reading(c, text).probability(rule)).toBeCloseTo(sigmoid(z), 6);
        }
      }),
    );
  });

  it('finds by their hashes exactly the grams training sees, in any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 30 }), fc.integer({ min: 1, max: 7 }), (text, every) => {
        // A model that knows every `every`-th gram of the text, each with its own weight.
        const known = [...gramsOf(text)].filter((_, i) => i % every === 0);
        const grams = Object.fromEntries(known.map((g, i) => [g, i + 1]));
        const m: ReadingModel = { lang: 'en', rules: { 'calm-tone': { bias: 0, failAbove: 0.5, passBelow: null, minClauses: 1, grams } } };
        const z = known.reduce((s, _, i) => s + i + 1, 0) / 100;
        expect(new Reading(compileModel(m), text).probability('calm-tone')).toBeCloseTo(sigmoid(z), 6);
      }),
    );
  });

  it('finds by their hashes exactly the words and pairs training sees, in a model of words', () => {
    const word = fc.constantFrom('As', 'I', 'said', 'don’t', "don't", 'ＯＫ', 'sorry', '好', '1st', 'x');
    const gap = fc.constantFrom(' ', ', ', '. ', ' — ', '\n', '!!');
    fc.assert(
      fc.property(fc.array(fc.tuple(word, gap), { maxLength: 8 }), fc.integer({ min: 1, max: 3 }), (parts, every) => {
        const text = parts.map(([w, g]) => w + g).join('');
        const known = [...wordsOf(text)].filter((_, i) => i % every === 0);
        const grams = Object.fromEntries(known.map((g, i) => [g, i + 1]));
        const m: ReadingModel = { lang: 'en', features: 'words', rules: { 'calm-tone': { bias: 0, failAbove: 0.5, passBelow: null, minClauses: 1, grams } } };
        const z = known.reduce((s, _, i) => s + i + 1, 0) / 100;
        expect(new Reading(compileModel(m), text).probability('calm-tone')).toBeCloseTo(sigmoid(z), 6);
      }),
    );
  });

  it('shows a word or a pair, without its mark, as the evidence of a model of words', () => {
    const m: ReadingModel = { lang: 'en', features: 'words', rules: { 'no-arguing': { bias: -100, failAbove: 0.5, passBelow: null, minClauses: 1, grams: { '\u0002as i': 300, '\u0001said': 50 } } } };
    const text = 'Thanks. As I said, it left on time.';
    const e = new Reading(compileModel(m), text).evidence('no-arguing', 'fail')!;
    expect(text.slice(e.start, e.end)).toBe('As I said');
    expect(e.gram).toBe('as i');
  });

  it('counts a repeated gram once, as training does', () => {
    const c = compileModel(toy);
    expect(new Reading(c, 'lol lol lol').probability('calm-tone')).toBeCloseTo(sigmoid(2), 6);
  });

  it('is only as sure as the whole reply and its most telling clause read alone both are', () => {
    const c = compileModel(toy);
    // "blorp" alone: -2 + 4 = 2; the whole reply: -2 + 1.5 + 1.2 + 4 = 4.7; nothing leans to a pass.
    expect(new Reading(c, 'As I said, blorp.').sureness('calm-tone')).toEqual({ fail: sigmoid(2), pass: 1 });
    // Spread over two clauses, the whole reply leans to a fault (-2 + 1.5 + 1.2 = 0.7) but no clause alone does.
    expect(new Reading(c, 'As I, well, said.').probability('calm-tone')).toBeCloseTo(sigmoid(0.7), 6);
    expect(new Reading(c, 'As I, well, said.').sureness('calm-tone')!.fail).toBeCloseTo(sigmoid(-0.5), 6);
    // "Thank" leans to a pass of no-arguing: -1 - 1.5 alone, and the whole reply says the same.
    expect(new Reading(c, 'Thank you.').sureness('no-arguing')).toEqual({ fail: 0, pass: sigmoid(-2.5) });
  });

  it('weighs the grams given beside the reply into its whole probability, once each, never into a clause read alone', () => {
    const beside: ReadingModel = { lang: 'en', rules: { 'calm-tone': { ...toy.rules['calm-tone']!, grams: { ...toy.rules['calm-tone']!.grams, '\u0003no-arguing=fail': 300 } } } };
    const c = compileModel(beside);
    const text = 'As I said, blorp.';
    const alone = new Reading(c, text);
    const read = new Reading(c, text, { verdicts: ['\u0003no-arguing=fail', '\u0003no-arguing=fail', '\u0003empathy=pass'] });
    expect(read.probability('calm-tone')).toBeCloseTo(sigmoid(4.7 + 3), 6);
    expect(alone.probability('calm-tone')).toBeCloseTo(sigmoid(4.7), 6);
    // The clause shown as evidence must lean that way by its own words: "blorp" alone, -2 + 4.
    expect(read.sureness('calm-tone')).toEqual(alone.sureness('calm-tone'));
    expect(read.evidence('calm-tone', 'fail')).toEqual(alone.evidence('calm-tone', 'fail'));
  });

  it("weighs the reply's context beside it like the tables' verdicts: into the whole probability, never a clause's", () => {
    const m: ReadingModel = { lang: 'en', rules: { 'no-arguing': { ...toy.rules['no-arguing']!, grams: { ...toy.rules['no-arguing']!.grams, '\u0003persona=malicious': -300, '\u0003no-arguing=fail': 100 } } } };
    const c = compileModel(m);
    const text = 'Actually, it left on time.';
    const alone = new Reading(c, text);
    const answered = new Reading(c, text, { verdicts: ['\u0003no-arguing=fail'], context: ['\u0003persona=malicious', '\u0003channel=public'] });
    expect(alone.probability('no-arguing')).toBeCloseTo(sigmoid(1.5), 6);
    expect(answered.probability('no-arguing')).toBeCloseTo(sigmoid(1.5 - 3 + 1), 6);
    expect(new Reading(c, text, { context: ['\u0003persona=angry'] }).probability('no-arguing')).toBeCloseTo(sigmoid(1.5), 6);
    // The clause read alone is the same: the context only moves the whole reply.
    expect(answered.evidence('no-arguing', 'fail')).toEqual(alone.evidence('no-arguing', 'fail'));
  });

  it('never judges or shows a clause that is all sign-off: a name is not why a reply breaks a rule', () => {
    const c = compileModel({ lang: 'en', rules: { 'calm-tone': { ...toy.rules['calm-tone']!, grams: { ' mei': 500, blor: 300 } } } });
    const text = 'Sorry about that, we will refund you today. — Mei';
    const signOffs = [{ start: text.indexOf(' — Mei'), end: text.length }];
    expect(text.slice(new Reading(c, text).evidence('calm-tone', 'fail')!.start)).toBe('— Mei');
    const signed = new Reading(c, text, { signOffs });
    // The whole reply still weighs every gram; no clause leans towards a fault by its own words.
    expect(signed.probability('calm-tone')).toBeCloseTo(sigmoid(3), 6);
    expect(signed.sureness('calm-tone')).toEqual({ fail: 0, pass: 1 });
    expect(signed.evidence('calm-tone', 'fail')).toBeUndefined();
    // A clause with more in it than the sign-off is read as before.
    const more = 'Sorry about that. Blorp — Mei';
    const r = new Reading(c, more, { signOffs: [{ start: more.indexOf(' — Mei'), end: more.length }] });
    expect(more.slice(r.evidence('calm-tone', 'fail')!.start)).toBe('Blorp — Mei');
  });

  it('does not read rules the model leaves out', () => {
    const r = new Reading(compileModel(toy), 'lol');
    expect(r.probability('empathy')).toBeUndefined();
    expect(r.evidence('empathy', 'fail')).toBeUndefined();
  });

  it('points at the whole clause that leans most towards a fault, and names its heaviest gram', () => {
    const text = 'Thanks for writing. As I said before, it was shipped on time, sorry.';
    const e = new Reading(compileModel(toy), text).evidence('calm-tone', 'fail')!;
    expect(text.slice(e.start, e.end)).toBe('As I said before');
    expect(e.gram).toBe('as i');
    const p = new Reading(compileModel(toy), 'Actually no. Thank you!').evidence('no-arguing', 'pass')!;
    expect('Actually no. Thank you!'.slice(p.start, p.end)).toBe('Thank you');
    expect(p.gram).toBe('than');
  });

  it('shows the clause whole, past its heaviest gram, in Chinese too', () => {
    const zh = compileModel({ lang: 'zh-TW', rules: { 'no-blame-shifting': { bias: 0, failAbove: 0.5, passBelow: null, minClauses: 1, grams: { 天是: 300 } } } });
    const text = '抱歉!昨天是假日人手不足。謝謝您。';
    const e = new Reading(zh, text).evidence('no-blame-shifting', 'fail')!;
    expect(text.slice(e.start, e.end)).toBe('昨天是假日人手不足');
    expect(e.gram).toBe('天是');
  });

  it('gives evidence inside the reply, never empty, wherever a clause leans that way', () => {
    const c = compileModel(toy);
    const pieces = fc.constantFrom('As I said', 'lol', 'blorp', 'Thank you', 'actually', 'ok', ' ', ', ', '。', '！', '好');
    let found = 0;
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string({ maxLength: 4 })), { maxLength: 10 }), fc.constantFrom('fail' as const, 'pass' as const), (parts, towards) => {
        const text = parts.join('');
        for (const rule of ['calm-tone', 'no-arguing'] as const) {
          const e = new Reading(c, text).evidence(rule, towards);
          if (!e) continue;
          found++;
          expect(e.start).toBeGreaterThanOrEqual(0);
          expect(e.end).toBeLessThanOrEqual(text.length);
          expect(e.end).toBeGreaterThan(e.start);
          expect(text.slice(e.start, e.end).trim()).not.toBe('');
        }
      }),
      { seed: 7, numRuns: 200 },
    );
    // The property held on real evidence, not only on replies with none.
    expect(found).toBeGreaterThan(20);
  });

  it('counts clauses for the length gate as clauseSpans cuts them', () => {
    const alphabet = fc.constantFrom('a', ' ', '好', '.', ',', '。', '、', '！', '\n', '…', ';', '?', 'x');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 30 }), fc.integer({ min: 1, max: 5 }), (chars, upTo) => {
        const text = chars.join('');
        const worded = clauseSpans(text).filter((c) => text.slice(c.start, c.end).trim() !== '').length;
        expect(clauseCount(text)).toBe(worded);
        expect(clauseCount(text, upTo)).toBe(Math.min(worded, upTo));
      }),
    );
  });

  it('splits clauses at the punctuation of all three languages', () => {
    const text = 'Hi, there。お待たせ、しました！好';
    expect(clauseSpans(text).map((s) => text.slice(s.start, s.end))).toEqual(['Hi', ' there', 'お待たせ', 'しました', '好']);
  });
});

describe('reconsider', () => {
  it('overrules the tables only past its thresholds, with evidence', () => {
    const fail = reconsider(readReply(toy, 'As I said, lol.'), 'calm-tone', 'pass', 'en', 'silent')!;
    expect(fail).toMatchObject({ verdict: 'fail', reason: 'fail-reading', span: { start: 11, end: 14 }, evidence: 'reading.en.calm-tone:lol' });
    expect(reconsider(readReply(toy, 'As I said.'), 'calm-tone', 'pass', 'en', 'silent')).toBeUndefined();
    // calm-tone has no pass threshold: a fault the tables found stands.
    expect(reconsider(readReply(toy, 'Thanks.'), 'calm-tone', 'fail', 'en', 'silent')).toBeUndefined();
    const pass = reconsider(readReply(toy, 'Thank you, we will look.'), 'no-arguing', 'fail', 'en', 'silent')!;
    expect(pass).toMatchObject({ verdict: 'pass', reason: 'pass-reading' });
    expect(reconsider(readReply(toy, 'Actually, thank you.'), 'no-arguing', 'fail', 'en', 'silent')).toBeUndefined();
    expect(reconsider(readReply(toy, 'lol'), 'empathy', 'pass', 'en', 'silent')).toBeUndefined();
  });

  it('overrules a verdict the tables reached on a cue only by its `overCue` thresholds, and never where closed', () => {
    // The toy's calm-tone reading has no `overCue`: a cue's verdict stands however sure it is.
    expect(reconsider(readReply(toy, 'As I said, lol.'), 'calm-tone', 'pass', 'en', 'cue')).toBeUndefined();
    const strict: ReadingModel = { ...toy, rules: { 'calm-tone': { ...toy.rules['calm-tone']!, overCue: { failAbove: 0.99, passBelow: null, minClauses: 2 } } } };
    // sigmoid(-2 + 4) = 0.88: past the silent threshold (0.8), short of the cue's (0.99).
    expect(reconsider(readReply(strict, 'Sure, lol.'), 'calm-tone', 'pass', 'en', 'silent')?.verdict).toBe('fail');
    expect(reconsider(readReply(strict, 'Sure, lol.'), 'calm-tone', 'pass', 'en', 'cue')).toBeUndefined();
    // Well past 0.99, and so is the clause "lol blorp" read alone: overruled, with that clause as evidence.
    const text = 'As I said, lol blorp.';
    const o = reconsider(readReply(strict, text), 'calm-tone', 'pass', 'en', 'cue')!;
    expect(o).toMatchObject({ verdict: 'fail', reason: 'fail-reading' });
    expect(text.slice(o.span!.start, o.span!.end)).toBe('lol blorp');
    // … but not in a reply shorter than the cue's clause gate, nor where the reading is closed.
    expect(reconsider(readReply(strict, 'lol blorp as i said'), 'calm-tone', 'pass', 'en', 'cue')).toBeUndefined();
    expect(reconsider(readReply(strict, text), 'calm-tone', 'pass', 'en', 'closed')).toBeUndefined();
  });

});

describe('scoreReply with a reading', () => {
  const pack = PACKS.en as LanguagePack;
  const shipped = pack.reading;
  afterEach(() => {
    pack.reading = shipped;
  });
  const context = { lang: 'en' as const, persona: 'angry' as const, channel: 'public' as const, text: 'As I said, blorp. We will refund you today. — Mei', customer: 'Cold food!' };

  it('lets the reading overrule the tables, with its evidence and message', () => {
    expect(scoreReply(context, { secondOpinion: false }).rules['calm-tone']).toBe('pass');
    pack.reading = toy;
    const s = scoreReply(context);
    expect(s.rules['calm-tone']).toBe('fail');
    const f = s.findings.find((x) => x.rule === 'calm-tone')!;
    expect(context.text.slice(f.start!, f.end!)).toBe('blorp');
    expect(f.evidence).toBe('reading.en.calm-tone:blor');
    expect(f.message).toMatch(/^Read as a whole/);
    expect(scoreReply(context, { uiLang: 'ja' }).findings.find((x) => x.rule === 'calm-tone')!.message).toMatch(/^全体として読むと/);
  });

  it("reads only replies as long as the rule's reading asks for", () => {
    pack.reading = { ...toy, rules: { ...toy.rules, 'calm-tone': { ...toy.rules['calm-tone']!, minClauses: 4 } } };
    expect(clauseCount(context.text)).toBe(4);
    expect(scoreReply(context).rules['calm-tone']).toBe('fail');
    const short = { ...context, text: 'As I said, blorp.' };
    expect(scoreReply(short).rules['calm-tone']).toBe('pass');
    pack.reading = toy;
    expect(scoreReply(short).rules['calm-tone']).toBe('fail');
  });

  it('tells where one of a rule’s cues matched the reply from where none did, and where the reading may not judge at all', () => {
    const base = 'The parcel left on Monday, it is with the courier, we will check it, and I will write by 5 pm. — Mei';
    expect(tablesView({ ...context, text: base }).where['thank-the-customer']).toBe('silent');
    expect(tablesView({ ...context, text: `Thanks for flagging this. ${base}` }).where['thank-the-customer']).toBe('cue');
    // However short the reply: whether it is long enough is each reading's own setting (`minClauses`).
    expect(tablesView({ ...context, text: 'Noted.' }).where['thank-the-customer']).toBe('silent');
    expect(tablesView({ ...context, text: 'Thanks.' }).where['thank-the-customer']).toBe('cue');
    // A silence, a rule that does not apply, and the fine print's cases are closed to the reading.
    expect(tablesView({ ...context, text: '' }).where['no-arguing']).toBe('closed');
    expect(tablesView({ ...context, text: base }).where['join-the-joke']).toBe('closed');
    expect(tablesView({ ...context, text: base }).where['engage-wisely']).toBe('closed');
    expect(tablesView({ ...context, persona: 'joking', text: 'We guarantee 100% more fun next time 😂 — Mei' }).where['under-promise']).toBe('closed');
  });

  it('lets a reading with `overCue` overrule a verdict the tables reached on a cue, and only one with it', () => {
    const text = 'As I said, blorp blorp. We will refund you today. — Mei';
    const c = { ...context, text: `${text} That's not true.` };
    pack.reading = { ...toy, rules: { 'no-arguing': { ...toy.rules['no-arguing']!, grams: { blor: -900 } } } };
    expect(tablesView(c).where['no-arguing']).toBe('cue');
    expect(tablesView(c).rules['no-arguing']).toBe('fail');
    expect(scoreReply(c).rules['no-arguing']).toBe('fail');
    pack.reading = { ...toy, rules: { 'no-arguing': { ...toy.rules['no-arguing']!, grams: { blor: -900 }, overCue: { failAbove: null, passBelow: 0.02, minClauses: 2 } } } };
    const s = scoreReply(c);
    expect(s.rules['no-arguing']).toBe('pass');
    expect(s.findings.find((f) => f.rule === 'no-arguing')).toMatchObject({ verdict: 'pass', evidence: 'reading.en.no-arguing:blor' });
  });

  it("never clears words another rule's fault stands on: the coaching shows them as a fault once, not as a fault and as none", () => {
    // To a vague insult, "That's not true." fails engage-wisely and no-arguing on the same words.
    const c = { ...context, persona: 'vague-rude' as const, text: "As I said, blorp blorp. That's not true. We will refund you today. — Mei" };
    pack.reading = { ...toy, rules: { 'no-arguing': { ...toy.rules['no-arguing']!, grams: { blor: -900 }, overCue: { failAbove: null, passBelow: 0.02, minClauses: 2 } } } };
    const tables = scoreReply(c, { secondOpinion: false }).findings;
    const span = (rule: string) => tables.find((f) => f.rule === rule)!;
    expect(span('engage-wisely')).toMatchObject({ verdict: 'fail', start: span('no-arguing').start });
    expect(tablesView(c).where['no-arguing']).toBe('closed');
    expect(scoreReply(c).rules['no-arguing']).toBe('fail');
    // Where no other rule fails on them, the same reading clears them (as above).
    expect(scoreReply({ ...c, persona: 'angry' }).rules['no-arguing']).toBe('pass');
  });

  it("gives the tables' verdicts exactly as scoring by the tables alone does", () => {
    const replies = [
      context,
      { ...context, persona: 'joking' as const, text: 'Haha, blame our courier, they love the scenic route 😂 — Tash' },
      { lang: 'zh-TW' as const, persona: 'malicious' as const, channel: 'public' as const, text: '您好，我們每批都有檢驗報告，歡迎私訊我，我會把報告寄給您。—客服小美' },
      { lang: 'ja' as const, persona: 'neutral' as const, channel: 'private' as const, canGrant: false, text: '申し訳ございません。ご希望の日は満席です。' },
      { ...context, text: '' },
    ];
    for (const c of replies) expect(tablesView(c).rules, c.text).toEqual(scoreReply(c, { secondOpinion: false }).rules);
  });

  it('counts a tip for next time as something the tables read, in every language (a sincere tip is not blame)', () => {
    const tips = [
      ['en', 'Sorry about the wasted trip! Next time, you could book two days ahead. I have held Sunday for you, and I will call at 5.'],
      ['zh-TW', '很抱歉讓您撲空!假日名額少,建議您下次提早三天預約,我也先幫您保留了週日下午的時段。'],
      ['ja', '申し訳ございません。次回は前日までのご予約をおすすめいたします。日曜の枠をお取りしました、ご確認ください。'],
    ] as const;
    for (const [lang, text] of tips) {
      const c = { lang, persona: 'angry' as const, channel: 'public' as const, text };
      expect(tablesView(c).where['no-blame-shifting'], lang).toBe('cue');
      expect(scoreReply(c).rules['no-blame-shifting'], lang).toBe('pass');
    }
  });

  it("gives a reading the tables' verdicts on the reply's other rules, as `tablesView` gives them to training", () => {
    // A reading of calm-tone that fails a reply only when the tables fail it on no-arguing, and
    // finds its clause by its own words ("As I said", where "refund" leans the other way).
    pack.reading = {
      lang: 'en',
      rules: { 'calm-tone': { bias: -250, failAbove: 0.8, passBelow: null, minClauses: 1, grams: { 'as i': 250, said: 200, refu: -150, '\u0003no-arguing=fail': 300 } } },
    };
    const calm = { ...context, text: 'As I said, we will refund you today. — Mei' };
    const retort = { ...context, text: "As I said, we will refund you today. That's not true, though. — Mei" };
    expect(tablesView(calm).rules['no-arguing']).toBe('pass');
    expect(tablesView(retort).rules['no-arguing']).toBe('fail');
    expect(tablesView(retort)).toMatchObject({ rules: { 'calm-tone': 'pass' }, where: { 'calm-tone': 'silent' } });
    expect(scoreReply(calm).rules['calm-tone']).toBe('pass');
    const s = scoreReply(retort);
    expect(s.rules['calm-tone']).toBe('fail');
    const f = s.findings.find((x) => x.rule === 'calm-tone')!;
    expect(retort.text.slice(f.start!, f.end!)).toBe('As I said');
  });

  it("gives a reading where the tables found the reply's sign-off, as `tablesView` gives it to training", () => {
    pack.reading = { lang: 'en', rules: { 'calm-tone': { bias: -200, failAbove: 0.8, passBelow: null, minClauses: 1, grams: { ' mei': 500 } } } };
    const signed = { ...context, text: 'Sorry about that, we will refund you today. — Mei' };
    expect(tablesView(signed).signOffs.map((s) => signed.text.slice(s.start, s.end).trim())).toEqual(['— Mei']);
    expect(scoreReply(signed).rules['calm-tone']).toBe('pass');
    // Where the tables find no sign-off, the same name is read as any other words.
    const unsigned = { ...context, text: 'Sorry about that, we will refund you today. Mei is on it' };
    expect(tablesView(unsigned).signOffs).toEqual([]);
    expect(scoreReply(unsigned).rules['calm-tone']).toBe('fail');
  });

  it('grades by the tables alone when asked, or when the pack has no reading', () => {
    pack.reading = toy;
    const tablesOnly = scoreReply(context, { secondOpinion: false });
    pack.reading = undefined;
    expect(scoreReply(context)).toEqual(tablesOnly);
  });
});

describe('shipped readings', () => {
  it('have a message for both of their verdicts in every UI language, for every rule they read', () => {
    for (const lang of LANGS) {
      for (const rule of Object.keys(PACKS[lang].reading?.rules ?? {})) {
        const r = RULES.find((x) => x.id === rule)!;
        for (const ui of LANGS) {
          expect(r.text[ui].messages['fail-reading'], `${lang} ${rule} ${ui}`).toBeTruthy();
          expect(r.text[ui].messages['pass-reading'], `${lang} ${rule} ${ui}`).toBeTruthy();
        }
      }
    }
  });

  it('read only rules judged from the reply, with thresholds that can overrule, of those tried', () => {
    for (const lang of LANGS) {
      for (const [rule, m] of Object.entries(PACKS[lang].reading?.rules ?? {})) {
        expect(rule).not.toBe('respond-fast');
        const cue = m.overCue;
        expect(m.failAbove !== null || m.passBelow !== null || (cue !== undefined && (cue.failAbove !== null || cue.passBelow !== null)), `${lang} ${rule}`).toBe(true);
        if (m.failAbove !== null && m.passBelow !== null) expect(m.passBelow).toBeLessThan(m.failAbove);
        if (m.failAbove !== null) expect(FAIL_ABOVE, `${lang} ${rule}`).toContain(m.failAbove);
        if (m.passBelow !== null) expect(PASS_BELOW, `${lang} ${rule}`).toContain(m.passBelow);
        if (cue?.failAbove != null) expect(CUE_FAIL_ABOVE, `${lang} ${rule}`).toContain(cue.failAbove);
        if (cue?.passBelow != null) expect(CUE_PASS_BELOW, `${lang} ${rule}`).toContain(cue.passBelow);
      }
    }
  });
});
