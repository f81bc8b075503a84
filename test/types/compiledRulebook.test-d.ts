import { expectTypeOf, test } from "vitest";
import { bundledRulebook, evaluate, type CompiledRulebook, type Rulebook } from "../../src/index.js";

test("a compiled rulebook is a handle only the library makes, with its rule file and attestation keys to read", () => {
  const compiled = bundledRulebook();
  expectTypeOf(compiled.rulebook).toEqualTypeOf<Rulebook>();
  expectTypeOf(compiled.attestationKeys).toEqualTypeOf<ReadonlySet<string>>();
  // @ts-expect-error read-only: a compiled rulebook cannot be changed
  compiled.rulebook = structuredClone(compiled.rulebook);
  // @ts-expect-error a look-alike object is not a compiled rulebook
  const lookAlike: CompiledRulebook = { rulebook: compiled.rulebook, attestationKeys: new Set<string>() };
  // @ts-expect-error a rule file's JSON is not a compiled rulebook: load it first
  evaluate(compiled.rulebook, { id: "T-1" }, { asOf: "2026-11-26" });
  expectTypeOf(lookAlike).not.toBeAny();
});
