import type { Lang } from '../../lib/scoring/contract.ts';
import { loadRuleTexts } from '../../lib/scoring/texts/index.ts';

/** The player's chunk (`player-parts.ts`). */
export type PlayerParts = typeof import('./player-parts.ts');

let parts: Promise<PlayerParts> | null = null;

/**
 * Fetch what the player needs before the first reply (its UI, the play engine and xstate, and
 * the rule texts of the UI language), once: a second call shares the first download. Vite adds
 * `modulepreload` links for the chunk's imports, so they download side by side. A failed
 * download (offline) is forgotten, so a later call tries again.
 */
export function loadPlayer(uiLang: Lang): Promise<PlayerParts> {
  const code = (parts ??= import('./player-parts.ts').catch((error: unknown) => {
    parts = null;
    throw error;
  }));
  return Promise.all([code, loadRuleTexts(uiLang)]).then(([m]) => m);
}
