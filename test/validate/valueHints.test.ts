import { describe, expect, test } from "vitest";
import { safeParseCandidate, type Issue } from "../../src/index.js";
import { issueText } from "../../src/messages/issueText.js";
import { meantValue } from "../../src/text/nearest.js";
import { valueLabels } from "../../src/validate/valueHints.js";
import type { MessageRef } from "../../src/messages/catalog.js";
import { renderMessage } from "../../src/messages/issueOf.js";

const issuesOf = (input: unknown): Issue[] => {
  const result = safeParseCandidate(input);
  if (result.success) throw new Error("expected the record to be refused");
  return result.error.issues;
};

describe("a value given in Chinese or misspelt: the value meant is offered", () => {
  test('"2024": "优秀" → `excellent`, in Chinese and in English', () => {
    const [issue] = issuesOf({ id: "T-1", annualAppraisals: { "2024": "优秀" } });
    expect(issue?.path).toEqual(["annualAppraisals", "2024"]);
    expect(issue?.zh).toContain("“优秀”应填写为 `excellent`");
    expect(issue?.message).toContain('(did you mean "excellent"?)');
    expect(issueText(issue as Issue, "zh")).toBe(
      "记录有误：学校职工年度考核等级.2024：应为以下之一：`excellent`、`good`、`competent`、`qualified`、`basicallyCompetent`、`incompetent`；“优秀”应填写为 `excellent`",
    );
  });

  test("a misspelling (excelent), a case slip (Staff) and a Chinese enum name (班组 → team)", () => {
    expect(issuesOf({ id: "T-1", annualAppraisals: { "2024": "excelent" } })[0]?.zh).toContain("`excellent`");
    expect(issuesOf({ id: "T-1", role: "Staff" })[0]?.zh).toContain("“Staff”应填写为 `staff`");
    expect(issuesOf({ id: "T-1", kind: "班组" })[0]?.zh).toContain("“班组”应填写为 `team`");
  });

  test("nothing near: no guess, the message stays zod's word for word", () => {
    const [issue] = issuesOf({ id: "T-1", role: "x" });
    expect(issue?.message).toBe('Invalid option: expected one of "manager"|"teamLeader"|"staff"');
    expect(issue?.zh).toBe("应为以下之一：`manager`、`teamLeader`、`staff`");
  });

  test("the labels come from the rule files' scales and the schema's enum names", () => {
    expect(valueLabels().get("优秀")).toBe("excellent");
    expect(valueLabels().get("校级")).toBe("school");
    expect(valueLabels().get("班组")).toBe("team");
  });

  test("meantValue: a third of the length at most, never for a short text", () => {
    expect(meantValue("excelent", ["excellent", "good"])).toBe("excellent");
    expect(meantValue("ab", ["abc"])).toBeUndefined();
    expect(meantValue("qualifid", ["qualified", "competent"])).toBe("qualified");
    expect(meantValue("nothing-alike", ["qualified", "competent"])).toBeUndefined();
  });
});

describe("schema messages in Chinese, rendered from zod's structured fields", () => {
  test.each([
    [{ messageId: "schema.invalidType", params: { expected: "string", received: "number" } }, "Invalid input: expected string, received number", "应为文字，实为数值"],
    [
      { messageId: "schema.invalidType", params: { expected: "boolean", received: "undefined" } },
      "Invalid input: expected boolean, received undefined",
      "应为是或否（`true` 或 `false`），实为未填写",
    ],
    [{ messageId: "schema.unrecognizedKeys", params: { keys: ["a", "b"] } }, 'Unrecognized keys: "a", "b"', "不认识的字段：`a`、`b`"],
    [{ messageId: "schema.tooSmall", params: { origin: "string", inclusive: true, minimum: 1 } }, "Too small: expected string to have >=1 characters", "文字至少 1 个字符"],
    [{ messageId: "schema.tooBig", params: { origin: "number", inclusive: true, maximum: 100 } }, "Too big: expected number to be <=100", "数值应不大于 100"],
    [{ messageId: "format.realDate", params: {} }, "not a real calendar date", "不是日历上存在的日期"],
    [{ messageId: "input.tooManyValues", params: { max: 5 } }, "more than 5 values: input too large", "输入过大：超过 5 个值"],
  ] as [MessageRef, string, string][])("%j → %s", ({ messageId, params }, message, zh) => {
    expect(renderMessage(messageId, params, "en")).toBe(message);
    expect(renderMessage(messageId, params, "zh")).toBe(zh);
  });
});
