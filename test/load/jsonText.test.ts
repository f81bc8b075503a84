import { describe, expect, test } from "vitest";
import { bundledRulebook, evaluate, parseCandidate, parseCandidateJson, safeParseCandidate } from "../../src/index.js";
import { thrownIssues } from "../support/issuesOf.js";

describe("JSON text where a record object is expected says so", () => {
  const text = JSON.stringify({ id: "T-1", partyMember: true });

  test.each([text, `  ${text}\n`, "[]", "{ not quite json"])("parseCandidate(%j): names JSON text and parseCandidateJson, in both languages", (given) => {
    const issues = thrownIssues(() => parseCandidate(given));
    expect(issues.map((issue) => [issue.code, issue.path, issue.messageId])).toEqual([["invalid_record", [], "record.jsonText"]]);
    expect(issues[0]?.message).toMatch(/JSON text .*parse it first.*parseCandidateJson/);
    expect(issues[0]?.zh).toMatch(/`JSON` 文字.*`parseCandidateJson`/);
    expect(issues[0]?.params).toEqual({ length: given.length });
  });

  test("the text it names does what the message says", () => {
    expect(parseCandidateJson(text)).toEqual(JSON.parse(text));
    expect(parseCandidate(JSON.parse(text) as unknown)).toEqual(JSON.parse(text));
  });

  test("other text is still a wrong type, not JSON text", () => {
    const result = safeParseCandidate("T-1");
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues.map((issue) => issue.messageId)).toEqual(["schema.invalidType"]);
  });

  test("evaluate takes JSON text itself (no such issue there)", () => {
    expect(evaluate(bundledRulebook(), text, { asOf: "2026-11-26" }).recordId).toBe("T-1");
  });
});
