import type { Crowd } from "./crowds.js";
import type { RoundTie } from "./types.js";

/** How each tie whose candidates are made when read gives them one at a time. */
const sources = new WeakMap<RoundTie, () => Iterable<string>>();

/** A tie's candidates in id order, from the contenders named one by one and the crowds among them. */
export interface TieCandidates {
  /** How many there are. */
  total: number;
  /** The first `count` of them. */
  first: (count: number) => string[];
  /** All of them, one at a time. */
  each: () => Iterable<string>;
}

/**
 * The candidates of a tie that holds crowds (see `Crowds`): the ids of the contenders named one
 * by one and of every crowd's members, merged in id order as each is reached, so a tie of a
 * million contenders alike is not a million strings until someone reads the list.
 *
 * @example
 * ```ts
 * const candidates = crowdedCandidates(["R-9"], [crowd]);
 * candidates.first(10); // the ten smallest ids
 * ```
 */
export function crowdedCandidates(singles: readonly string[], crowds: readonly Crowd[]): TieCandidates {
  const each = function* (): Generator<string> {
    const heads: { id: string; rest: Iterator<string> }[] = [];
    for (const source of [[...singles].sort(), ...crowds.map((crowd) => crowd.eachId())]) {
      const rest = source[Symbol.iterator]();
      const next = rest.next();
      if (next.done !== true) heads.push({ id: next.value, rest });
    }
    // a binary heap of each source's next id, smallest first
    const below = (a: number, b: number): boolean => (heads[a] as { id: string }).id < (heads[b] as { id: string }).id;
    const swap = (a: number, b: number): void => void ([heads[a], heads[b]] = [heads[b]!, heads[a]!]);
    const down = (from: number): void => {
      for (let at = from; ; ) {
        const left = at * 2 + 1;
        const smaller = left + 1 < heads.length && below(left + 1, left) ? left + 1 : left;
        if (smaller >= heads.length || !below(smaller, at)) return;
        swap(at, smaller);
        at = smaller;
      }
    };
    for (let at = Math.floor(heads.length / 2); at >= 0; at -= 1) down(at);
    while (heads.length > 0) {
      const top = heads[0]!;
      yield top.id;
      const next = top.rest.next();
      if (next.done !== true) top.id = next.value;
      else {
        heads[0] = heads[heads.length - 1]!;
        heads.pop();
      }
      down(0);
    }
  };
  const first = (count: number): string[] => {
    const out: string[] = [];
    if (count <= 0) return out;
    for (const id of each()) if (out.push(id) >= count) break;
    return out;
  };
  return { total: singles.length + crowds.reduce((sum, crowd) => sum + crowd.size, 0), first, each };
}

/**
 * Makes a tie's `candidates` an own, enumerable property read when first asked for (JSON, spreads
 * and copies see it as a list), and remembers how to give them one at a time (`eachCandidate`).
 *
 * @example
 * ```ts
 * const tie = withLazyCandidates({ ...fields, candidates: [] }, crowdedCandidates(singles, crowds));
 * ```
 */
export function withLazyCandidates(tie: RoundTie, candidates: TieCandidates): RoundTie {
  let list: string[] | undefined;
  Object.defineProperty(tie, "candidates", {
    get: () => (list ??= [...candidates.each()]),
    set: (value: string[]) => void (list = value),
    enumerable: true,
    configurable: true,
  });
  sources.set(tie, () => list ?? candidates.each());
  return tie;
}

/**
 * A tie's candidates one at a time: a tie of a round from `evaluateCohort` that holds crowds makes
 * each id as it is reached (unless its `candidates` have been read); any other gives its list.
 *
 * @example
 * ```ts
 * for (const id of eachCandidate(round.ties[0])) console.log(id);
 * ```
 */
export function eachCandidate(tie: RoundTie): Iterable<string> {
  const source = sources.get(tie);
  return source === undefined ? tie.candidates : source();
}
