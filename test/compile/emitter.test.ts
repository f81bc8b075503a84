import { describe, expect, test } from "vitest";
import type { EvaluationContext } from "../../src/compile/context.js";
import { Emitter, generated, GenerationRefused, generatorFailures, literal } from "../../src/compile/emitter.js";

const scales = new Map<string, ReadonlyMap<string, number>>();

describe("generated code cannot hide", () => {
  test("a generator that writes broken code throws in the test suite, and falls back (undefined) in use", () => {
    const emit = new Emitter(scales);
    expect(() => emit.build("broken", "x", ["return (;"])).toThrow(SyntaxError);
    generatorFailures.throw = false;
    try {
      expect(emit.build("broken", "x", ["return (;"])).toBeUndefined();
    } finally {
      generatorFailures.throw = true;
    }
  });

  test("where the platform forbids code from strings, the walk is kept (undefined), even in the suite", () => {
    const original = globalThis.Function;
    try {
      (globalThis as { Function: unknown }).Function = function Forbidden() {
        throw new EvalError("code generation from strings disallowed");
      };
      expect(new Emitter(scales).build("tree", "x", ["return 1;"])).toBeUndefined();
    } finally {
      (globalThis as { Function: unknown }).Function = original;
    }
  });

  test("generated functions are named in stack traces (sourceURL)", () => {
    const emit = new Emitter(scales);
    const made = emit.build<(ctx: EvaluationContext, second: never) => unknown>("awardVerdicts", "x", ['throw new Error("here");']);
    const ctx = { view: { attestations: undefined }, kept: false } as unknown as EvaluationContext;
    let stack = "";
    try {
      made!(ctx, undefined as never);
    } catch (error) {
      stack = String((error as Error).stack);
    }
    expect(stack).toContain("award-rules/generated/awardVerdicts.js");
  });

  test("a number that is not finite is never written into code: the generator refuses and the tree is walked", () => {
    expect(literal(2.5)).toBe("2.5");
    expect(() => literal(Number.POSITIVE_INFINITY)).toThrow(GenerationRefused);
    expect(() => literal(Number.NaN)).toThrow(GenerationRefused);
    expect(
      generated(() => {
        literal(Number.NaN);
        return () => 1;
      }),
    ).toBeUndefined();
    expect(() =>
      generated(() => {
        throw new TypeError("a bug");
      }),
    ).toThrow(TypeError);
  });
});
