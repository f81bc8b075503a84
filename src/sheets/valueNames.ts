import candidateSchema from "../../rules/schema/candidate.schema.json" with { type: "json" };
import type { BilingualText } from "../schema/rulebookTypes.js";
import { embeddedJson } from "../util/embedded.js";

type Json = { [key: string]: unknown };

/** The texts that may name an enum's values: the field's description and those of what it refers to. */
function descriptions(schema: Json | undefined, defs: Record<string, Json>, depth = 0): string[] {
  if (schema === undefined || depth > 4) return [];
  const ref = typeof schema.$ref === "string" ? defs[schema.$ref.replace("#/$defs/", "")] : undefined;
  const inner = [ref, schema.additionalProperties as Json | undefined, schema.items as Json | undefined].filter(
    (each): each is Json => each !== undefined && typeof each === "object",
  );
  return [...(typeof schema.description === "string" ? [schema.description] : []), ...inner.flatMap((each) => descriptions(each, defs, depth + 1))];
}

const CJK = /[\u4e00-\u9fff]/;
const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The Chinese name a description gives a value: `excellent 优秀` or `管理人员 manager`. */
function nameIn(text: string, value: string): string | undefined {
  const after = new RegExp(`(?:^|[\\s,:(])${escape(value)} ([^\\s,.;:]+)`).exec(text)?.[1];
  if (after !== undefined && CJK.test(after)) return after.split("/")[0];
  const before = new RegExp(`([^\\s,.;:(]+) ${escape(value)}(?![\\w])`).exec(text)?.[1];
  return before !== undefined && CJK.test(before) ? before : undefined;
}

/**
 * The Chinese name of each allowed value of a record field (or of the entries of a record map, such
 * as `annualAppraisals`), read from the descriptions in the candidate record's JSON Schema
 * (`excellent 优秀`, `管理人员 manager`); a value the schema does not name in Chinese keeps its code.
 *
 * @example
 * ```ts
 * valueNames("role", ["manager", "teamLeader", "staff"]).get("teamLeader"); // { zh: "班组长", en: "teamLeader" }
 * ```
 */
export function valueNames(field: string, values: readonly string[]): Map<string, BilingualText> {
  const defs = embeddedJson(candidateSchema as { $defs: Record<string, Json> }).$defs;
  const property = ((defs.CandidateRecord as Json).properties as Record<string, Json>)[field];
  return namesIn(descriptions(property, defs), values);
}

function namesIn(texts: readonly string[], values: readonly string[]): Map<string, BilingualText> {
  return new Map(values.map((value) => [value, { zh: texts.map((text) => nameIn(text, value)).find((name) => name !== undefined) ?? value, en: value }]));
}

/**
 * The Chinese name of each allowed value of a field of a record list's items (`kind` of
 * `liabilityIncidents`: `safety 安全`), read from the descriptions of that field and of what it
 * refers to; a value the schema does not name in Chinese keeps its code.
 *
 * @example
 * ```ts
 * itemValueNames("liabilityIncidents", "kind", ["safety"]).get("safety"); // { zh: "安全", en: "safety" }
 * ```
 */
export function itemValueNames(list: string, field: string, values: readonly string[]): Map<string, BilingualText> {
  const defs = embeddedJson(candidateSchema as { $defs: Record<string, Json> }).$defs;
  const resolve = (schema: Json | undefined): Json | undefined => (typeof schema?.$ref === "string" ? resolve(defs[schema.$ref.replace("#/$defs/", "")]) : schema);
  const items = resolve(resolve(((defs.CandidateRecord as Json).properties as Record<string, Json>)[list])?.items as Json | undefined);
  const property = (items?.properties as Record<string, Json> | undefined)?.[field];
  return namesIn(descriptions(property, defs), values);
}

/**
 * The values and their Chinese names a type in words lists as `met（符合）| notMet（不符合）`
 * (what `requiredInputs` says an attestation or a yes/no holds).
 *
 * @example
 * ```ts
 * namedValues("true（是）| false（否）"); // [{ value: "true", zh: "是" }, { value: "false", zh: "否" }]
 * ```
 */
export function namedValues(type: string): { value: string; zh: string }[] {
  return [...type.matchAll(/(\w+)（([^）]+)）/g)].map((match) => ({ value: match[1] as string, zh: match[2] as string }));
}
