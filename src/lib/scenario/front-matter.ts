import { isMap, isScalar, parseDocument } from 'yaml';
import {
  CATEGORIES,
  LANGS,
  PERSONAS,
  RULE_IDS,
  SOURCE_IDS,
  isCategory,
  isLang,
  isPersona,
  isRuleId,
  type RuleId,
  type SourceId,
} from '../scoring/contract.ts';
import { closest, diagnostic, type Diagnostic, type DiagnosticCode } from './diagnostics.ts';
import { PLATFORMS, type Customer, type Party, type Platform, type ScenarioMeta, type Span, type Value } from './model.ts';
import type { SourceText } from './source.ts';

/** The metadata as read, before the body is known (`start` defaults to the first beat later). */
export type MetaDraft = Omit<ScenarioMeta, 'start'> & { start?: string; startSpan?: Span };

const KNOWN_FIELDS = new Set([
  'id', 'title', 'lang', 'persona', 'category', 'platform', 'difficulty', 'targetMinutes', 'brand', 'customer',
  'customers', 'reputation', 'objectives', 'variables', 'summary', 'sources', 'start', 'author', 'version', 'tags',
]);
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const VARIABLE = /^[A-Za-z_][A-Za-z0-9_]*$/;
const RESERVED_VARIABLES = new Set(['mood', 'reputation', 'clock', 'score', 'true', 'false', 'and', 'or', 'not']);

/**
 * Read the YAML between the `---` lines at `[start, end)` of the source. Returns the
 * metadata when it is usable (even with warnings), and every problem found.
 */
