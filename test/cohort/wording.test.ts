import { describe, expect, test } from "vitest";
import { Wording } from "../../src/cohort/wording.js";

describe("Wording", () => {
  test("the same sentence, list and names are one shared, frozen object", () => {
    const wording = new Wording();
    const a = wording.text({ zh: "待审核", en: "pending" });
    expect(wording.text({ zh: "待审核", en: "pending" })).toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
    const list = wording.list([{ zh: "甲", en: "a" }, a]);
    expect(
      wording.list([
        { zh: "甲", en: "a" },
        { zh: "待审核", en: "pending" },
      ]),
    ).toBe(list);
    expect(list[1]).toBe(a);
    expect(wording.nameList(["x", "y"])).toBe(wording.nameList(["x", "y"]));
    expect(wording.list([])).toBe(wording.list([]));
  });

  test("sentences alike in one language are told apart by the other", () => {
    const wording = new Wording();
    const a = wording.text({ zh: "同", en: "one" });
    const b = wording.text({ zh: "同", en: "two" });
    expect(a).not.toBe(b);
    expect(wording.list([a])).not.toBe(wording.list([b]));
    expect(wording.list([a, b])).not.toBe(wording.list([b, a]));
  });

  test("past 10,000 distinct sentences new ones are not remembered, and their lists keep their words", () => {
    const wording = new Wording();
    for (let index = 0; index < 10_000; index += 1) wording.text({ zh: `句${index}`, en: `s${index}` });
    const late = { zh: "迟", en: "late" };
    expect(wording.text(late)).not.toBe(wording.text(late));
    const list = wording.list([late]);
    expect(list).toEqual([late]);
    expect(wording.text({ zh: "句1", en: "s1" })).toBe(wording.text({ zh: "句1", en: "s1" }));
  });
});
