// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import ReplyPanel from '../../src/ui/player/ReplyPanel.svelte';
import CoachingPanel from '../../src/ui/player/CoachingPanel.svelte';
import { createSession } from '../../src/lib/play/session.ts';
import { scoreReply } from '../../src/lib/scoring/score-reply.ts';
import { locale } from '../../src/ui/shared/locale.svelte.ts';
import { loadTable } from '../../src/lib/i18n/index.ts';
import { parcelScenario } from './fixture-session.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

async function axeViolations(container: HTMLElement): Promise<string[]> {
  const w = window as unknown as { axe?: { run: (n: Element, o: object) => Promise<{ violations: { id: string }[] }> } };
  if (!w.axe) window.eval(axeSource);
  // color-contrast needs layout, which jsdom does not have; the e2e run checks it in Chromium.
  const r = await w.axe!.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return r.violations.map((v) => v.id);
}

afterEach(() => {
  cleanup();
  locale.lang = 'en';
});

describe('ReplyPanel', () => {
  const scenario = parcelScenario();
  const beat = scenario.beatIndex.opening!;

  it('offers every authored reply, silence included, and reports the pick', async () => {
    const onchoose = vi.fn();
    render(ReplyPanel, { beat, meta: scenario.meta, onchoose, onreply: vi.fn() });
    const buttons = screen.getByRole('list', { name: 'Reply options' }).querySelectorAll('button');
    expect(buttons).toHaveLength(3);
    await fireEvent.click(screen.getByRole('button', { name: /Don’t reply/ }));
    expect(onchoose).toHaveBeenCalledWith(2);
    expect(await axeViolations(document.body)).toEqual([]);
  });

  it('refuses an empty typed reply and posts a written one', async () => {
    const onreply = vi.fn();
    render(ReplyPanel, { beat, meta: scenario.meta, onchoose: vi.fn(), onreply });
    await fireEvent.click(screen.getByRole('button', { name: 'Post reply' }));
    expect(onreply).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toContain('Write something first');
    const box = screen.getByLabelText('Your reply (in English)');
    expect(box.getAttribute('aria-invalid')).toBe('true');
    await fireEvent.input(box, { target: { value: 'Sorry, Dana — DM us?' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Post reply' }));
    expect(onreply).toHaveBeenCalledWith('Sorry, Dana — DM us?');
  });

  it('says the reply is being graded while its scorer loads, and keeps the draft when it cannot be graded', async () => {
    let settle: (posted: boolean) => void = () => {};
    const onreply = vi.fn(() => new Promise<boolean>((r) => (settle = r)));
    const onfreetextfocus = vi.fn();
    const { rerender } = render(ReplyPanel, { beat, meta: scenario.meta, grader: 'loading', onchoose: vi.fn(), onreply, onfreetextfocus });
    const box = screen.getByLabelText('Your reply (in English)') as HTMLTextAreaElement;
    await fireEvent.focus(box);
    expect(onfreetextfocus).toHaveBeenCalledOnce();
    await fireEvent.input(box, { target: { value: 'Sorry, Dana — DM us?' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Post reply' }));
    expect(screen.getByRole('status').textContent).toBe('Grading your reply…');
    // A second press while grading posts nothing more.
    await fireEvent.click(screen.getByRole('button', { name: 'Post reply' }));
    expect(onreply).toHaveBeenCalledOnce();
    settle(false);
    await rerender({ grader: 'error' });
    expect(screen.queryByRole('status')).toBeNull();
    expect(screen.getByRole('alert').textContent).toContain('could not be graded');
    expect(box.value).toBe('Sorry, Dana — DM us?');
    expect(await axeViolations(document.body)).toEqual([]);
  });

  it('speaks the UI language while the replies stay in the scenario’s', async () => {
    await loadTable('ja');
    locale.lang = 'ja';
    render(ReplyPanel, { beat, meta: scenario.meta, onchoose: vi.fn(), onreply: vi.fn() });
    expect(screen.getByRole('heading', { name: 'あなたの返信' })).toBeTruthy();
    expect(screen.getByRole('button', { name: /courier partner/ }).querySelector('[lang="en"]')).toBeTruthy();
  });
});

describe('CoachingPanel', () => {
  it('shows the score, the authored feedback, highlighted evidence and both ways on', async () => {
    const scenario = parcelScenario();
    const s = createSession(scenario, { score: scoreReply, uiLang: 'en' });
    const r = s.choose(1);
    if (!r.ok) throw new Error(r.error.message);
    const onretry = vi.fn();
    const oncontinue = vi.fn();
    const feedback = r.value.reply!.feedback;
    render(CoachingPanel, { turn: r.value, meta: scenario.meta, block: { [feedback]: '<p>Blaming the courier breaks two rules.</p>' }, ended: false, onretry, oncontinue });
    expect(screen.getByText('Blaming the courier breaks two rules.')).toBeTruthy();
    expect(screen.getByText(String(r.value.reply!.result.score))).toBeTruthy();
    expect(document.querySelectorAll('mark.fail').length).toBeGreaterThan(0);
    expect(screen.getByRole('heading', { name: 'To work on' })).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: /Try this beat again/ }));
    await fireEvent.click(screen.getByRole('button', { name: /Continue/ }));
    expect(onretry).toHaveBeenCalledOnce();
    expect(oncontinue).toHaveBeenCalledOnce();
    expect(await axeViolations(document.body)).toEqual([]);
  });
});
