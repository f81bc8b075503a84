import candidateSchema from "../../rules/schema/candidate.schema.json" with { type: "json" };
import modelPost from "../../rules/000-model-post.json" with { type: "json" };
import serviceModelPost from "../../rules/001-service-model-post.json" with { type: "json" };
import partyModelPost from "../../rules/002-party-model-post.json" with { type: "json" };
import serviceMonth2017 from "../../rules/003-service-month-2017.json" with { type: "json" };
import logisticsPlans from "../../rules/004-logistics-plans.json" with { type: "json" };
import type { Issue } from "../errors/AwardRulesError.js";
import { embeddedJson } from "../util/embedded.js";
import { meantValue } from "../text/nearest.js";
import { schemaMessageInChinese } from "../messages/zhMessages.js";

type Json = { [key: string]: unknown };

let labels: Map<string, string> | undefined;

/**
 * Chinese label → value, for every value a record may hold that has a Chinese name: the scales of
 * the bundled rule files (优秀 → excellent, 校级 → school) and the candidate schema's enums, whose
 * descriptions name each value (`person 个人, team 班组, …`).
 *
 * @example
 * ```ts
 * valueLabels().get("优秀"); // "excellent"
 * ```
 */
export function valueLabels(): ReadonlyMap<string, string> {
  if (labels !== undefined) return labels;
  const found = new Map<string, string>();
  for (const source of [modelPost, serviceModelPost, partyModelPost, serviceMonth2017, logisticsPlans]) {
    const scales = (embeddedJson(source as Json).scales ?? {}) as Record<string, { values?: { value: string; label?: { zh?: string } }[] }>;
    for (const scale of Object.values(scales)) {
      for (const entry of scale.values ?? []) if (entry.label?.zh && !found.has(entry.label.zh)) found.set(entry.label.zh, entry.value);
    }
  }
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

/** The values a zod "expected one of" / "expected \"x\"" message allows, or undefined for another message. */
function allowedOf(message: string): string[] | undefined {
  const list = /^Invalid option: expected one of (.*)$/.exec(message)?.[1] ?? /^Invalid input: expected (".*")$/.exec(message)?.[1];
  if (list === undefined) return undefined;
  return list.split("|").flatMap((value) => (value.startsWith('"') && value.endsWith('"') ? [value.slice(1, -1)] : []));
}

/**
 * An issue with its Chinese message (the schema message translated), and, where the value given
 * is near an allowed one (its Chinese label, the same but for case, or a small misspelling), the
 * value meant: in `zh` always, and in the English message as `(did you mean "excellent"?)`.
 *
 * @example
 * ```ts
 * withHint({ code: "invalid_record", path: ["annualAppraisals", "2024"], message: 'Invalid option: expected one of "excellent"|"good"' }, record, []);
 * // { …, message: '… (did you mean "excellent"?)', zh: "应为以下之一：`excellent`、`good`；“优秀”应填写为 `excellent`" }
 * ```
 */
export function withHint(issue: Issue, root: unknown, prefix: readonly (string | number)[]): Issue {
  const zh = schemaMessageInChinese(issue.message);
  const allowed = allowedOf(issue.message);
  const given = allowed === undefined ? undefined : at(root, issue.path.slice(prefix.length));
  const meant = typeof given === "string" && allowed !== undefined ? meantValue(given, allowed, valueLabels()) : undefined;
  if (meant === undefined) return zh === undefined ? issue : { ...issue, zh };
  return {
    ...issue,
    message: `${issue.message} (did you mean ${JSON.stringify(meant)}?)`,
    zh: `${zh ?? "取值有误"}；“${given as string}”应填写为 \`${meant}\``,
  };
}
