import { describe, expect, it } from 'vitest';
import type { LibraryEntry, LibraryMeta } from '../../src/build/library-types.ts';
import { NO_FILTERS, filterLibrary } from '../../src/ui/library/filter-library.ts';

const meta = (over: Partial<LibraryMeta>): LibraryMeta => ({
  id: 'x',
  title: 'X',
  lang: 'en',
  persona: 'angry',
  category: 'logistics',
  platform: 'feed',
  difficulty: 1,
  targetMinutes: 60,
  summary: '',
  version: 1,
  customer: { name: 'Dana', avatar: 'D' },
  brand: { name: 'Crumb' },
  objectives: [],
  outcomes: ['resolved'],
  ...over,
});
const entry = (m: LibraryMeta): LibraryEntry => ({ file: `scenarios/${m.lang}/${m.id}.md`, ok: true, meta: m, problems: [], warnings: 0 });
const entries = [
  entry(meta({ id: 'late-cake', title: 'The late cake', summary: 'A birthday cake arrives late' })),
  entry(meta({ id: 'bento', title: '便當送錯了', lang: 'zh-TW', persona: 'joking', category: 'product-quality', difficulty: 2 })),
  entry(meta({ id: 'hana', title: '花の置き配', lang: 'ja', persona: 'malicious', difficulty: 3 })),
  { file: 'scenarios/en/broken.md', ok: false, meta: null, problems: [], warnings: 0 },
];
const ids = (r: LibraryMeta[]) => r.map((m) => m.id);

describe('filterLibrary', () => {
  it('filters by language, persona, category, difficulty and progress, leaving broken files out', () => {
    const none = () => 'new' as const;
    expect(ids(filterLibrary(entries, NO_FILTERS, none))).toEqual(['late-cake', 'bento', 'hana']);
    expect(ids(filterLibrary(entries, { ...NO_FILTERS, lang: 'ja' }, none))).toEqual(['hana']);
    expect(ids(filterLibrary(entries, { ...NO_FILTERS, persona: 'joking' }, none))).toEqual(['bento']);
    expect(ids(filterLibrary(entries, { ...NO_FILTERS, category: 'logistics' }, none))).toEqual(['late-cake', 'hana']);
    expect(ids(filterLibrary(entries, { ...NO_FILTERS, difficulty: '3' }, none))).toEqual(['hana']);
    expect(ids(filterLibrary(entries, { ...NO_FILTERS, status: 'done' }, (id) => (id === 'bento' ? 'done' : 'new')))).toEqual(['bento']);
  });

  it('searches every word across title, summary, brand and customer, in any script', () => {
    const none = () => 'new' as const;
    expect(ids(filterLibrary(entries, { ...NO_FILTERS, query: 'BIRTHDAY late' }, none))).toEqual(['late-cake']);
    expect(ids(filterLibrary(entries, { ...NO_FILTERS, query: '便當' }, none))).toEqual(['bento']);
    expect(ids(filterLibrary(entries, { ...NO_FILTERS, query: 'cake bento' }, none))).toEqual([]);
  });
});
