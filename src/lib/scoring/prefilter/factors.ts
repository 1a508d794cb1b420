import { RegExpParser, type AST } from '@eslint-community/regexpp';
import { gramsOf, type Factors, type FactorSet } from './index.ts';

/** The most strings a node's finite set of exact matches is tracked for. */
const EXACT_LIMIT = 24;
/** A character class is spelled out as strings up to this many characters. */
const CLASS_LIMIT = 6;
/** The most strings in one set. */
const MAX_STRINGS = 400;
/** The most sets one alternative of a pattern is required to hold at once. */
const MAX_CONJUNCTS = 3;

/**
 * What a piece of a pattern tells about its matches: `exact` is every string it can
 * match, when that set is small and known; `req` is a set of strings one of which occurs
 * in every match (none known: `null`).
 */
interface Info {
  exact: string[] | null;
  req: string[] | null;
}

const UNKNOWN: Info = { exact: null, req: null };
const EMPTY: Info = { exact: [''], req: null };

const CJK = /[\u3040-\u30FF\u3400-\u9FFF\uF900-\uFAFF]/;

/** How likely a literal is to turn up in an average reply, from its length; CJK characters say more each. */
function likelihood(s: string): number {
  let w = 0;
  for (const ch of s) w += CJK.test(ch) ? 2.5 : WORDISH.test(ch) ? 1 : COMMON_MARK.test(ch) ? 0.3 : 1.5;
  return Math.min(1, 3 * 0.4 ** w);
}
const WORDISH = /[\p{L}\p{N}]/u;
const COMMON_MARK = /[\s,.'’!?()\-、。，！？「」]/;

const costs = new WeakMap<readonly string[], number>();

/** How likely a set lets the pattern through: the chance one of its strings turns up (worked out once per set). */
function cost(strings: readonly string[]): number {
  let c = costs.get(strings);
  if (c === undefined) {
    let p = 0;
    for (const s of strings) p += likelihood(s);
    c = Math.min(1, p) + strings.length * 0.0005;
    costs.set(strings, c);
  }
  return c;
}

/** A set worth checking: not too many strings, none empty. */
const usable = (set: readonly string[] | null): set is string[] =>
  set !== null && set.length > 0 && set.length <= MAX_STRINGS && set.every((s) => s.length > 0);

function better(a: string[] | null, b: string[] | null): string[] | null {
  if (!usable(b)) return usable(a) ? a : null;
  if (!usable(a)) return b;
  return cost(b) < cost(a) ? b : a;
}

function cross(a: readonly string[], b: readonly string[]): string[] | null {
  if (a.length * b.length > EXACT_LIMIT) return null;
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return [...out];
}

function union(sets: ReadonlyArray<readonly string[]>, limit = EXACT_LIMIT): string[] | null {
  const out = new Set<string>();
  for (const s of sets) for (const x of s) out.add(x);
  return out.size <= limit ? [...out] : null;
}

class Analyser {
  constructor(private readonly caseless: boolean) {}

  /** A character as the prefilter compares it, or null when case folding makes it unsafe. */
  private char(value: number): string | null {
    const c = String.fromCodePoint(value);
    if (!this.caseless) return c;
    // Only ASCII and caseless characters (CJK, digits, punctuation): elsewhere case folding is
    // not one-to-one (ſ and s, final and medial sigma, the Kelvin sign), so lower-casing the text
    // might not bring a match to the letter compared here.
    if (value < 0x80) return c.toLowerCase();
    return c.toLowerCase() === c && c.toUpperCase() === c ? c : null;
  }

  disjunction(alternatives: readonly AST.Alternative[]): Info {
    const infos = alternatives.map((a) => this.sequence(a.elements));
    const exacts = infos.map((i) => i.exact);
    const exact = exacts.every((e): e is string[] => e !== null) ? union(exacts) : null;
    const reqs: string[][] = [];
    for (const i of infos) {
      const r = better(i.exact && i.exact.every((s) => s.length > 0) ? i.exact : null, i.req);
      if (r === null) return { exact, req: null };
      reqs.push(r);
    }
    return { exact, req: union(reqs, MAX_STRINGS) };
  }

  sequence(elements: readonly AST.Element[]): Info & { all: string[][] } {
    let cur: string[] = [''];
    const all: string[][] = [];
    let whole = true;
    for (const el of elements) {
      const info = this.element(el);
      const joined = info.exact ? cross(cur, info.exact) : null;
      if (joined) {
        cur = joined;
        continue;
      }
      whole = false;
      for (const set of [cur, info.exact, info.req]) if (usable(set)) all.push(set);
      cur = info.exact ?? [''];
    }
    if (usable(cur)) all.push(cur);
    let best: string[] | null = null;
    for (const set of all) best = better(best, set);
    return { exact: whole ? cur : null, req: best, all };
  }

  element(el: AST.Element): Info {
    switch (el.type) {
      case 'Character': {
        const c = this.char(el.value);
        return c === null ? UNKNOWN : { exact: [c], req: null };
      }
      case 'CharacterClass':
        return this.characterClass(el);
      case 'Assertion':
        // Zero-width: adds nothing to what is matched.
        return EMPTY;
      case 'Group':
      case 'CapturingGroup':
        return this.disjunction(el.alternatives);
      case 'Quantifier': {
        const inner = this.element(el.element);
        const innerReq = better(inner.exact && inner.exact.every((s) => s.length > 0) ? inner.exact : null, inner.req);
        if (el.min === 0) {
          const exact = el.max === 1 && inner.exact ? union([inner.exact, ['']]) : null;
          return { exact, req: null };
        }
        let exact: string[] | null = null;
        if (inner.exact && el.min === el.max && el.min <= 3) {
          exact = [''];
          for (let k = 0; k < el.min && exact; k++) exact = cross(exact, inner.exact);
        }
        return { exact, req: innerReq };
      }
      default:
        // Character sets (\d, \w, \s, .), properties, back-references: nothing known.
        return UNKNOWN;
    }
  }

  private characterClass(el: AST.CharacterClass): Info {
    if (el.negate || el.unicodeSets) return UNKNOWN;
    const out = new Set<string>();
    for (const e of el.elements) {
      if (e.type === 'Character') {
        const c = this.char(e.value);
        if (c === null) return UNKNOWN;
        out.add(c);
      } else if (e.type === 'CharacterClassRange' && e.max.value - e.min.value < CLASS_LIMIT) {
        for (let v = e.min.value; v <= e.max.value; v++) {
          const c = this.char(v);
          if (c === null) return UNKNOWN;
          out.add(c);
        }
      } else return UNKNOWN;
      if (out.size > CLASS_LIMIT) return UNKNOWN;
    }
    return out.size ? { exact: [...out], req: null } : UNKNOWN;
  }
}

const parser = new RegExpParser({ ecmaVersion: 2025 });

/**
 * The factors of a pattern (see `Factors`), or null when none are known: the pattern is
 * then always run. Each top-level alternative keeps up to three independent sets (its
 * rarest), all of which a match of that alternative needs: `via|by|in … (DM|e-mail|phone)`
 * runs only when both a preposition and a channel are there. A pattern the parser cannot
 * read simply gets no factors.
 */
export function requiredFactors(re: RegExp): Factors | null {
  let pattern: AST.Pattern;
  try {
    pattern = parser.parsePattern(re.source, 0, re.source.length, { unicode: re.flags.includes('u'), unicodeSets: re.flags.includes('v') });
  } catch {
    return null;
  }
  const caseless = re.flags.includes('i');
  const analyser = new Analyser(caseless);
  const sets: FactorSet[] = [];
  const ids = new Map<string, number>();
  const alternatives: number[][] = [];
  for (const alt of pattern.alternatives) {
    const info = analyser.sequence(alt.elements);
    const candidates = usable(info.exact) ? [...info.all, info.exact] : info.all;
    if (candidates.length === 0) return null;
    const chosen = [...new Map(candidates.map((c) => [[...c].sort().join('\u0000'), c])).values()]
      .sort((a, b) => cost(a) - cost(b))
      .slice(0, MAX_CONJUNCTS)
      .map(minimal);
    alternatives.push(
      chosen.map((strings) => {
        const key = [...strings].sort().join('\u0000');
        let id = ids.get(key);
        if (id === undefined) {
          id = sets.length;
          ids.set(key, id);
          sets.push(factorSet(strings));
        }
        return id;
      }),
    );
  }
  const factors: Factors = { sets, alternatives, caseless };
  // Run one alternative at a time, each alternative's own matches are the whole pattern's: but a
  // backreference counts groups across the whole pattern, so such a pattern stays whole.
  if (pattern.alternatives.length > 1 && !BACKREFERENCE.test(re.source)) factors.sources = pattern.alternatives.map((a) => a.raw);
  return factors;
}

/** A backreference, or what may be one (a literal backslash before a digit is rare enough to leave whole). */
const BACKREFERENCE = /\\(?:[1-9]|k<)/;

/** The set with no string that contains another of its strings (the shorter one is present whenever the longer is). */
function minimal(strings: readonly string[]): string[] {
  const byLength = [...strings].sort((a, b) => a.length - b.length);
  const kept: string[] = [];
  for (const s of byLength) if (!kept.some((k) => s.includes(k))) kept.push(s);
  return kept;
}

function factorSet(strings: readonly string[]): FactorSet {
  const bits: number[] = [];
  for (const str of strings) {
    const g = gramsOf(str);
    bits.push(g.length, ...g);
  }
  return { strings, bits: Uint16Array.from(bits) };
}
