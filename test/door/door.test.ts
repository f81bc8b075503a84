import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { AwardRulesError, analyzeGaps, bundledRulebook, evaluate, explain, explainScored, loadRulebook } from "../../src/index.js";
import { describeValue } from "../../src/text/describeValue.js";
import { readList, readOptions } from "../../src/door/door.js";
import { checkCompiled } from "../../src/compile/compiledMark.js";
import { readPlainData } from "../../src/door/plainData.js";

const rulebook = bundledRulebook();
const ruleJson = JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "rules", "000-model-post.json"), "utf8")) as unknown;
const record = { id: "T-1" };
const asOf = "2026-11-26";

/** The first issue's code and path of a call that must fail typed (anything else fails the test). */
function refusal(run: () => unknown): { code: string; path: (string | number)[]; message: string } {
  try {
    run();
  } catch (error) {
    if (!(error instanceof AwardRulesError)) throw error;
    const [issue] = error.issues;
    return { code: issue!.code, path: issue!.path, message: issue!.message };
  }
  throw new Error("expected an AwardRulesError");
}
const revoked = (): object => {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
};
const cyclic = (): Record<string, unknown> => {
  const value: Record<string, unknown> = { name: "x" };
  value.self = value;
  return value;
};

describe("describeValue: any value in a message, never a throw", () => {
  test.each([
    [10n, "10n"],
    [Symbol("s"), "a symbol"],
    [() => 1, "a function"],
    [undefined, "undefined"],
    ["x", '"x"'],
  ])("%s", (value, text) => expect(describeValue(value)).toBe(text));

  test("a cycle, a revoked proxy, a throwing getter and a huge string are described within 80 characters", () => {
    expect(describeValue(cyclic())).toBe('{"name": "x", "self": (a cycle)}');
    expect(describeValue(revoked())).toContain("cannot be read");
    expect(
      describeValue({
        get boom() {
          throw new Error("getter");
        },
      }),
    ).toContain("cannot be read");
    expect(describeValue("x".repeat(1_000_000)).length).toBeLessThanOrEqual(80);
  });
});

describe("the door module", () => {
  test("a compiled rulebook must be one the library made: raw rule JSON and copies are refused at ['rulebook']", () => {
    expect(checkCompiled(rulebook)).toBe(rulebook);
    expect(checkCompiled(loadRulebook(ruleJson))).toBeDefined();
    expect(refusal(() => checkCompiled(ruleJson)).path).toEqual(["rulebook"]);
    expect(refusal(() => checkCompiled({ ...rulebook })).message).toContain("loadRulebook");
  });

  test("options are read once: a getter runs once, a revoked proxy or a throwing getter is a typed error", () => {
    let reads = 0;
    const options = {
      get asOf() {
        reads += 1;
        return reads === 1 ? asOf : 10n;
      },
    };
    expect(readOptions(options).asOf).toBe(asOf);
    expect(reads).toBe(1);
    expect(refusal(() => readOptions(revoked())).path).toEqual(["options"]);
    expect(
      refusal(() =>
        readOptions({
          get award() {
            throw new Error("getter");
          },
        }),
      ).path,
    ).toEqual(["options", "award"]);
    expect(refusal(() => readOptions(null)).path).toEqual(["options"]);
    expect(refusal(() => readList(revoked(), ["files"])).path).toEqual(["files"]);
  });

  test("plain data: BigInts, cycles and objects that are not plain are refused at their path", () => {
    expect(refusal(() => readPlainData({ a: [1, 10n] }, ["x"])).path).toEqual(["x", "a", 1]);
    expect(refusal(() => readPlainData(cyclic(), ["x"])).message).toContain("cycle");
    expect(refusal(() => readPlainData({ when: new Date(0) }, ["x"])).path).toEqual(["x", "when"]);
    expect(readPlainData({ a: [1, null, undefined] }, ["x"])).toEqual({ a: [1, null, undefined] });
  });
});

describe("the calls the attack harness found untyped (issue): each is now an AwardRulesError with its path", () => {
  const result = evaluate(rulebook, record, { asOf });
  test.each([
    ["explain(undefined)", () => explain(undefined as never), ["result"]],
    ["explain(result, { language: 'fr' })", () => explain(result, { language: "fr" as never }), ["options", "language"]],
    [
      "explain of a JSON copy with a broken trace",
      () => explain({ ...JSON.parse(JSON.stringify(result)), categories: [{ id: "x", levels: [null] }] }),
      ["result", "categories", 0, "label"],
    ],
    ["explainScored(undefined)", () => explainScored(undefined as never), ["result"]],
    ["analyzeGaps(undefined, {})", () => analyzeGaps(undefined as never, {} as never), ["result"]],
    ["analyzeGaps(result, raw rule JSON)", () => analyzeGaps(result, ruleJson as never), ["rulebook"]],
    ["evaluate(raw rule JSON, …)", () => evaluate(ruleJson as never, record, { asOf }), ["rulebook"]],
    ["evaluate with a BigInt as-of", () => evaluate(rulebook, record, { asOf: 10n as never }), ["asOf"]],
    ["evaluate with a cyclic award", () => evaluate(rulebook, record, { asOf, award: cyclic() as never }), ["award"]],
    ["evaluate with a revoked proxy as options (the first option read is refused)", () => evaluate(rulebook, record, revoked() as never), ["asOf"]],
  ])("%s", (_name, run, path) => {
    expect(refusal(run).path).toEqual(path);
  });

  test("a real result and its JSON copy both explain, the same way", () => {
    expect(explain(JSON.parse(JSON.stringify(result)), { language: "en" })).toContain(result.recordId);
  });
});
