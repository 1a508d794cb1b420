/**
 * The prefilter's factor reader, for the scorer to find in Node (the CLIs, the tests, the
 * site build). The web app's build swaps this module for an empty one (see
 * `src/build/lazy-scoring-plugin.ts`), so the page does not download the regexp parser
 * and grades every reply without the prefilter: the same verdicts, a little slower.
 */
export { requiredFactors } from './factors.ts';
