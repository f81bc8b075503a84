import { parseISO } from "date-fns/parseISO";
import { describe, expect, test } from "vitest";
import { isoDay } from "../../src/util/isoDay.js";

describe("isoDay", () => {
  test.each(["2026-11-26", "2024-02-29", "0999-01-01", "2025-12-31", "2026-01-01"])("%s round-trips through parseISO", (day) => {
    expect(isoDay(parseISO(day))).toBe(day);
  });
});
