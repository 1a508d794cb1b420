/**
 * The full scorer, for typed replies: the player imports this module only when a scenario
 * has free-text turns, so its chunk (the judges and the analysis) and the language packs
 * (one chunk each, loaded by `loadPacksFor`) stay out of what opening a scenario costs.
 */
export { scoreReply } from '../../lib/scoring/score-reply.ts';
export { hasPack, loadPacksFor, packLangsFor } from '../../lib/scoring/detectors/index.ts';
export { prepareLexicons } from '../../lib/scoring/analyse.ts';
