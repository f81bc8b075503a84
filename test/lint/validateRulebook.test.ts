import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { evaluate, safeLoadRulebook, validateRulebook } from "../../src/index.js";
import { lintRulebook, validateRulebook as fromReview } from "../../src/review/index.js";

const root = join(import.meta.dirname, "..", "..");
const text = (file: string): string => readFileSync(join(root, "rules", file), "utf8");
const raw = (): Record<string, any> => JSON.parse(text("000-model-post.json"));

describe("validateRulebook: schema, compile and lint findings together", () => {
  test("a bundled file loads, is ok, and gives the lint's warnings; the rulebook it gives evaluates", () => {
    const checked = validateRulebook(text("000-model-post.json"));
    expect(checked.loads).toBe(true);
    expect(checked.ok).toBe(true);
    expect(checked.findings.map((finding) => [finding.source, finding.code, finding.severity])).toEqual(
      lintRulebook(raw()).map((finding) => ["lint", finding.code, finding.severity]),
    );
    if (checked.rulebook === undefined) throw new Error("no rulebook");
    expect(evaluate(checked.rulebook, { id: "T-1" }, { asOf: "2026-11-26" }).status).toEqual(expect.any(String));
    expect(fromReview).toBe(validateRulebook);
  });

  test("a file that does not fit the schema: its schema findings alone, as loadRulebook's issues", () => {
    const json = raw();
    json.awards[0].levelz = 1;
    json.title = 5;
    const checked = validateRulebook(json);
    const loaded = safeLoadRulebook(json);
    if (loaded.success) throw new Error("loaded");
    expect(checked).toMatchObject({ loads: false, ok: false, rulebook: undefined });
    expect(checked.findings.map((finding) => [finding.source, finding.code, finding.path])).toEqual(loaded.error.issues.map((issue) => ["schema", issue.code, issue.path]));
    expect(checked.findings.find((finding) => finding.path.at(-1) === "levelz")?.keys).toEqual(["levelz"]);
  });

  test("compile and lint problems together: every compile problem (as loadRulebook gives them) and the lint's, once each", () => {
    const json = raw();
    json.awards[0].requirements.all[1].fact = "grievances"; // the compiler and the lint both see it
    json.awards[0].requirements.all[0].source.clause = " "; // only the lint sees it
    json.awards[0].categories[0].levels[0].conditions.all[0].id = json.awards[0].requirements.all[0].id; // a duplicate id
    const checked = validateRulebook(json);
    const loaded = safeLoadRulebook(json);
    if (loaded.success) throw new Error("loaded");
    expect(checked.loads).toBe(false);
    expect(checked.rulebook).toBeUndefined();
    const compile = checked.findings.filter((finding) => finding.source === "compile");
    expect(compile.map((finding) => [finding.code, finding.path])).toEqual(loaded.error.issues.map((issue) => [issue.code, issue.path]));
    expect(compile.map((finding) => finding.code).sort()).toEqual(["duplicate_id", "unknown_fact"]);
    const lint = checked.findings.filter((finding) => finding.source === "lint");
    expect(lint.map((finding) => finding.code)).toContain("missing_citation");
    // the unknown fact is said once, by the compiler
    expect(checked.findings.filter((finding) => finding.code === "unknown_fact")).toHaveLength(1);
    for (const finding of checked.findings) expect(finding.zh).toMatch(/[\u4e00-\u9fff]/);
  });

  test("a file that loads but has a lint error is not ok", () => {
    const json = raw();
    json.awards[0].requirements.all[0].source.document = "003";
    const checked = validateRulebook(json);
    expect(checked.loads).toBe(true);
    expect(checked.ok).toBe(false);
    expect(checked.findings).toContainEqual(expect.objectContaining({ source: "lint", code: "wrong_document", severity: "error" }));
  });

  test.each([42, "{", "x".repeat(10)])("anything else is a schema finding, never a throw: %j", (json) => {
    const checked = validateRulebook(json);
    expect(checked.loads).toBe(false);
    expect(checked.findings.length).toBeGreaterThan(0);
    expect(checked.findings.every((finding) => finding.source === "schema" && finding.code === "invalid_rulebook")).toBe(true);
  });
});
