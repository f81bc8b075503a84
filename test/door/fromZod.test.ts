import { describe, expect, test } from "vitest";
import { z } from "zod";
import { fromZod, toSafe } from "../../src/index.js";

describe("fromZod: a zod error as an AwardRulesError of catalog issues", () => {
  const schema = z.strictObject({ id: z.string(), list: z.array(z.number().int()), kind: z.enum(["a", "b"]) });

  test("each issue under the code and prefix, its message from the catalog in zod's own English", () => {
    const parsed = schema.safeParse({ id: 1, list: [1, 2.5], kind: "c", extra: true }, { reportInput: true });
    if (parsed.success) throw new Error("parsed");
    const error = fromZod(parsed.error, "invalid_record", ["records", 3]);
    // zod's one unknown-keys issue at the object becomes one issue at the key, naming it in keys
    expect(error.issues.map((issue) => [issue.path, issue.messageId, issue.message])).toEqual(
      parsed.error.issues.map((issue) => [["records", 3, ...issue.path, ...(issue.code === "unrecognized_keys" ? issue.keys : [])], expect.any(String), issue.message]),
    );
    expect(error.issues.at(-1)?.keys).toEqual(["extra"]);
    expect(error.issues.map((issue) => issue.messageId)).toEqual(["schema.invalidType", "schema.invalidType", "schema.invalidValue", "schema.unrecognizedKeys"]);
    expect(error.issues[0]?.zh).toBe("应为文字，实为数值");
  });

  test("without the input reported, a wrong type keeps zod's English (the type received is not known)", () => {
    const parsed = schema.safeParse({ id: 1, list: [], kind: "a" });
    if (parsed.success) throw new Error("parsed");
    expect(fromZod(parsed.error, "invalid_record").issues[0]).toMatchObject({ messageId: "schema.other", message: "Invalid input: expected string, received number" });
  });

  test.each([
    [null, "invalid_record", []],
    [{ issues: 5 }, "invalid_record", []],
    [{ issues: [{ code: 5, path: [], message: "m" }] }, "invalid_record", []],
    [{ issues: [{ code: "custom", path: [{}], message: "m" }] }, "invalid_record", []],
    [{ issues: [] }, 7, []],
    [{ issues: [] }, "invalid_record", "records"],
  ])("what is not a zod error is refused as one: %j", (error, code, prefix) => {
    const result = toSafe(() => fromZod(error as never, code as never, prefix as never));
    expect(result.success).toBe(false);
  });
});
