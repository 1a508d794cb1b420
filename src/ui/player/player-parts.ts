/**
 * What the player needs once the trainee presses Start, in one lazily imported chunk: the
 * player's UI, the play engine with xstate (through `Player.svelte`), and the grader that
 * fetches the typed-reply scorer later. The briefing does not need any of it.
 */
export { default as Player } from './Player.svelte';
export { FreeTextGrader } from './free-text-grader.svelte.ts';
