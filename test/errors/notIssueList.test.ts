import { describe, expect, test } from "vitest";
import { AwardRulesError, NOT_ISSUE_LIST } from "../../src/errors/AwardRulesError.js";
import { renderMessage } from "../../src/messages/issueOf.js";

describe("an AwardRulesError made from something other than issues (issue 22, finding 7)", () => {
  test("is still made, with one issue saying so, never a TypeError", () => {
    for (const given of [new Error("x"), {}, null, undefined, "text", [{}], [{ code: "bad_value" }], [1]]) {
      const error = new AwardRulesError(given as never);
      expect(error).toBeInstanceOf(AwardRulesError);
      expect(error.issues).toEqual([{ ...NOT_ISSUE_LIST }]);
      expect(error.message).toBe(`invalid_option at issues: ${NOT_ISSUE_LIST.message}`);
      expect(AwardRulesError.describe(given as never)).toBe(error.message);
    }
  });

  test("issues it is given are kept as they are", () => {
    const issue = { code: "bad_value" as const, path: ["value"], messageId: "x", params: {}, message: "m", zh: "z" };
    expect(new AwardRulesError([issue]).issues).toEqual([issue]);
  });

  test("its words are the catalog's", () => {
    expect(NOT_ISSUE_LIST.message).toBe(renderMessage("error.notIssueList", {}, "en"));
    expect(NOT_ISSUE_LIST.zh).toBe(renderMessage("error.notIssueList", {}, "zh"));
  });
});
