import { isRuleId, isVerdict } from '../scoring/contract.ts';
import type { Condition, Effect, Expectations, Operand, Value } from './model.ts';

/**
 * The small languages inside key lines: conditions (`mood < 20 and not refundOffered`),
 * effects (`mood +20, flag = true`), durations (`1h30m`) and pinned verdicts
 * (`empathy=pass`). Parsers return values or an error with the column (0-based,
 * within the given text) where the problem starts; they never throw.
 */
export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string; at: number };

const VERDICT_PAIR = /^([a-z][a-z-]*)\s*=\s*(pass|fail|n\/a)\b/;
const IDENT = /^[A-Za-z_][A-Za-z0-9_]*/;
const NUMBER = /^-?\d+(?:\.\d+)?/;
const COMPARATOR = /^(<=|>=|!=|==|<|>|=)/;

interface Cursor {
  text: string;
  pos: number;
}

function skipSpace(c: Cursor): void {
  while (c.pos < c.text.length && /\s/.test(c.text[c.pos]!)) c.pos++;
}

function rest(c: Cursor): string {
  return c.text.slice(c.pos);
}

class ParseError {
  constructor(
    readonly message: string,
    readonly at: number,
  ) {}
}

/** Parse a condition. Verdict terms (`rule=pass`) are accepted; the caller decides whether they are allowed here. */
export function parseCondition(text: string): Parsed<Condition> {
  const c: Cursor = { text, pos: 0 };
  try {
    skipSpace(c);
    if (c.pos >= text.length) return { ok: false, error: 'the condition is empty', at: 0 };
    const value = parseOr(c, 0);
    skipSpace(c);
    if (c.pos < text.length) throw new ParseError(`unexpected \`${text.slice(c.pos, c.pos + 12)}\``, c.pos);
    return { ok: true, value };
  } catch (e) {
    if (e instanceof ParseError) return { ok: false, error: e.message, at: e.at };
    throw e;
  }
}

/** Nesting guard: conditions deeper than this are an author error, not a stack overflow. */
const MAX_DEPTH = 32;

function keyword(c: Cursor, word: string): boolean {
  skipSpace(c);
  const m = new RegExp(`^${word}(?![A-Za-z0-9_-])`, 'i').exec(rest(c));
  if (!m) return false;
  c.pos += m[0].length;
  return true;
}

function parseOr(c: Cursor, depth: number): Condition {
  let left = parseAnd(c, depth);
  while (keyword(c, 'or')) left = { kind: 'or', left, right: parseAnd(c, depth) };
  return left;
}

function parseAnd(c: Cursor, depth: number): Condition {
  let left = parseUnary(c, depth);
  while (keyword(c, 'and')) left = { kind: 'and', left, right: parseUnary(c, depth) };
  return left;
}

function parseUnary(c: Cursor, depth: number): Condition {
  if (depth > MAX_DEPTH) throw new ParseError('the condition is nested too deeply', c.pos);
  if (keyword(c, 'not')) return { kind: 'not', operand: parseUnary(c, depth + 1) };
  skipSpace(c);
  if (c.text[c.pos] === '(') {
    c.pos++;
    const inner = parseOr(c, depth + 1);
    skipSpace(c);
    if (c.text[c.pos] !== ')') throw new ParseError('a `(` is not closed', c.pos);
    c.pos++;
    return inner;
  }
  return parseTerm(c);
}

function parseTerm(c: Cursor): Condition {
  skipSpace(c);
  const start = c.pos;
  const verdict = VERDICT_PAIR.exec(rest(c));
  if (verdict) {
    if (!isRuleId(verdict[1])) throw new ParseError(`\`${verdict[1]}\` is not a playbook rule id`, start);
    c.pos += verdict[0].length;
    return { kind: 'verdict', rule: verdict[1], verdict: verdict[2] as 'pass' | 'fail' | 'n/a' };
  }
  const left = parseOperand(c);
  skipSpace(c);
  const cmp = COMPARATOR.exec(rest(c));
  if (!cmp) {
    if (left.kind === 'number') throw new ParseError('a number alone is not a condition; compare it, e.g. `mood < 20`', start);
    if (left.name === 'true' || left.name === 'false') return { kind: 'literal', value: left.name === 'true' };
    return { kind: 'truthy', variable: left.name };
  }
  c.pos += cmp[0].length;
  const right = parseOperand(c);
  const op = cmp[1] === '==' ? '=' : (cmp[1] as '<' | '<=' | '>' | '>=' | '=' | '!=');
  return { kind: 'compare', left, op, right };
}

function parseOperand(c: Cursor): Operand {
  skipSpace(c);
  const text = rest(c);
  const num = NUMBER.exec(text);
  if (num) {
    c.pos += num[0].length;
    return { kind: 'number', value: Number(num[0]) };
  }
  const id = IDENT.exec(text);
  if (id) {
    c.pos += id[0].length;
    return { kind: 'variable', name: id[0] };
  }
  if (c.pos >= c.text.length) throw new ParseError('the condition ends too early', c.pos);
  throw new ParseError(`expected a variable, a number or a verdict, found \`${text.slice(0, 12)}\``, c.pos);
}

/** Every variable a condition reads. */
export function conditionVariables(cond: Condition, out: string[] = []): string[] {
  switch (cond.kind) {
    case 'and':
    case 'or':
      conditionVariables(cond.left, out);
      conditionVariables(cond.right, out);
      break;
    case 'not':
      conditionVariables(cond.operand, out);
      break;
    case 'compare':
      for (const side of [cond.left, cond.right]) if (side.kind === 'variable') out.push(side.name);
      break;
    case 'truthy':
      out.push(cond.variable);
      break;
    default:
      break;
  }
  return out;
}

