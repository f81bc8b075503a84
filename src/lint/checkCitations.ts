import type { Rulebook } from "../schema/rulebookTypes.js";
import { findingOf } from "./finding.js";
import type { LintFinding } from "./types.js";
import type { JsonPath } from "./walk.js";

/** Keys whose values are free JSON (condition values and params, pay expressions): never citations. */
const FREE_JSON = new Set(["params", "value", "expression"]);

const nameOf = (record: Record<string, unknown>): string | undefined =>
  [record.id, record.grade, record.name].find((candidate): candidate is string => typeof candidate === "string");

/**
 * Citations that do not cite: a `source` whose clause is empty or blank, or whose `document` is
 * not the rulebook's own document (`document.id`).
 *
 * @example
 * ```ts
 * checkCitations(rulebook); // [] for the bundled rule files
 * ```
 */
export function checkCitations(rulebook: Rulebook): LintFinding[] {
  const findings: LintFinding[] = [];
  const visit = (value: unknown, path: JsonPath, owner: string | undefined): void => {
    if (Array.isArray(value)) {
      value.forEach((item, index) => visit(item, [...path, index], owner));
      return;
    }
    if (value === null || typeof value !== "object") return;
    const record = value as Record<string, unknown>;
    const ruleId = nameOf(record) ?? owner;
    const source = record.source as Record<string, unknown> | undefined;
    if (source !== null && typeof source === "object" && typeof source.document === "string" && typeof source.clause === "string") {
      const at = [...path, "source"];
      const who = ruleId ?? at.join(".");
      if (source.clause.trim() === "") findings.push(findingOf("missing_citation", "error", [...at, "clause"], "lint.noClause", { who }, ruleId));
      if (source.document !== rulebook.document.id) {
        findings.push(findingOf("wrong_document", "error", [...at, "document"], "lint.otherDocument", { who, cited: source.document, own: rulebook.document.id }, ruleId));
      }
    }
    for (const [key, child] of Object.entries(record)) {
      if (key !== "source" && !FREE_JSON.has(key)) visit(child, [...path, key], ruleId);
    }
  };
  visit(rulebook, [], undefined);
  return findings;
}
