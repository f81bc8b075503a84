import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { bundledRulebookIds } from "../../src/index.js";

const rulesDir = join(import.meta.dirname, "..", "..", "rules");
const FILES = readdirSync(rulesDir)
  .filter((name) => name.endsWith(".json"))
  .sort();

type Found = { at: string; interpretation: Record<string, unknown> };

/** Every `interpretation` object in a rule file, with the path that reaches it. */
function interpretations(node: unknown, at = ""): Found[] {
  if (Array.isArray(node)) return node.flatMap((child, index) => interpretations(child, `${at}/${index}`));
  if (node === null || typeof node !== "object") return [];
  const found: Found[] = [];
  for (const [key, value] of Object.entries(node)) {
    if (key === "interpretation" && value !== null && typeof value === "object" && !Array.isArray(value)) {
      found.push({ at: `${at}/interpretation`, interpretation: value as Record<string, unknown> });
    }
    found.push(...interpretations(value, `${at}/${key}`));
  }
  return found;
}

/** Runs of three or more ASCII letters left once the `backticked` keys and values are taken out. */
function englishRuns(text: string): string[] {
  return text.replace(/`[^`]*`/g, "").match(/[A-Za-z]{3,}/g) ?? [];
}

const PARTS = ["reading", "reason", "alternative"] as const;

describe("every interpretation carries a Chinese twin (zh)", () => {
  test("the rule files walked are the bundled rulebooks", () => {
    expect(FILES.length).toBe(bundledRulebookIds().length);
  });

  describe.each(FILES)("%s", (file) => {
    const found = interpretations(JSON.parse(readFileSync(join(rulesDir, file), "utf8")));

    test("holds interpretations", () => {
      expect(found.length).toBeGreaterThan(0);
    });

    test("each has zh with reading and reason, and alternative exactly when the English has one", () => {
      const problems: string[] = [];
      for (const { at, interpretation } of found) {
        const zh = interpretation.zh as Record<string, unknown> | undefined;
        if (zh === undefined || zh === null || typeof zh !== "object") {
          problems.push(`${at}: no zh`);
          continue;
        }
        for (const part of PARTS) {
          const english = interpretation[part];
          const chinese = zh[part];
          if (english === undefined) {
            if (chinese !== undefined) problems.push(`${at}: zh.${part} without an English ${part}`);
          } else if (typeof chinese !== "string" || chinese.trim() === "") {
            problems.push(`${at}: zh.${part} missing or empty`);
          }
        }
        const extra = Object.keys(zh).filter((key) => !(PARTS as readonly string[]).includes(key));
        if (extra.length > 0) problems.push(`${at}: zh has unexpected keys ${extra.join(", ")}`);
      }
      expect(problems).toEqual([]);
    });

    test("the Chinese text has no English outside backticks (no run of 3 or more ASCII letters)", () => {
      const problems: string[] = [];
      for (const { at, interpretation } of found) {
        const zh = (interpretation.zh ?? {}) as Record<string, unknown>;
        for (const part of PARTS) {
          const chinese = zh[part];
          if (typeof chinese !== "string") continue;
          if ((chinese.match(/`/g) ?? []).length % 2 !== 0) problems.push(`${at}: zh.${part} has an unclosed backtick`);
          const runs = englishRuns(chinese);
          if (runs.length > 0) problems.push(`${at}: zh.${part}: ${runs.join(", ")}`);
        }
      }
      expect(problems).toEqual([]);
    });
  });

  test("the check finds English outside backticks and allows it inside", () => {
    expect(englishRuns("将 `rounding` 设为 `roundHalfUp`")).toEqual([]);
    expect(englishRuns("近N年（Y+1年）")).toEqual([]);
    expect(englishRuns("见 domain.md")).toEqual(["domain"]);
  });
});
