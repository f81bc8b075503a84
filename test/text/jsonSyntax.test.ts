import { describe, expect, test } from "vitest";
import { jsonSyntaxError } from "../../src/text/jsonSyntax.js";

const locate = (text: string) => {
  try {
    JSON.parse(text);
  } catch (error) {
    return jsonSyntaxError(text, (error as Error).message);
  }
  throw new Error("the text parsed");
};

describe("jsonSyntaxError: line and column, and full-width punctuation", () => {
  test("a full-width comma at the end of line 3 (counted by hand: 2 spaces, 15 characters, then ，)", () => {
    const found = locate('{\n  "id": "X-1",\n  "role": "staff"，\n  "partyMember": false\n}');
    expect(found).toMatchObject({ line: 3, column: 18, fullWidth: { char: "，", ascii: "," } });
  });

  test("a full-width colon", () => {
    expect(locate('{"id"："X"}')).toMatchObject({ line: 1, column: 6, fullWidth: { char: "：", ascii: ":" } });
  });

  test("a missing comma: no full-width hint, the line and column of the next key", () => {
    const found = locate('{\n  "id": "X-1"\n  "role": "staff"\n}');
    expect(found.line).toBe(3);
    expect(found.column).toBe(3);
    expect(found.fullWidth).toBeUndefined();
    expect(found.reason).not.toMatch(/position/);
  });
});
