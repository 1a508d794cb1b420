import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { stripNotes } from './strip-notes.ts';

const EMPTY = '\0reply-dojo:eager-scoring-data';
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
  const eager = new Set([
    resolve(options.projectRoot, 'src/lib/scoring/detectors/eager.ts'),
    resolve(options.projectRoot, 'src/lib/scoring/texts/eager.ts'),
    resolve(options.projectRoot, 'src/lib/scoring/prefilter/eager.ts'),
  ]);
  return {
    name: 'reply-dojo-lazy-scoring',
    enforce: 'pre',
    async resolveId(source, importer, opts) {
      if (!source.endsWith('/eager.ts') || !importer) return null;
      const resolved = await this.resolve(source, importer, { ...opts, skipSelf: true });
      return resolved && eager.has(resolved.id) ? EMPTY : null;
    },
    load(id) {
      return id === EMPTY ? 'export {};' : null;
    },
    transform(code, id) {
      return PACK.test(id) ? { code: stripNotes(code, id), map: null } : null;
    },
  };
}
