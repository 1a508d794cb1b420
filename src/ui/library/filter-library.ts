import type { LibraryEntry, LibraryMeta } from '../../build/library-types.ts';

/** Where the trainee stands with a scenario. */
export type Progress = 'new' | 'progress' | 'done';

/** The library page's filters; `''` means any. */
export interface LibraryFilters {
  query: string;
  lang: string;
  persona: string;
  category: string;
  difficulty: string;
  status: '' | Progress;
}

export const NO_FILTERS: LibraryFilters = { query: '', lang: '', persona: '', category: '', difficulty: '', status: '' };

/** Lower-case, accent-free text for searching across scripts. */
const fold = (s: string) => s.normalize('NFKC').toLowerCase();

/**
 * The healthy scenarios that match the filters, in library order. The search looks at the
 * title, summary, brand, customer and id; every word typed must appear. Pure.
 */
export function filterLibrary(entries: readonly LibraryEntry[], f: LibraryFilters, progress: (id: string) => Progress): LibraryMeta[] {
  const words = fold(f.query).split(/\s+/).filter(Boolean);
  const out: LibraryMeta[] = [];
  for (const e of entries) {
    const m = e.meta;
    if (!e.ok || !m) continue;
    if (f.lang && m.lang !== f.lang) continue;
    if (f.persona && m.persona !== f.persona) continue;
    if (f.category && m.category !== f.category) continue;
    if (f.difficulty && String(m.difficulty) !== f.difficulty) continue;
    if (f.status && progress(m.id) !== f.status) continue;
    if (words.length) {
      const hay = fold([m.title, m.summary, m.brand.name, m.customer.name, m.id].join(' '));
      if (!words.every((w) => hay.includes(w))) continue;
    }
    out.push(m);
  }
  return out;
}
