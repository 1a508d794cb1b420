import type { Lang } from '../scoring/contract.ts';
import { en, type MessageKey } from './en.ts';
import { ja } from './ja.ts';
import { zhTW } from './zh-TW.ts';

/** Every UI string table, by language, loaded at once (for tests and tools; the app loads one). */
export const TABLES: Record<Lang, Record<MessageKey, string>> = { en, 'zh-TW': zhTW, ja };
