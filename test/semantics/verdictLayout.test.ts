import { describe, expect, test } from "vitest";
import { EvaluationContext } from "../../src/compile/context.js";
import { bundledRulebook, evaluate, parseCandidate } from "../../src/index.js";
import { decideVerdicts } from "../../src/semantics/decide.js";
import { STATUS } from "../../src/semantics/tri.js";
import { verdictLayout } from "../../src/semantics/verdictLayout.js";
import { mulberry32, syntheticRecord } from "../bench/generate.js";

describe("the verdict layout", () => {
  test("places admission, requirements, then each category's audience and levels, by name", () => {
    const layout = verdictLayout({
      categories: [
        { id: "a", levels: [{ level: 1 }, { level: 2 }] },
        { id: "b", levels: [{ level: 1 }] },
      ],
    });
    expect(layout).toEqual({
      admission: 0,
      requirements: 1,
      categories: [
        {
          id: "a",
          audience: 2,
          levels: [
            { level: 1, at: 3 },
            { level: 2, at: 4 },
          ],
        },
        { id: "b", audience: 5, levels: [{ level: 1, at: 6 }] },
      ],
      size: 7,
    });
  });

  test("read through the layout, the compiled verdicts say what the traces say (000, generated records)", () => {
    const compiled = bundledRulebook();
    const award = compiled.awards[0]!;
    const random = mulberry32(77);
    for (let index = 0; index < 300; index += 1) {
      const { application: _application, ...unapplied } = syntheticRecord(random, index);
      const record = parseCandidate(unapplied);
      const ctx = new EvaluationContext(record, "2026-11-26", compiled.rulebook.windows, compiled.slotCount, compiled.windowCache);
      const verdicts = award.verdicts(ctx, false);
      expect(verdicts).toHaveLength(award.layout.size);
      const traced = evaluate(compiled, record, { asOf: "2026-11-26" });
      // the traces are built by walking the trees, not through the layout
      for (const category of traced.categories) {
        const at = award.layout.categories.find((entry) => entry.id === category.id)!;
        category.levels.forEach((level, place) => expect(STATUS[verdicts[at.levels[place]!.at]!]).toBe(level.status));
      }
      // the decision reads every category through the layout; the result shows those open to the record
      const levels = decideVerdicts(award.layout, verdicts, undefined).levels;
      for (const category of traced.categories) expect(levels[category.id]).toEqual(category.levels.map((level) => level.status));
    }
  });
});
