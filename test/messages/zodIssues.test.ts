import { describe, expect, test } from "vitest";
import { zodIssueMessage } from "../../src/messages/zodIssues.js";

describe("zod issues as messages of the catalog, by their structured fields", () => {
  test.each([
    [
      { code: "invalid_type", expected: "string", received: "number", message: "m" },
      { messageId: "schema.invalidType", params: { expected: "string", received: "number" } },
    ],
    [
      { code: "invalid_value", values: ["a", "b"], message: "m" },
      { messageId: "schema.invalidValue", params: { values: ["a", "b"] } },
    ],
    [
      { code: "too_small", origin: "array", minimum: 1, inclusive: true, message: "m" },
      { messageId: "schema.tooSmall", params: { origin: "array", inclusive: true, minimum: 1 } },
    ],
    [
      { code: "too_big", origin: "number", maximum: 10n, message: "m" },
      { messageId: "schema.tooBig", params: { origin: "number", inclusive: false, maximum: 10 } },
    ],
    [
      { code: "unrecognized_keys", keys: ["x"], message: "m" },
      { messageId: "schema.unrecognizedKeys", params: { keys: ["x"] } },
    ],
    [
      { code: "invalid_format", format: "regex", pattern: "/^\\d{3}$/", message: "m" },
      { messageId: "format.documentNumber", params: {} },
    ],
    [
      { code: "invalid_format", format: "regex", pattern: "/^x$/", message: "m" },
      { messageId: "schema.pattern", params: { pattern: "/^x$/" } },
    ],
    [
      { code: "not_multiple_of", divisor: 5, message: "m" },
      { messageId: "schema.multipleOf", params: { divisor: 5 } },
    ],
    [
      { code: "invalid_key", message: "m" },
      { messageId: "schema.invalidKey", params: {} },
    ],
    [
      { code: "invalid_union", options: ["a", "b"], message: "m" },
      { messageId: "schema.invalidDiscriminator", params: { options: ["a", "b"] } },
    ],
    [
      { code: "invalid_union", message: "m" },
      { messageId: "schema.invalidUnion", params: {} },
    ],
    [
      { code: "custom", params: { messageId: "check.yearListedTwice", params: { year: "2024" } }, message: "m" },
      { messageId: "check.yearListedTwice", params: { year: "2024" } },
    ],
  ])("case %#: %s", (issue, expected) => {
    expect(zodIssueMessage(issue)).toEqual(expected);
  });

  test.each([
    { code: "invalid_type", expected: "string", message: "Invalid input: expected string, received number" },
    { code: "too_small", origin: "date", minimum: 1, message: "Too small" },
    { code: "invalid_format", format: "email", message: "Invalid email address" },
    { code: "custom", params: { messageId: "toString" }, message: "my refinement" },
    { code: "custom", message: "my refinement" },
    { code: "something_new", message: "new words" },
  ])("what the catalog cannot word keeps zod's English: $code, $message", (issue) => {
    expect(zodIssueMessage(issue)).toEqual({ messageId: "schema.other", params: { text: issue.message } });
  });
});
