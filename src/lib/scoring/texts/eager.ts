/**
 * The rule texts of every UI language, imported at once. Node (the CLIs, the tests, the
 * site build) reads them through `playbook.ts`; the web app's build swaps this module for an
 * empty one (src/build/lazy-scoring-plugin.ts) and loads one language at a time with
 * `loadRuleTexts`.
 */
export { en } from './en.ts';
export { zhTW } from './zh-TW.ts';
export { ja } from './ja.ts';
