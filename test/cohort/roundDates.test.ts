import { describe, expect, test } from "vitest";
import { roundCalendar } from "../../src/compile/roundCalendar.js";
import { bundledRulebook, roundDates, safeRoundDates } from "../../src/index.js";

// The dates themselves are worked out from 000 §二 and §五 in test/compile/roundCalendar.test.ts;
// here, that roundDates gives them for the award asked for, and checks what it is given.
describe("roundDates", () => {
  test("the calendar of the award asked for (the first by default)", () => {
    const rulebook = bundledRulebook();
    const award = rulebook.rulebook.awards[0]!;
    expect(roundDates(rulebook, { year: 2026 })).toEqual(roundCalendar(award, 2026));
    expect(roundDates(rulebook, { year: 2031, award: award.id })).toEqual(roundCalendar(award, 2031));
    expect(roundDates(rulebook, { year: 2026 }).applicationCloses).toBe("2026-11-25");
  });

  test("a year out of range, an unknown award or an unknown option is a typed error with its path", () => {
    const issue = (options: unknown) => {
      const result = safeRoundDates(bundledRulebook(), options as { year: number });
      return result.success ? undefined : result.error.issues[0];
    };
    expect(issue({ year: 1800 })).toMatchObject({ code: "invalid_option", path: ["year"] });
    expect(issue({ year: 2026.5 })).toMatchObject({ code: "invalid_option", path: ["year"] });
    expect(issue({ year: 2026, award: "model-psot" })?.code).toBe("unknown_award");
    expect(issue({ year: 2026, yaer: 1 })?.path).toEqual(["yaer"]);
    expect(issue(undefined)?.code).toBeDefined();
  });
});
