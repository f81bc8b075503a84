import { compileRulebook, type CompiledRulebook } from "../compile/compileRulebook.js";
import { AwardRulesError } from "../errors/AwardRulesError.js";
import { RULEBOOK_LIMITS } from "../validate/limits.js";
import type { Rulebook, BilingualText } from "../schema/rulebookTypes.js";
import { validateInput } from "../validate/validators.js";
import { mutantsOf } from "./mutants.js";
import { parsePolicyTest, type TestCase } from "./parsePolicyTest.js";
import type { RulebookLookup } from "./types.js";
import { checkLookup, readTestCase } from "./readArguments.js";
import { readList } from "../door/door.js";
import { checkShape } from "../door/shape.js";
import { EQUIVALENTS } from "../door/resultShapes.js";
import { runCheckedTest } from "./runPolicyTest.js";
import { registerMessages } from "../messages/registry.js";
import { catalog } from "../messages/catalog.js";

/** A mutant the tests did not catch: where, what, the clause, and — when it was shown equivalent — why no test can. */
export interface SurvivingMutant {
  path: string;
  item: string;
  /** What the rule file calls the item (absent in reports made before labels were given). */
  label?: BilingualText;
  clause: string;
  description: BilingualText;
  /** Why no record can tell it from the rule file as written, when that has been shown. */
  equivalent?: string;
  /** The same reason in Chinese, where the equivalents file gives one. */
  equivalentZh?: string;
}

/** One rulebook's mutation check: how many careless edits were made, caught, refused by the loader, and those that survived. */
export interface RulebookMutation {
  rulebook: string;
  total: number;
  caught: number;
  /** Edits the loader itself refuses (a negative count, weights not adding up…): not counted. */
  refused: number;
  survived: SurvivingMutant[];
  /** Caught ÷ (total − refused − equivalent), as a percentage. */
  percent: number;
}

/** A mutant shown equivalent: it changes the file but no record can tell (for example a band edge past the highest possible score). */
export interface EquivalentMutant {
  rulebook: string;
  path: string;
  description: string;
  reason: string;
  /** The reason in Chinese (shown with `--lang zh`; without it the English reason is shown). */
  reasonZh?: string;
}

/**
 * Makes every careless edit `mutantsOf` knows in each rulebook the tests use, compiles each mutant
 * once, runs that rulebook's tests against it (stopping at the first that fails: caught), and
 * lists the mutants no test catches with their clause. A mutant the loader refuses is not counted;
 * one listed in `equivalents` (shown to change nothing a record can see) is reported with its reason
 * and left out of the percentage.
 *
 * @example
 * ```ts
 * const results = checkMutants(readTestCases(["fixtures"]), (id) => bundledRulebook(id));
 * results.map((entry) => `${entry.rulebook}: ${entry.percent}%`);
 * ```
 */
export function checkMutants(cases: TestCase[], lookup: RulebookLookup, equivalents: EquivalentMutant[] = []): RulebookMutation[] {
  // Node tooling: every message of the catalog, whatever it words
  registerMessages(catalog());
  const find = checkLookup(lookup);
  lookup = find;
  equivalents = checkShape(equivalents, EQUIVALENTS, ["equivalents"]) as EquivalentMutant[];
  const byRulebook = new Map<string, { test: ReturnType<typeof parsePolicyTest>; records?: unknown[] }[]>();
  for (const entry of readList(cases, ["cases"]).map((item, index) => readTestCase(item, ["cases", index]))) {
    const test = parsePolicyTest(entry.test);
    byRulebook.set(test.rulebook, [...(byRulebook.get(test.rulebook) ?? []), { test, ...(entry.records ? { records: entry.records } : {}) }]);
  }
  const results: RulebookMutation[] = [];
  for (const [id, tests] of byRulebook) {
    const original = lookup(id);
    if (original === undefined) continue;
    const base = structuredClone(original.rulebook);
    const mutants = mutantsOf(base);
    let caught = 0;
    let refused = 0;
    const survived: SurvivingMutant[] = [];
    for (const mutant of mutants) {
      mutant.apply();
      const compiled = compileMutant(base);
      mutant.undo();
      if (compiled === undefined) {
        refused += 1;
        continue;
      }
      const mutantLookup: RulebookLookup = (wanted) => (wanted === id ? compiled : lookup(wanted));
      const killer = tests.findIndex(({ test, records }) => !runCheckedTest(test, mutantLookup, records ? { records } : {}).passed);
      if (killer >= 0) {
        caught += 1;
        // The test that caught this edit is tried first on the next: edits cluster.
        tests.unshift(...tests.splice(killer, 1));
        continue;
      }
      const equivalent = equivalents.find((entry) => entry.rulebook === id && entry.path === mutant.path && entry.description === mutant.description.en);
      survived.push({
        path: mutant.path,
        item: mutant.item,
        label: mutant.label,
        clause: mutant.clause,
        description: mutant.description,
        ...(equivalent ? { equivalent: equivalent.reason, ...(equivalent.reasonZh !== undefined ? { equivalentZh: equivalent.reasonZh } : {}) } : {}),
      });
    }
    const counted = mutants.length - refused - survived.filter((entry) => entry.equivalent !== undefined).length;
    results.push({ rulebook: id, total: mutants.length, caught, refused, survived, percent: counted === 0 ? 100 : Math.floor((caught / counted) * 1000) / 10 });
  }
  return results;
}

/** Checks and compiles a mutated rulebook as the loader would; undefined when the loader refuses it. */
function compileMutant(rulebook: unknown): CompiledRulebook | undefined {
  const parsed = validateInput<Rulebook>("rulebook", rulebook, RULEBOOK_LIMITS, "invalid_rulebook");
  if (!parsed.success) return undefined;
  try {
    return compileRulebook(parsed.data);
  } catch (error) {
    if (error instanceof AwardRulesError) return undefined;
    throw error;
  }
}
