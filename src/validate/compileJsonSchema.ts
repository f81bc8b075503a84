import type { MessageRef } from "../messages/catalog.js";
import { PATTERN_MESSAGES } from "../schema/checkMessages.js";
import { invalidOption, invalidType, sizeIssue, type SchemaIssue } from "./messages.js";
import type { Refinement } from "./refinements.js";
import { compileNode, nonNullOption, type NodeCompilers, type SchemaNode as Node } from "./schemaNodes.js";
/** A path being walked; copied only when an issue is recorded. */
type Path = (string | number)[];

/** What a check writes to: the schema's issues (the input's bounds were applied by `readInput` before). */
export interface CheckContext {
  issues: SchemaIssue[];
}

/**
 * A compiled check: the value's output (defaults filled in; the value itself when nothing
 * changed), issues pushed to the context.
 */
export type Check = (value: unknown, path: Path, ctx: CheckContext) => unknown;

const SAFE = 9007199254740991;
const own = Object.hasOwn;
const isPlainObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === "object" && !Array.isArray(value);
const push = (ctx: CheckContext, kind: string, path: Path, message: MessageRef, cont: boolean): void => {
  ctx.issues.push({ kind, messageId: message.messageId, params: message.params, path: path.slice(), continue: cont } as SchemaIssue);
};
/** Whether every issue from `start` on lets enclosing checks run (zod's "aborted"). */
const sound = (issues: SchemaIssue[], start: number): boolean => {
  for (let index = start; index < issues.length; index += 1) if (!(issues[index] as SchemaIssue).continue) return false;
  return true;
};
/** zod runs size checks on anything with a length, even after a wrong type: the origin it names. */
const sizeChecks = (value: unknown, path: Path, ctx: CheckContext, min: number | undefined, max: number | undefined): void => {
  if (value === null || value === undefined) return;
  const origin = typeof value === "string" ? "string" : Array.isArray(value) ? "array" : typeof value === "object" ? "unknown" : undefined;
  const length = origin === undefined ? undefined : (value as { length?: unknown }).length;
  if (origin === undefined || length === undefined) return;
  if (min !== undefined && (length as number) < min) push(ctx, "too_small", path, sizeIssue("small", origin, true, min), true);
  if (max !== undefined && (length as number) > max) push(ctx, "too_big", path, sizeIssue("big", origin, true, max), true);
};
const cloneJson = (value: unknown): unknown => (value === null || typeof value !== "object" ? value : JSON.parse(JSON.stringify(value)));

/** Any JSON value (a schema with no keywords: zod's unknown). */
const anything = (value: unknown): unknown => value;

/**
 * Compiles a JSON Schema emitted from the zod schemas (`rules/schema/*.schema.json`) into a check
 * that gives what zod's `safeParse` gives: the same output (defaults filled in) and the same
 * issues (code, path, message), with the refinements of `refinements` run on the definitions of
 * those names. The value is plain JSON data within the input's bounds: read by `readInput`, or
 * straight from `JSON.parse` past the fast check (`compileFastCheck`), which applies the same bounds.
 *
 * @example
 * ```ts
 * const check = compileJsonSchema(candidateSchema, REFINEMENTS);
 * const ctx: CheckContext = { issues: [] };
 * const record = check({ id: "T-1" }, [], ctx); // ctx.issues: []
 * ```
 */
