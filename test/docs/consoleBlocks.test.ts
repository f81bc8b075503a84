import { describe, expect, test } from "vitest";
import { commandsOf, fitToShown, splitCommand } from "./consoleBlocks.js";

describe("console blocks", () => {
  test("commands are split as a shell splits them; each takes the lines under it", () => {
    expect(splitCommand(`award-rules batch "报名 表.csv" --as-of 2026-12-15 'a b'`)).toEqual(["award-rules", "batch", "报名 表.csv", "--as-of", "2026-12-15", "a b"]);
    expect(commandsOf("$ award-rules lint x\n0 个错误\n$ award-rules test y\n✓ a\n✓ b")).toEqual([
      { argv: ["award-rules", "lint", "x"], line: "award-rules lint x", shown: ["0 个错误"] },
      { argv: ["award-rules", "test", "y"], line: "award-rules test y", shown: ["✓ a", "✓ b"] },
    ]);
    expect(commandsOf("award-rules test <测试> [--rules <规则>]")).toEqual([]);
  });

  const printed = ["h1", "h2", "a", "x1", "x2", "b", "y", "t1", "t2"];
  test("without …, every line printed is shown", () => {
    expect(fitToShown(["h1"], printed)).toEqual(printed);
  });
  test("… last: the first lines; … first: the last lines", () => {
    expect(fitToShown(["h1", "h2", "…"], printed)).toEqual(["h1", "h2", "…"]);
    expect(fitToShown(["…", "t2"], printed)).toEqual(["…", "t2"]);
  });
  test("… between: each part starts where its first line is printed, in order", () => {
    expect(fitToShown(["h1", "…", "x1", "x2", "…", "y", "…", "t2"], printed)).toEqual(["h1", "…", "x1", "x2", "…", "y", "…", "t2"]);
    // a part whose lines differ from what is printed comes out as printed, so the comparison fails
    expect(fitToShown(["h1", "…", "x1", "WRONG", "…", "t2"], printed)).toEqual(["h1", "…", "x1", "x2", "…", "t2"]);
    // a first line never printed: the part is taken where the previous one ended
    expect(fitToShown(["h1", "…", "nowhere", "…", "t2"], printed)).toEqual(["h1", "…", "h2", "…", "t2"]);
  });
});
