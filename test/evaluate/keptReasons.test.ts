import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { evaluate, loadRulebook, parseCandidate } from "../../src/index.js";
import { benchRecord, mulberry32 } from "../bench/generate.js";

// Reasons are kept per condition (a composite's by its tally, a leaf's by the plain value read) and
// handed to every later result. Two rulebooks compiled from the same file, one warmed on the records
// in one order and one meeting them in the reverse order, must word every trace node the same.

const file = JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "rules", "000-model-post.json"), "utf8"));
const reasonsOf = (result: ReturnType<typeof evaluate>): string => JSON.stringify([result.requirements, result.categories, result.excludedCategories, result.application]);

test("kept reasons read the same whichever records came first", () => {
  const random = mulberry32(42);
  const records = Array.from({ length: 300 }, (_, index) => parseCandidate(benchRecord(random, index)));
  const warmed = loadRulebook(file);
  const options = { asOf: "2026-11-26" };
  const forward = records.map((record) => reasonsOf(evaluate(warmed, record, options)));
  const fresh = loadRulebook(file);
  for (let index = records.length - 1; index >= 0; index -= 1) {
    expect(reasonsOf(evaluate(fresh, records[index]!, options))).toBe(forward[index]);
  }
});

test("a kept reason cannot be changed through one result", () => {
  const rulebook = loadRulebook(file);
  const record = parseCandidate(benchRecord(mulberry32(3), 0));
  const first = evaluate(rulebook, record, { asOf: "2026-11-26" });
  const leaf = first.requirements!.children[0]!;
  expect(Object.isFrozen(leaf.reason)).toBe(true);
  expect(evaluate(rulebook, record, { asOf: "2026-11-26" }).requirements!.children[0]!.reason).toEqual(leaf.reason);
});
