import { invalidOption, invalidType, sizeMessage, unrecognizedKeys, type SchemaIssue } from "./messages.js";
import { PATTERN_MESSAGES, type Refinement } from "./refinements.js";

/** A JSON Schema node, as zod emits them (the subset the shipped schemas use). */
type Node = Record<string, unknown>;
/** A path being walked; copied only when an issue is recorded. */
type Path = (string | number)[];
/** A compiled check: the value's output (defaults filled in), issues pushed to `issues`. */
export type Check = (value: unknown, path: Path, issues: SchemaIssue[]) => unknown;

const SAFE = 9007199254740991;
const own = Object.hasOwn;
const isPlainObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === "object" && !Array.isArray(value);
const push = (issues: SchemaIssue[], kind: string, path: Path, message: string, cont: boolean): void => {
  issues.push({ kind, path: path.slice(), message, continue: cont });
};
/** Whether every issue from `start` on lets enclosing checks run (zod's "aborted"). */
const sound = (issues: SchemaIssue[], start: number): boolean => {
  for (let index = start; index < issues.length; index += 1) if (!(issues[index] as SchemaIssue).continue) return false;
  return true;
};
/** zod runs size checks on anything with a length, even after a wrong type: the origin it names. */
const lengthOf = (value: unknown): { length: unknown; origin: "string" | "array" | "unknown" } | undefined =>
  value === null || value === undefined
    ? undefined
    : typeof value === "string"
      ? { length: value.length, origin: "string" }
      : Array.isArray(value)
        ? { length: value.length, origin: "array" }
        : typeof value === "object" && (value as { length?: unknown }).length !== undefined
          ? { length: (value as { length?: unknown }).length, origin: "unknown" }
          : undefined;
const sizeChecks = (value: unknown, path: Path, issues: SchemaIssue[], min: number | undefined, max: number | undefined): void => {
  const sized = lengthOf(value);
  if (sized === undefined) return;
  if (min !== undefined && (sized.length as number) < min) push(issues, "too_small", path, sizeMessage("small", sized.origin, ">=", min), true);
  if (max !== undefined && (sized.length as number) > max) push(issues, "too_big", path, sizeMessage("big", sized.origin, "<=", max), true);
};
const cloneJson = (value: unknown): unknown => (value === null || typeof value !== "object" ? value : JSON.parse(JSON.stringify(value)));

/**
 * Compiles a JSON Schema emitted from the zod schemas (`rules/schema/*.schema.json`) into a check
 * that gives what zod's `safeParse` gives: the same output (defaults filled in, keys in schema
 * order) and the same issues (code, path, message), with the refinements of `refinements` run on
 * the definitions of those names. The value checked must be plain JSON data (see `readInput`).
 *
 * @example
 * ```ts
 * const check = compileJsonSchema(candidateSchema, REFINEMENTS);
 * const issues: SchemaIssue[] = [];
 * const record = check({ id: "T-1" }, [], issues); // issues: []
 * ```
 */
