import { eachPlacement } from "../cohort/eachPlacement.js";
import type { CohortResult } from "../cohort/types.js";

/** Lists of plain values up to this long are written in one piece. */
const SHORT = 256;

/** Whether JSON leaves a value out of an object (and writes `null` for it in a list). */
const skipped = (value: unknown): boolean => value === undefined || typeof value === "function" || typeof value === "symbol";

/**
 * Writes a value as `JSON.stringify(value, null, 2)` would at the given depth, a piece at a time:
 * long lists element by element, so a list of a million ids is never one string; with `items`, the
 * list written is those items (each a small value), as they come.
 *
 * @example
 * ```ts
 * writeJson({ a: [1, 2] }, "", (text) => process.stdout.write(text)); // as JSON.stringify(…, null, 2)
 * ```
 */
export function writeJson(value: unknown, indent: string, out: (text: string) => void, items?: Iterable<unknown>): void {
  const inner = `${indent}  `;
  if (items === undefined && Array.isArray(value) && value.length <= SHORT && value.every((item) => item === null || typeof item !== "object")) {
    // a short list of plain values is written at once (a tie's few candidates)
    out(JSON.stringify(value, null, 2).replaceAll("\n", `\n${indent}`));
    return;
  }
  if (items !== undefined && indent === "  ") {
    writeItems(items, out);
    return;
  }
  if (items !== undefined || Array.isArray(value)) {
    let first = true;
    for (const item of items ?? (value as unknown[])) {
      out(first ? `[\n${inner}` : `,\n${inner}`);
      first = false;
      if (skipped(item)) out("null");
      else if (items !== undefined) out(JSON.stringify(item, null, 2).replaceAll("\n", `\n${inner}`));
      else writeJson(item, inner, out);
    }
    out(first ? "[]" : `\n${indent}]`);
    return;
  }
  if (value === null || typeof value !== "object" || typeof (value as { toJSON?: unknown }).toJSON === "function") {
    out(JSON.stringify(value) ?? "null");
    return;
  }
  let first = true;
  for (const key of Object.keys(value)) {
    const field = (value as Record<string, unknown>)[key];
    if (skipped(field)) continue;
    out(`${first ? "{\n" : ",\n"}${inner}${JSON.stringify(key)}: `);
    first = false;
    writeJson(field, inner, out);
  }
  out(first ? "{}" : `\n${indent}}`);
}

/** Items written per `JSON.stringify` call. */
const BATCH = 256;
const OPEN = '{\n  "p": [\n';
const CLOSE = "\n  ]\n}";

/**
 * Writes a list of small items at depth 1 (as a round's placements), a batch at a time: each batch
 * is stringified where it would stand (`{ "p": [batch] }`) and the middle of that text taken, so
 * the indentation is JSON.stringify's own and no text is made twice.
 */
function writeItems(items: Iterable<unknown>, out: (text: string) => void): void {
  let batch: unknown[] = [];
  let first = true;
  const flush = (): void => {
    const text = JSON.stringify({ p: batch }, null, 2);
    out(`${first ? "[\n" : ",\n"}${text.slice(OPEN.length, text.length - CLOSE.length)}`);
    first = false;
    batch = [];
  };
  for (const item of items) {
    batch.push(item);
    if (batch.length === BATCH) flush();
  }
  if (batch.length > 0) flush();
  out(first ? "[]" : "\n  ]");
}

/**
 * Writes a round as `JSON.stringify(round, null, 2)` would, byte for byte, but piece by piece: the
 * placements are made and written one at a time (see `eachPlacement`), never held all at once.
 *
 * @example
 * ```ts
 * writeRoundJson(round, (text) => process.stdout.write(text));
 * ```
 */
export function writeRoundJson(round: CohortResult, out: (text: string) => void): void {
  let first = true;
  for (const key of Object.keys(round)) {
    // the placements are not read as a list (that would make them all): they come one at a time
    const field = key === "placements" ? eachPlacement(round) : (round as unknown as Record<string, unknown>)[key];
    if (skipped(field)) continue;
    out(`${first ? "{\n" : ",\n"}  ${JSON.stringify(key)}: `);
    first = false;
    if (key === "placements") writeJson(undefined, "  ", out, field as Iterable<unknown>);
    else writeJson(field, "  ", out);
  }
  out(first ? "{}\n" : "\n}\n");
}
