import { checkShape } from "../door/shape.js";
import type { DoorPath } from "../door/door.js";
import { EVALUATION_RESULT, RESULT_HEAD } from "../door/resultShapes.js";
import { untouchedTraces } from "./buildTraces.js";
import type { EvaluationResult } from "./types.js";

const TRACE_KEYS = new Set(["application", "requirements", "categories", "excludedCategories"]);

/** The head of a result (its own fields other than the traces), when each is a data property under a text key. */
function headOf(result: object): Record<string, unknown> | undefined {
  const head: Record<string, unknown> = {};
  const descriptors = Object.getOwnPropertyDescriptors(result);
  for (const key of Reflect.ownKeys(descriptors)) {
    if (typeof key !== "string") return undefined;
    if (TRACE_KEYS.has(key)) continue;
    const found = descriptors[key]!;
    if (!("value" in found)) return undefined;
    head[key] = found.value;
  }
  return head;
}

/**
 * The door for an evaluation result handed back in (to explain, to find its gaps, to list its
 * trees): a copy that fits `EVALUATION_RESULT`, else a typed error. A result straight from
 * `evaluate` whose traces nobody has read yet is checked at its head only: its traces are built
 * now, by the library, from its private state, so nothing a caller did can be in them (the same
 * copy as the full check gives, for a fraction of the time).
 *
 * @example
 * ```ts
 * const checked = checkResult(evaluate(rulebook, record, { asOf }), ["result"]);
 * ```
 */
export function checkResult(result: unknown, path: DoorPath): EvaluationResult {
  const traces = typeof result === "object" && result !== null ? untouchedTraces(result) : undefined;
  const head = traces === undefined ? undefined : headOf(result as object);
  if (traces === undefined || head === undefined) return checkShape(result, EVALUATION_RESULT, path) as EvaluationResult;
  const checked = checkShape(head, RESULT_HEAD, path) as Record<string, unknown>;
  const { application, requirements, categories, excludedCategories } = traces();
  return { ...checked, application, requirements, categories, excludedCategories } as unknown as EvaluationResult;
}
