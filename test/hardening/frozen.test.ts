import { describe, expect, test } from "vitest";
import { bundledRulebook, evaluate, evaluateVerdicts } from "../../src/index.js";
import { FACTS, OPERATORS } from "../../src/compile/reference.js";
import { whole } from "../../src/compile/emitter.js";
import { mulberry32, syntheticRecord } from "../bench/generate.js";

const asOf = { asOf: "2026-11-26" };
const records = (() => {
  const random = mulberry32(5);
  return Array.from({ length: 60 }, (_, index) => syntheticRecord(random, index));
})();
const outcomes = (compiled: ReturnType<typeof bundledRulebook>) => records.map((record) => evaluateVerdicts(compiled, record, asOf)).map((v) => [v.status, v.level]);

/** Tries a write as a user's code might (strict mode throws, sloppy mode ignores): either way, no effect. */
function tryWrite(write: () => void): void {
  try {
    write();
  } catch (error) {
    expect(error).toBeInstanceOf(TypeError);
  }
}

describe("a compiled rulebook and the reference tables cannot be changed (issue 22, finding 2)", () => {
  test("a code payload written into a compiled tree never runs, and the results do not move", () => {
    const compiled = bundledRulebook("model-post-000");
    const before = outcomes(bundledRulebook("model-post-000"));
    const award = compiled.awards[0]!;
    tryWrite(() => Object.assign(award.requirements as object, { atLeast: "(globalThis.PWNED = 1, 1)" }));
    tryWrite(() => Object.assign(award.levels[0]!, { quota: 99 }));
    tryWrite(() => Object.assign(award.award, { id: "other" }));
    tryWrite(() => compiled.awards.push(award));
    // past the 32nd call, after which code is generated from the trees
    for (let call = 0; call < 3; call += 1) expect(outcomes(compiled)).toEqual(before);
    expect((globalThis as { PWNED?: unknown }).PWNED).toBeUndefined();
    expect(Object.isFrozen(award.requirements)).toBe(true);
    expect(Object.isFrozen(compiled.rulebook.awards[0]!.levels[0])).toBe(true);
  });

  test("the facts and operators tables, and their entries, are frozen", () => {
    const known = evaluate(bundledRulebook("model-post-000"), records[0]!, asOf).status;
    tryWrite(() => Object.assign(FACTS, { partyMember: FACTS.logisticsServiceYears }));
    tryWrite(() => Object.assign(OPERATORS.equal!, { test: () => 1 }));
    tryWrite(() => Object.assign(OPERATORS.equal!.doc, { suits: [] }));
    expect(Object.isFrozen(OPERATORS.equal)).toBe(true);
    expect(Object.isFrozen(FACTS.partyMember)).toBe(true);
    expect(evaluate(bundledRulebook("model-post-000"), records[0]!, asOf).status).toBe(known);
  });

  test("only safe integers are written into generated code as numbers", () => {
    expect(whole(3)).toBe("3");
    for (const bad of ["(globalThis.PWNED = 1, 1)", 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 60, null, {}]) expect(() => whole(bad)).toThrow(/cannot be written/);
  });
});
