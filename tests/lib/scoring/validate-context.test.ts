import { describe, expect, it } from 'vitest';
import { validateContext } from '../../../src/lib/scoring/validate-context.ts';

describe('validateContext', () => {
  it('accepts a full context and returns it typed', () => {
    const v = validateContext({ id: 'x', lang: 'ja', persona: 'joking', channel: 'private', text: '', canGrant: false, elapsedMinutes: 0, targetMinutes: 30 });
    expect(v).toEqual({ ok: true, context: { id: 'x', lang: 'ja', persona: 'joking', channel: 'private', text: '', canGrant: false, elapsedMinutes: 0, targetMinutes: 30 } });
  });

  it('reports every problem with its field and a stable code', () => {
    const v = validateContext({ lang: 'fr', persona: 3, text: 1, crisis: 'yes', elapsedMinutes: -1, targetMinutes: 0, colour: 'red' });
    expect(v.ok).toBe(false);
    if (v.ok) return;
    const got = v.errors.map((e) => `${e.field}:${e.code}`).sort();
    expect(got).toEqual(
      [
        'colour:field_unknown',
        'lang:field_value',
        'persona:field_type',
        'channel:field_missing',
        'text:field_type',
        'crisis:field_type',
        'elapsedMinutes:field_value',
        'targetMinutes:field_value',
      ].sort(),
    );
  });

  it('rejects non-objects and allows listed extra fields', () => {
    expect(validateContext([1]).ok).toBe(false);
    expect(validateContext(null).ok).toBe(false);
    const base = { lang: 'en', persona: 'angry', channel: 'public', text: 'hi', gold: {} };
    expect(validateContext(base).ok).toBe(false);
    expect(validateContext(base, { ignoreFields: ['gold'] }).ok).toBe(true);
  });
});
