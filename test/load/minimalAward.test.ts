import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { evaluate, loadRulebook, safeLoadRulebook } from "../../src/index.js";

const file = join(import.meta.dirname, "..", "..", "fixtures", "authoring", "minimal", "006-minimal.json");
const text = readFileSync(file, "utf8");

describe("a minimal award is small (fixtures/authoring/minimal/006-minimal.json)", () => {
  test("one category, two levels and one “satisfy one of” fit in about 60 lines, every optional part left out", () => {
    expect(text.replace(/\n$/, "").split("\n").length).toBeLessThanOrEqual(60);
    const json = JSON.parse(text);
    expect(json.awards).toHaveLength(1);
    expect(json.awards[0].categories).toHaveLength(1);
    expect(json.awards[0].levels).toHaveLength(2);
    for (const optional of ["admission", "requirements", "calendar", "allocation", "quotas", "roundQuota", "reward", "applicationsPerPersonPerRound"]) {
      expect(json.awards[0][optional], optional).toBeUndefined();
    }
  });

  test("it loads, the defaults filled in, and decides both levels", () => {
    const rulebook = loadRulebook(JSON.parse(text));
    const commended = (times: number) => Array.from({ length: times }, (_, index) => ({ date: `2025-0${index + 1}-01`, kind: "letter", verified: true }));
    const asOf = "2026-11-26";
    expect(evaluate(rulebook, { id: "A", honours: [], commendations: commended(3) } as Record<string, unknown>, { asOf })).toMatchObject({ status: "qualified", level: 1 });
    expect(evaluate(rulebook, { id: "B", honours: [], commendations: commended(1) } as Record<string, unknown>, { asOf })).toMatchObject({ status: "qualified", level: 2 });
    expect(evaluate(rulebook, { id: "C", honours: [], commendations: [] }, { asOf })).toMatchObject({ status: "notQualified" });
  });

  test("a value that is not on its scale is refused at load, naming the value, the scale and its values", () => {
    const json = JSON.parse(
      readFileSync(join(import.meta.dirname, "..", "..", "rules", "000-model-post.json"), "utf8")
        .replace('"rating":"excellent"', '"rating":"优秀"')
        .replace('"rating": "excellent"', '"rating": "优秀"'),
    );
    const outcome = safeLoadRulebook(json);
    expect(outcome.success).toBe(false);
    const issue = outcome.success ? undefined : outcome.error.issues[0];
    expect(issue?.code).toBe("bad_value");
    expect(issue?.message).toContain('"优秀"');
    expect(issue?.message).toContain("scale rating");
    expect(issue?.message).toContain('"excellent"');
  });
});
