import type { JsonValue } from "../schema/rulebookTypes.js";
import { FALSE, TRUE, UNKNOWN, type CompileScope, type Tri } from "./context.js";
import { itemFields, itemFieldValues } from "../schema/describeField.js";
import { nearest } from "../text/nearest.js";
import type { MessageId, ParamsOf } from "../messages/catalog.js";
import { raise } from "../messages/issueOf.js";
import { FORBIDDEN_KEYS } from "../util/forbiddenKeys.js";

/** A leaf's `params`, checked and compiled: the window name, an item filter, an item key. */
export interface CompiledParams {
  window?: string;
  /** TRUE, FALSE, or UNKNOWN when a field the filter tests is not given on the item. */
  where?: (item: Record<string, unknown>) => Tri;
  /** The item fields `where` tests. */
  whereFields: string[];
  item?: string;
  /** The params as written, for traces. */
  raw: Record<string, JsonValue>;
  /** A stable key for the fact cache. */
  key: string;
}

type Where = (item: Record<string, unknown>) => Tri;
const tri = (value: boolean): Tri => (value ? TRUE : FALSE);

function fail<I extends MessageId>(
  ruleId: string,
  path: (string | number)[],
  messageId: I,
  params: ParamsOf<I>,
  code: "bad_value" | "unknown_window" | "unknown_scale" = "bad_value",
): never {
  return raise(code, path, messageId, params, { ruleId });
}

/** A value a filter compares with must be one the list's items can hold (a kind, a scope, true or false). */
function checkAllowed(ruleId: string, path: (string | number)[], list: string | undefined, field: string, values: readonly unknown[]): void {
  const allowed = list === undefined ? undefined : itemFieldValues(list, field);
  if (allowed === undefined) return;
  for (const value of values) {
    if (!allowed.includes(value)) fail(ruleId, path, "params.notAValue", { value: value as JsonValue, field, list: list as string, allowed: allowed as JsonValue[] });
  }
}

function compileFieldTest(ruleId: string, field: string, test: JsonValue, scope: CompileScope, list: string | undefined): Where {
  const path = ["params", "where", field];
  if (FORBIDDEN_KEYS.has(field)) fail(ruleId, path, "params.forbiddenField", { field });
  const fields = list === undefined ? undefined : itemFields(list);
  if (fields !== undefined && !fields.includes(field)) {
    fail(ruleId, path, "params.noSuchField", { list: list as string, field, fields, nearest: nearest(field, fields, 1).join("") });
  }
  const own = (item: Record<string, unknown>): unknown => (Object.hasOwn(item, field) ? item[field] : undefined);
  const known =
    (check: (value: unknown) => boolean): Where =>
    (item) => {
      const value = own(item);
      return value === undefined ? UNKNOWN : tri(check(value));
    };
  if (test === null || typeof test !== "object") {
    checkAllowed(ruleId, path, list, field, [test]);
    return known((value) => value === test);
  }
  if (Array.isArray(test)) fail(ruleId, path, "params.fieldTestShape", {});
  const keys = Object.keys(test);
  if (keys.length === 1 && keys[0] === "in" && Array.isArray(test.in)) {
    checkAllowed(ruleId, [...path, "in"], list, field, test.in);
    const allowed = new Set<unknown>(test.in);
    return known((value) => allowed.has(value));
  }
  const bound = test.atLeast ?? test.atMost;
  const lower = test.atLeast !== undefined;
  const extra = keys.filter((key) => key !== "atLeast" && key !== "atMost" && key !== "scale");
  if (bound === undefined || extra.length > 0 || (test.atLeast !== undefined && test.atMost !== undefined)) {
    fail(ruleId, path, "params.boundShape", {});
  }
  if (typeof test.scale === "string") {
    const ranks = scope.scales.get(test.scale);
    if (!ranks) fail(ruleId, [...path, "scale"], "params.unknownScale", { scale: test.scale }, "unknown_scale");
    const boundRank = typeof bound === "string" ? ranks.get(bound) : undefined;
    if (boundRank === undefined) fail(ruleId, path, "params.notOnScale", { value: bound, scale: test.scale, values: [...ranks.keys()] });
    const allowed = list === undefined ? undefined : itemFieldValues(list, field);
    const unranked = (allowed ?? []).filter((value) => !ranks.has(String(value)));
    if (unranked.length > 0) {
      fail(ruleId, [...path, "scale"], "params.scaleMissesValues", { scale: test.scale, missing: unranked as JsonValue[], field, list: list as string, values: [...ranks.keys()] });
    }
    return known((value) => {
      const rank = ranks.get(String(value));
      return rank !== undefined && (lower ? rank >= boundRank : rank <= boundRank);
    });
  }
  if (typeof bound !== "number") fail(ruleId, path, "params.boundNotNumber", {});
  return known((value) => typeof value === "number" && (lower ? value >= bound : value <= bound));
}

/**
 * Checks and compiles a leaf's params. `window` must name a window of the rulebook, `where`
 * maps item fields to a value, `{ in }`, `{ atLeast, scale }` or `{ atMost, scale }`, and
 * `item` names an attestation.
 *
 * @example
 * ```ts
 * const params = compileParams("party.1.6.2", { window: "previousYear",
 *   where: { kind: "individualAdvanced", scope: { atLeast: "school", scale: "scope" } } }, scope);
 * ```
 */
export function compileParams(ruleId: string, raw: Record<string, JsonValue> | undefined, scope: CompileScope, list?: string): CompiledParams {
  const params = raw ?? {};
  const compiled: CompiledParams = { raw: params, key: JSON.stringify(params), whereFields: [] };
  for (const [name, value] of Object.entries(params)) {
    if (name === "window") {
      if (typeof value !== "string" || !Object.hasOwn(scope.windows, value)) {
        fail(ruleId, ["params", "window"], "params.unknownWindow", { window: value }, "unknown_window");
      }
      compiled.window = value;
    } else if (name === "item") {
      if (typeof value !== "string" || value.length === 0) fail(ruleId, ["params", "item"], "params.itemNotText", {});
      compiled.item = value;
    } else if (name === "where") {
      if (value === null || typeof value !== "object" || Array.isArray(value)) fail(ruleId, ["params", "where"], "params.whereNotObject", {});
      const tests = Object.entries(value).map(([field, test]) => compileFieldTest(ruleId, field, test, scope, list));
      compiled.whereFields = Object.keys(value);
      compiled.where = (item) => {
        let result: Tri = TRUE;
        for (const test of tests) {
          const outcome = test(item);
          if (outcome === FALSE) return FALSE;
          if (outcome === UNKNOWN) result = UNKNOWN;
        }
        return result;
      };
    } else {
      fail(ruleId, ["params", name], "params.unknownParam", { name });
    }
  }
  return compiled;
}
