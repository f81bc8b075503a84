import candidateSchema from "../../rules/schema/candidate.schema.json" with { type: "json" };
import type { BilingualText } from "./rulebookTypes.js";
import { embeddedJson } from "../util/embedded.js";

type JsonSchema = { [key: string]: unknown };

// the candidate record's JSON Schema, parsed when first needed
let parsed: { defs: Record<string, JsonSchema>; record: { properties: Record<string, JsonSchema> } } | undefined;
const parts = (): NonNullable<typeof parsed> => {
  if (parsed === undefined) {
    const defs = embeddedJson(candidateSchema as { $defs: Record<string, JsonSchema> }).$defs;
    parsed = { defs, record: defs.CandidateRecord as { properties: Record<string, JsonSchema> } };
  }
  return parsed;
};

function resolve(schema: JsonSchema): JsonSchema {
  const ref = schema.$ref;
  if (typeof ref !== "string") return schema;
  const target = parts().defs[ref.replace("#/$defs/", "")];
  return target === undefined ? schema : { ...resolve(target), ...Object.fromEntries(Object.entries(schema).filter(([key]) => key !== "$ref")) };
}

/** What the keys of a record map are, by field (a map without an entry here is keyed by year). */
const KEYED_BY: Readonly<Record<string, BilingualText>> = {
  committeeRank: { zh: `按奖项编号（"model-post"）`, en: `by award id ("model-post")` },
  scores: { zh: `按评分类奖项编号（"service-star"）`, en: `by scored award id ("service-star")` },
  attestations: { zh: `按条件编号（"staff.1.1"）`, en: `by condition id ("staff.1.1")` },
  measures: { zh: "按规则声明的数据项名称", en: "by the name a rulebook declares" },
  flags: { zh: "按规则声明的情况项名称", en: "by the name a rulebook declares" },
  knownAbsent: { zh: "按记录字段名", en: "by record field" },
};

function typeOf(schema: JsonSchema, field?: string): BilingualText {
  const resolved = resolve(schema);
  const values = resolved.enum as string[] | undefined;
  if (values) return { zh: values.join(" | "), en: values.join(" | ") };
  if (resolved.pattern === "^\\d{4}-\\d{2}-\\d{2}$") return { zh: "日期 YYYY-MM-DD", en: "a date YYYY-MM-DD" };
  switch (resolved.type) {
    case "boolean":
      return { zh: "true（是）| false（否）", en: "true | false" };
    case "number":
    case "integer":
      return { zh: "数值", en: "a number" };
    case "string":
      return { zh: "文字", en: "text" };
    case "array": {
      const item = resolve((resolved.items ?? {}) as JsonSchema);
      const fields = item.properties ? Object.keys(item.properties) : [];
      const required = new Set((item.required as string[] | undefined) ?? []);
      const shape = fields.map((field) => (required.has(field) ? field : `${field}?`)).join(", ");
      return { zh: `列表，每项 {${shape}}；空列表表示“无”`, en: `a list of {${shape}}; an empty list means none` };
    }
    case "object": {
      if (resolved.propertyNames !== undefined) {
        const value = typeOf((resolved.additionalProperties ?? {}) as JsonSchema);
        const keyed = field !== undefined && Object.hasOwn(KEYED_BY, field) ? (KEYED_BY[field] as BilingualText) : { zh: `按年份（"2025"）`, en: `by year ("2025")` };
        return { zh: `${keyed.zh}：${value.zh}`, en: `${keyed.en}: ${value.en}` };
      }
      const fields = Object.keys(resolved.properties ?? {});
      return { zh: `{${fields.join(", ")}}`, en: `{${fields.join(", ")}}` };
    }
    default:
      return { zh: "值", en: "a value" };
  }
}

/**
 * What a record field holds, in words, read from the candidate record's JSON Schema: its allowed
 * values, or its type (a date, a list of items with their fields, a rating by year…).
 *
 * @example
 * ```ts
 * describeField("role").type.en; // "manager | teamLeader | staff"
 * describeField("complaints").type.en; // "a list of {date, summary?, verified?, serious?, serviceQuality?}; an empty list means none"
 * ```
 */
