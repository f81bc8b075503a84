import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, test } from "vitest";
import { conditionNodes } from "../../src/lint/walk.js";
import { renderReviewIndex } from "../../src/review/renderReviewIndex.js";
import { renderReviewPage, reviewPagePath } from "../../src/review/renderReviewPage.js";
import { RulebookSchema } from "../../src/schema/rulebook.js";
import type { Rulebook } from "../../src/schema/rulebookTypes.js";
import { sources } from "../support/sources.js";

const root = join(import.meta.dirname, "..", "..");
const update = process.env.UPDATE_REVIEW === "1";
const files = readdirSync(join(root, "rules"))
  .filter((file) => file.endsWith(".json"))
  .sort();
const ruleFiles = files.map((file) => ({
  file: `rules/${file}`,
  rulebook: RulebookSchema.parse(JSON.parse(readFileSync(join(root, "rules", file), "utf8"))),
}));

/** Writes the file when UPDATE_REVIEW=1; then the committed file must equal the text. */
function expectCommitted(relative: string, text: string): void {
  const path = join(root, relative);
  if (update) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  }
  expect(existsSync(path), `${relative} is missing: run UPDATE_REVIEW=1 npx vitest run test/review`).toBe(true);
  expect(readFileSync(path, "utf8"), `${relative} is stale: run UPDATE_REVIEW=1 npx vitest run test/review`).toBe(text);
}

describe.each(ruleFiles)("review page of $file", ({ rulebook }: { rulebook: Rulebook }) => {
  const page = renderReviewPage(rulebook);

  test("docs/rules holds the page as rendered now", () => {
    expectCommitted(reviewPagePath(rulebook), page);
  });

  test("every condition id appears in the page", () => {
    const ids = conditionNodes(rulebook).map(({ node }) => node.id);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(page, id).toContain(`\`${id}\``);
  });

  test("every citation appears in the page", () => {
    const cited = sources(rulebook);
    expect(cited.length).toBeGreaterThan(0);
    for (const source of cited) expect(page, `${source.document} ${source.clause}`).toContain(`\`${source.document} ${source.clause}\``);
  });

  test("the page is deterministic and names its rule file", () => {
    expect(renderReviewPage(structuredClone(rulebook))).toBe(page);
    expect(page).toContain(`\`${rulebook.id}\``);
    expect(page).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
  });
});

describe("review pages", () => {
  test("docs/rules/README.md lists every page", () => {
    const index = renderReviewIndex(ruleFiles);
    for (const { rulebook } of ruleFiles) expect(index).toContain(`](${reviewPagePath(rulebook).slice("docs/rules/".length)})`);
    expectCommitted("docs/rules/README.md", index);
  });

  test("a page path is docs/rules/<document id>-<rulebook id>.md", () => {
    const paths = ruleFiles.map(({ rulebook }) => reviewPagePath(rulebook));
    expect(paths).toContain("docs/rules/000-model-post-000.md");
    expect(new Set(paths).size).toBe(paths.length);
  });

  test("a change to the rule file changes the page (a stale page fails)", () => {
    const { rulebook } = ruleFiles[0] as { rulebook: Rulebook };
    const changed = structuredClone(rulebook);
    changed.title = { zh: "改", en: "changed" };
    expect(renderReviewPage(changed)).not.toBe(renderReviewPage(rulebook));
  });

  test("condition trees read as nested lists; formulas as arithmetic", () => {
    const pages = new Map(ruleFiles.map(({ rulebook }) => [rulebook.id, renderReviewPage(rulebook)]));
    const modelPost = pages.get("model-post-000") ?? "";
    expect(modelPost).toContain("- `party.1` **all of**: 一级党员示范岗基本条件 / conditions of the level-1 party model post — `000 §四(一)1`");
    expect(modelPost).toContain("  - `party.1.6` **any of**: 下列条件满足其一 / one of the following — `000 §四(一)1(6)`");
    expect(modelPost).toContain("`complaints`, window `threeYears` (近三年（自评审日往前推算） / the last 3 years, counted back from the evaluation date): count ≤ `0`");
    expect(modelPost).toContain("alternative: read as one of");
    expect(pages.get("logistics-plans-004")).toContain("`postPool = (pool − outstandingTotal) + deductionsTotal`");
    expect(pages.get("party-model-post-002")).toContain("printed 10, but the items add up to 11 ⚠");
    expect(pages.get("logistics-plans-004")).toContain("`qualified` (合格 / qualified): 60 ≤ score < 85; printed “60\\~84分”");
    expect(pages.get("logistics-plans-004")).toContain("a vetoed candidate is graded `rectify` (限期整改单位 / unit to rectify within a time limit)");
  });
});
