import { describe, expect, test } from "vitest";
import { bundledRulebook, type Award } from "../../src/index.js";
import { roundCalendar } from "../../src/compile/roundCalendar.js";

const award = (): Award => {
  const first = bundledRulebook().rulebook.awards[0];
  if (first === undefined) throw new Error("the bundled rulebook has no award");
  return first;
};

describe("roundCalendar for the bundled model-post award (000 §二, §五)", () => {
  test("the 2026 round: every date the policy text gives", () => {
    expect(roundCalendar(award(), 2026)).toEqual({
      year: 2026,
      // §五(一): 申报开始时间为 11 月 20 日，申报截止日期为 11 月 25 日
      applicationOpens: "2026-11-20",
      applicationCloses: "2026-11-25",
      // §五(二): 11 月 30 日前公布
      reviewAndPublicationBy: "2026-11-30",
      // §二: 从当年11月1日始到次年10月31日止
      demonstrationPeriod: { from: "2026-11-01", to: "2027-10-31" },
      // §五(三): 5 月 30 日、11 月 30 日, in the year each half of the Nov–Oct period ends
      halfYearReviewsDue: ["2027-05-30", "2027-11-30"],
    });
  });

  test.each([2025, 2027, 2030])("the %i round shifts every date by the year", (year) => {
    const dates = roundCalendar(award(), year);
    expect(dates.year).toBe(year);
    expect(dates.applicationOpens).toBe(`${year}-11-20`);
    expect(dates.applicationCloses).toBe(`${year}-11-25`);
    expect(dates.reviewAndPublicationBy).toBe(`${year}-11-30`);
    expect(dates.demonstrationPeriod).toEqual({ from: `${year}-11-01`, to: `${year + 1}-10-31` });
    expect(dates.halfYearReviewsDue).toEqual([`${year + 1}-05-30`, `${year + 1}-11-30`]);
  });

  test("dates are in order: opens ≤ closes ≤ publication, reviews fall inside or at the end of the term", () => {
    const dates = roundCalendar(award(), 2026);
    expect(dates.applicationOpens <= dates.applicationCloses).toBe(true);
    expect(dates.applicationCloses <= dates.reviewAndPublicationBy!).toBe(true);
    expect(dates.demonstrationPeriod!.from < dates.demonstrationPeriod!.to).toBe(true);
    expect(dates.halfYearReviewsDue[0]! > dates.reviewAndPublicationBy!).toBe(true);
  });

  test("half-year reviews come out in date order even when the rule file lists them out of order", () => {
    const base = award() as Award & { calendar: Required<NonNullable<Award["calendar"]>> };
    const reordered: Award = {
      ...base,
      calendar: {
        ...base.calendar,
        halfYearReviewsDue: {
          ...base.calendar.halfYearReviewsDue,
          dates: [
            { day: "11-30", yearOffset: 1 },
            { day: "05-30", yearOffset: 1 },
          ],
        },
      },
    };
    expect(roundCalendar(reordered, 2026).halfYearReviewsDue).toEqual(["2027-05-30", "2027-11-30"]);
  });

  test("a calendar with other days and offsets is read from the award, not hard-coded", () => {
    const base = award() as Award & { calendar: Required<NonNullable<Award["calendar"]>> };
    const custom: Award = {
      ...base,
      calendar: {
        applicationWindow: { ...base.calendar.applicationWindow, from: "10-01", to: "10-15" },
        reviewAndPublicationBy: { ...base.calendar.reviewAndPublicationBy, day: "10-31" },
        demonstrationPeriod: { ...base.calendar.demonstrationPeriod, from: "01-01", to: "12-31", toYearOffset: 0 },
        halfYearReviewsDue: { ...base.calendar.halfYearReviewsDue, dates: [{ day: "06-30", yearOffset: 0 }] },
      },
    };
    expect(roundCalendar(custom, 2026)).toEqual({
      year: 2026,
      applicationOpens: "2026-10-01",
      applicationCloses: "2026-10-15",
      reviewAndPublicationBy: "2026-10-31",
      demonstrationPeriod: { from: "2026-01-01", to: "2026-12-31" },
      halfYearReviewsDue: ["2026-06-30"],
    });
  });

  test("roundCalendar does not modify the award's calendar", () => {
    const base = award();
    const before = structuredClone(base.calendar);
    roundCalendar(base, 2026);
    expect(base.calendar).toEqual(before);
  });
});