export function describeField(field: string): { type: BilingualText; values: string[] | undefined } {
  const schema = Object.hasOwn(parts().record.properties, field) ? parts().record.properties[field] : undefined;
  if (schema === undefined) return { type: { zh: "值", en: "a value" }, values: undefined };
  const values = resolve(schema).enum as string[] | undefined;
  return { type: typeOf(schema, field), values };
}

/** The schema of the items of a record list, resolved; undefined when the field is not a record field. */
function itemsOf(list: string): JsonSchema | undefined {
  const schema = Object.hasOwn(parts().record.properties, list) ? parts().record.properties[list] : undefined;
  return schema === undefined ? undefined : resolve((resolve(schema).items ?? {}) as JsonSchema);
}

/**
 * The allowed values of a field of the items of a record list (e.g. `kind` of `liabilityIncidents`),
 * or undefined when the field takes any value of its type.
 *
 * @example
 * ```ts
 * itemFieldValues("liabilityIncidents", "kind"); // ["safety", "quality", "foodSafety"]
 * ```
 */
export function itemFieldValues(list: string, field: string): readonly unknown[] | undefined {
  const items = itemsOf(list);
  const property = (items?.properties as Record<string, JsonSchema> | undefined)?.[field];
  if (property === undefined) return undefined;
  const resolved = resolve(property);
  if (resolved.type === "boolean") return [true, false];
  return resolved.enum as unknown[] | undefined;
}

/**
 * The fields of the items of a record list (e.g. `date`, `kind`, `major` of `liabilityIncidents`),
 * or undefined when the field is not a list of objects.
 *
 * @example
 * ```ts
 * itemFields("complaints"); // ["date", "summary", "verified", "serious", "serviceQuality"]
 * ```
 */
export function itemFields(list: string): string[] | undefined {
  const items = itemsOf(list);
  return items?.properties ? Object.keys(items.properties) : undefined;
}

/**
 * What one field of a record list's items holds: a date, a number, text, a yes/no or one of some
 * values (`values`), and whether every item must give it.
 *
 * @example
 * ```ts
 * const shape: ItemFieldShape = { field: "kind", holds: "choice", values: ["safety", "quality", "foodSafety"], required: true };
 * ```
 */
export interface ItemFieldShape {
  field: string;
  holds: "date" | "number" | "text" | "yesNo" | "choice";
  values?: string[];
  required: boolean;
}

/**
 * The fields of the items of a record list, in the schema's order, with what each holds; undefined
 * when the field is not a list of objects.
 *
 * @example
 * ```ts
 * itemShape("complaints")?.[0]; // { field: "date", holds: "date", required: true }
 * ```
 */
export function itemShape(list: string): ItemFieldShape[] | undefined {
  const items = itemsOf(list);
  const properties = items?.properties as Record<string, JsonSchema> | undefined;
  if (properties === undefined) return undefined;
  const required = new Set((items?.required as string[] | undefined) ?? []);
  return Object.entries(properties).map(([field, property]) => {
    const resolved = resolve(property);
    const base = { field, required: required.has(field) };
    if (Array.isArray(resolved.enum)) return { ...base, holds: "choice", values: resolved.enum as string[] };
    if (resolved.pattern === "^\\d{4}-\\d{2}-\\d{2}$") return { ...base, holds: "date" };
    if (resolved.type === "boolean") return { ...base, holds: "yesNo" };
    return { ...base, holds: resolved.type === "number" || resolved.type === "integer" ? "number" : "text" };
  });
}

/**
 * The allowed values of a record map's entries (e.g. the ratings of `annualAppraisals`), or
 * undefined when they take any value of their type.
 *
 * @example
 * ```ts
 * mapValues("annualAppraisals"); // ["excellent", "good", "competent", "qualified", "basicallyCompetent", "incompetent"]
 * ```
 */
export function mapValues(map: string): readonly unknown[] | undefined {
  const schema = Object.hasOwn(parts().record.properties, map) ? parts().record.properties[map] : undefined;
  const value = schema === undefined ? undefined : resolve((resolve(schema).additionalProperties ?? {}) as JsonSchema);
  return value?.enum as unknown[] | undefined;
}