export function compileJsonSchema(root: Node, refinements: Readonly<Record<string, Refinement>>): Check {
  const defs = (root.$defs ?? {}) as Record<string, Node>;
  const byName = new Map<string, Check>();

  const compiling = new Set<string>();
  const reference = (ref: string): Check => {
    const name = ref.replace(/^#\/\$defs\//, "");
    const found = byName.get(name);
    if (found !== undefined) return found;
    const definition = defs[name];
    if (definition === undefined) throw new Error(`schema: no definition ${name}`);
    if (compiling.has(name)) {
      // a recursive reference: call through, once the definition is compiled
      return (value, path, ctx) => (byName.get(name) as Check)(value, path, ctx);
    }
    compiling.add(name);
    const check = refine(compile(definition), refinements[name]);
    compiling.delete(name);
    byName.set(name, check);
    return check;
  };

  const refine = (check: Check, refinement: Refinement | undefined): Check =>
    refinement === undefined
      ? check
      : (value, path, ctx) => {
          const start = ctx.issues.length;
          const output = check(value, path, ctx);
          if (sound(ctx.issues, start)) for (const found of refinement(output)) push(ctx, "custom", [...path, ...found.path], found, true);
          return output;
        };

  const compilers: NodeCompilers<Check> = {
    ref: (ref) => reference(ref),
    enum: (values) => enumCheck(values),
    anyOf: (options) => anyOf(options),
    oneOf: (options) => oneOf(options),
    nullable: (node) => nullable(compile(node)),
    types: (node, types) => anyOf(types.map((entry) => ({ ...node, type: entry }))),
    string: (node) => stringCheck(node),
    number: (node, integer) => numberCheck(node, integer),
    boolean: () => (value, path, ctx) => (typeof value === "boolean" ? value : (push(ctx, "invalid_type", path, invalidType("boolean", value), false), value)),
    null: () => (value, path, ctx) => (value === null ? value : (push(ctx, "invalid_type", path, invalidType("null", value), false), value)),
    array: (node) => arrayCheck(node),
    object: (node) => objectCheck(node),
    record: (node) => recordCheck(node),
    anything: () => anything,
  };
  const compile = (node: Node): Check => compileNode(node, compilers);

  function enumCheck(values: unknown[]): Check {
    const allowed = new Set(values);
    const message = invalidOption(values);
    return (value, path, ctx) => {
      if (!allowed.has(value)) push(ctx, "invalid_value", path, message, false);
      return value;
    };
  }

  function nullable(check: Check): Check {
    return (value, path, ctx) => (value === null ? null : check(value, path, ctx));
  }

  function stringCheck(node: Node): Check {
    const minLength = typeof node.minLength === "number" ? node.minLength : undefined;
    const pattern = typeof node.pattern === "string" ? new RegExp(node.pattern) : undefined;
    const custom = pattern ? PATTERN_MESSAGES[pattern.source] : undefined;
    const patternMessage: MessageRef = custom !== undefined ? { messageId: custom.messageId, params: {} } : { messageId: "schema.pattern", params: { pattern: String(pattern) } };
    return (value, path, ctx) => {
      if (typeof value !== "string") {
        push(ctx, "invalid_type", path, invalidType("string", value), false);
        sizeChecks(value, path, ctx, minLength, undefined);
        return value;
      }
      if (minLength !== undefined && value.length < minLength) push(ctx, "too_small", path, sizeIssue("small", "string", true, minLength), true);
      if (pattern !== undefined && !pattern.test(value)) push(ctx, "invalid_format", path, patternMessage, custom?.abort !== true);
      return value;
    };
  }

  function numberCheck(node: Node, integer: boolean): Check {
    const bounds: { test: (value: number) => boolean; kind: string; message: MessageRef }[] = [];
    // zod's int() checks the safe range itself ("expected int to be <=9007199254740991"); the JSON
    // Schema shows that range as minimum / maximum only when no other bound replaced it.
    if (integer) {
      bounds.push({ test: (value) => value >= -SAFE, kind: "too_small", message: sizeIssue("small", "int", true, -SAFE) });
      bounds.push({ test: (value) => value <= SAFE, kind: "too_big", message: sizeIssue("big", "int", true, SAFE) });
    }
    if (typeof node.minimum === "number" && !(integer && node.minimum === -SAFE)) {
      const bound = node.minimum;
      bounds.push({ test: (value) => value >= bound, kind: "too_small", message: sizeIssue("small", "number", true, bound) });
    }
    if (typeof node.exclusiveMinimum === "number") {
      const bound = node.exclusiveMinimum;
      bounds.push({ test: (value) => value > bound, kind: "too_small", message: sizeIssue("small", "number", false, bound) });
    }
    if (typeof node.maximum === "number" && !(integer && node.maximum === SAFE)) {
      const bound = node.maximum;
      bounds.push({ test: (value) => value <= bound, kind: "too_big", message: sizeIssue("big", "number", true, bound) });
    }
    if (typeof node.exclusiveMaximum === "number") {
      const bound = node.exclusiveMaximum;
      bounds.push({ test: (value) => value < bound, kind: "too_big", message: sizeIssue("big", "number", false, bound) });
    }
    return (value, path, ctx) => {
      if (typeof value !== "number" || !Number.isFinite(value)) {
        push(ctx, "invalid_type", path, invalidType("number", value), false);
        return value;
      }
      if (integer && !Number.isInteger(value)) {
        push(ctx, "invalid_type", path, invalidType("int", value), false);
        return value;
      }
      for (const bound of bounds) if (!bound.test(value)) push(ctx, bound.kind, path, bound.message, true);
      return value;
    };
  }

  function arrayCheck(node: Node): Check {
    const items = node.items !== undefined ? compile(node.items as Node) : anything;
    const minItems = typeof node.minItems === "number" ? node.minItems : undefined;
    const maxItems = typeof node.maxItems === "number" ? node.maxItems : undefined;
    return (value, path, ctx): unknown => {
      if (!Array.isArray(value)) {
        push(ctx, "invalid_type", path, invalidType("array", value), false);
        sizeChecks(value, path, ctx, minItems, maxItems);
        return value;
      }
      let output: unknown[] | undefined;
      for (let index = 0; index < value.length; index += 1) {
        const item: unknown = value[index];
        path.push(index);
        const checked = items(item, path, ctx);
        path.pop();
        if (checked !== item && output === undefined) output = value.slice(0, index);
        if (output !== undefined) output.push(checked);
      }
      if (minItems !== undefined && value.length < minItems) push(ctx, "too_small", path, sizeIssue("small", "array", true, minItems), true);
      if (maxItems !== undefined && value.length > maxItems) push(ctx, "too_big", path, sizeIssue("big", "array", true, maxItems), true);
      return output ?? value;
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
      // a key an ordinary object inherits (toString…) must be read as an own key only
      inherited: key in Object.prototype,
    }));
    const known = new Set(Object.keys(properties));
    return (value, path, ctx) => {
      if (!isPlainObject(value)) {
        push(ctx, "invalid_type", path, invalidType("object", value), false);
        return value;
      }
      let output: Record<string, unknown> | undefined;
      let present = 0;
      for (const field of fields) {
        const given = field.inherited && !own(value, field.key) ? undefined : value[field.key];
        if (given === undefined) {
          if (field.hasDefault) (output ??= { ...value })[field.key] = cloneJson(field.defaultValue);
          else if (field.required) {
            path.push(field.key);
            field.check(undefined, path, ctx);
            path.pop();
          }
          continue;
        }
        present += 1;
        path.push(field.key);
        const checked = field.check(given, path, ctx);
        path.pop();
        if (checked !== given) (output ??= { ...value })[field.key] = checked;
      }
      const keys = Object.keys(value);
      if (keys.length !== present) {
        let unknown: string[] | undefined;
        for (const key of keys) {
          if (known.has(key)) continue;
          if (strict) (unknown ??= []).push(key);
        }
        if (unknown !== undefined) {
          push(ctx, "unrecognized_keys", path, { messageId: "schema.unrecognizedKeys", params: { keys: unknown } }, true);
          // zod's output holds only the known keys, and refinements above read that output
          output ??= { ...value };
          for (const key of unknown) delete output[key];
        }
      }
      return output ?? value;
    };
  }

  /** A key test that records nothing: whether a record's key fits its `propertyNames` (type, length, pattern, enum). */
  function keyTest(names: Node): ((key: string) => boolean) | undefined {
    const node = typeof names.$ref === "string" ? (defs[names.$ref.replace(/^#\/\$defs\//, "")] ?? {}) : names;
    const tests: ((key: string) => boolean)[] = [];
    if (Array.isArray(node.enum)) {
      const allowed = new Set(node.enum as unknown[]);
      tests.push((key) => allowed.has(key));
    }
    if (typeof node.minLength === "number") {
      const min = node.minLength;
      tests.push((key) => key.length >= min);
    }
    if (typeof node.pattern === "string") {
      const pattern = new RegExp(node.pattern);
      tests.push((key) => pattern.test(key));
    }
    if (tests.length === 0) return undefined;
    if (tests.length === 1) return tests[0];
    return (key) => tests.every((test) => test(key));
  }

  function recordCheck(node: Node): Check {
    const names = node.propertyNames as Node | undefined;
    const keyFits = names !== undefined ? keyTest(names) : undefined;
    const closedKeys = names !== undefined && Array.isArray(names.enum);
    const values = node.additionalProperties !== undefined && node.additionalProperties !== true ? compile(node.additionalProperties as Node) : anything;
    return (value, path, ctx) => {
      if (!isPlainObject(value)) {
        push(ctx, "invalid_type", path, invalidType("record", value), false);
        return value;
      }
      let output: Record<string, unknown> | undefined;
      let unknown: string[] | undefined;
      const keys = Object.keys(value);
      for (let index = 0; index < keys.length; index += 1) {
        const key = keys[index] as string;
        if (keyFits !== undefined && !keyFits(key)) {
          if (closedKeys) (unknown ??= []).push(key);
          else push(ctx, "invalid_key", [...path, key], { messageId: "schema.invalidKey", params: {} }, false);
          continue;
        }
        const given = value[key];
        path.push(key);
        const checked = values(given, path, ctx);
        path.pop();
        if (checked !== given) (output ??= { ...value })[key] = checked;
      }
      if (unknown !== undefined) push(ctx, "unrecognized_keys", path, { messageId: "schema.unrecognizedKeys", params: { keys: unknown } }, false);
      return output ?? value;
    };
  }

  /** zod's union: the first option that passes; else, when exactly one option's issues let checks continue, that option's; else "Invalid input". */
  function anyOf(options: Node[]): Check {
    const option = nonNullOption(options);
    if (option !== undefined) return nullable(compile(option));
    const checks = options.map(compile);
    return (value, path, ctx) => {
      let partial: { output: unknown; issues: SchemaIssue[] } | undefined;
      let partials = 0;
      for (const check of checks) {
        const sub: CheckContext = { issues: [] };
        const output = check(value, path, sub);
        if (sub.issues.length === 0) return output;
        if (sound(sub.issues, 0)) {
          partials += 1;
          partial = { output, issues: sub.issues };
        }
      }
      if (partials === 1 && partial !== undefined) {
        ctx.issues.push(...partial.issues);
        return partial.output;
      }
      push(ctx, "invalid_union", path, { messageId: "schema.invalidUnion", params: {} }, false);
      return value;
    };
  }

  /** zod's discriminated union: the option whose constant matches the discriminator. */
  function oneOf(options: Node[]): Check {
    const first = options[0]?.properties as Record<string, Node> | undefined;
    const key = Object.keys(first ?? {}).find((candidate) => options.every((option) => own((option.properties as Record<string, Node>)[candidate] ?? {}, "const")));
    if (key === undefined) return anyOf(options);
    const byValue = new Map(options.map((option) => [(option.properties as Record<string, Node>)[key]?.const, compile(option)]));
    const expected: MessageRef = { messageId: "schema.invalidDiscriminator", params: { options: [...byValue.keys()] as string[] } };
    return (value, path, ctx) => {
      if (!isPlainObject(value)) {
        push(ctx, "invalid_type", path, invalidType("object", value), false);
        return value;
      }
      const check = byValue.get(value[key]);
      if (check === undefined) {
        push(ctx, "invalid_union", [...path, key], expected, false);
        return value;
      }
      return check(value, path, ctx);
    };
  }

  return compile({ ...root, $defs: undefined });
}
