/** Edit distance between two texts (insertions, deletions and substitutions each count 1). */
function distance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    let diagonal = previous[0] as number;
    previous[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const above = previous[j] as number;
      previous[j] = Math.min(above + 1, (previous[j - 1] as number) + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return previous[b.length] as number;
}

/**
 * The candidates nearest to a text by edit distance, closest first (ties in the candidates' order),
 * at most `count` of them: what a message offers for a mistyped key.
 *
 * @example
 * ```ts
 * nearest("staff.9.9", ["staff.1.1", "staff.2.1", "party.1.1"], 2); // ["staff.1.1", "staff.2.1"]
 * ```
 */
export function nearest(text: string, candidates: Iterable<string>, count = 3): string[] {
  const target = text.slice(0, 200);
  return [...candidates]
    .map((candidate, index) => ({ candidate, index, score: distance(target, candidate.slice(0, 200)) }))
    .sort((a, b) => a.score - b.score || a.index - b.index)
    .slice(0, count)
    .map((entry) => entry.candidate);
}

/**
 * The one candidate a mistyped or translated value most likely meant, or undefined when none is
 * near: a candidate equal to it but for case, one whose Chinese label it is (`labels` maps a label
 * to its value, e.g. 优秀 → excellent), or the nearest within an edit distance of a third of its
 * length (at least 1, at most 3).
 *
 * @example
 * ```ts
 * meantValue("优秀", ["excellent", "good"], new Map([["优秀", "excellent"]])); // "excellent"
 * meantValue("excelent", ["excellent", "good"]); // "excellent"
 * meantValue("x", ["excellent", "good"]); // undefined
 * ```
 */
export function meantValue(text: string, candidates: readonly string[], labels: ReadonlyMap<string, string> = new Map()): string | undefined {
  const trimmed = text.trim().slice(0, 200);
  const labelled = labels.get(trimmed);
  if (labelled !== undefined && candidates.includes(labelled)) return labelled;
  const caseless = candidates.find((candidate) => candidate.toLowerCase() === trimmed.toLowerCase());
  if (caseless !== undefined) return caseless;
  if (trimmed.length < 3) return undefined;
  const [best] = nearest(trimmed, candidates, 1);
  if (best === undefined) return undefined;
  const allowed = Math.min(3, Math.max(1, Math.floor(trimmed.length / 3)));
  return distance(trimmed.toLowerCase(), best.toLowerCase()) <= allowed ? best : undefined;
}
