import { RegExpParser, type AST } from '@eslint-community/regexpp';

/**
 * A cheap necessary condition for a pattern to match, read off the pattern's syntax: sets
 * of literal strings such that every match contains a string of each set. In a typical
 * reply only about one lexicon entry in forty matches, so checking the strings first
 * spares most of the regular-expression runs. A string is checked by its grams (its runs
 * of three characters; a shorter string, itself) against a bit set of the grams the reply
 * holds, so a check costs a few array reads whatever the length of the reply. This only
 * ever changes the speed: a pattern whose required strings cannot all be present cannot
 * match.
 *
 * Not a tokenizer and not a matcher: it reads patterns with a regexp parser (regexpp) and
 * only ever answers "cannot match" or "may match".
 */
export interface Factors {
  /** The distinct sets of strings (lower case when `caseless`). */
  sets: readonly FactorSet[];
  /**
   * One entry per top-level alternative of the pattern: the sets (indices into `sets`)
   * a match of that alternative needs, every one of them. A match needs one alternative.
   */
  alternatives: ReadonlyArray<readonly number[]>;
  /** The pattern has the `i` flag; its strings are looked for in the lower-cased text. */
  caseless: boolean;
}

/** Strings one of which occurs in a match. */
export interface FactorSet {
  strings: readonly string[];
  /** The grams each string needs, flat: a count, then that many bit indices, string after string. */
  bits: Uint16Array;
}

/** Bits in a haystack's set of grams (one per 16-bit hash of a gram). */
const BITS = 65536;

/** The bit of a run of one to three characters (absent characters are 0). */
function gram(a: number, b: number, c = 0): number {
  return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca77) ^ Math.imul(c, 0xc2b2ae3d)) >>> 16;
}

/** A reply as the prefilter reads it: the grams of the text as written and lower-cased. */
export class Haystack {
  private readonly seen = new Map<FactorIndex, Uint8Array>();
  /**
   * @param bits the bit set of the grams
   * @param list the same bits as a list, each once
   */
  constructor(
    readonly bits: Uint32Array,
    readonly list: readonly number[],
  ) {}

  /** May the pattern in this slot of the index match the text? */
  mayRun(index: FactorIndex, slot: number): boolean {
    let present = this.seen.get(index);
    if (!present) {
      present = index.present(this);
      this.seen.set(index, present);
    }
    return index.satisfied(slot, present);
  }
}

function addBit(bits: Uint32Array, list: number[], g: number): void {
  const bit = 1 << (g & 31);
  if ((bits[g >>> 5]! & bit) === 0) {
    bits[g >>> 5]! |= bit;
    list.push(g);
  }
}

function addGrams(bits: Uint32Array, list: number[], s: string): void {
  let a = 0;
  let b = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // Every character alone, every pair and every triple: strings of one, two and more characters need them.
    addBit(bits, list, gram(c, 0));
    if (i >= 1) addBit(bits, list, gram(b, c));
    if (i >= 2) addBit(bits, list, gram(a, b, c));
    a = b;
    b = c;
  }
}

/** The bits a string needs: its character triples, or its pair, or its character alone. */
function gramsOf(str: string): number[] {
  const set = new Set<number>();
  const at = (i: number): number => str.charCodeAt(i);
  if (str.length === 1) set.add(gram(at(0), 0));
  else if (str.length === 2) set.add(gram(at(0), at(1)));
  else for (let i = 2; i < str.length; i++) set.add(gram(at(i - 2), at(i - 1), at(i)));
  return [...set];
}

/**
 * The grams of the text as written and lower-cased, in one set: a case-sensitive string
 * needs its grams as written, a caseless one its grams lower-cased (ſ folds to s under `iu`);
 * holding both only lets a few more patterns run. Pure.
 */
export function haystackOf(text: string): Haystack {
  const bits = new Uint32Array(BITS / 32);
  const list: number[] = [];
  addGrams(bits, list, text);
  let lower = text.toLowerCase();
  if (lower.includes('ſ')) lower = lower.replaceAll('ſ', 's');
  if (lower !== text) addGrams(bits, list, lower);
  return new Haystack(bits, list);
}

/** Could a string of the set be in the text? */
function setPresent(set: FactorSet, bits: Uint32Array): boolean {
  const need = set.bits;
  let i = 0;
  while (i < need.length) {
    const end = i + 1 + need[i]!;
    let j = i + 1;
    for (; j < end; j++) {
      const g = need[j]!;
      if ((bits[g >>> 5]! & (1 << (g & 31))) === 0) break;
    }
    if (j === end) return true;
    i = end;
  }
  return false;
}

