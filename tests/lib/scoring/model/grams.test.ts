import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fold, foldCode, gramsOf, MAX_GRAM, MIN_GRAM } from '../../../../src/lib/scoring/model/grams.ts';

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
