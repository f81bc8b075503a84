import { describe, expect, test } from "vitest";
import { AwardRulesError, bundledRulebook, evaluate, explain } from "../../src/index.js";
import { checkMutants, runPolicyTests } from "../../src/policyTests/index.js";
import { renderReviewIndex } from "../../src/review/index.js";

/** A sparse array of the largest length JavaScript allows: nothing in it, 2³² − 1 places. */
const sparse = (): unknown[] => {
  const list: unknown[] = [];
  list.length = 2 ** 32 - 1;
  return list;
};
const lookup = () => bundledRulebook();

/** The error a call throws, and how long it took to throw it. */
function refusal(call: () => unknown): { error: unknown; took: number } {
  const started = performance.now();
  try {
    call();
  } catch (error) {
    return { error, took: performance.now() - started };
  }
  return { error: undefined, took: performance.now() - started };
}

describe("a sparse array of length 2³² − 1 is refused at once (issue 22, finding 3)", () => {
  const calls: [string, () => unknown][] = [
    ["renderReviewIndex", () => renderReviewIndex(sparse() as never)],
    ["runPolicyTests, a test's records", () => runPolicyTests([{ test: { name: "t" }, records: sparse() }] as never, lookup)],
    ["checkMutants", () => checkMutants(sparse() as never, lookup)],
    [
      "explain, a result holding one",
      () => {
        const result = evaluate(bundledRulebook(), { id: "S-1" }, { asOf: "2026-11-26" });
        return explain({ ...result, missingFacts: sparse() } as never);
      },
    ],
  ];
  for (const [name, call] of calls) {
    test(name, () => {
      const { error, took } = refusal(call);
      expect(error).toBeInstanceOf(AwardRulesError);
      expect((error as AwardRulesError).issues[0]!.messageId).toMatch(/listTooLong|tooManyValues/);
      expect(took).toBeLessThan(200);
    });
  }
});
