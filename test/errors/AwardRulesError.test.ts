import { issueOf } from "../../src/messages/issueOf.js";
import { describe, expect, test } from "vitest";
import { z } from "zod";
import { AwardRulesError, fromZod, toSafe, type Issue } from "../../src/index.js";

const issue = (fields: Partial<Issue> = {}): Issue => ({ ...issueOf("bad_value", ["value"], "operator.notCount", {}), ...fields });

describe("AwardRulesError", () => {
  test("is an Error named AwardRulesError that keeps every issue", () => {
    const issues = [issue(), issue({ code: "unknown_fact", path: ["fact"], message: "unknown fact" })];
    const error = new AwardRulesError(issues);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("AwardRulesError");
    expect(error.issues).toEqual(issues);
  });

  test.each([
    [issue(), "bad_value at value: a count is a whole number ≥ 0"],
    [issue({ path: [] }), "bad_value at (root): a count is a whole number ≥ 0"],
    [issue({ path: ["honours", 0, "date"], code: "invalid_record", message: "m" }), "invalid_record at honours.0.date: m"],
    [issue({ ruleId: "party.1.4" }), "bad_value at value: a count is a whole number ≥ 0 [rule party.1.4]"],
    [issue({ ruleId: "party.1.4", clause: "§四(一)1(4)" }), "bad_value at value: a count is a whole number ≥ 0 [rule party.1.4, §四(一)1(4)]"],
  ])("describes %j as one line", (given, line) => {
    expect(AwardRulesError.describe([given])).toBe(line);
    expect(new AwardRulesError([given]).message).toBe(line);
  });

  test("the message has one line per issue, in order", () => {
    const message = new AwardRulesError([issue({ path: ["a"] }), issue({ path: ["b"] })]).message;
    expect(message.split("\n")).toEqual(["bad_value at a: a count is a whole number ≥ 0", "bad_value at b: a count is a whole number ≥ 0"]);
  });

  test("fromZod keeps every zod issue with its path, under the given code and prefix", () => {
    const schema = z.strictObject({ id: z.string(), list: z.array(z.number().int()) });
    const parsed = schema.safeParse({ id: 1, list: [1, 2.5] });
    if (parsed.success) throw new Error("parsed");
    const error = fromZod(parsed.error, "invalid_record", ["records", 3]);
    expect(error.issues.map((entry) => [entry.code, entry.path])).toEqual([
      ["invalid_record", ["records", 3, "id"]],
      ["invalid_record", ["records", 3, "list", 1]],
    ]);
    expect(error.issues.every((entry) => entry.message.length > 0)).toBe(true);
  });
});

describe("toSafe", () => {
  test("returns the data on success", () => {
    expect(toSafe(() => 42)).toEqual({ success: true, data: 42 });
  });

  test("returns an AwardRulesError as { success: false, error }", () => {
    const error = new AwardRulesError([issue()]);
    expect(
      toSafe(() => {
        throw error;
      }),
    ).toEqual({ success: false, error });
  });

  test("rethrows any other error: it is a bug, not a result", () => {
    expect(() =>
      toSafe(() => {
        throw new TypeError("boom");
      }),
    ).toThrow(TypeError);
  });
});
