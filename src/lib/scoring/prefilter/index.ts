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
 * The factors are read off each pattern by `requiredFactors` (`./factors.ts`, with a
 * regexp parser). This module only checks them, and only ever answers "cannot match" or
 * "may match". The web app leaves the prefilter out (see `./eager.ts`): there a reply is
 * graded well inside its time without it, and the parser would add to the download.
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
  /**
   * The source of each top-level alternative, where the pattern can be run one alternative at a
   * time with the same matches (it has several, and no backreference): see `FactorIndex.passing`.
   */
  sources?: readonly string[];
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
    return index.mayRun(this, slot);
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
export function gramsOf(str: string): number[] {
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

/**
 * Which top-level alternatives of a pattern with these factors may match the text: their
 * positions (0 for the first) are written to `out`, in order, and their number returned. The
 * index answers the same for a pack's patterns at once (`FactorIndex.passing`).
 */
export function passingAlternatives(factors: Factors, hay: Haystack, out: number[]): number {
  const present = factors.sets.map((set) => setPresent(set, hay.bits));
  let n = 0;
  factors.alternatives.forEach((alt, i) => {
    if (alt.every((s) => present[s])) out[n++] = i;
  });
  return n;
}

/**
 * The factors of many patterns at once (a language pack's), for a reply to be checked
 * against all of them in one pass: each string is filed under one of its grams, the one
 * fewest other strings share, and a reply visits only the files of the grams it holds.
 * The cost follows the length of the reply and the strings it nearly contains, not the
 * number of strings in the pack.
 */
export class FactorIndex {
  /** Per slot, 1 where the pattern runs whatever the text (no factors, or an alternative that needs none). */
  private readonly always: Uint8Array;
  /** Where each slot's alternatives start in the flat list of alternatives (and end at the next slot's start). */
  private readonly slotAlts: Int32Array;
  /** Per alternative: 1 where it needs no set (it may match any text). */
  private readonly altFree: Uint8Array;
  /** Per alternative (of every slot, flat): its slot, and how many distinct sets it needs. */
  private readonly altSlot: Int32Array;
  private readonly altNeeds: Int32Array;
  /** Per set id: where its alternatives start in `setAltList` (and end at the next set's start). */
  private readonly setAltStart: Int32Array;
  private readonly setAltList: Int32Array;
  /** Where each gram's file starts in `data` (and ends at the next one's start). */
  private readonly starts: Int32Array;
  /** The grams that have a file, as a bit set: most of a reply's grams have none. */
  private readonly filed: Uint32Array;
  /** The files, gram after gram: each distinct string once, with the grams it needs and the sets it holds. */
  private readonly data: Uint16Array;

  /** `factors[slot]` for each pattern's slot; null: the pattern always runs. */
  constructor(factors: ReadonlyArray<Factors | null>) {
    const strings: Array<{ set: number; grams: number[] }> = [];
    let setCount = 0;
    const always = new Uint8Array(factors.length);
    // Every top-level alternative of every slot, in order; one that needs no set is free.
    const alts: Array<{ slot: number; sets: number[] }> = [];
    const slotAlts = new Int32Array(factors.length + 1);
    factors.forEach((f, slot) => {
      slotAlts[slot] = alts.length;
      if (!f) {
        always[slot] = 1;
        return;
      }
      const base = setCount;
      for (const set of f.sets) {
        const b = set.bits;
        for (let i = 0; i < b.length; i += 1 + b[i]!) strings.push({ set: setCount, grams: Array.from(b.subarray(i + 1, i + 1 + b[i]!)) });
        setCount++;
      }
      for (const alt of f.alternatives) {
        const sets = [...new Set(alt.map((i) => base + i))];
        if (sets.length === 0) always[slot] = 1;
        alts.push({ slot, sets });
      }
    });
    slotAlts[factors.length] = alts.length;
    this.always = always;
    this.slotAlts = slotAlts;
    this.altFree = Uint8Array.from(alts, (a) => (a.sets.length === 0 ? 1 : 0));
    this.altSlot = Int32Array.from(alts, (a) => a.slot);
    this.altNeeds = Int32Array.from(alts, (a) => a.sets.length);
    // Each set's alternatives, so that a reply counts, for the sets it may hold, the alternatives
    // they complete, rather than checking every alternative of every pattern.
    const uses = new Int32Array(setCount + 1);
    for (const a of alts) for (const id of a.sets) uses[id + 1]!++;
    for (let id = 0; id < setCount; id++) uses[id + 1]! += uses[id]!;
    this.setAltStart = uses.slice();
    this.setAltList = new Int32Array(uses[setCount]!);
    alts.forEach((a, alt) => {
      for (const id of a.sets) this.setAltList[uses[id]!++] = alt;
    });
    // A string several sets share (" you", 「您」) is filed and checked once; when present, it
    // holds every one of its sets.
    const distinct = new Map<string, { grams: number[]; sets: number[] }>();
    for (const s of strings) {
      const key = s.grams.join(',');
      const d = distinct.get(key);
      if (!d) distinct.set(key, { grams: s.grams, sets: [s.set] });
      else if (d.sets[d.sets.length - 1] !== s.set) d.sets.push(s.set);
    }
    const unique = [...distinct.values()];
    const shared = new Int32Array(BITS);
    for (const s of unique) for (const g of s.grams) shared[g]!++;
    const keys = unique.map((s) => s.grams.reduce((best, g) => (shared[g]! < shared[best]! ? g : best), s.grams[0]!));
    if (setCount > 0xffff) throw new RangeError(`FactorIndex: ${setCount} sets; at most 65,535 fit one index`);
    // Each gram's file, one stretch of `data`: per string, how many grams it still needs and how
    // many sets it holds, then those grams (the least shared first, as they are the likeliest to
    // be missing; the file's own gram is present whenever the file is visited), then those sets.
    const files: number[][] = Array.from({ length: BITS }, () => []);
    unique.forEach((s, i) => {
      const key = keys[i]!;
      const rest = s.grams.filter((g) => g !== key).sort((x, y) => shared[x]! - shared[y]!);
      files[key]!.push(rest.length, s.sets.length, ...rest, ...s.sets);
    });
    const starts = new Int32Array(BITS + 1);
    const filed = new Uint32Array(BITS / 32);
    for (let g = 0; g < BITS; g++) {
      starts[g + 1] = starts[g]! + files[g]!.length;
      if (files[g]!.length) filed[g >>> 5]! |= 1 << (g & 31);
    }
    const data = new Uint16Array(starts[BITS]!);
    files.forEach((f, g) => data.set(f, starts[g]!));
    this.starts = starts;
    this.filed = filed;
    this.data = data;
    this.setStamp = new Uint32Array(setCount);
    this.altStamp = new Uint32Array(alts.length);
    this.altDone = new Uint32Array(alts.length);
    this.altCount = new Int32Array(alts.length);
    this.slotStamp = new Uint32Array(factors.length);
  }

  /**
   * May the pattern in this slot match the haystack's text: does one of its alternatives find all
   * the sets it needs? The answers for the haystack last asked about are kept in the index, marked
   * with its stamp, so that nothing is allocated or cleared per reply (a reply asks about every
   * entry of its pack, one after another).
   */
  mayRun(hay: Haystack, slot: number): boolean {
    if (hay !== this.lastHay) this.read(hay);
    return this.always[slot] === 1 || this.slotStamp[slot] === this.stamp;
  }

  /**
   * Which top-level alternatives of the pattern in this slot may match the haystack's text:
   * their positions (0 for the first) are written to `out`, in order, and their number returned.
   */
  passing(hay: Haystack, slot: number, out: number[]): number {
    if (hay !== this.lastHay) this.read(hay);
    const { altFree, altDone, stamp } = this;
    const first = this.slotAlts[slot]!;
    const end = this.slotAlts[slot + 1]!;
    let n = 0;
    for (let a = first; a < end; a++) if (altFree[a] === 1 || altDone[a] === stamp) out[n++] = a - first;
    return n;
  }

  private lastHay: Haystack | undefined;
  private stamp = 0;
  /** Per set, per alternative and per slot: the stamp of the haystack that has it, holds it or may run it. */
  private readonly setStamp: Uint32Array;
  private readonly altStamp: Uint32Array;
  private readonly altCount: Int32Array;
  /** Per alternative: the stamp of the haystack that holds every set it needs. */
  private readonly altDone: Uint32Array;
  private readonly slotStamp: Uint32Array;

  private read(hay: Haystack): void {
    this.lastHay = hay;
    if (this.stamp === 0xffffffff) {
      this.setStamp.fill(0);
      this.altStamp.fill(0);
      this.altDone.fill(0);
      this.slotStamp.fill(0);
      this.stamp = 0;
    }
    const stamp = ++this.stamp;
    const { bits, list } = hay;
    const { starts, filed, data, setStamp, altStamp, altCount, altDone, slotStamp, setAltStart, setAltList, altNeeds, altSlot } = this;
    for (const g of list) {
      if ((filed[g >>> 5]! & (1 << (g & 31))) === 0) continue;
      for (let f = starts[g]!, end = starts[g + 1]!; f < end; ) {
        const needs = data[f]!;
        const held = data[f + 1]!;
        let k = f + 2;
        const stop = k + needs;
        for (; k < stop; k++) {
          const n = data[k]!;
          if ((bits[n >>> 5]! & (1 << (n & 31))) === 0) break;
        }
        f = stop + held;
        if (k !== stop) continue;
        for (let j = stop; j < f; j++) {
          const set = data[j]!;
          if (setStamp[set] === stamp) continue;
          setStamp[set] = stamp;
          // The set completes, for each alternative that needs it, one more of the sets it needs.
          for (let i = setAltStart[set]!, iEnd = setAltStart[set + 1]!; i < iEnd; i++) {
            const alt = setAltList[i]!;
            const needs = altNeeds[alt]!;
            if (needs > 1) {
              if (altStamp[alt] !== stamp) {
                altStamp[alt] = stamp;
                altCount[alt] = 0;
              }
              if (++altCount[alt]! !== needs) continue;
            }
            altDone[alt] = stamp;
            slotStamp[altSlot[alt]!] = stamp;
          }
        }
      }
    }
  }
}
