import type { IssueCode } from "../errors/AwardRulesError.js";
import { describeValue } from "../text/describeValue.js";
import { refuse, type DoorPath } from "./door.js";
import { readPlainData } from "./plainData.js";

/**
 * The shape plain data must have, as data: a kind, one of some words, a list or table of a
 * shape, an object's fields (others are let through), a shape or null/undefined, or a shape made
 * when needed (for a tree).
 */
export type Shape =
  | "string"
  | "number"
  | "boolean"
  | "any"
  | { oneOf: readonly (string | number)[] }
  | { list: Shape }
  | { table: Shape }
  | { fields: Record<string, Shape> }
  | { nullable: Shape }
  | { optional: Shape }
  | (() => Shape);

/** Finds the first place where plain data does not fit a shape: its path and what is wrong, or undefined. */
function misfit(value: unknown, shape: Shape, path: DoorPath): { path: DoorPath; message: string } | undefined {
  const wrong = (what: string) => ({ path, message: `${path.join(".")} must be ${what} (got ${describeValue(value)})` });
  if (typeof shape === "function") return misfit(value, shape(), path);
  if (typeof shape === "string") {
    if (shape === "any") return undefined;
    if (shape === "number") return typeof value === "number" && !Number.isNaN(value) ? undefined : wrong("a number");
    return typeof value === shape ? undefined : wrong(shape === "string" ? "text" : "true or false");
  }
  if ("optional" in shape) return value === undefined ? undefined : misfit(value, shape.optional, path);
  if ("nullable" in shape) return value === null || value === undefined ? undefined : misfit(value, shape.nullable, path);
  if ("oneOf" in shape) return shape.oneOf.includes(value as string) ? undefined : wrong(`one of ${shape.oneOf.join(", ")}`);
  if ("list" in shape) {
    if (!Array.isArray(value)) return wrong("a list");
    for (let index = 0; index < value.length; index += 1) {
      const found = misfit(value[index], shape.list, [...path, index]);
      if (found) return found;
    }
    return undefined;
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) return wrong("an object");
  const object = value as Record<string, unknown>;
  const entries = "table" in shape ? Object.keys(object).map((key) => [key, shape.table] as const) : Object.entries(shape.fields);
  for (const [key, inner] of entries) {
    const found = misfit(object[key], inner, [...path, key]);
    if (found) return found;
  }
  return undefined;
}

/**
 * The door for data passed back in (a result to explain, a report to format): read once into
 * plain data (a copy), then checked against its shape. A real result, its JSON copy or a look-alike that
 * fits is let in; anything else is a typed error at the first field that does not fit.
 *
 * @example
 * ```ts
 * const result = checkShape(input, EVALUATION_RESULT, ["result"]) as EvaluationResult;
 * ```
 */
export function checkShape(value: unknown, shape: Shape, path: DoorPath, code: IssueCode = "invalid_option"): unknown {
  const data = readPlainData(value, path, code);
  const found = misfit(data, shape, path);
  if (found) refuse(found.path, found.message, code);
  return data;
}
