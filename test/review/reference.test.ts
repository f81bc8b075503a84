import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { FACTS, OPERATORS } from "../../src/compile/reference.js";
import { renderReference } from "../../src/review/renderReference.js";

const dir = join(import.meta.dirname, "..", "..", "docs", "reference");
const pages = renderReference();

describe("docs/reference, generated from FACTS, OPERATORS and the JSON Schemas", () => {
  test.each(Object.keys(pages))("docs/reference/%s is up to date (UPDATE_REFERENCE=1 rewrites it)", (name) => {
    const path = join(dir, name);
    if (process.env.UPDATE_REFERENCE === "1") {
      mkdirSync(dir, { recursive: true });
      writeFileSync(path, pages[name] as string);
    }
    expect(existsSync(path), path).toBe(true);
    expect(readFileSync(path, "utf8"), `${path} is stale: run UPDATE_REFERENCE=1 npx vitest run test/review`).toBe(pages[name]);
  });

  test("every fact and every operator is in it, with its example", () => {
    for (const name of Object.keys(FACTS)) expect(pages["facts.md"]).toContain(`| \`${name}\` |`);
    for (const name of Object.keys(OPERATORS)) expect(pages["operators.md"]).toContain(`| \`${name}\` |`);
    for (const kind of ["yearsUpToAsOf", "calendarYearsBeforeRound", "untilAsOf", "calendarYearOfAsOf", "academicYear", "fixedDates"]) {
      expect(pages["windows.md"]).toContain(`| \`${kind}\` |`);
    }
    expect(pages["filters.md"]).toContain("| `liabilityIncidents` | `kind` | `safety`, `quality`, `foodSafety` |");
  });
});
