import type { GuardLimits } from "./limits.js";
import type { Refinement } from "./refinements.js";
import { compileNode, nonNullOption, type NodeCompilers, type SchemaNode as Node } from "./schemaNodes.js";
import { FORBIDDEN_KEYS } from "../util/forbiddenKeys.js";
/** What a walk counts: the values seen so far against the bound. */
interface Walk {
  limits: GuardLimits;
  nodes: number;
}
/** Whether a value at a depth certainly passes, as it is (see `compileFastCheck`). */
type Fast = (value: unknown, depth: number, walk: Walk) => boolean;

const SAFE = 9007199254740991;
const own = Object.hasOwn;
const isPlainObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === "object" && !Array.isArray(value);
const never: Fast = () => false;
/** Counts values against the bound: false once past it. */
const counted = (walk: Walk, values: number): boolean => (walk.nodes += values) <= walk.limits.maxNodes;

/**
 * Compiles a JSON Schema into a yes-or-don't-know check of a value straight from `JSON.parse`:
 * `true` only when `readInput` would find no problem with the input's bounds (it counts values
 * at least as `readInput` does) and the full check (`compileJsonSchema`) no issue, and would give
 * the value back unchanged (no default to fill in, no key to drop). Anything else — a wrong value,
 * a default to fill, a union — is `false`, and the caller runs `readInput` and the full check, as
 * for an object, which word every issue. It records nothing, so the records that
 * pass (nearly all) are checked at a fraction of the cost.
 *
 * @example
 * ```ts
 * const passes = compileFastCheck(candidateSchema, REFINEMENTS);
 * passes(JSON.parse(line), RECORD_LIMITS); // true: the full check would say the same, with no issue
 * ```
 */
