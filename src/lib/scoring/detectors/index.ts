import type { Lang } from '../contract.ts';
import type { LanguagePack } from './types.ts';
import { en } from './en.ts';
import { zhTW } from './zh-TW.ts';
import { ja } from './ja.ts';

/** Every language pack, by the language it reads. One line per language. */
export const PACKS: Record<Lang, LanguagePack> = {
  en,
  'zh-TW': zhTW,
  ja,
};

/**
 * Scripts that reveal a passage in another language inside a reply, so that a
 * Cantonese reply opening with "Sorry" or an English reply quoting 「申し訳ございません」
 * is read by both packs. Han alone is ambiguous between Chinese and Japanese:
 * it counts as Chinese only when there is no kana.
 */
const LATIN_WORDS = /[A-Za-z]{2,}(?:['’][a-z]{1,2})?/g;
const KANA = /[\u3041-\u3096\u30A1-\u30FA]/g;
const HAN = /[\u4E00-\u9FFF]/;

/** The packs to read a reply with: its own language first, then any other language it visibly mixes in. */
export function packsFor(lang: Lang, text: string): LanguagePack[] {
  const out = [PACKS[lang]];
  const kana = (text.match(KANA) ?? []).length;
  if (lang !== 'en' && (text.match(LATIN_WORDS) ?? []).filter((w) => w !== w.toUpperCase()).length >= 3) out.push(PACKS.en);
  if (lang !== 'ja' && kana >= 2) out.push(PACKS.ja);
  if (lang === 'en' && kana < 2 && HAN.test(text)) out.push(PACKS['zh-TW']);
  return out;
}
