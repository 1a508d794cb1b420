import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';
import { compileLibrary, type CompiledLibrary, type LibraryFile } from './compile-library.ts';
import type { CompiledScenario } from './library-types.ts';

const LIBRARY_ID = 'virtual:reply-dojo/library';
const SCENARIO_PREFIX = 'virtual:reply-dojo/scenario/';
const RESOLVED_LIBRARY = '\0' + LIBRARY_ID;
const RESOLVED_SCENARIO = '\0' + SCENARIO_PREFIX;

/** Options of the scenarios plugin. */
export interface ScenariosPluginOptions {
  /** The project folder; file names are shown relative to it. */
  projectRoot: string;
  /** The library folder, relative to the project (default `scenarios`, or `REPLY_DOJO_SCENARIOS`). */
  dir?: string;
}

/** Upper-case names (README.md, CATALOGUE.md) are documentation, not scenarios. */
const isScenarioFile = (name: string) => name.endsWith('.md') && name.replace(/\.md$/, '') !== name.replace(/\.md$/, '').toUpperCase();

function walk(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const out: string[] = [];
  for (const name of names.sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...walk(full));
    else if (isScenarioFile(name)) out.push(full);
  }
  return out;
}

/** Reads the library folder from disk (the only part of the build that touches files). */
export function readLibrary(projectRoot: string, dir: string): LibraryFile[] {
  return walk(resolve(projectRoot, dir)).map((full) => ({
    file: relative(projectRoot, full).split(sep).join('/'),
    source: readFileSync(full, 'utf8'),
  }));
}

/**
 * Serialise a scenario chunk. `beatIndex` repeats `beats`, so it is rebuilt on load; source
 * positions (`span`) are for authors' diagnostics, so every one becomes the same placeholder.
 */
export function scenarioModule(chunk: CompiledScenario): string {
  // Golden examples only test the scorer (the linter runs them); play never reads them.
  const { beatIndex: _index, ...rest } = chunk.scenario;
  const scenario = { ...rest, beats: rest.beats.map((b) => ({ ...b, examples: [] })) };
  const json = JSON.stringify({ scenario, html: chunk.html, grades: chunk.grades }, (key, value: unknown) => (key === 'span' ? 0 : value));
  return [
    `const at = { line: 1, column: 1, offset: 0 };`,
    `const span = Object.freeze({ start: at, end: at });`,
    `const data = JSON.parse(${JSON.stringify(json)}, (key, value) => (key === 'span' ? span : value));`,
    `data.scenario.beatIndex = Object.fromEntries(data.scenario.beats.map((b) => [b.id, b]));`,
    `export default data;`,
  ].join('\n');
}

/**
 * Compiles the built-in scenario library at build time. `virtual:reply-dojo/library` is a
 * small index (metadata, and diagnostics for broken files); every scenario is its own lazily
 * imported chunk with its Markdown already rendered and sanitised.
 */
export function scenariosPlugin(options: ScenariosPluginOptions): Plugin {
  const dir = options.dir ?? process.env.REPLY_DOJO_SCENARIOS ?? 'scenarios';
  const libraryRoot = resolve(options.projectRoot, dir);
  let cached: CompiledLibrary | null = null;
  const library = () => (cached ??= compileLibrary(readLibrary(options.projectRoot, dir)));
  const fileOf = (id: string) => library().entries.find((e) => e.meta?.id === id)?.file;

  return {
    name: 'reply-dojo-scenarios',
    resolveId(id) {
      if (id === LIBRARY_ID) return RESOLVED_LIBRARY;
      if (id.startsWith(SCENARIO_PREFIX)) return '\0' + id;
      return null;
    },
    load(id) {
      if (id === RESOLVED_LIBRARY) {
        const lib = library();
        for (const f of readLibrary(options.projectRoot, dir)) this.addWatchFile(resolve(options.projectRoot, f.file));
        const loaders = lib.entries
          .filter((e) => e.ok)
          .map((e) => `  ${JSON.stringify(e.file)}: () => import(${JSON.stringify(SCENARIO_PREFIX + e.meta!.id)}),`);
        return [
          `export const library = JSON.parse(${JSON.stringify(JSON.stringify(lib.entries))});`,
          `export const loaders = {\n${loaders.join('\n')}\n};`,
        ].join('\n');
      }
      if (id.startsWith(RESOLVED_SCENARIO)) {
        const file = fileOf(id.slice(RESOLVED_SCENARIO.length));
        const chunk = file === undefined ? undefined : library().chunks.get(file);
        return chunk ? scenarioModule(chunk) : null;
      }
      return null;
    },
    configureServer(server) {
      server.watcher.add(libraryRoot);
      const invalidate = (path: string) => {
        if (!path.startsWith(libraryRoot) || !path.endsWith('.md')) return;
        cached = null;
        for (const mod of server.moduleGraph.idToModuleMap.values())
          if (mod.id === RESOLVED_LIBRARY || mod.id?.startsWith(RESOLVED_SCENARIO)) server.moduleGraph.invalidateModule(mod);
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.on('change', invalidate);
      server.watcher.on('add', invalidate);
      server.watcher.on('unlink', invalidate);
    },
  };
}
