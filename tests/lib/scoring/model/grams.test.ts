import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { contextGrams, featuresOf, isContextGram, isVerdictGram, fold, foldCode, gramsOf, MAX_GRAM, MIN_GRAM, showGram, verdictGrams, wordsOf, wordSpans } from '../../../../src/lib/scoring/model/grams.ts';

describe('fold', () => {
  it('lower-cases ASCII and full-width Latin, turns full-width forms and white space into ASCII', () => {
    expect(fold('Sorry ＡＢＣ！ｘ')).toBe('sorry abc!x');
    expect(fold('了解\u3000です\n')).toBe('了解 です ');
    expect(fold('申し訳ございません')).toBe('申し訳ございません');
  });

  it('keeps every code unit in its place', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => fold(s).length === s.length));
  });

  it('is idempotent', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => fold(fold(s)) === fold(s)));
    for (let c = 0; c < 0x10000; c++) expect(foldCode(foldCode(c))).toBe(foldCode(c));
  });
});

describe('gramsOf', () => {
  it('reads the reply as if a space stood on either side', () => {
    expect(gramsOf('Hi')).toEqual(new Set([' h', 'hi', 'i ', ' hi', 'hi ', ' hi ']));
  });

  it('gives grams of two to four code units', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 30 }), (s) => [...gramsOf(s)].every((g) => g.length >= MIN_GRAM && g.length <= MAX_GRAM)));
  });
});

describe('wordsOf', () => {
  const w = (s: string): string => `\u0001${s}`;
  const pair = (a: string, b: string): string => `\u0002${a} ${b}`;

  it('gives every word and every pair of neighbouring words, folded, an apostrophe inside a word kept straight', () => {
    expect(wordsOf('Don’t PANIC, we’ll fix it')).toEqual(
      new Set([w("don't"), w('panic'), pair("don't", 'panic'), w("we'll"), pair('panic', "we'll"), w('fix'), pair("we'll", 'fix'), w('it'), pair('fix', 'it')]),
    );
    expect(wordsOf('ＯＫ ok')).toEqual(new Set([w('ok'), pair('ok', 'ok')]));
    expect(wordsOf('— !!')).toEqual(new Set());
  });

  it('finds the same words in a reply and in its folded form', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('Ab', 'c', '’', "'", '＇', 'Ｘ', '１', ' ', '.', '好', 'é', '\n'), { maxLength: 20 }), (parts) => {
        const text = parts.join('');
        expect(wordSpans(fold(text))).toEqual(wordSpans(text));
      }),
    );
  });

  it('reads as the reading of its kind does, and shows a gram without its mark', () => {
    expect(featuresOf('Hi there', 'words')).toEqual(wordsOf('Hi there'));
    expect(featuresOf('Hi', 'chars')).toEqual(gramsOf('Hi'));
    expect(showGram(pair('as', 'i'))).toBe('as i');
    expect(showGram(w('sorry'))).toBe('sorry');
    expect(showGram(' so')).toBe(' so');
  });
});

/** No reply, of any text, has one of `grams` among its own n-grams or words. */
function expectNoReplyHolds(grams: readonly string[]): void {
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 30 }), (text) => {
      const own = new Set([...gramsOf(text), ...wordsOf(text)]);
      return grams.every((g) => !own.has(g));
    }),
  );
}

describe('verdictGrams', () => {
  it("spells the tables' verdicts as grams no reply's grams or words can be, leaving out n/a, the rule being read and the clock's", () => {
    const grams = verdictGrams({ 'no-arguing': 'fail', empathy: 'pass', 'join-the-joke': 'n/a', 'calm-tone': 'fail', 'respond-fast': 'fail' }, 'calm-tone');
    expect(grams).toEqual(['\u0003no-arguing=fail', '\u0003empathy=pass']);
    expectNoReplyHolds(grams);
  });
});

describe('contextGrams', () => {
  it('spells who the reply answers and where as grams no reply can hold, nor any verdict gram', () => {
    const grams = contextGrams({ persona: 'malicious', channel: 'public' });
    expect(grams).toEqual(['\u0003persona=malicious', '\u0003channel=public']);
    const verdicts = new Set(verdictGrams({ 'no-arguing': 'fail', empathy: 'pass', 'calm-tone': 'pass' }));
    expect(grams.some((g) => verdicts.has(g))).toBe(false);
    expectNoReplyHolds(grams);
  });
});

describe('isContextGram and isVerdictGram', () => {
  it("tell the context grams, the verdict grams and the reply's own apart", () => {
    const context = contextGrams({ persona: 'joking', channel: 'private' });
    const verdicts = verdictGrams({ 'no-arguing': 'fail', empathy: 'pass' });
    const own = ['persona=angry', ' per', '\u0001persona', '\u0002channel public', 'no-arguing=fail'];
    expect([context.every(isContextGram), verdicts.some(isContextGram), own.some(isContextGram)]).toEqual([true, false, false]);
    expect([verdicts.every(isVerdictGram), context.some(isVerdictGram), own.some(isVerdictGram)]).toEqual([true, false, false]);
  });
});
