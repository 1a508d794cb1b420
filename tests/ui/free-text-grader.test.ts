// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { FreeTextGrader } from '../../src/ui/player/free-text-grader.svelte.ts';
import * as scorer from '../../src/ui/player/typed-reply-scorer.ts';
import { scoreReply } from '../../src/lib/scoring/score-reply.ts';

const context = { lang: 'en' as const, persona: 'angry' as const, channel: 'public' as const, text: 'So sorry! DM me and I will refund it today. — Sam', elapsedMinutes: 3 };

describe('FreeTextGrader', () => {
  it('loads the scorer once, on demand, and then grades typed replies as the scorer does', async () => {
    const importScorer = vi.fn(async () => scorer);
    const grader = new FreeTextGrader('en', importScorer);
    expect(grader.state).toBe('idle');
    expect(grader.canGrade(context.text)).toBe(false);
    expect(() => grader.score(context)).toThrow(/not loaded/);
    const loading = grader.load();
    expect(grader.state).toBe('loading');
    await loading;
    grader.prefetch();
    await grader.load(['another reply']);
    expect(grader.state).toBe('ready');
    expect(importScorer).toHaveBeenCalledOnce();
    expect(grader.canGrade(context.text)).toBe(true);
    expect(grader.score(context, { uiLang: 'ja' })).toEqual(scoreReply(context, { uiLang: 'ja' }));
  });

  it('reports a failed download, and loads again on the next try', async () => {
    const importScorer = vi.fn().mockRejectedValueOnce(new TypeError('Failed to fetch')).mockResolvedValue(scorer);
    const grader = new FreeTextGrader('ja', importScorer);
    await expect(grader.load()).rejects.toThrow('Failed to fetch');
    expect(grader.state).toBe('error');
    expect(grader.canGrade('返信')).toBe(false);
    await grader.load(['申し訳ございません。']);
    expect(grader.state).toBe('ready');
    expect(importScorer).toHaveBeenCalledTimes(2);
  });

  it('compiles the loaded packs after a prefetch, so the first typed reply does not pay for it', async () => {
    const prepareLexicons = vi.fn();
    const grader = new FreeTextGrader('en', async () => ({ ...scorer, prepareLexicons }));
    grader.prefetch();
    await vi.waitFor(() => expect(prepareLexicons).toHaveBeenCalledOnce());
    expect(grader.state).toBe('ready');
  });
});
