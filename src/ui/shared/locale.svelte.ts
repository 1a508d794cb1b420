import { translate, type MessageKey, type MessageVars } from '../../lib/i18n/index.ts';
import type { Lang } from '../../lib/scoring/contract.ts';

/** The UI language, shared by every component; reading `t` inside markup keeps it reactive. */
export class Locale {
  lang = $state<Lang>('en');

  /** A UI string in the current language. */
  t = (key: MessageKey, vars?: MessageVars): string => translate(this.lang, key, vars);
}

export const locale = new Locale();
