import { CHANNELS, LANGS, PERSONAS, isLang, isPersona, type ReplyContext } from './contract.ts';

/** Stable codes of what can be wrong with a reply context. */
export type ContextErrorCode = 'context_not_object' | 'field_missing' | 'field_type' | 'field_value' | 'field_unknown';

/** One problem with a reply context, naming the field it is about. */
export interface ContextError {
  code: ContextErrorCode;
  /** The field at fault, or `''` when the whole value is wrong. */
  field: string;
  /** One sentence that says how to fix it. */
  message: string;
}

/** The outcome of validating a reply context. */
export type ContextValidation = { ok: true; context: ReplyContext } | { ok: false; errors: ContextError[] };

const BOOLEAN_FIELDS = ['canGrant', 'sensitive', 'needsEscalation', 'crisis'] as const;
const KNOWN_FIELDS: ReadonlySet<string> = new Set([
  'id',
  'lang',
  'persona',
  'channel',
  'text',
  'customer',
  ...BOOLEAN_FIELDS,
  'elapsedMinutes',
  'targetMinutes',
]);

const typeName = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

/**
 * Checks that a parsed JSON value is a reply context with exactly the fields of
 * the playbook, and returns it typed, or every problem found. Fields listed in
 * `ignoreFields` (e.g. a corpus's `gold` labels) are allowed and dropped.
 * This is a pure function.
 */
export function validateContext(value: unknown, options?: { ignoreFields?: readonly string[] }): ContextValidation {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return {
      ok: false,
      errors: [{ code: 'context_not_object', field: '', message: `expected a JSON object, got ${typeName(value)}` }],
    };
  }
  const v = value as Record<string, unknown>;
  const errors: ContextError[] = [];
  const ignore = new Set(options?.ignoreFields ?? []);
  for (const key of Object.keys(v)) {
    if (!KNOWN_FIELDS.has(key) && !ignore.has(key)) {
      errors.push({ code: 'field_unknown', field: key, message: `unknown field "${key}"; allowed: ${[...KNOWN_FIELDS].join(', ')}` });
    }
  }
  const enumField = (field: 'lang' | 'persona' | 'channel', allowed: readonly string[]): void => {
    const x = v[field];
    if (x === undefined) errors.push({ code: 'field_missing', field, message: `"${field}" is required (one of ${allowed.join(', ')})` });
    else if (typeof x !== 'string') errors.push({ code: 'field_type', field, message: `"${field}" must be a string, got ${typeName(x)}` });
    else if (!allowed.includes(x)) errors.push({ code: 'field_value', field, message: `unknown ${field} "${x}"; expected one of ${allowed.join(', ')}` });
  };
  enumField('lang', LANGS);
  enumField('persona', PERSONAS);
  enumField('channel', CHANNELS);
  if (v.text === undefined) errors.push({ code: 'field_missing', field: 'text', message: '"text" is required ("" for no reply)' });
  else if (typeof v.text !== 'string') errors.push({ code: 'field_type', field: 'text', message: `"text" must be a string, got ${typeName(v.text)}` });
  for (const field of ['id', 'customer'] as const) {
    if (v[field] !== undefined && typeof v[field] !== 'string') {
      errors.push({ code: 'field_type', field, message: `"${field}" must be a string, got ${typeName(v[field])}` });
    }
  }
  for (const field of BOOLEAN_FIELDS) {
    if (v[field] !== undefined && typeof v[field] !== 'boolean') {
      errors.push({ code: 'field_type', field, message: `"${field}" must be true or false, got ${typeName(v[field])}` });
    }
  }
  for (const field of ['elapsedMinutes', 'targetMinutes'] as const) {
    const x = v[field];
    if (x === undefined) continue;
    if (typeof x !== 'number') errors.push({ code: 'field_type', field, message: `"${field}" must be a number of minutes, got ${typeName(x)}` });
    else if (!Number.isFinite(x) || x < 0 || (field === 'targetMinutes' && x === 0)) {
      errors.push({ code: 'field_value', field, message: `"${field}" must be a ${field === 'targetMinutes' ? 'positive' : 'non-negative'} finite number, got ${x}` });
    }
  }
  if (errors.length) return { ok: false, errors };
  const context: ReplyContext = {
    lang: v.lang as ReplyContext['lang'],
    persona: v.persona as ReplyContext['persona'],
    channel: v.channel as ReplyContext['channel'],
    text: v.text as string,
  };
  if (!isLang(context.lang) || !isPersona(context.persona)) throw new Error('unreachable: enum checked above');
  if (typeof v.id === 'string') context.id = v.id;
  if (typeof v.customer === 'string') context.customer = v.customer;
  for (const field of BOOLEAN_FIELDS) if (typeof v[field] === 'boolean') context[field] = v[field] as boolean;
  if (typeof v.elapsedMinutes === 'number') context.elapsedMinutes = v.elapsedMinutes;
  if (typeof v.targetMinutes === 'number') context.targetMinutes = v.targetMinutes;
  return { ok: true, context };
}