/** Does a condition read a verdict? (Only free-text rules may.) */
export function conditionUsesVerdicts(cond: Condition): boolean {
  switch (cond.kind) {
    case 'and':
    case 'or':
      return conditionUsesVerdicts(cond.left) || conditionUsesVerdicts(cond.right);
    case 'not':
      return conditionUsesVerdicts(cond.operand);
    case 'verdict':
      return true;
    default:
      return false;
  }
}

/** What a condition can read while it is evaluated. */
export interface Scope {
  vars: Readonly<Record<string, Value>>;
  verdicts?: Readonly<Partial<Record<string, string>>>;
}

/** Evaluate a condition. Unknown variables read as 0/false (the validator reports them before play). */
export function evaluate(cond: Condition, scope: Scope): boolean {
  switch (cond.kind) {
    case 'and':
      return evaluate(cond.left, scope) && evaluate(cond.right, scope);
    case 'or':
      return evaluate(cond.left, scope) || evaluate(cond.right, scope);
    case 'not':
      return !evaluate(cond.operand, scope);
    case 'literal':
      return cond.value;
    case 'truthy':
      return Boolean(scope.vars[cond.variable]);
    case 'verdict':
      return scope.verdicts?.[cond.rule] === cond.verdict;
    case 'compare': {
      const l = operandValue(cond.left, scope);
      const r = operandValue(cond.right, scope);
      switch (cond.op) {
        case '<':
          return l < r;
        case '<=':
          return l <= r;
        case '>':
          return l > r;
        case '>=':
          return l >= r;
        case '=':
          return l === r;
        case '!=':
          return l !== r;
      }
    }
  }
}

function operandValue(o: Operand, scope: Scope): number {
  if (o.kind === 'number') return o.value;
  const v = scope.vars[o.name];
  return typeof v === 'boolean' ? Number(v) : (v ?? 0);
}

const EFFECT = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*(?:([+-])\s*(\d+(?:\.\d+)?)|=\s*(true|false|-?\d+(?:\.\d+)?))\s*$/;

/** Parse `mood +20, reputation -5, flag = true`. */
export function parseEffects(text: string): Parsed<Effect[]> {
  const effects: Effect[] = [];
  let offset = 0;
  for (const part of text.split(',')) {
    if (part.trim() === '') {
      if (text.trim() === '') return { ok: true, value: [] };
      return { ok: false, error: 'an effect is empty (two commas in a row?)', at: offset };
    }
    const m = EFFECT.exec(part);
    if (!m) {
      const lead = part.length - part.trimStart().length;
      return { ok: false, error: `\`${part.trim()}\` is not an effect`, at: offset + lead };
    }
    const variable = m[1]!;
    if (m[2]) effects.push({ variable, op: m[2] as '+' | '-', value: Number(m[3]) });
    else {
      const raw = m[4]!;
      const value: Value = raw === 'true' ? true : raw === 'false' ? false : Number(raw);
      effects.push({ variable, op: '=', value });
    }
    offset += part.length + 1;
  }
  return { ok: true, value: effects };
}

/** Apply effects to variables; mood and reputation stay within 0–100. Pure. */
export function applyEffects(vars: Readonly<Record<string, Value>>, effects: readonly Effect[]): Record<string, Value> {
  const next = { ...vars };
  for (const e of effects) {
    const current = next[e.variable];
    let value: Value;
    if (e.op === '=') value = e.value;
    else {
      const base = typeof current === 'number' ? current : 0;
      value = base + (e.op === '+' ? 1 : -1) * Number(e.value);
    }
    if ((e.variable === 'mood' || e.variable === 'reputation') && typeof value === 'number') {
      value = Math.max(0, Math.min(100, value));
    }
    next[e.variable] = value;
  }
  return next;
}

const DURATION = /^\s*(?:(\d+)\s*d)?\s*(?:(\d+)\s*h)?\s*(?:(\d+)\s*m(?:in)?)?\s*$/i;

/** Parse `45m`, `2h`, `1h30m`, `1d` into minutes. */
export function parseDuration(text: string): Parsed<number> {
  const m = DURATION.exec(text);
  if (!m || (!m[1] && !m[2] && !m[3])) return { ok: false, error: `\`${text.trim()}\` is not a duration`, at: 0 };
  const minutes = Number(m[1] ?? 0) * 1440 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0);
  if (minutes <= 0) return { ok: false, error: 'a duration must be longer than zero', at: 0 };
  return { ok: true, value: minutes };
}

const PIN = /^\s*([A-Za-z][\w-]*)\s*=\s*(\S+)\s*$/;

/** Parse `empathy=pass, take-private=fail`. */
export function parseExpectations(text: string): Parsed<Expectations> {
  const out: Expectations = {};
  let offset = 0;
  for (const part of text.split(',')) {
    const m = PIN.exec(part);
    const lead = part.length - part.trimStart().length;
    if (!m) return { ok: false, error: `\`${part.trim()}\` is not \`rule=verdict\``, at: offset + lead };
    if (!isRuleId(m[1])) return { ok: false, error: `\`${m[1]}\` is not a playbook rule id`, at: offset + lead };
    if (!isVerdict(m[2])) return { ok: false, error: `\`${m[2]}\` is not a verdict (pass, fail or n/a)`, at: offset + part.indexOf(m[2]!) };
    out[m[1]] = m[2];
    offset += part.length + 1;
  }
  return { ok: true, value: out };
}
