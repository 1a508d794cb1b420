import { LANGS, type Lang } from '../scoring/contract.ts';
import { en, type MessageKey } from './en.ts';

export type { MessageKey } from './en.ts';

/**
 * UI string tables loaded so far. English is always there (it is the fallback); the others are
 * loaded on demand so a page ships only the language it shows.
 */
const loaded: Partial<Record<Lang, Record<MessageKey, string>>> = { en };

const LOADERS: Record<Lang, () => Promise<Record<MessageKey, string>>> = {
  en: async () => en,
  'zh-TW': async () => (await import('./zh-TW.ts')).zhTW,
  ja: async () => (await import('./ja.ts')).ja,
};

/** Load a language's table (once); `translate` falls back to English until it is loaded. */
export async function loadTable(lang: Lang): Promise<void> {
  loaded[lang] ??= await LOADERS[lang]();
}

/** Values for `{name}` placeholders. */
export type MessageVars = Record<string, string | number>;

/**
 * A UI string in a language, with `{name}` placeholders filled (numbers formatted for the
 * language). A placeholder without a value is left visible, so a missing value shows. Pure.
 */
export function translate(lang: Lang, key: MessageKey, vars?: MessageVars): string {
  const text = loaded[lang]?.[key] ?? en[key];
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = vars[name];
    if (v === undefined) return whole;
    return typeof v === 'number' ? formatNumber(lang, v) : v;
  });
}

/**
 * The UI language for a browser's preferred languages (`navigator.languages`): the first that
 * matches. Any Chinese other than Simplified reads Traditional (zh-HK, zh-Hant…); Simplified
 * Chinese readers get zh-TW too rather than English, as the closest table. Defaults to English.
 */
export function pickLang(preferred: readonly string[]): Lang {
  for (const tag of preferred) {
    const lower = tag.toLowerCase();
    const exact = LANGS.find((l) => l.toLowerCase() === lower);
    if (exact) return exact;
    if (lower.startsWith('zh')) return 'zh-TW';
    if (lower.startsWith('ja')) return 'ja';
    if (lower.startsWith('en')) return 'en';
  }
  return 'en';
}

/** A number in the language's format. */
export function formatNumber(lang: Lang, n: number, digits = 0): string {
  return new Intl.NumberFormat(lang, { maximumFractionDigits: digits }).format(n);
}

/** A real date and time in the language's format (attempt history). */
export function formatDate(lang: Lang, iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(d);
}

/** The simulated clock shows a working day starting at 09:00. */
const DAY_START_MINUTES = 9 * 60;

/** A simulated time (minutes since the scenario started) as a clock time in the language's format. */
export function formatClock(lang: Lang, minutes: number): string {
  const total = DAY_START_MINUTES + Math.floor(minutes);
  const d = new Date(Date.UTC(2000, 0, 1 + Math.floor(total / 1440), Math.floor((total % 1440) / 60), total % 60));
  return new Intl.DateTimeFormat(lang, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(d);
}
