import { describe, expect, it } from 'vitest';
import { hrefOf, parseHash } from '../../src/ui/shared/router.svelte.ts';

describe('hash routes', () => {
  it('reads and writes every route', () => {
    expect(parseHash('')).toEqual({ name: 'library' });
    expect(parseHash('#/')).toEqual({ name: 'library' });
    expect(parseHash('#/play/late-cake')).toEqual({ name: 'play', id: 'late-cake' });
    expect(parseHash('#/attempt/a%2Fb')).toEqual({ name: 'attempt', id: 'a/b' });
    expect(parseHash('#/nowhere')).toEqual({ name: 'not-found' });
    expect(parseHash('#/play/')).toEqual({ name: 'not-found' });
    for (const r of [{ name: 'play', id: 'x y' }, { name: 'attempt', id: 'a-1' }, { name: 'library' }] as const) expect(parseHash(hrefOf(r))).toEqual(r);
  });
});