export function compileFastCheck(root: Node, refinements: Readonly<Record<string, Refinement>>): (value: unknown, limits: GuardLimits) => boolean {
  const defs = (root.$defs ?? {}) as Record<string, Node>;
  const byName = new Map<string, Fast>();

  const reference = (ref: string): Fast => {
    const name = ref.replace(/^#\/\$defs\//, "");
    const found = byName.get(name);
    if (found !== undefined) return found;
    const definition = defs[name];
    if (definition === undefined) return never;
    // a recursive reference calls through, once the definition is compiled
    byName.set(name, (value, depth, walk) => (byName.get(name) as Fast)(value, depth, walk));
    const check = compile(definition);
    const refinement = refinements[name];
    const refined: Fast = refinement === undefined ? check : (value, depth, walk) => check(value, depth, walk) && refinement(value).length === 0;
    byName.set(name, refined);
    return refined;
  };

  const compilers: NodeCompilers<Fast> = {
    ref: (ref) => reference(ref),
    enum: (values) => {
      const allowed = new Set(values);
      return (value) => allowed.has(value);
    },
    // a union other than zod's nullable, or several types: the full check chooses among them
    anyOf: (options) => {
      const option = nonNullOption(options);
      return option !== undefined ? nullable(compile(option)) : never;
    },
    oneOf: () => never,
    nullable: (node) => nullable(compile(node)),
    types: () => never,
    string: (node) => stringCheck(node),
    number: (node, integer) => numberCheck(node, integer),
    boolean: () => (value) => typeof value === "boolean",
    null: () => (value) => value === null,
    array: (node) => arrayCheck(node),
    object: (node) => objectCheck(node),
    record: (node) => recordCheck(node),
    anything: () => anything,
  };
  const compile = (node: Node): Fast => compileNode(node, compilers);

  const nullable =
    (check: Fast): Fast =>
    (value, depth, walk) =>
      value === null || check(value, depth, walk);

  function stringCheck(node: Node): Fast {
    const minLength = typeof node.minLength === "number" ? node.minLength : 0;
    const pattern = typeof node.pattern === "string" ? new RegExp(node.pattern) : undefined;
    return (value, _depth, walk) =>
      typeof value === "string" && value.length <= walk.limits.maxStringLength && value.length >= minLength && (pattern === undefined || pattern.test(value));
  }

  function numberCheck(node: Node, integer: boolean): Fast {
    const low = Math.max(typeof node.minimum === "number" ? node.minimum : -Infinity, integer ? -SAFE : -Infinity);
    const high = Math.min(typeof node.maximum === "number" ? node.maximum : Infinity, integer ? SAFE : Infinity);
    const above = typeof node.exclusiveMinimum === "number" ? node.exclusiveMinimum : -Infinity;
    const below = typeof node.exclusiveMaximum === "number" ? node.exclusiveMaximum : Infinity;
    return (value) =>
      typeof value === "number" && Number.isFinite(value) && (!integer || Number.isInteger(value)) && value >= low && value <= high && value > above && value < below;
  }

  function arrayCheck(node: Node): Fast {
    const items = node.items !== undefined ? compile(node.items as Node) : anything;
    const minItems = typeof node.minItems === "number" ? node.minItems : 0;
    const maxItems = typeof node.maxItems === "number" ? node.maxItems : Infinity;
    return (value, depth, walk) => {
      if (!Array.isArray(value) || depth > walk.limits.maxDepth || value.length > walk.limits.maxArrayLength) return false;
      if (value.length < minItems || value.length > maxItems || !counted(walk, value.length)) return false;
      for (let index = 0; index < value.length; index += 1) if (!items(value[index], depth + 1, walk)) return false;
      return true;
    };
  }

  function objectCheck(node: Node): Fast {
    const properties = node.properties as Record<string, Node>;
    const required = new Set((node.required ?? []) as string[]);
    const strict = node.additionalProperties === false;
    const fields = new Map(Object.entries(properties).map(([key, schema]) => [key, { check: compile(schema), needed: required.has(key) || own(schema, "default") }]));
    const needed = [...fields.values()].filter((field) => field.needed).length;
    return (value, depth, walk) => {
      if (!isPlainObject(value) || depth > walk.limits.maxDepth) return false;
      let keys = 0;
      let neededGiven = 0;
      // the value's own keys (JSON.parse makes only those), each looked up in the schema
      for (const key in value) {
        keys += 1;
        const field = fields.get(key);
        if (field === undefined) {
          // a key the schema does not know: dropped with an issue (strict), or a forbidden one
          if (strict || FORBIDDEN_KEYS.has(key)) return false;
          continue;
        }
        const given = value[key];
        if (given === undefined) return false;
        if (field.needed) neededGiven += 1;
        if (!field.check(given, depth + 1, walk)) return false;
      }
      // a required field missing is an issue; a default to fill in changes the value
      return neededGiven === needed && counted(walk, keys);
    };
  }

  function keyTest(names: Node): (key: string) => boolean {
    const node = typeof names.$ref === "string" ? (defs[names.$ref.replace(/^#\/\$defs\//, "")] ?? {}) : names;
    const allowed = Array.isArray(node.enum) ? new Set(node.enum as unknown[]) : undefined;
    const min = typeof node.minLength === "number" ? node.minLength : 0;
    const pattern = typeof node.pattern === "string" ? new RegExp(node.pattern) : undefined;
    return (key) => (allowed === undefined || allowed.has(key)) && key.length >= min && (pattern === undefined || pattern.test(key));
  }

  function recordCheck(node: Node): Fast {
    const keyFits = node.propertyNames !== undefined ? keyTest(node.propertyNames as Node) : () => true;
    const values = node.additionalProperties !== undefined && node.additionalProperties !== true ? compile(node.additionalProperties as Node) : anything;
    return (value, depth, walk) => {
      if (!isPlainObject(value) || depth > walk.limits.maxDepth) return false;
      let keys = 0;
      for (const key in value) {
        keys += 1;
        if (FORBIDDEN_KEYS.has(key) || !keyFits(key) || !values(value[key], depth + 1, walk)) return false;
      }
      return counted(walk, keys);
    };
  }

  /** Any JSON value within the bounds (a schema with no keywords). */
  function anything(value: unknown, depth: number, walk: Walk): boolean {
    if (!counted(walk, 1)) return false;
    if (typeof value === "string") return value.length <= walk.limits.maxStringLength;
    if (value === null || typeof value !== "object") return true;
    if (depth > walk.limits.maxDepth) return false;
    if (Array.isArray(value)) {
      if (value.length > walk.limits.maxArrayLength) return false;
      for (let index = 0; index < value.length; index += 1) if (!anything(value[index], depth + 1, walk)) return false;
      return true;
    }
    for (const key of Object.keys(value)) if (FORBIDDEN_KEYS.has(key) || !anything((value as Record<string, unknown>)[key], depth + 1, walk)) return false;
    return true;
  }

  const check = compile({ ...root, $defs: undefined });
  // the value itself is one of the values counted, as `readInput` counts it
  return (value, limits) => check(value, 0, { limits, nodes: 1 });
}
