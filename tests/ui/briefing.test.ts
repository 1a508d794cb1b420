// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import Briefing from '../../src/ui/player/Briefing.svelte';
import type { CompiledScenario } from '../../src/build/library-types.ts';
import { gradeChoices } from '../../src/build/grade-choices.ts';
import { parcelScenario } from './fixture-session.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

async function axeViolations(container: HTMLElement): Promise<string[]> {
  const w = window as unknown as { axe?: { run: (n: Element, o: object) => Promise<{ violations: { id: string }[] }> } };
  if (!w.axe) window.eval(axeSource);
  // color-contrast needs layout, which jsdom does not have, and the app's <main> is the landmark
  // around the screen: the e2e run checks both in Chromium.
  const r = await w.axe!.run(container, { rules: { 'color-contrast': { enabled: false }, region: { enabled: false } } });
  return r.violations.map((v) => v.id);
}

function compiled(): CompiledScenario {
  const scenario = parcelScenario();
  return { scenario, html: { block: { [scenario.briefing]: '<p>You may refund shipping.</p>' }, inline: {} }, grades: gradeChoices(scenario) };
}

afterEach(() => cleanup());

describe('Briefing', () => {
  it('focuses the title and starts with the picked mode and clock speed', async () => {
    const onstart = vi.fn();
    render(Briefing, { compiled: compiled(), speed: 2, onstart });
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1, name: 'The parcel that never came' }));
    await fireEvent.click(screen.getByRole('radio', { name: /Assessment/ }));
    await fireEvent.click(screen.getByRole('button', { name: /Start the clock/ }));
    expect(onstart).toHaveBeenCalledWith('assessment', 2);
    expect(screen.getByRole('status').textContent).toBe('');
    expect(screen.getByRole('button', { name: /Start the clock/ }).hasAttribute('aria-busy')).toBe(false);
  });

  it('says it is getting ready while Start waits for the player, keeping the button and its name', async () => {
    const onstart = vi.fn();
    const view = render(Briefing, { compiled: compiled(), speed: 1, ready: false, onstart });
    expect(document.querySelector('form')!.dataset.player).toBe('loading');
    await view.rerender({ compiled: compiled(), speed: 1, ready: false, preparing: true, onstart });
    const start = screen.getByRole('button', { name: /Start the clock/ });
    expect(start.getAttribute('aria-busy')).toBe('true');
    expect(screen.getByRole('status').textContent).toBe('Getting the conversation ready…');
    expect(await axeViolations(document.body)).toEqual([]);
  });
});
