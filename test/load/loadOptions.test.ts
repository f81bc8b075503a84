import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { evaluate, safeLoadRulebook, loadRulebook } from "../../src/index.js";
import { mulberry32, syntheticRecord } from "../bench/generate.js";

const json = JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "rules", "000-model-post.json"), "utf8")) as unknown;

describe("loadRulebook options", () => {
  test("generateCode: false walks the trees and gives the same results as generated code (warm)", () => {
    const walked = loadRulebook(json, { generateCode: false });
    const generated = loadRulebook(json);
    const random = mulberry32(11);
    const records = Array.from({ length: 200 }, (_, index) => syntheticRecord(random, index));
    for (const record of records) {
      const a = evaluate(walked, record, { asOf: "2026-11-26" });
      const b = evaluate(generated, record, { asOf: "2026-11-26" });
      expect({ status: a.status, level: a.level, missing: a.missingFacts, summary: a.summary }).toEqual({
        status: b.status,
        level: b.level,
        missing: b.missingFacts,
        summary: b.summary,
      });
    }
  });

  test("a wrong option is a typed error naming it", () => {
    const issue = (options: unknown) => {
      const result = safeLoadRulebook(json, options as never);
      return result.success ? undefined : result.error.issues[0];
    };
    expect(issue({ generateCode: "no" })).toMatchObject({ code: "invalid_option", path: ["generateCode"] });
    expect(issue({ generatecode: false })?.path).toEqual(["generatecode"]);
    expect(issue(null)?.code).toBe("invalid_option");
  });
});
