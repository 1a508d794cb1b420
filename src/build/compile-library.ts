import { formatDiagnostic, loadScenario, type Diagnostic } from '../lib/scenario/index.ts';
import type { Outcome, Scenario } from '../lib/scenario/model.ts';
import type { CompiledScenario, LibraryEntry, LibraryMeta, LibraryProblem, RenderedMarkdown } from './library-types.ts';
import { gradeChoices } from './grade-choices.ts';
import { createRenderer } from './render-markdown.ts';

/** One source file of the library. */
export interface LibraryFile {
  /** Path as shown to authors, e.g. `scenarios/en/late-cake.md`. */
  file: string;
  source: string;
}

/** The compiled library: the index entries and one chunk per healthy scenario, by file. */
export interface CompiledLibrary {
  entries: LibraryEntry[];
  chunks: Map<string, CompiledScenario>;
}

function problem(d: Diagnostic): LibraryProblem {
  return {
    severity: d.severity,
    code: d.code,
    message: d.message,
    ...(d.hint ? { hint: d.hint } : {}),
    line: d.start.line,
    column: d.start.column,
    formatted: formatDiagnostic(d),
  };
}

function metaOf(s: Scenario): LibraryMeta {
  const m = s.meta;
  const outcomes = [...new Set(s.beats.map((b) => b.outcome).filter((o): o is Outcome => o !== undefined))];
  return {
    id: m.id,
    title: m.title,
    lang: m.lang,
    persona: m.persona,
    category: m.category,
    platform: m.platform,
    difficulty: m.difficulty,
    targetMinutes: m.targetMinutes,
    summary: m.summary,
    version: m.version,
    customer: { name: m.customer.name, avatar: m.customer.avatar },
    brand: { name: m.brand.name },
    objectives: m.objectives,
    outcomes,
  };
}

/** Every Markdown field of a scenario rendered to sanitised HTML. */
function renderAll(s: Scenario, render: ReturnType<typeof createRenderer>): RenderedMarkdown {
  const block: Record<string, string> = {};
  const inline: Record<string, string> = {};
  const addBlock = (md: string) => {
    if (md && !(md in block)) block[md] = render.block(md);
  };
  addBlock(s.briefing);
  for (const beat of s.beats) {
    beat.narration.forEach(addBlock);
    addBlock(beat.debrief);
    for (const c of beat.choices) addBlock(c.feedback);
    for (const m of beat.messages) if (!(m.text in inline)) inline[m.text] = render.inline(m.text);
  }
  return { block, inline };
}

/**
 * Compile the library's files: load each with the scenario loader, keep diagnostics for the
 * broken ones, and render every Markdown field of the healthy ones and grade their options. A second file with an id
 * already taken is reported and left out. This is a pure function of the files given.
 */
export function compileLibrary(files: readonly LibraryFile[]): CompiledLibrary {
  const render = createRenderer();
  const entries: LibraryEntry[] = [];
  const chunks = new Map<string, CompiledScenario>();
  const seen = new Map<string, string>();
  const sorted = [...files].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  for (const { file, source } of sorted) {
    const result = loadScenario(source, file);
    if (!result.ok) {
      entries.push({ file, ok: false, meta: null, problems: result.diagnostics.map(problem), warnings: 0 });
      continue;
    }
    const { scenario } = result;
    const earlier = seen.get(scenario.meta.id);
    if (earlier !== undefined) {
      const message = `The id \`${scenario.meta.id}\` is already used by ${earlier}.`;
      entries.push({
        file,
        ok: false,
        meta: null,
        problems: [{ severity: 'error', code: 'library_id_duplicate', message, hint: 'Give every scenario its own id.', line: 1, column: 1, formatted: `${file}:1:1 error library_id_duplicate ${message}` }],
        warnings: 0,
      });
      continue;
    }
    seen.set(scenario.meta.id, file);
    const warnings = result.diagnostics.filter((d) => d.severity === 'warning').length;
    entries.push({ file, ok: true, meta: metaOf(scenario), problems: [], warnings });
    chunks.set(file, { scenario, html: renderAll(scenario, render), grades: gradeChoices(scenario) });
  }
  return { entries, chunks };
}
