import candidateSchema from "../../rules/schema/candidate.schema.json" with { type: "json" };
import scaleLabels from "../../rules/schema/scale-labels.json" with { type: "json" };
import type { Issue, IssueCode } from "../errors/AwardRulesError.js";
import type { MessageRef } from "../messages/catalog.js";
import { issueOf } from "../messages/issueOf.js";
import { embeddedJson } from "../util/embedded.js";
import { meantValue } from "../text/nearest.js";

type Json = { [key: string]: unknown };

let labels: Map<string, string> | undefined;

/**
 * Chinese label → value, for every value a record may hold that has a Chinese name: the scales of
 * the bundled rule files (优秀 → excellent, 校级 → school), gathered into
 * `rules/schema/scale-labels.json` (so the rule files themselves are not part of every bundle; a
 * test keeps it equal to them), and the candidate schema's enums, whose descriptions name each
 * value (`person 个人, team 班组, …`).
 *
 * @example
 * ```ts
 * valueLabels().get("优秀"); // "excellent"
 * ```
 */
export function valueLabels(): ReadonlyMap<string, string> {
  if (labels !== undefined) return labels;
  const found = new Map<string, string>(Object.entries(embeddedJson(scaleLabels as Record<string, string>)));
  const defs = embeddedJson(candidateSchema as { $defs: Record<string, Json> }).$defs;
  for (const schema of Object.values(defs)) {
    const values = schema.enum as unknown[] | undefined;
    if (!Array.isArray(values) || typeof schema.description !== "string") continue;
    for (const value of values) {
      if (typeof value !== "string") continue;
      const named = new RegExp(`(?:^|[\\s,:])${value} ([^\\s,.]+)`).exec(schema.description)?.[1];
      if (named === undefined || !/[\u4e00-\u9fff]/.test(named)) continue;
      for (const label of named.split("/")) if (!found.has(label)) found.set(label, value);
    }
  }
  labels = found;
  return found;
}

const at = (root: unknown, path: readonly (string | number)[]): unknown => {
  let node = root;
  for (const key of path) {
    if (node === null || typeof node !== "object" || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
};

/**
 * A validator's issue as an `AwardRulesError` issue (its message rendered from the catalog), and,
 * where a value given is near an allowed one (its Chinese label, the same but for case, or a small
 * misspelling), the value meant: `(did you mean "excellent"?)` in English, `“优秀”应填写为
 * \`excellent\`` in Chinese.
 *
 * @example
 * ```ts
 * schemaIssue("invalid_record", { path: ["annualAppraisals", "2024"], messageId: "schema.invalidValue", params: { values: ["excellent", "good"] } }, record, []);
 * // { …, params: { values: […], given: "优秀", meant: "excellent" }, message: '… (did you mean "excellent"?)' }
 * ```
 */
export function schemaIssue(code: IssueCode, found: MessageRef & { path: (string | number)[]; keys?: string[] }, root: unknown, prefix: readonly (string | number)[]): Issue {
  const path = [...prefix, ...found.path];
  if (found.messageId === "schema.invalidValue") {
    const given = at(root, found.path);
    const allowed = found.params.values.filter((value): value is string => typeof value === "string");
    const meant = typeof given === "string" ? meantValue(given, allowed, valueLabels()) : undefined;
    if (meant !== undefined) return issueOf(code, path, "schema.invalidValue", { ...found.params, given: given as string, meant });
  }
  return issueOf(code, path, found.messageId, found.params, { keys: found.keys });
}
