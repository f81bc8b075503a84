import { readdirSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { bundledRulebook, evaluateCohort } from "../../src/index.js";
import { fixtureJson, from } from "../support/templates.js";
import { NOT_PLACED, PLACED_AT } from "../../src/cohort/outcomes.js";
import { allocateLevelsStrict, outcomesOverOrders, type Member } from "./referenceAllocation.js";

const rulebook = bundledRulebook();
const award = rulebook.rulebook.awards[0]!;
const quota = new Map(award.levels.map((level) => [level.level, level.quota!.value]));
// Templates: every 000 fixture dated 2026-11-26, with the levels it passes as worked out by hand.
const templates = readdirSync(join(import.meta.dirname, "..", "..", "fixtures", "000"))
  .map((file) => ({ file: `000/${file}`, json: fixtureJson(`000/${file}`) }))
  .filter((template) => template.json.asOf === "2026-11-26")
  .map((template) => {
    const expected = template.json.expected;
    const levels = expected.category ? (expected.levels[expected.category] as Record<string, string>) : {};
    const passing =
      expected.status === "qualified"
        ? Object.keys(levels)
            .filter((level) => levels[level] === "pass")
            .map(Number)
        : [];
    return { file: template.file, passing };
  });

const cohortArbitrary = fc.record({
  members: fc.uniqueArray(fc.record({ template: fc.nat({ max: templates.length - 1 }), id: fc.integer({ min: 0, max: 99 }), rank: fc.option(fc.integer({ min: 1, max: 8 })) }), {
    selector: (member) => member.id,
    maxLength: 28,
  }),
  whenLevelFull: fc.constantFrom("placeAtLowerLevel" as const, "leaveOut" as const),
  seed: fc.integer(),
});

describe("allocation properties over random 000 cohorts", () => {
  test("a candidate is provisional exactly when some way of breaking the ties changes their placement (every way worked through by hand)", () => {
    const qualifiers = templates.filter((template) => template.passing.length > 0);
    fc.assert(
      fc.property(
        fc.array(fc.record({ template: fc.nat({ max: qualifiers.length - 1 }), rank: fc.option(fc.integer({ min: 1, max: 3 }), { nil: null }) }), { minLength: 1, maxLength: 7 }),
        fc.constantFrom("placeAtLowerLevel" as const, "leaveOut" as const),
        (members, whenLevelFull) => {
          const records = members.map((member, index) =>
            from(qualifiers[member.template]!.file, `M-${index}`, member.rank === null ? {} : { committeeRank: { "model-post": member.rank } }),
          );
          const round = evaluateCohort(rulebook, records, { asOf: "2026-11-26", whenLevelFull });
          const reference: Member[] = members.map((member) => ({ rank: member.rank, passing: qualifiers[member.template]!.passing, group: null, kind: "contender" }));
          const levels = award.levels.map((level) => ({ level: level.level, quota: level.quota!.value }));
          const expected = outcomesOverOrders(reference, false, (order) =>
            allocateLevelsStrict({ levels, roundQuota: award.roundQuota!.value, whenLevelFull, limits: undefined, members: reference }, order),
          );
          members.forEach((_, index) => {
            const placement = round.placements.find((entry) => entry.recordId === `M-${index}`)!;
            const outcomes = [...expected[index]!];
            const want =
              outcomes.length > 1
                ? { status: "provisional", level: null }
                : outcomes[0] === NOT_PLACED
                  ? { status: "notPlaced", level: null }
                  : { status: "proposed", level: levels[(outcomes[0] as number) - PLACED_AT]!.level };
            expect({ status: placement.status, level: placement.level }, `M-${index}`).toEqual(want);
          });
        },
      ),
      { numRuns: 150, seed: 20261205 },
    );
  });

  test("templates include qualifiers at every level", () => {
    for (const level of [1, 2, 3]) expect(templates.some((template) => template.passing.includes(level))).toBe(true);
  });

  test("no quota is exceeded, no one gets a level they do not pass, and input order does not matter", () => {
    fc.assert(
      fc.property(cohortArbitrary, fc.array(fc.nat(), { maxLength: 40 }), ({ members, whenLevelFull }, swaps) => {
        const records = members.map((member) =>
          from(templates[member.template]!.file, `M-${member.id}`, member.rank === null ? {} : { committeeRank: { "model-post": member.rank } }),
        );
        const round = evaluateCohort(rulebook, records, { asOf: "2026-11-26", whenLevelFull });
        // without the leading group's decisions, the places are proposed (§五(二))
        const placed = round.placements.filter((placement) => placement.status === "placed" || placement.status === "proposed");
        expect(round.placements.some((placement) => placement.status === "placed")).toBe(false);
        expect(placed.length).toBeLessThanOrEqual(award.roundQuota!.value);
        for (const [level, limit] of quota) expect(placed.filter((placement) => placement.level === level).length).toBeLessThanOrEqual(limit);
        for (const placement of placed) {
          const member = members.find((entry) => `M-${entry.id}` === placement.recordId)!;
          expect(templates[member.template]!.passing).toContain(placement.level);
        }
        const shuffled = [...records];
        swaps.forEach((swap, index) => {
          const other = swap % Math.max(shuffled.length, 1);
          [shuffled[index % Math.max(shuffled.length, 1)], shuffled[other]] = [shuffled[other]!, shuffled[index % Math.max(shuffled.length, 1)]!];
        });
        expect(evaluateCohort(rulebook, shuffled.filter(Boolean), { asOf: "2026-11-26", whenLevelFull })).toEqual(round);
      }),
      { numRuns: 120 },
    );
  });

  test("duplicate applications: the same cohort in any order gives the same allocation", () => {
    const withApplication = templates.filter((template) => fixtureJson(template.file).input.application !== undefined);
    fc.assert(
      fc.property(
        fc.array(fc.record({ template: fc.nat({ max: withApplication.length - 1 }), id: fc.integer({ min: 0, max: 5 }), day: fc.integer({ min: 20, max: 25 }) }), {
          maxLength: 16,
        }),
        fc.func(fc.integer()),
        (members, order) => {
          // one person's records share a personId; each record has an id of its own
          const records = members.map((member, index): Record<string, unknown> => {
            const record = from(withApplication[member.template]!.file, `D-${member.id}-${index}`, { personId: `D-${member.id}` });
            return { ...record, application: { ...(record.application as object), date: `2026-11-${member.day}` } };
          });
          const round = evaluateCohort(rulebook, records, { asOf: "2026-11-26" });
          const ids = new Set(members.map((member) => `D-${member.id}`));
          expect(
            round.placements.filter((placement) => placement.status !== "refused" || !placement.reasons.at(-1)?.en.includes("application(s) per person per round")).length,
          ).toBe(ids.size);
          const reordered = [...records].sort((a, b) => order(a) - order(b));
          expect(evaluateCohort(rulebook, reordered, { asOf: "2026-11-26" })).toEqual(round);
        },
      ),
      { numRuns: 80 },
    );
  });
});
