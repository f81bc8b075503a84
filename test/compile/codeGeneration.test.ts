import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, test, vi } from "vitest";
import { AwardRulesError, evaluate, explain, loadRulebook, setCodeGeneration } from "../../src/index.js";
import { codeGeneration } from "../../src/records/codeGeneration.js";

const root = join(import.meta.dirname, "..", "..");
const ruleJson = JSON.parse(readFileSync(join(root, "rules", "000-model-post.json"), "utf8")) as unknown;
const record = (JSON.parse(readFileSync(join(root, "fixtures", "000", "staff-complaint-two-and-half-years.json"), "utf8")) as { input: unknown }).input;
const asOf = "2026-11-26";
const CALLS = 40; // past the calls after which code is generated

/** Evaluates a fresh rulebook CALLS times and gives what each call said (status, level, the Chinese explanation). */
function run(): string[] {
  const compiled = loadRulebook(ruleJson);
  const said: string[] = [];
  for (let call = 0; call < CALLS; call += 1) {
    const result = evaluate(compiled, record, { asOf });
    said.push(`${result.status} ${result.level} ${explain(result, { language: "zh" })}`);
  }
  return said;
}

/** Replaces the global Function constructor by one that throws as a CSP without 'unsafe-eval' makes it throw, counting calls. */
function forbidCodeFromStrings(): { calls: number } {
  const counter = { calls: 0 };
  vi.stubGlobal("Function", function Forbidden() {
    counter.calls += 1;
    throw new EvalError("Refused to evaluate a string as JavaScript because 'unsafe-eval' is not an allowed source of script");
  });
  return counter;
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  setCodeGeneration(true);
  codeGeneration.warned = false;
});

describe("code generation under a CSP that blocks new Function", () => {
  test("blocked: the trees are walked with the same answers, and one warning (en and zh) goes to the console", () => {
    const expected = run();
    codeGeneration.warned = false;
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const counter = forbidCodeFromStrings();
    const blocked = run();
    run();
    vi.unstubAllGlobals();
    expect(counter.calls).toBeGreaterThan(1);
    expect(blocked).toEqual(expected);
    expect(warn).toHaveBeenCalledTimes(1);
    const text = String(warn.mock.calls[0]?.[0]);
    expect(text).toContain("unsafe-eval");
    expect(text).toContain("setCodeGeneration(false)");
    expect(text).toContain("运行环境禁止由字符串生成代码");
  });

  test("setCodeGeneration(false): new Function is never called, no warning, the same answers", () => {
    const expected = run();
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    setCodeGeneration(false);
    const counter = forbidCodeFromStrings();
    const walked = run();
    vi.unstubAllGlobals();
    expect(counter.calls).toBe(0);
    expect(warn).not.toHaveBeenCalled();
    expect(walked).toEqual(expected);
  });

  test("setCodeGeneration(true) generates code again (new Function is called once warm)", () => {
    setCodeGeneration(false);
    setCodeGeneration(true);
    const counter = forbidCodeFromStrings();
    vi.spyOn(console, "warn").mockImplementation(() => undefined);
    run();
    expect(counter.calls).toBeGreaterThan(0);
  });

  test("setCodeGeneration takes true or false only", () => {
    for (const given of [undefined, "false", 0, null]) {
      let thrown: unknown;
      try {
        setCodeGeneration(given as never);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(AwardRulesError);
      expect((thrown as AwardRulesError).issues[0]).toMatchObject({ code: "invalid_option", path: ["enabled"], messageId: "option.notBoolean" });
    }
    expect(codeGeneration.enabled).toBe(true);
  });
});
