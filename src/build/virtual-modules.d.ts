declare module 'virtual:reply-dojo/library' {
  import type { CompiledScenario, LibraryEntry } from './library-types.ts';
  /** Every file of the built-in library, in a stable order (language, then file name). */
  export const library: readonly LibraryEntry[];
  /** Load one scenario's chunk by its file (lazily imported). */
  export const loaders: Readonly<Record<string, () => Promise<{ default: CompiledScenario }>>>;
}
