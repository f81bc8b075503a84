/**
 * Code generation on demand: a compiled rulebook's generated functions cost a few milliseconds each
 * to write and compile, which a program evaluating one record (a CLI run, a cold start) never wins
 * back. So each starts as the plain walk of its trees and is generated on its `after`-th call; where
 * code cannot be generated (a strict CSP), the walk stays. Both give the same answers (tested).
 */

/** How many calls a function walks its trees before its code is generated. */
export const GENERATE_AFTER_CALLS = 32;

/**
 * A two-argument function that calls `walk` until its `after`-th call, then the function `generate`
 * makes (once), or `walk` when it makes none.
 *
 * @example
 * ```ts
 * const verdicts = whenWarm((ctx, applied) => walkVerdicts(award, ctx, applied), () => generateAwardVerdicts(award, scales));
 * ```
 */
export function whenWarm<A, B, R>(walk: (a: A, b: B) => R, generate: () => ((a: A, b: B) => R) | undefined, after = GENERATE_AFTER_CALLS): (a: A, b: B) => R {
  let calls = 0;
  let chosen: ((a: A, b: B) => R) | undefined;
  return (a, b) => {
    if (chosen !== undefined) return chosen(a, b);
    calls += 1;
    if (calls >= after) chosen = generate() ?? walk;
    return walk(a, b);
  };
}
