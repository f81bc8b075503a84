import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test, vi } from "vitest";
import * as first from "../../src/index.js";

/** A second copy of the package in the same process, with module state of its own (as an ESM and a CJS build are). */
async function secondCopy(): Promise<typeof first> {
  vi.resetModules();
  return import("../../src/index.js");
}

const ruleJson = JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "rules", "000-model-post.json"), "utf8")) as unknown;
const fixture = JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "fixtures", "000", "staff-complaint-two-and-half-years.json"), "utf8")) as {
  input: unknown;
  asOf?: string;
};
const asOf = "2026-11-26";

/** What a call throws (the test fails when it returns). */
function thrown(call: () => unknown): unknown {
  try {
    call();
  } catch (error) {
    return error;
  }
  throw new Error("expected a throw");
}

describe("two copies of the package in one process are one world", () => {
  test("the second copy is a copy: its class and its functions are other objects", async () => {
    const second = await secondCopy();
    expect(second.AwardRulesError).not.toBe(first.AwardRulesError);
    expect(second.evaluate).not.toBe(first.evaluate);
  });

  test("a rulebook compiled by one copy is evaluated and explained by the other, with the same answers", async () => {
    const second = await secondCopy();
    const compiled = first.loadRulebook(ruleJson);
    const here = first.evaluate(compiled, fixture.input, { asOf });
    const there = second.evaluate(compiled, fixture.input, { asOf });
    expect(there.status).toBe(here.status);
    expect(there.level).toBe(here.level);
    expect(second.explain(there, { language: "zh" })).toBe(first.explain(here, { language: "zh" }));
    // and the other way round, past the calls after which code is generated
    const back = second.loadRulebook(ruleJson);
    for (let call = 0; call < 40; call += 1) expect(first.evaluate(back, fixture.input, { asOf }).level).toBe(here.level);
  });

  test("a copy of a compiled rulebook (a spread, a JSON round trip) is still refused by either copy", async () => {
    const second = await secondCopy();
    const compiled = first.loadRulebook(ruleJson);
    for (const fake of [{ ...compiled }, JSON.parse(JSON.stringify(compiled)) as unknown, structuredClone(ruleJson)]) {
      const error = thrown(() => second.evaluate(fake as never, fixture.input, { asOf }));
      expect(second.AwardRulesError.is(error) && error.issues[0]?.messageId).toBe("option.notCompiled");
    }
  });

  test("an error of one copy is an AwardRulesError of the other: is() and instanceof", async () => {
    const second = await secondCopy();
    const error = thrown(() => first.parseCandidate({ id: 7 }));
    expect(error).toBeInstanceOf(first.AwardRulesError);
    expect(second.AwardRulesError.is(error)).toBe(true);
    expect(error instanceof second.AwardRulesError).toBe(true);
    const back = thrown(() => second.parseCandidate({ id: 7 }));
    expect(back instanceof first.AwardRulesError && first.AwardRulesError.is(back)).toBe(true);
  });

  test("neither is() nor instanceof takes other errors, look-alikes or hostile values", async () => {
    const second = await secondCopy();
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const lookalike = Object.assign(new Error("x"), { name: "AwardRulesError", issues: [] });
    for (const value of [new Error("x"), lookalike, { issues: [] }, null, undefined, "AwardRulesError", proxy]) {
      expect(second.AwardRulesError.is(value)).toBe(false);
      expect(value instanceof second.AwardRulesError).toBe(false);
    }
  });

  test("a subclass answers instanceof as JavaScript does", () => {
    class Narrow extends first.AwardRulesError {}
    const plain = thrown(() => first.parseCandidate({ id: 7 }));
    expect(plain instanceof Narrow).toBe(false);
    expect(new Narrow([]) instanceof Narrow).toBe(true);
    expect(new Narrow([]) instanceof first.AwardRulesError).toBe(true);
  });
});