/** Could the pattern with these factors match the text? Always true without factors. */
export function mayMatch(factors: Factors | null, hay: Haystack): boolean {
  if (factors === null) return true;
  const present = factors.sets.map((set) => setPresent(set, hay.bits));
  return factors.alternatives.some((alt) => alt.every((i) => present[i]));
}

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
  for (const ch of s) w += CJK.test(ch) ? 2.5 : /[\p{L}\p{N}]/u.test(ch) ? 1 : /[\s,.'’!?()\-、。，！？「」]/.test(ch) ? 0.3 : 1.5;
  return Math.min(1, 3 * 0.4 ** w);
}

/** How likely a set lets the pattern through: the chance one of its strings turns up. */
function cost(strings: readonly string[]): number {
  let p = 0;
  for (const s of strings) p += likelihood(s);
  return Math.min(1, p) + strings.length * 0.0005;
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
    const chosen = [...new Map(candidates.map(minimal).map((c) => [[...c].sort().join('\u0000'), c])).values()]
      .sort((a, b) => cost(a) - cost(b))
      .slice(0, MAX_CONJUNCTS);
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
  return { sets, alternatives, caseless };
}

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

/**
 * The factors of many patterns at once (a language pack's), for a reply to be checked
 * against all of them in one pass: each string is filed under one of its grams, the one
 * fewest other strings share, and a reply visits only the files of the grams it holds.
 * The cost follows the length of the reply and the strings it nearly contains, not the
 * number of strings in the pack.
 */
export class FactorIndex {
  /** Per slot: null when the pattern always runs, else its alternatives as lists of set ids. */
  private readonly slots: ReadonlyArray<ReadonlyArray<readonly number[]> | null>;
  private readonly setCount: number;
  /** Where each gram's file starts in `files` (and ends at the next one's start). */
  private readonly starts: Int32Array;
  /** Per filed string: its set's id, where its grams start in `need`, how many. */
  private readonly files: Int32Array;
  private readonly need: Uint16Array;

  /** `factors[slot]` for each pattern's slot; null: the pattern always runs. */
  constructor(factors: ReadonlyArray<Factors | null>) {
    const strings: Array<{ set: number; grams: number[] }> = [];
    let setCount = 0;
    this.slots = factors.map((f) => {
      if (!f) return null;
      const base = setCount;
      for (const set of f.sets) {
        const b = set.bits;
        for (let i = 0; i < b.length; i += 1 + b[i]!) strings.push({ set: setCount, grams: Array.from(b.subarray(i + 1, i + 1 + b[i]!)) });
        setCount++;
      }
      return f.alternatives.map((alt) => alt.map((i) => base + i));
    });
    this.setCount = setCount;
    const shared = new Int32Array(BITS);
    for (const s of strings) for (const g of s.grams) shared[g]!++;
    const keys = strings.map((s) => s.grams.reduce((best, g) => (shared[g]! < shared[best]! ? g : best), s.grams[0]!));
    const count = new Int32Array(BITS + 1);
    for (const k of keys) count[k + 1]!++;
    for (let g = 0; g < BITS; g++) count[g + 1]! += count[g]!;
    this.starts = count.slice();
    const fill = count.slice();
    this.files = new Int32Array(strings.length * 3);
    const need: number[] = [];
    strings.forEach((s, i) => {
      const at = fill[keys[i]!]!++ * 3;
      this.files[at] = s.set;
      this.files[at + 1] = need.length;
      this.files[at + 2] = s.grams.length;
      need.push(...s.grams);
    });
    this.need = Uint16Array.from(need);
  }

  /** Per set id, 1 where a string of the set could be in the text. */
  present(hay: Haystack): Uint8Array {
    const out = new Uint8Array(this.setCount);
    const { bits, list } = hay;
    const { starts, files, need } = this;
    for (const g of list) {
      for (let f = starts[g]! * 3, end = starts[g + 1]! * 3; f < end; f += 3) {
        const set = files[f]!;
        if (out[set] === 1) continue;
        let k = files[f + 1]!;
        const stop = k + files[f + 2]!;
        for (; k < stop; k++) {
          const n = need[k]!;
          if ((bits[n >>> 5]! & (1 << (n & 31))) === 0) break;
        }
        if (k === stop) out[set] = 1;
      }
    }
    return out;
  }

  /** May the pattern in this slot match, given the sets `present` found? */
  satisfied(slot: number, present: Uint8Array): boolean {
    const alts = this.slots[slot];
    if (alts === null || alts === undefined) return true;
    for (const alt of alts) {
      let all = true;
      for (const id of alt) {
        if (present[id] === 0) {
          all = false;
          break;
        }
      }
      if (all) return true;
    }
    return false;
  }
}