export function compileJsonSchema(root: Node, refinements: Readonly<Record<string, Refinement>>): Check {
  const defs = (root.$defs ?? {}) as Record<string, Node>;
  const byName = new Map<string, Check>();

  const reference = (ref: string): Check => {
    const name = ref.replace(/^#\/\$defs\//, "");
    let found = byName.get(name);
    if (found === undefined) {
      let target: Check = () => undefined;
      found = (value, path, issues) => target(value, path, issues);
      byName.set(name, found);
      const definition = defs[name];
      if (definition === undefined) throw new Error(`schema: no definition ${name}`);
      target = refine(compile(definition), refinements[name]);
    }
    return found;
  };

  const refine = (check: Check, refinement: Refinement | undefined): Check =>
    refinement === undefined
      ? check
      : (value, path, issues) => {
          const start = issues.length;
          const output = check(value, path, issues);
          if (sound(issues, start)) for (const problem of refinement(output)) push(issues, "custom", [...path, ...problem.path], problem.message, true);
          return output;
        };

  function compile(node: Node): Check {
    if (typeof node.$ref === "string") return reference(node.$ref);
    if (Array.isArray(node.enum)) return enumCheck(node.enum as unknown[]);
    if (own(node, "const")) return enumCheck([node.const]);
    if (Array.isArray(node.anyOf)) return anyOf(node.anyOf as Node[]);
    if (Array.isArray(node.oneOf)) return oneOf(node.oneOf as Node[]);
    const type = Array.isArray(node.type) ? (node.type as string[]) : typeof node.type === "string" ? [node.type] : [];
    if (type.length === 2 && type.includes("null")) return nullable(compile({ ...node, type: type.find((entry) => entry !== "null") }));
    if (type.length > 1) return anyOf(type.map((entry) => ({ ...node, type: entry })));
    switch (type[0]) {
      case "string":
        return stringCheck(node);
      case "number":
      case "integer":
        return numberCheck(node, type[0] === "integer");
      case "boolean":
        return (value, path, issues) => (typeof value === "boolean" ? value : (push(issues, "invalid_type", path, invalidType("boolean", value), false), value));
      case "null":
        return (value, path, issues) => (value === null ? value : (push(issues, "invalid_type", path, invalidType("null", value), false), value));
      case "array":
        return arrayCheck(node);
      case "object":
        return node.properties !== undefined ? objectCheck(node) : recordCheck(node);
      default:
        return (value) => value;
    }
  }

  function enumCheck(values: unknown[]): Check {
    const allowed = new Set(values);
    const message = invalidOption(values);
    return (value, path, issues) => {
      if (!allowed.has(value)) push(issues, "invalid_value", path, message, false);
      return value;
    };
  }

  function nullable(check: Check): Check {
    return (value, path, issues) => (value === null ? null : check(value, path, issues));
  }

  function stringCheck(node: Node): Check {
    const minLength = typeof node.minLength === "number" ? node.minLength : undefined;
    const pattern = typeof node.pattern === "string" ? new RegExp(node.pattern) : undefined;
    const custom = pattern ? PATTERN_MESSAGES[pattern.source] : undefined;
    const patternMessage = custom?.message ?? (pattern ? `Invalid string: must match pattern ${String(pattern)}` : "");
    return (value, path, issues) => {
      if (typeof value !== "string") {
        push(issues, "invalid_type", path, invalidType("string", value), false);
        sizeChecks(value, path, issues, minLength, undefined);
        return value;
      }
      if (minLength !== undefined && value.length < minLength) push(issues, "too_small", path, sizeMessage("small", "string", ">=", minLength), true);
      if (pattern !== undefined && !pattern.test(value)) push(issues, "invalid_format", path, patternMessage, custom?.abort !== true);
      return value;
    };
  }

  function numberCheck(node: Node, integer: boolean): Check {
    const bounds: { test: (value: number) => boolean; kind: string; message: string }[] = [];
    // zod's int() checks the safe range itself ("expected int to be <=9007199254740991"); the JSON
    // Schema shows that range as minimum / maximum only when no other bound replaced it.
    if (integer) {
      bounds.push({ test: (value) => value >= -SAFE, kind: "too_small", message: sizeMessage("small", "int", ">=", -SAFE) });
      bounds.push({ test: (value) => value <= SAFE, kind: "too_big", message: sizeMessage("big", "int", "<=", SAFE) });
    }
    const origin = (_bound: number): "number" => "number";
    if (typeof node.minimum === "number" && !(integer && node.minimum === -SAFE)) {
      const bound = node.minimum;
      bounds.push({ test: (value) => value >= bound, kind: "too_small", message: sizeMessage("small", origin(bound), ">=", bound) });
    }
    if (typeof node.exclusiveMinimum === "number") {
      const bound = node.exclusiveMinimum;
      bounds.push({ test: (value) => value > bound, kind: "too_small", message: sizeMessage("small", "number", ">", bound) });
    }
    if (typeof node.maximum === "number" && !(integer && node.maximum === SAFE)) {
      const bound = node.maximum;
      bounds.push({ test: (value) => value <= bound, kind: "too_big", message: sizeMessage("big", origin(bound), "<=", bound) });
    }
    if (typeof node.exclusiveMaximum === "number") {
      const bound = node.exclusiveMaximum;
      bounds.push({ test: (value) => value < bound, kind: "too_big", message: sizeMessage("big", "number", "<", bound) });
    }
    return (value, path, issues) => {
      if (typeof value !== "number" || !Number.isFinite(value)) {
        push(issues, "invalid_type", path, invalidType("number", value), false);
        return value;
      }
      if (integer && !Number.isInteger(value)) {
        push(issues, "invalid_type", path, invalidType("int", value), false);
        return value;
      }
      for (const bound of bounds) if (!bound.test(value)) push(issues, bound.kind, path, bound.message, true);
      return value;
    };
  }

  function arrayCheck(node: Node): Check {
    const items = node.items !== undefined ? compile(node.items as Node) : (value: unknown) => value;
    const minItems = typeof node.minItems === "number" ? node.minItems : undefined;
    const maxItems = typeof node.maxItems === "number" ? node.maxItems : undefined;
    return (value, path, issues) => {
      if (!Array.isArray(value)) {
        push(issues, "invalid_type", path, invalidType("array", value), false);
        sizeChecks(value, path, issues, minItems, maxItems);
        return value;
      }
      const output = new Array<unknown>(value.length);
      for (let index = 0; index < value.length; index += 1) {
        path.push(index);
        output[index] = items(value[index], path, issues);
        path.pop();
      }
      if (minItems !== undefined && value.length < minItems) push(issues, "too_small", path, sizeMessage("small", "array", ">=", minItems), true);
      if (maxItems !== undefined && value.length > maxItems) push(issues, "too_big", path, sizeMessage("big", "array", "<=", maxItems), true);
      return output;
    };
  }

  function objectCheck(node: Node): Check {
    const properties = node.properties as Record<string, Node>;
    const required = new Set((node.required ?? []) as string[]);
    const strict = node.additionalProperties === false;
    const fields = Object.entries(properties).map(([key, schema]) => ({
      key,
      check: compile(schema),
      required: required.has(key),
      hasDefault: own(schema, "default"),
      defaultValue: schema.default,
    }));
    const known = new Set(Object.keys(properties));
    return (value, path, issues) => {
      if (!isPlainObject(value)) {
        push(issues, "invalid_type", path, invalidType("object", value), false);
        return value;
      }
      const output: Record<string, unknown> = {};
      for (const field of fields) {
        const given = own(value, field.key) ? value[field.key] : undefined;
        if (given === undefined) {
          if (field.hasDefault) output[field.key] = cloneJson(field.defaultValue);
          else if (field.required) {
            path.push(field.key);
            field.check(undefined, path, issues);
            path.pop();
          }
          continue;
        }
        path.push(field.key);
        output[field.key] = field.check(given, path, issues);
        path.pop();
      }
      if (strict) {
        let unknown: string[] | undefined;
        for (const key in value) if (!known.has(key)) (unknown ??= []).push(key);
        if (unknown !== undefined) push(issues, "unrecognized_keys", path, unrecognizedKeys(unknown), true);
      }
      return output;
    };
  }

  function recordCheck(node: Node): Check {
    const names = node.propertyNames as Node | undefined;
    const keyCheck = names !== undefined ? compile(names) : undefined;
    const closedKeys = names !== undefined && Array.isArray(names.enum);
    const values = node.additionalProperties !== undefined && node.additionalProperties !== true ? compile(node.additionalProperties as Node) : (value: unknown) => value;
    return (value, path, issues) => {
      if (!isPlainObject(value)) {
        push(issues, "invalid_type", path, invalidType("record", value), false);
        return value;
      }
      const output: Record<string, unknown> = {};
      let unknown: string[] | undefined;
      for (const key in value) {
        if (keyCheck !== undefined) {
          const keyIssues: SchemaIssue[] = [];
          keyCheck(key, [], keyIssues);
          if (keyIssues.length > 0) {
            if (closedKeys) (unknown ??= []).push(key);
            else push(issues, "invalid_key", [...path, key], "Invalid key in record", false);
            continue;
          }
        }
        path.push(key);
        const checked = values(value[key], path, issues);
        if (key === "__proto__") Object.defineProperty(output, key, { value: checked, enumerable: true, writable: true, configurable: true });
        else output[key] = checked;
        path.pop();
      }
      if (unknown !== undefined) push(issues, "unrecognized_keys", path, unrecognizedKeys(unknown), false);
      return output;
    };
  }

  /** zod's union: the first option that passes; else, when exactly one option's issues let checks continue, that option's; else "Invalid input". */
  function anyOf(options: Node[]): Check {
    const nullOption = options.findIndex((option) => option.type === "null" && Object.keys(option).filter((key) => key !== "description").length === 1);
    if (options.length === 2 && nullOption !== -1) return nullable(compile(options[1 - nullOption] as Node));
    const checks = options.map(compile);
    return (value, path, issues) => {
      let partial: { output: unknown; issues: SchemaIssue[] } | undefined;
      let partials = 0;
      for (const check of checks) {
        const own: SchemaIssue[] = [];
        const output = check(value, path, own);
        if (own.length === 0) return output;
        if (sound(own, 0)) {
          partials += 1;
          partial = { output, issues: own };
        }
      }
      if (partials === 1 && partial !== undefined) {
        issues.push(...partial.issues);
        return partial.output;
      }
      push(issues, "invalid_union", path, "Invalid input", false);
      return value;
    };
  }

  /** zod's discriminated union: the option whose constant matches the discriminator. */
  function oneOf(options: Node[]): Check {
    const first = options[0]?.properties as Record<string, Node> | undefined;
    const key = Object.keys(first ?? {}).find((candidate) => options.every((option) => own((option.properties as Record<string, Node>)[candidate] ?? {}, "const")));
    if (key === undefined) return anyOf(options);
    const byValue = new Map(options.map((option) => [(option.properties as Record<string, Node>)[key]?.const, compile(option)]));
    const expected = `Invalid discriminator value. Expected ${[...byValue.keys()].map((entry) => `'${String(entry)}'`).join(" | ")}`;
    return (value, path, issues) => {
      if (!isPlainObject(value)) {
        push(issues, "invalid_type", path, invalidType("object", value), false);
        return value;
      }
      const check = byValue.get(value[key]);
      if (check === undefined) {
        push(issues, "invalid_union", [...path, key], expected, false);
        return value;
      }
      return check(value, path, issues);
    };
  }

  return refine(compile({ ...root, $defs: undefined }), undefined);
}
