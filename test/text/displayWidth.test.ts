import { describe, expect, test } from "vitest";
import { displayWidth, padToWidth } from "../../src/text/displayWidth.js";

describe("displayWidth and padToWidth", () => {
  test("a Chinese character or full-width mark is two columns, anything else one", () => {
    expect(displayWidth("")).toBe(0);
    expect(displayWidth("fail")).toBe(4);
    expect(displayWidth("不符合")).toBe(6);
    expect(displayWidth("应为 2")).toBe(6);
    expect(displayWidth("（，）")).toBe(6);
    // § ( ) 2 one column each, 三 一 two
    expect(displayWidth("§三(一)2")).toBe(8);
  });

  test("pads to columns, not characters; text already as wide is left as it is", () => {
    expect(padToWidth("2", 6)).toBe("2     ");
    expect(padToWidth("符合", 6)).toBe("符合  ");
    expect(padToWidth("不符合", 4)).toBe("不符合");
  });
});