export function readFrontMatter(
  src: SourceText,
  file: string,
  start: number,
  end: number,
): { meta?: MetaDraft; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const yamlText = src.text.slice(start, end);
  const whole = src.span(start, end);
  const doc = parseDocument(yamlText, { prettyErrors: false, uniqueKeys: true });
  for (const error of doc.errors) {
    let [a, b] = error.pos;
    // yaml reports an unclosed quote where the text ends; point at the quote that opened it instead.
    if (error.code === 'MISSING_CHAR' && /quote/.test(error.message)) {
      const opener = unclosedQuote(yamlText, a);
      if (opener !== -1) [a, b] = [opener, opener + 1];
    }
    const message = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+.*$/, '');
    diagnostics.push(diagnostic('yaml_syntax', file, src.span(start + a, start + b), `YAML: ${message.replace(/[.:]?$/, '.')}`));
  }
  if (doc.errors.length > 0) return { diagnostics };
  if (!isMap(doc.contents)) {
    diagnostics.push(diagnostic('meta_invalid', file, whole, 'The front matter must be a YAML mapping of `field: value` lines.'));
    return { diagnostics };
  }

  const spanOf = (path: (string | number)[]): Span => {
    const node = doc.getIn(path, true) as { range?: [number, number, number] } | undefined;
    if (node && node.range) return src.span(start + node.range[0], start + node.range[1]);
    if (path.length > 1) return spanOf(path.slice(0, -1));
    return src.span(start, start);
  };
  const keySpan = (key: string): Span => {
    for (const pair of (doc.contents as { items: { key: unknown }[] }).items) {
      const k = pair.key;
      if (isScalar(k) && k.value === key && k.range) return src.span(start + k.range[0], start + k.range[1]);
    }
    return src.span(start, start);
  };
  const report = (code: DiagnosticCode, path: (string | number)[], message: string, hint?: string) =>
    diagnostics.push(diagnostic(code, file, spanOf(path), message, hint));

  const data = doc.toJS({ maxAliasCount: 50 }) as Record<string, unknown>;
  for (const key of Object.keys(data)) {
    if (!KNOWN_FIELDS.has(key)) {
      const guess = closest(key, KNOWN_FIELDS);
      diagnostics.push(
        diagnostic('meta_unknown', file, keySpan(key), `Unknown front-matter field \`${key}\`.`, guess ? `Did you mean \`${guess}\`?` : undefined),
      );
    }
  }

  const missing = (field: string) =>
    diagnostics.push(diagnostic('meta_missing', file, src.span(start - 4, start - 1), `The front matter has no \`${field}\`.`));

  const str = (field: string, required = true): string => {
    const v = data[field];
    if (v === undefined || v === null || v === '') {
      if (required) missing(field);
      return '';
    }
    if (typeof v !== 'string' && typeof v !== 'number') {
      report('meta_invalid', [field], `\`${field}\` must be text.`);
      return '';
    }
    return String(v);
  };

  const id = str('id');
  if (id && !ID.test(id)) report('meta_invalid', ['id'], `The id \`${id}\` is not kebab-case.`, `Try \`${slug(id)}\`.`);
  const title = str('title');

  const lang = str('lang');
  if (lang && !isLang(lang)) report('lang_unknown', ['lang'], `\`${lang}\` is not a supported language.`, hintFrom(lang, LANGS));
  const persona = str('persona');
  if (persona && !isPersona(persona)) report('persona_unknown', ['persona'], `\`${persona}\` is not a persona.`, hintFrom(persona, PERSONAS));
  const category = str('category');
  if (category && !isCategory(category)) report('category_unknown', ['category'], `\`${category}\` is not a complaint category.`, hintFrom(category, CATEGORIES));
  const platform = str('platform');
  if (platform && !(PLATFORMS as readonly string[]).includes(platform))
    report('meta_invalid', ['platform'], `\`${platform}\` is not a platform.`, hintFrom(platform, PLATFORMS));

  const num = (field: string, fallback: number | undefined, min: number, max: number, integer = false): number => {
    const v = data[field];
    if (v === undefined || v === null) {
      if (fallback === undefined) missing(field);
      return fallback ?? min;
    }
    if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max || (integer && !Number.isInteger(v))) {
      report('meta_invalid', [field], `\`${field}\` must be ${integer ? 'a whole number' : 'a number'} from ${min} to ${max}.`);
      return fallback ?? min;
    }
    return v;
  };
  const difficulty = num('difficulty', undefined, 1, 3, true) as 1 | 2 | 3;
  const targetMinutes = num('targetMinutes', 60, 1, 10_000);
  const reputation = num('reputation', 50, 0, 100);
  const version = num('version', undefined, 0, 1_000_000);

  const party = (field: string, value: unknown, path: (string | number)[], withMood: boolean): Customer | undefined => {
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'object' || Array.isArray(value)) {
      report('meta_invalid', path, `\`${field}\` must be a mapping with \`name\`, \`handle\`${withMood ? ', `avatar` and `mood`' : ''}.`);
      return undefined;
    }
    const o = value as Record<string, unknown>;
    const name = typeof o.name === 'string' ? o.name : '';
    if (!name) report('meta_missing', path, `\`${field}\` has no \`name\`.`);
    const handle = typeof o.handle === 'string' || typeof o.handle === 'number' ? String(o.handle).replace(/^@/, '') : '';
    if (!handle) report('meta_missing', path, `\`${field}\` has no \`handle\`.`);
    const avatar = typeof o.avatar === 'string' ? o.avatar : initials(name);
    if ([...avatar].length > 2 && !/\p{Extended_Pictographic}/u.test(avatar))
      report('meta_invalid', [...path, 'avatar'], `The avatar \`${avatar}\` is longer than two letters.`, 'Use one emoji or up to two letters.');
    let mood = 50;
    if (withMood) {
      if (typeof o.mood === 'number' && o.mood >= 0 && o.mood <= 100) mood = o.mood;
      else if (o.mood === undefined) report('meta_missing', path, `\`${field}\` has no \`mood\` (0 furious … 100 delighted).`);
      else report('meta_invalid', [...path, 'mood'], 'The mood must be a number from 0 to 100.');
    }
    return { name, handle, avatar, mood };
  };

  const brandValue = party('brand', data.brand, ['brand'], false);
  if (!brandValue) missing('brand');
  const brand: Party = brandValue ? { name: brandValue.name, handle: brandValue.handle, avatar: brandValue.avatar } : { name: '', handle: '', avatar: '' };

  const customers: Record<string, Customer> = {};
  if (data.customers !== undefined) {
    const list = data.customers;
    if (typeof list !== 'object' || list === null || Array.isArray(list)) report('meta_invalid', ['customers'], '`customers` must map ids to customers.');
    else
      for (const [cid, value] of Object.entries(list)) {
        if (!ID.test(cid)) report('meta_invalid', ['customers', cid], `The customer id \`${cid}\` is not kebab-case.`);
        const c = party(`customers.${cid}`, value, ['customers', cid], true);
        if (c) customers[cid] = c;
      }
  }
  const single = party('customer', data.customer, ['customer'], true);
  if (single) customers.main = single;
  if (Object.keys(customers).length === 0 && data.customers === undefined) missing('customer');
  const customer = single ?? Object.values(customers)[0] ?? { name: '', handle: '', avatar: '', mood: 50 };

  const list = (field: string, required: boolean): unknown[] => {
    const v = data[field];
    if (v === undefined || v === null) {
      if (required) missing(field);
      return [];
    }
    if (!Array.isArray(v)) {
      report('meta_invalid', [field], `\`${field}\` must be a list, e.g. \`[a, b]\`.`);
      return [];
    }
    return v;
  };
  const objectives: RuleId[] = [];
  list('objectives', true).forEach((r, i) => {
    if (isRuleId(r)) objectives.push(r);
    else report('rule_unknown', ['objectives', i], `\`${String(r)}\` is not a playbook rule id.`, hintFromRule(String(r)));
  });
  const sources: SourceId[] = [];
  list('sources', false).forEach((s, i) => {
    if ((SOURCE_IDS as readonly unknown[]).includes(s)) sources.push(s as SourceId);
    else report('meta_invalid', ['sources', i], `\`${String(s)}\` is not a source; use S0 … S4.`);
  });

  const variables: Record<string, Value> = {};
  if (data.variables !== undefined && data.variables !== null) {
    if (typeof data.variables !== 'object' || Array.isArray(data.variables)) report('meta_invalid', ['variables'], '`variables` must map names to numbers or booleans.');
    else
      for (const [name, value] of Object.entries(data.variables as Record<string, unknown>)) {
        if (!VARIABLE.test(name) || RESERVED_VARIABLES.has(name))
          report('meta_invalid', ['variables', name], `\`${name}\` cannot be a variable name.`, 'Use letters, digits and `_`, and not mood, reputation, clock or score.');
        else if (typeof value === 'number' || typeof value === 'boolean') variables[name] = value;
        else report('meta_invalid', ['variables', name], `The variable \`${name}\` must start as a number or true/false.`);
      }
  }

  const startValue = str('start', false);
  const meta: MetaDraft = {
    id,
    title,
    lang: (isLang(lang) ? lang : 'en'),
    persona: isPersona(persona) ? persona : 'neutral',
    category: isCategory(category) ? category : 'product-quality',
    platform: (PLATFORMS as readonly string[]).includes(platform) ? (platform as Platform) : 'feed',
    difficulty,
    targetMinutes,
    brand,
    customer,
    customers,
    reputation,
    objectives,
    variables,
    summary: str('summary', false),
    sources,
    author: str('author'),
    version,
    ...(startValue ? { start: startValue, startSpan: spanOf(['start']) } : {}),
  };
  return { meta, diagnostics };
}

/** Offset of the first quote on a line that never closes it, before `limit`; -1 if none. */
function unclosedQuote(text: string, limit: number): number {
  let lineStart = 0;
  for (const line of text.slice(0, limit).split('\n')) {
    for (const q of ['"', "'"]) {
      const first = line.indexOf(q);
      if (first !== -1 && line.split(q).length % 2 === 0) return lineStart + first;
    }
    lineStart += line.length + 1;
  }
  return -1;
}

function hintFrom(value: string, options: readonly string[]): string {
  const guess = closest(value, options);
  return guess ? `Did you mean \`${guess}\`? Options: ${options.join(', ')}.` : `Options: ${options.join(', ')}.`;
}

/** A did-you-mean for a rule id. */
export function hintFromRule(value: string): string | undefined {
  const guess = closest(value, RULE_IDS);
  return guess ? `Did you mean \`${guess}\`?` : undefined;
}

function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  if (parts.length === 0) return '?';
  if (parts.length === 1) return [...parts[0]!].slice(0, 1).join('').toUpperCase();
  return (parts[0]![0]! + parts[parts.length - 1]![0]!).toUpperCase();
}

/** A kebab-case suggestion for an invalid id. */
export function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'beat'
  );
}

