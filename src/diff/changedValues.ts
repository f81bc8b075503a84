import type { JsonValue } from "../schema/rulebookTypes.js";

/** One value of a rule item that differs: where in the item (`value`, `quota.value`, `params.window`), and before and after (null: absent). */
export interface ChangedValue {
  field: string;
  before: JsonValue | null;
  after: JsonValue | null;
}

/** Keys that word or cite an item rather than set what it does: a changed quote is not a changed value. */
const WORDING = new Set(["id", "label", "source", "interpretation", "description", "zh", "note"]);

function leaves(value: unknown, prefix: string, into: Map<string, JsonValue>): Map<string, JsonValue> {
  if (value !== null && typeof value === "object" && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) if (!WORDING.has(key)) leaves(child, prefix === "" ? key : `${prefix}.${key}`, into);
  } else if (value !== undefined) into.set(prefix, value as JsonValue);
  return into;
}

/**
 * The values that differ between two versions of one rule item, field by field (objects are
 * descended into; lists and plain values compared whole; labels, sources and readings left out).
 * A condition node's children are compared by their ids (`children`) and its combinator (`kind`).
 *
 * @example
 * ```ts
 * changedValues({ level: 1, quota: { value: 3 } }, { level: 1, quota: { value: 4 } }); // [{ field: "quota.value", before: 3, after: 4 }]
 * ```
 */
export function changedValues(before: unknown, after: unknown): ChangedValue[] {
  const old = leaves(before, "", new Map());
  const now = leaves(after, "", new Map());
  const fields = [...new Set([...old.keys(), ...now.keys()])];
  return fields
    .filter((field) => JSON.stringify(old.get(field) ?? null) !== JSON.stringify(now.get(field) ?? null))
    .map((field) => ({ field, before: old.get(field) ?? null, after: now.get(field) ?? null }));
}
