/**
 * Every language pack, imported at once. Node (the CLIs, the tests, the site build) reads
 * them through `index.ts`; the web app's build swaps this module for an empty one
 * (src/build/lazy-scoring-plugin.ts) and loads one pack at a time with `loadPack`.
 */
export { en } from './en.ts';
export { zhTW } from './zh-TW.ts';
export { ja } from './ja.ts';
