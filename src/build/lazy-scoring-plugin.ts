import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { stripNotes } from './strip-notes.ts';

const EMPTY = '\0reply-dojo:empty-module';
/** A language pack's module. */
const PACK = /[\\/]src[\\/]lib[\\/]scoring[\\/]detectors[\\/](?:en|zh-TW|ja)\.ts$/;

/**
 * The scorer's language packs and rule texts are imported all at once in Node (the CLIs,
 * the tests, this build) through two `eager.ts` modules, and its prefilter's factor reader
 * (with a regexp parser) through a third. In the web app this plugin swaps all three for an
 * empty module, so a page downloads only what it asks for with `loadPack(lang)` and
 * `loadRuleTexts(lang)`: one pack, one language of texts, each its own chunk, and no parser. The
 * packs' maintainer notes are emptied on the way (see `stripNotes`).
 */
export function lazyScoringPlugin(options: { projectRoot: string }): Plugin {
  const swap = emptyModulesPlugin(options.projectRoot, [
    'src/lib/scoring/detectors/eager.ts',
    'src/lib/scoring/texts/eager.ts',
    'src/lib/scoring/prefilter/eager.ts',
  ]);
  return {
    ...swap,
    name: 'reply-dojo-lazy-scoring',
    transform(code, id) {
      return PACK.test(id) ? { code: stripNotes(code, id), map: null } : null;
    },
  };
}

/**
 * Replaces each of the given modules (paths from the project root) with an empty one
 * wherever it is imported. The web build uses it for the eager modules above; the scorer
 * benchmark, to bundle the scorer without its factor reader, as the app ships it.
 */
export function emptyModulesPlugin(projectRoot: string, files: readonly string[]): Plugin {
  const swapped = new Set(files.map((f) => resolve(projectRoot, f)));
  const names = new Set(files.map((f) => f.slice(f.lastIndexOf('/') + 1)));
  return {
    name: 'reply-dojo-empty-modules',
    enforce: 'pre',
    async resolveId(source, importer, opts) {
      if (!importer || ![...names].some((n) => source.endsWith(`/${n}`))) return null;
      const resolved = await this.resolve(source, importer, { ...opts, skipSelf: true });
      return resolved && swapped.has(resolved.id) ? EMPTY : null;
    },
    load(id) {
      return id === EMPTY ? 'export {};' : null;
    },
  };
}
