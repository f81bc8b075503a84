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

/** The message that says what a value should have been (one of some words, or a kind). */
type Misfit = { path: DoorPath; got: string } & (
  { wanted: "option.notNumber" | "option.notText" | "option.notBoolean" | "option.notList" | "option.notObject" } | { wanted: "option.notOneOf"; allowed: string[] }
);

const KIND_WANTED = { number: "option.notNumber", string: "option.notText", boolean: "option.notBoolean" } as const;

const wrong = (value: unknown, path: DoorPath, wanted: "option.notNumber" | "option.notText" | "option.notBoolean" | "option.notList" | "option.notObject"): Misfit => ({
  path,
  got: describeValue(value),
  wanted,
});

/** A value of a kind (text, a number, yes/no, anything). */
function kindMisfit(value: unknown, shape: "string" | "number" | "boolean" | "any", path: DoorPath): Misfit | undefined {
  if (shape === "any") return undefined;
  const fits = shape === "number" ? typeof value === "number" && !Number.isNaN(value) : typeof value === shape;
  return fits ? undefined : wrong(value, path, KIND_WANTED[shape]);
}

/** A list, each item of a shape. */
function listMisfit(value: unknown, item: Shape, path: DoorPath): Misfit | undefined {
  if (!Array.isArray(value)) return wrong(value, path, "option.notList");
  for (let index = 0; index < value.length; index += 1) {
    const found = misfit(value[index], item, [...path, index]);
    if (found) return found;
  }
  return undefined;
}

/** An object: a table of one shape, or fields of their own shapes (others let through). */
function objectMisfit(value: unknown, shape: { table: Shape } | { fields: Record<string, Shape> }, path: DoorPath): Misfit | undefined {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return wrong(value, path, "option.notObject");
  const object = value as Record<string, unknown>;
  const entries = "table" in shape ? Object.keys(object).map((key) => [key, shape.table] as const) : Object.entries(shape.fields);
  for (const [key, inner] of entries) {
    const found = misfit(object[key], inner, [...path, key]);
    if (found) return found;
  }
  return undefined;
}

/** Finds the first place where plain data does not fit a shape: its path and what is wrong, or undefined. */
function misfit(value: unknown, shape: Shape, path: DoorPath): Misfit | undefined {
  if (typeof shape === "function") return misfit(value, shape(), path);
  if (typeof shape === "string") return kindMisfit(value, shape, path);
  if ("optional" in shape) return value === undefined ? undefined : misfit(value, shape.optional, path);
  if ("nullable" in shape) return value === null || value === undefined ? undefined : misfit(value, shape.nullable, path);
  if ("oneOf" in shape) return shape.oneOf.includes(value as string) ? undefined : { path, got: describeValue(value), wanted: "option.notOneOf", allowed: shape.oneOf.map(String) };
  if ("list" in shape) return listMisfit(value, shape.list, path);
  return objectMisfit(value, shape, path);
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
  if (found === undefined) return data;
  const where = found.path.join(".");
  if (found.wanted === "option.notOneOf") return refuse(found.path, found.wanted, { path: where, allowed: found.allowed, got: found.got }, code);
  return refuse(found.path, found.wanted, { path: where, got: found.got }, code);
}
