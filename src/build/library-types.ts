import type { ScenarioGrades } from '../lib/play/graded-choices.ts';
import type { Outcome, Scenario, ScenarioMeta } from '../lib/scenario/model.ts';

/** A problem in a library file, as the library page shows it. */
export interface LibraryProblem {
  severity: 'error' | 'warning';
  /** Stable code, e.g. `choice_target_missing`. */
  code: string;
  /** What is wrong, in one sentence. */
  message: string;
  /** How to fix it. */
  hint?: string;
  /** 1-based line and column of the problem in the file. */
  line: number;
  column: number;
  /** The `file:line:col severity code message` form editors and CI read. */
  formatted: string;
}

/** What the library page knows about a scenario before it is opened: a projection of its metadata. */
export type LibraryMeta = Pick<
  ScenarioMeta,
  'id' | 'title' | 'lang' | 'persona' | 'category' | 'platform' | 'difficulty' | 'targetMinutes' | 'summary' | 'version' | 'objectives'
> & {
  customer: Pick<ScenarioMeta['customer'], 'name' | 'avatar'>;
  brand: Pick<ScenarioMeta['brand'], 'name'>;
  /** Outcomes the scenario can end in. */
  outcomes: Outcome[];
};

/** Sanitised HTML for every Markdown field of a scenario, keyed by the Markdown source. */
export interface RenderedMarkdown {
  /** Block Markdown (briefing, narration, feedback, endings). */
  block: Record<string, string>;
  /** Inline Markdown (messages). */
  inline: Record<string, string>;
}

/**
 * One scenario chunk: the validated scenario (as the engine takes it), its rendered HTML and
 * the scorer's grades of its authored options. In the built site the scenario's source
 * positions (`span`) all point at the file's start: they serve authors' diagnostics, which
 * the page never shows, so they are not shipped.
 */
export interface CompiledScenario {
  scenario: Scenario;
  html: RenderedMarkdown;
  /** Every authored option graded at build time (see `lib/play/graded-choices.ts`). */
  grades: ScenarioGrades;
}

/** One file of the library, as emitted by the build. */
export interface LibraryEntry {
  /** The file path relative to the library folder's parent, e.g. `scenarios/en/late-cake.md`. */
  file: string;
  /** True when the scenario loaded without errors. */
  ok: boolean;
  /** Metadata of a scenario that loaded. */
  meta: LibraryMeta | null;
  /** Errors (and warnings of a broken file). Warnings of a healthy file are counted, not listed. */
  problems: LibraryProblem[];
  /** Warnings of a healthy file (the linter lists them). */
  warnings: number;
}
