import candidateSchema from "../../rules/schema/candidate.schema.json" with { type: "json" };
import type { Language } from "../compile/facts/types.js";
import { messageText } from "../messages/registry.js";
import type { BilingualText } from "../schema/rulebookTypes.js";
import { RECORD_FIELDS } from "../schema/recordFields.js";
import { embeddedJson } from "../util/embedded.js";

type Json = { [key: string]: unknown };

/**
 * Labels to name missing inputs by: rule items by id, and the condition that reads each
 * attestation, measure or flag (keyed as a missing name says it, e.g. `attestation[party.1.1]`).
 */
export type MissingLabelIndex = Map<string, BilingualText>;

const isText = (value: unknown): value is BilingualText =>
  value !== null && typeof value === "object" && typeof (value as Json).zh === "string" && typeof (value as Json).en === "string";

const KEYED: Readonly<Record<string, string>> = { attestation: "attestation", measure: "measures", flag: "flags" };

function keyOf(fact: unknown, params: unknown): string | undefined {
  const item = params !== null && typeof params === "object" ? (params as Json).item : undefined;
  if (typeof fact !== "string" || typeof item !== "string" || !Object.hasOwn(KEYED, fact)) return undefined;
  return fact === "attestation" ? `attestation[${item}]` : `${KEYED[fact]}.${item}`;
}

/**
 * Walks a rule item (an award as written) or a result (with its traces) and indexes every label
 * by id, and every attestation, measure or flag by the missing name that asks for it.
 *
 * @example
 * ```ts
 * labelIndex(award).get("attestation[party.1.1]")?.zh; // the condition's own label
 * ```
 */
export function labelIndex(root: unknown, into: MissingLabelIndex = new Map()): MissingLabelIndex {
  const seen = new Set<unknown>();
  const visit = (node: unknown): void => {
    if (node === null || typeof node !== "object" || seen.has(node)) return;
    seen.add(node);
    if (Array.isArray(node)) {
      for (const child of node) visit(child);
      return;
    }
    const object = node as Json;
    const label = object.label;
    if (isText(label)) {
      if (typeof object.id === "string" && !into.has(object.id)) into.set(object.id, label);
      const own = keyOf(object.fact, object.params);
      if (own !== undefined) into.set(own, label);
      if (Array.isArray(object.facts)) {
        for (const read of object.facts as Json[]) {
          const key = keyOf(read?.fact, read?.params);
          if (key !== undefined) into.set(key, label);
        }
      }
    }
    for (const value of Object.values(object)) visit(value);
  };
  visit(root);
  return into;
}

const indexes = new WeakMap<object, MissingLabelIndex>();

/**
 * `labelIndex` of a rule item that does not change (an award as written), walked once and kept;
 * the map returned is shared: copy it before adding to it.
 *
 * @example
 * ```ts
 * const labels = new Map(awardLabelIndex(award)); // a copy to add a result's labels to
 * ```
 */
export function awardLabelIndex(award: object): ReadonlyMap<string, BilingualText> {
  let index = indexes.get(award);
  if (index === undefined) indexes.set(award, (index = labelIndex(award)));
  return index;
}

let itemSchemas: Record<string, Json> | undefined;

/** The Chinese words a record list item's field is described with, e.g. 经查属实 for `verified`. */
function itemFieldWords(list: string, field: string): string | undefined {
  if (itemSchemas === undefined) {
    const defs = embeddedJson(candidateSchema as { $defs: Record<string, Json> }).$defs;
    const resolve = (schema: Json | undefined): Json | undefined => (typeof schema?.$ref === "string" ? resolve(defs[schema.$ref.replace("#/$defs/", "")]) : schema);
    const record = (defs.CandidateRecord?.properties ?? {}) as Record<string, Json>;
    itemSchemas = Object.fromEntries(Object.entries(record).map(([name, schema]) => [name, (resolve(resolve(schema)?.items as Json | undefined)?.properties ?? {}) as Json]));
  }
  const list_ = Object.hasOwn(itemSchemas, list) ? itemSchemas[list] : undefined;
  const property = list_ !== undefined && Object.hasOwn(list_, field) ? (list_[field] as Json) : undefined;
  const words = typeof property?.description === "string" ? /\(([^()]*[\u4e00-\u9fff][^()]*)\)/.exec(property.description)?.[1] : undefined;
  return words;
}

const APPLICATION: Readonly<Record<string, BilingualText>> = {
  date: { zh: "申报日期", en: "application date" },
  category: { zh: "申报类别", en: "category applied for" },
};

/**
 * A missing input as a person reads it: the condition's label for an attestation, a measure or a
 * flag; the record field's name (with its year or date, and the item's field) otherwise; a score's
 * item or component by its label. The id form is the fallback when nothing names it.
 *
 * @example
 * ```ts
 * missingLabel("economicTargets[2025]", "zh", new Map()); // "经济指标及完成情况（2025）"
 * missingLabel("complaints[2017-12-15].verified", "en", new Map()); // "complaints on record (2017-12-15): verified"
 * ```
 */
export function missingLabel(name: string, language: Language, index: ReadonlyMap<string, BilingualText>): string {
  const known = index.get(name);
  if (known !== undefined) return known[language];
  const scores = /^scores\[([^\]]*)\]\.(items|components)\[([^\]]*)\]$/.exec(name);
  if (scores) {
    const [, , part, key = ""] = scores;
    if (key === "total") return messageText("missing.scoreTotal", {}, language);
    const label = index.get(key);
    if (label !== undefined) return messageText("missing.scoreOf", { label }, language);
    return messageText("missing.scorePart", { key, part: part as "items" | "components" }, language);
  }
  const application = /^application\.(\w+)$/.exec(name);
  if (application && Object.hasOwn(APPLICATION, application[1] as string)) return (APPLICATION[application[1] as string] as BilingualText)[language];
  const field = /^(\w+)(?:\[([^\]]*)\])?(?:\.(\w+))?$/.exec(name);
  if (field && Object.hasOwn(RECORD_FIELDS, field[1] as string)) {
    const [, list = "", key, sub] = field;
    const base = (RECORD_FIELDS[list] as BilingualText)[language];
    const at = key === undefined ? "" : language === "zh" ? `（${key}）` : ` (${key})`;
    if (sub === undefined) return `${base}${at}`;
    const words = language === "zh" ? itemFieldWords(list, sub) : sub;
    return words === undefined ? `${base}${at}` : `${base}${at}${language === "zh" ? "：" : ": "}${words}`;
  }
  return name;
}

/**
 * Missing inputs named for a person, without repeats, joined in the language's way (each in
 * quotation marks in Chinese, where labels are whole sentences).
 *
 * @example
 * ```ts
 * missingText(["economicTargets[2025]"], "zh", new Map()); // "“经济指标及完成情况（2025）”"
 * ```
 */
export function missingText(names: readonly string[], language: Language, index: ReadonlyMap<string, BilingualText>): string {
  const labels = [...new Set(names.map((name) => missingLabel(name, language, index)))];
  return language === "zh" ? labels.map((label) => `“${label}”`).join("、") : labels.join(", ");
}
