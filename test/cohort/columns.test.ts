import { describe, expect, test } from "vitest";
import { CodeColumn, IndexColumn, NumberColumn } from "../../src/cohort/columns.js";

describe("round columns", () => {
  test("numbers and nulls read back as given, before and after the first number and across growth", () => {
    const column = new NumberColumn();
    const given = Array.from({ length: 5000 }, (_, index) => (index < 1500 || index % 7 === 0 ? null : index * 1.5 - 2000));
    for (const value of given) column.push(value);
    expect(given.map((_, index) => column.get(index))).toEqual(given);
    const empty = new NumberColumn();
    empty.push(null);
    expect(empty.get(0)).toBeNull();
  });

  test("whole numbers widen from one byte to two and four as they grow, keeping what was there", () => {
    const column = new IndexColumn();
    const given = [0, 255, 7, 256, 65_535, 65_536, 2 ** 31 - 1, 3, ...Array.from({ length: 3000 }, (_, index) => index * 977)];
    for (const value of given) column.push(value);
    expect(given.map((_, index) => column.get(index))).toEqual(given);
  });

  test("codes give back the very value pushed (null and objects included)", () => {
    const shared = Object.freeze([{ zh: "甲", en: "a" }]);
    const column = new CodeColumn<unknown>();
    const given = Array.from({ length: 4000 }, (_, index) => (index % 3 === 0 ? null : index % 3 === 1 ? shared : `date-${index % 400}`));
    for (const value of given) column.push(value);
    given.forEach((value, index) => expect(column.get(index)).toBe(value));
  });
});
