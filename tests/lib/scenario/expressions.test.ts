import { describe, expect, it } from 'vitest';
import { applyEffects, evaluate, parseCondition, parseDuration, parseEffects, parseExpectations } from '../../../src/lib/scenario/expressions.ts';

const cond = (text: string) => {
  const r = parseCondition(text);
  if (!r.ok) throw new Error(r.error);
  return r.value;
};

describe('conditions', () => {
  it('compares variables and numbers with and/or/not and parentheses', () => {
    const vars = { mood: 15, reputation: 70, refundOffered: false };
    expect(evaluate(cond('mood < 20'), { vars })).toBe(true);
    expect(evaluate(cond('mood < 20 and reputation >= 70'), { vars })).toBe(true);
    expect(evaluate(cond('mood > 20 or not refundOffered'), { vars })).toBe(true);
    expect(evaluate(cond('not (mood < 20 and reputation > 80)'), { vars })).toBe(true);
    expect(evaluate(cond('refundOffered'), { vars })).toBe(false);
    expect(evaluate(cond('mood = 15'), { vars })).toBe(true);
    expect(evaluate(cond('mood != 15'), { vars })).toBe(false);
  });

  it('reads verdicts and the score in free-text rules', () => {
    const scope = { vars: { score: 72 }, verdicts: { empathy: 'pass', 'take-private': 'fail' } };
    expect(evaluate(cond('empathy=pass and take-private=fail'), scope)).toBe(true);
    expect(evaluate(cond('empathy=pass and score >= 80'), scope)).toBe(false);
    expect(evaluate(cond('two-alternatives=n/a'), { vars: {}, verdicts: { 'two-alternatives': 'n/a' } })).toBe(true);
  });

  it('reports where a condition goes wrong', () => {
    expect(parseCondition('mood <')).toMatchObject({ ok: false, at: 6 });
    expect(parseCondition('(mood < 3')).toMatchObject({ ok: false, at: 9 });
    expect(parseCondition('empathee=pass')).toMatchObject({ ok: false, at: 0 });
    expect(parseCondition('')).toMatchObject({ ok: false, at: 0 });
    expect(parseCondition(`${'('.repeat(100)}mood < 1${')'.repeat(100)}`)).toMatchObject({ ok: false });
  });
});

describe('effects', () => {
  it('adds, subtracts and sets, keeping mood and reputation within 0–100', () => {
    const r = parseEffects('mood +30, reputation -80, refundOffered = true, strikes +1');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(applyEffects({ mood: 80, reputation: 50, refundOffered: false, strikes: 2 }, r.value)).toEqual({ mood: 100, reputation: 0, refundOffered: true, strikes: 3 });
  });

  it('points at the effect that is not one', () => {
    expect(parseEffects('mood +5, nonsense here')).toMatchObject({ ok: false, at: 9 });
    expect(parseEffects('mood +5,, reputation -1')).toMatchObject({ ok: false });
  });
});

describe('durations and pins', () => {
  it('reads minutes, hours and days', () => {
    expect(parseDuration('45m')).toEqual({ ok: true, value: 45 });
    expect(parseDuration('2h')).toEqual({ ok: true, value: 120 });
    expect(parseDuration('1h30m')).toEqual({ ok: true, value: 90 });
    expect(parseDuration('1d')).toEqual({ ok: true, value: 1440 });
    expect(parseDuration('soon').ok).toBe(false);
    expect(parseDuration('0m').ok).toBe(false);
  });

  it('reads pinned verdicts and rejects unknown rules', () => {
    expect(parseExpectations('empathy=pass, take-private=fail')).toEqual({ ok: true, value: { empathy: 'pass', 'take-private': 'fail' } });
    expect(parseExpectations('empathy=maybe')).toMatchObject({ ok: false });
    expect(parseExpectations('empathie=pass')).toMatchObject({ ok: false, at: 0 });
  });
});
