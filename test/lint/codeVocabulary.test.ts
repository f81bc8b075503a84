import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { lintRulebook } from "../../src/lint/lintRulebook.js";
import { renderMessage, safeLoadRulebook, type IssueCode } from "../../src/index.js";
import type { MessageId } from "../../src/messages/catalog.js";

// One code vocabulary: a problem loadRulebook refuses has the same code in lintRulebook's findings,
// every code is snake_case, and every finding's words are its catalog message in both languages.
const root = join(import.meta.dirname, "..", "..");
const raw = (): Record<string, any> => JSON.parse(readFileSync(join(root, "rules", "000-model-post.json"), "utf8"));

/** One broken rule file per kind of problem loadRulebook refuses, made from the bundled 000. */
function broken(): [string, Record<string, any>][] {
  const fact = raw();
  fact.awards[0].requirements.all[1].fact = "yearsInLogistics";
  const operator = raw();
  operator.awards[0].requirements.all[1].operator = "around";
  const window = raw();
  window.awards[0].requirements.all[1].params = { ...window.awards[0].requirements.all[1].params, window: "fourYears" };
  const category = raw();
  category.awards[0].categories[1].id = category.awards[0].categories[0].id;
  const schema = raw();
  schema.awards[0].label = 5;
  const value = raw();
  value.awards[0].requirements.all[1].value = "none";
  return [
    ["unknown fact", fact],
    ["unknown operator", operator],
    ["unknown window", window],
    ["category twice", category],
    ["schema", schema],
    ["bad value", value],
  ];
}

describe("lintRulebook and loadRulebook speak one code vocabulary", () => {
  test.each(broken())("%s: every code loadRulebook gives is among the lint's error codes", (_name, json) => {
    const loaded = safeLoadRulebook(json);
    if (loaded.success) throw new Error("loaded");
    const loadCodes = new Set<IssueCode>(loaded.error.issues.map((issue) => issue.code));
    const lintCodes = new Set(
      lintRulebook(json)
        .filter((finding) => finding.severity === "error")
        .map((finding) => finding.code),
    );
    expect(loadCodes.size).toBeGreaterThan(0);
    for (const code of loadCodes) expect(lintCodes).toContain(code);
  });

  test.each(broken())("%s: snake_case codes, catalog words in English and Chinese", (_name, json) => {
    const findings = lintRulebook(json);
    expect(findings.length).toBeGreaterThan(0);
    for (const finding of findings) {
      expect(finding.code).toMatch(/^[a-z]+(_[a-z]+)*$/);
      expect(finding.messageId).toEqual(expect.any(String));
      const id = finding.messageId as MessageId;
      expect(finding.message).toBe(renderMessage(id, finding.params as never, "en"));
      expect(finding.zh).toBe(renderMessage(id, finding.params as never, "zh"));
    }
  });

  test("the bundled rule files' warnings are snake_case too, with their Chinese", () => {
    const findings = ["000-model-post.json", "002-party-model-post.json", "004-logistics-plans.json"].flatMap((file) =>
      lintRulebook(JSON.parse(readFileSync(join(root, "rules", file), "utf8"))),
    );
    expect(findings.length).toBeGreaterThan(0);
    for (const finding of findings) {
      expect(finding.code).toMatch(/^[a-z]+(_[a-z]+)*$/);
      expect(finding.zh).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
