import { describe, expect, test } from "vitest";
import { AwardRulesError } from "../../src/index.js";
import { issueOf, plainParams, raise, renderMessage, renderedMessage, toSafe } from "../../src/messages/issueOf.js";
import { offCatalog } from "../hardening/catalogCheck.js";

describe("issues made from the catalog", () => {
  test("issueOf: the id and params as data, the English and the Chinese rendered from them, the rule and clause when given", () => {
    expect(issueOf("invalid_option", ["options", "full"], "option.notBoolean", { path: "options.full", got: "1" }, { ruleId: "r", clause: "§1" })).toEqual({
      code: "invalid_option",
      path: ["options", "full"],
      messageId: "option.notBoolean",
      params: { path: "options.full", got: "1" },
      message: "options.full must be true or false (got 1)",
      zh: "`options.full` 应为是或否（`true` 或 `false`），实为 `1`",
      ruleId: "r",
      clause: "§1",
    });
    // an optional param or extra left undefined is not carried: the issue equals its JSON copy
    const issue = issueOf("invalid_option", ["awrd"], "option.unknown", { key: "awrd", near: undefined, allowed: ["award"] }, { ruleId: undefined });
    expect(JSON.parse(JSON.stringify(issue))).toEqual(issue);
    expect(Object.keys(issue.params)).toEqual(["key", "allowed"]);
    expect("ruleId" in issue).toBe(false);
  });

  test("raise throws one AwardRulesError of that issue; renderedMessage is what both carry", () => {
    expect(() => raise("bad_value", ["value"], "operator.notCount", {})).toThrow(AwardRulesError);
    expect(renderedMessage("input.tooDeep", { max: 12 })).toEqual({
      messageId: "input.tooDeep",
      params: { max: 12 },
      message: "nested deeper than 12 levels",
      zh: "嵌套超过 12 层",
    });
    expect(plainParams({ a: 1, b: undefined })).toEqual({ a: 1 });
  });

  test("renderMessage: an unknown id or language, or params that do not fit, is an invalid_option error", () => {
    expect(renderMessage("input.tooDeep", { max: 12 }, "en")).toBe("nested deeper than 12 levels");
    const refused = (run: () => unknown) => toSafe(run);
    const codes = [
      refused(() => renderMessage("nope" as never, {} as never, "zh")),
      refused(() => renderMessage("input.tooDeep", { max: 12 }, "fr" as never)),
      refused(() => renderMessage("input.tooDeep", null as never, "zh")),
      refused(() => renderMessage("schema.unrecognizedKeys", {} as never, "zh")),
    ].map((result) => (result.success ? "rendered" : [result.error.issues[0]?.code, result.error.issues[0]?.path]));
    expect(codes).toEqual([
      ["invalid_option", ["id"]],
      ["invalid_option", ["language"]],
      ["invalid_option", ["params"]],
      ["invalid_option", ["params"]],
    ]);
  });

  test("toSafe: a run that is not a function is an invalid_option issue of the catalog", () => {
    const result = toSafe(5 as never);
    expect(result.success).toBe(false);
    if (!result.success)
      expect(result.error.issues[0]).toMatchObject({ code: "invalid_option", path: ["run"], messageId: "option.notFunction", message: "run must be a function (got number)" });
  });

  test("the fuzz harness's check: an issue off the catalog is caught, one made by issueOf passes", () => {
    const issue = issueOf("invalid_record", ["id"], "schema.invalidType", { expected: "string", received: "number" });
    expect(offCatalog(issue)).toBeUndefined();
    expect(offCatalog({ ...issue, message: "reworded" })).toMatch(/message "reworded"/);
    expect(offCatalog({ ...issue, zh: "改写" })).toMatch(/zh "改写"/);
    expect(offCatalog({ ...issue, messageId: "nope" })).toMatch(/unknown messageId/);
    expect(offCatalog({ ...issue, params: { expected: "string", received: Number.NaN } })).toMatch(/not plain JSON/);
    expect(offCatalog({ code: "x", path: [], message: "an inline message" })).toMatch(/unknown messageId/);
  });
});
