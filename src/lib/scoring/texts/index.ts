import type { Lang } from '../contract.ts';
import type { RuleTexts } from './types.ts';

export type { RuleText, RuleTexts, ThreeCParts } from './types.ts';

const loaded: Partial<Record<Lang, RuleTexts>> = {};
const pending: Partial<Record<Lang, Promise<RuleTexts>>> = {};

/** One dynamic import per UI language, so a bundler gives each language its own chunk. */
const LOADERS: Record<Lang, () => Promise<RuleTexts>> = {
  en: () => import('./en.ts').then((m) => m.en),
  'zh-TW': () => import('./zh-TW.ts').then((m) => m.zhTW),
  ja: () => import('./ja.ts').then((m) => m.ja),
};

/** Make one language's rule texts available to synchronous readers (`ruleTexts`, the playbook's `text`). */
export function registerRuleTexts(texts: RuleTexts): void {
  loaded[texts.lang] = texts;
}

/** Are this language's rule texts loaded? */
export function hasRuleTexts(lang: Lang): boolean {
  return loaded[lang] !== undefined;
}

/** Load one language's rule texts (once; later calls share the first load). */
export function loadRuleTexts(lang: Lang): Promise<RuleTexts> {
  const ready = loaded[lang];
  if (ready) return Promise.resolve(ready);
  return (pending[lang] ??= LOADERS[lang]().then(
    (texts) => {
      registerRuleTexts(texts);
      return texts;
    },
    (error: unknown) => {
      // A failed fetch (offline) may be retried later.
      delete pending[lang];
      throw error;
    },
  ));
}

/**
 * The rule texts of a loaded language. Reading a language that was never loaded is a
 * programmer error (await `loadRuleTexts` first), so it throws.
 */
export function ruleTexts(lang: Lang): RuleTexts {
  const texts = loaded[lang];
  if (!texts) throw new Error(`The rule texts for \`${lang}\` are not loaded; await loadRuleTexts('${lang}') first.`);
  return texts;
}
