import { expect, test } from "vitest";
import { bundledRulebook, evaluate, parseCandidate } from "../../src/index.js";
import { checkResult } from "../../src/evaluate/checkResult.js";
import { resultLabels } from "../../src/evaluate/resultLabels.js";
import { awardLabelIndex, labelIndex } from "../../src/evaluate/missingLabels.js";
import { awardOfResult } from "../../src/evaluate/buildTraces.js";
import { benchRecord, mulberry32 } from "../bench/generate.js";

// `resultLabels` keeps one label index per layout of a result (applied or not, categories traced,
// categories excluded), on the ground that a trace node's id, label and facts read come from its
// compiled condition. Held to the full walk (`labelIndex` over the award and then the result) on
// generated records of every kind: the same entries, in the same order.

test("the kept index of a result's layout is the full walk of that result", () => {
  const rulebook = bundledRulebook("model-post-000");
  const random = mulberry32(5122026);
  let layouts = 0;
  const seen = new Set<unknown>();
  for (let index = 0; index < 400; index += 1) {
    const result = evaluate(rulebook, parseCandidate(benchRecord(random, index)), { asOf: "2026-11-26" });
    const checked = checkResult(result, ["result"]);
    const kept = resultLabels(result, checked);
    if (!seen.has(kept)) {
      layouts += 1;
      seen.add(kept);
    }
    const walked = labelIndex(checked, new Map(awardLabelIndex(awardOfResult(result)!)));
    expect([...kept]).toEqual([...walked]);
  }
  expect(layouts).toBeGreaterThan(3); // applied and not, categories excluded and not
});

test("a result that is not the library's own is walked in full", () => {
  const rulebook = bundledRulebook("model-post-000");
  const result = evaluate(rulebook, parseCandidate(benchRecord(mulberry32(1), 0)), { asOf: "2026-11-26" });
  const copy = JSON.parse(JSON.stringify(result));
  copy.requirements.label = { zh: "改过的", en: "changed" };
  const labels = resultLabels(copy, checkResult(copy, ["result"]));
  expect(labels.get(copy.requirements.id)).toEqual({ zh: "改过的", en: "changed" });
});
