import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { bundledRulebookIds, evaluate, loadRulebook, safeLoadRulebook } from "../../src/index.js";
import { lintRulebook } from "../../src/review/index.js";
import { MAX_RULEBOOK_TEXT } from "../../src/validate/rulebookInput.js";
import { readdirSync } from "node:fs";

const FILES = readdirSync("rules").filter((name) => name.endsWith(".json"));
const text = (name: string): string => readFileSync(`rules/${name}`, "utf8");

describe("a rule file given as JSON text, as a database column holds it", () => {
  test("every bundled rule file loads from its text, and evaluates as the file parsed does", () => {
    expect(FILES).toHaveLength(bundledRulebookIds().length);
    for (const name of FILES) {
      const fromText = loadRulebook(text(name));
      const fromObject = loadRulebook(JSON.parse(text(name)));
      expect(fromText.rulebook).toEqual(fromObject.rulebook);
    }
    const record = { id: "T-1", partyMember: true };
    const asOf = "2026-11-26";
    expect(evaluate(loadRulebook(text(FILES[0] as string)), record, { asOf }).status).toBe(evaluate(loadRulebook(JSON.parse(text(FILES[0] as string))), record, { asOf }).status);
  });

  test("the limit is documented, far above the largest bundled file, and text past it is refused unread", () => {
    const largest = Math.max(...FILES.map((name) => text(name).length));
    expect(MAX_RULEBOOK_TEXT).toBeGreaterThanOrEqual(50 * largest);
    const tooLong = " ".repeat(MAX_RULEBOOK_TEXT + 1);
    const result = safeLoadRulebook(tooLong);
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.issues).toHaveLength(1);
      expect(result.error.issues[0]).toMatchObject({ code: "invalid_rulebook", path: [], messageId: "text.rulebookTooLong", params: { length: MAX_RULEBOOK_TEXT + 1 } });
      expect(result.error.issues[0]?.zh).toMatch(/规则文件/);
    }
    // whitespace around a file is JSON still: a long pretty-printed file within the limit loads
    expect(loadRulebook(`${text(FILES[0] as string)}${" ".repeat(1_000_000)}`).rulebook.id).toBe(JSON.parse(text(FILES[0] as string)).id);
  });

  test("text that is not JSON names the line and column, in both languages", () => {
    const lines = text(FILES[1] as string).split("\n");
    const at = lines.findIndex((line) => line.trim().startsWith('"awards"'));
    lines[at] = `${lines[at] as string};`;
    const broken = lines.join("\n");
    const result = safeLoadRulebook(broken);
    expect(result.success).toBe(false);
    if (!result.success) {
      const [issue] = result.error.issues;
      expect(issue).toMatchObject({ code: "invalid_rulebook", messageId: "text.jsonSyntax" });
      const line = at + 1;
      expect(issue?.params.line).toBe(line);
      expect(issue?.zh).toContain(`第 ${line} 行`);
    }
  });

  test("lintRulebook reads the text too: a bundled file's text lints as its object", () => {
    for (const name of FILES) expect(lintRulebook(text(name))).toEqual(lintRulebook(JSON.parse(text(name))));
  });
});
