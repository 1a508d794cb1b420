import type { Lang } from '../contract.ts';
import * as eagerPacks from './eager.ts';
import type { LanguagePack } from './types.ts';

const loaded: Partial<Record<Lang, LanguagePack>> = {};
const pending: Partial<Record<Lang, Promise<LanguagePack>>> = {};

/** One dynamic import per language, so a bundler gives each pack its own chunk. One line per language. */
const LOADERS: Record<Lang, () => Promise<LanguagePack>> = {
  en: () => import('./en.ts').then((m) => m.en),
  'zh-TW': () => import('./zh-TW.ts').then((m) => m.zhTW),
  ja: () => import('./ja.ts').then((m) => m.ja),
};

/**
 * The language packs loaded so far, by the language they read. In Node (CLIs, tests, the
 * site build) every pack is here from the start; the web app loads them on demand.
 */
export const PACKS: Readonly<Record<Lang, LanguagePack>> = loaded as Record<Lang, LanguagePack>;

/** Make a pack available to the synchronous scorer. */
export function registerPack(pack: LanguagePack): void {
  loaded[pack.lang] = pack;
}

// The web app's build replaces `eager.ts` with an empty module, so nothing is registered there.
for (const pack of Object.values(eagerPacks)) registerPack(pack);

/** Is the pack of this language loaded? */
export function hasPack(lang: Lang): boolean {
  return loaded[lang] !== undefined;
}

/** Load one language's pack (once; later calls share the first load). */
export function loadPack(lang: Lang): Promise<LanguagePack> {
  const ready = loaded[lang];
  if (ready) return Promise.resolve(ready);
  return (pending[lang] ??= LOADERS[lang]().then(
    (pack) => {
      registerPack(pack);
      return pack;
    },
    (error: unknown) => {
      // A failed fetch (offline) may be retried later.
      delete pending[lang];
      throw error;
    },
  ));
}

/**
 * Scripts that reveal a passage in another language inside a reply, so that a
 * Cantonese reply opening with "Sorry" or an English reply quoting 「申し訳ございません」
 * is read by both packs. Han alone is ambiguous between Chinese and Japanese:
 * it counts as Chinese only when there is no kana.
 */
const LATIN_WORDS = /[A-Za-z]{2,}(?:['’][a-z]{1,2})?/g;
const KANA = /[\u3041-\u3096\u30A1-\u30FA]/g;
const HAN = /[\u4E00-\u9FFF]/;

/** The languages whose packs read a reply: its own first, then any other language it visibly mixes in. Pure. */
export function packLangsFor(lang: Lang, text: string): Lang[] {
  const out: Lang[] = [lang];
  const kana = (text.match(KANA) ?? []).length;
  if (lang !== 'en' && (text.match(LATIN_WORDS) ?? []).filter((w) => w !== w.toUpperCase()).length >= 3) out.push('en');
  if (lang !== 'ja' && kana >= 2) out.push('ja');
  if (lang === 'en' && kana < 2 && HAN.test(text)) out.push('zh-TW');
  return out;
}

/** Load every pack a reply needs (see `packLangsFor`), so that `scoreReply` can grade it. */
export async function loadPacksFor(lang: Lang, text: string): Promise<void> {
  await Promise.all(packLangsFor(lang, text).map(loadPack));
}

/**
 * The packs to read a reply with: its own language first, then any other language it
 * visibly mixes in. Every one must be loaded (`loadPacksFor`); a missing one is a
 * programmer error, so it throws rather than grade with fewer packs.
 */
export function packsFor(lang: Lang, text: string): LanguagePack[] {
  return packLangsFor(lang, text).map((l) => {
    const pack = loaded[l];
    if (!pack) throw new Error(`The \`${l}\` language pack is not loaded; await loadPacksFor('${lang}', text) first.`);
    return pack;
  });
}
