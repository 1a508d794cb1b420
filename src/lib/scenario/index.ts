import type { Diagnostic } from './diagnostics.ts';
import type { Scenario } from './model.ts';
import { parseFile } from './parse.ts';
import { validate } from './validate.ts';

export * from './model.ts';
export * from './diagnostics.ts';
export { compileConfig, compileMachine, createScenarioMachine, type MachineConfig, type Turn, type ReplyRecord, type Sample, type PlayContext, type PlayEvent, type ScenarioMachine } from './compile.ts';

/** A scenario file, loaded: the scenario when it has no errors, and every diagnostic either way. */
export type LoadResult =
  | { ok: true; scenario: Scenario; diagnostics: Diagnostic[] }
  | { ok: false; diagnostics: Diagnostic[] };

/**
 * Parse and validate one scenario file. One serves the CLI, CI, the build and a live preview:
 * it takes the text and the file's name, never reads files, and never throws on author input.
 */
export function loadScenario(source: string, file: string): LoadResult {
  const { scenario, diagnostics } = validate(parseFile(source, file));
  return scenario ? { ok: true, scenario, diagnostics } : { ok: false, diagnostics };
}
