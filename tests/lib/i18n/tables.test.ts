import { describe, expect, it } from 'vitest';
import { LANGS } from '../../../src/lib/scoring/contract.ts';
import { formatClock, formatNumber, loadTable, pickLang, translate } from '../../../src/lib/i18n/index.ts';
import { TABLES } from '../../../src/lib/i18n/tables.ts';
import { en } from '../../../src/lib/i18n/en.ts';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('UI string tables', () => {
  it('has every key in every language, non-empty, and no extra keys', () => {
    const keys = Object.keys(en).sort();
    for (const lang of LANGS) {
      const table = TABLES[lang] as Record<string, string>;
      expect(Object.keys(table).sort(), lang).toEqual(keys);
      for (const k of keys) expect(table[k]!.trim(), `${lang} ${k}`).not.toBe('');
    }
  });

  it('uses the same placeholders in every language', () => {
    for (const lang of LANGS)
      for (const [k, v] of Object.entries(en)) expect(placeholders((TABLES[lang] as Record<string, string>)[k]!), `${lang} ${k}`).toEqual(placeholders(v));
  });

  it('translates the visible strings (not copies of English) in zh-TW and ja', () => {
    const same = (lang: 'zh-TW' | 'ja') => Object.entries(en).filter(([k, v]) => !k.startsWith('lang.') && (TABLES[lang] as Record<string, string>)[k] === v).map(([k]) => k);
    expect(same('zh-TW')).toEqual([]);
    expect(same('ja')).toEqual(['app.name']);
  });
});

describe('translate and formatting', () => {
  it('fills placeholders and formats numbers per language, falling back to English until a table loads', async () => {
    expect(translate('ja', 'library.best', { score: 85 })).toBe('Best 85');
    await loadTable('ja');
    expect(translate('en', 'library.count', { shown: 3, total: 1200 })).toBe('3 of 1,200 scenarios');
    expect(translate('ja', 'library.best', { score: 85 })).toBe('最高 85 点');
    expect(translate('en', 'library.best')).toBe('Best {score}');
    expect(formatNumber('en', 1234.5, 1)).toBe('1,234.5');
  });

  it('picks the UI language from the browser languages', () => {
    expect(pickLang(['ja-JP', 'en'])).toBe('ja');
    expect(pickLang(['zh-HK'])).toBe('zh-TW');
    expect(pickLang(['fr-FR', 'en-GB'])).toBe('en');
    expect(pickLang(['fr-FR'])).toBe('en');
    expect(pickLang([])).toBe('en');
  });

  it('shows the simulated clock from 09:00', () => {
    expect(formatClock('en', 75)).toMatch(/^10:15\sAM$/);
    expect(formatClock('ja', 75)).toBe('10:15');
  });
});
