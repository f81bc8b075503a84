import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { citations, citedClauses, clauseInventory, isSubClause, type Citation } from "../support/clauses.js";
import { renderClauseList } from "../support/renderClauses.js";
import { seedsPresent, seedText, SKIPPED_WITHOUT_SEEDS } from "../support/seeds.js";

const root = join(import.meta.dirname, "..", "..");
const FILES: Record<string, string> = {
  "000": "000-model-post.json",
  "001": "001-service-model-post.json",
  "002": "002-party-model-post.json",
  "003": "003-service-month-2017.json",
  "004": "004-logistics-plans.json",
};
const cited: Citation[] = Object.values(FILES).flatMap((file) => citations(JSON.parse(readFileSync(join(root, "rules", file), "utf8"))));
const atoms = cited.flatMap((citation) => citedClauses(citation.clause).map((clause) => ({ ...citation, clause })));
const ruleClauses = [...new Map(clauseInventory.filter((entry) => entry.class === "RULE").map((entry) => [`${entry.document} ${entry.clause}`, entry])).values()];

describe("every clause that decides an outcome is encoded and cited (fixtures/clauses.json)", () => {
  test("the inventory covers the five documents", () => {
    for (const document of Object.keys(FILES)) expect(ruleClauses.filter((entry) => entry.document === document).length, document).toBeGreaterThan(0);
  });

  test.each(ruleClauses.map((entry) => [`${entry.document} ${entry.clause}`, entry] as const))("%s is cited by a rule item, not only a note", (_name, entry) => {
    const citing = atoms.filter((atom) => !atom.inNote && atom.document === entry.document && (atom.clause === entry.clause || isSubClause(atom.clause, entry.clause)));
    expect(citing.map((atom) => atom.at), entry.quote).not.toEqual([]);
  });

  test.each(Object.keys(FILES))("every clause document %s's rule file cites is in the inventory (no mistyped citation)", (document) => {
    const known = clauseInventory.filter((entry) => entry.document === document).map((entry) => entry.clause);
    const strays = atoms.filter((atom) => atom.document === document && !known.some((clause) => atom.clause === clause || isSubClause(atom.clause, clause)));
    expect(strays.map((atom) => `${atom.clause} at ${atom.at}`)).toEqual([]);
  });

  test.skipIf(!seedsPresent)(`every inventory quote appears in its document${SKIPPED_WITHOUT_SEEDS}`, () => {
    const texts = new Map(Object.keys(FILES).map((document) => [document, seedText(document)]));
    const absent = clauseInventory.filter((entry) => !(texts.get(entry.document) as string).includes(entry.quote.replace(/\s+/g, "")));
    expect(absent.map((entry) => `${entry.document} ${entry.clause}: ${entry.quote}`)).toEqual([]);
  });

  test("docs/clauses.md lists the inventory as it is now (UPDATE_CLAUSES=1 rewrites it)", () => {
    const path = join(root, "docs", "clauses.md");
    const text = renderClauseList(clauseInventory);
    if (process.env.UPDATE_CLAUSES === "1") writeFileSync(path, text);
    expect(readFileSync(path, "utf8")).toBe(text);
  });
});

describe("reading citations", () => {
  test("a joined citation names each clause, carrying its prefix", () => {
    expect(citedClauses("附件1 服务质量高（30分）、§三3")).toEqual(["附件1 服务质量高（30分）", "§三3"]);
    expect(citedClauses("篇14 序、二(一)、五(二)2")).toEqual(["篇14 序", "篇14 二(一)", "篇14 五(二)2"]);
    expect(citedClauses("§四、§四3、§五3")).toEqual(["§四", "§四3", "§五3"]);
    expect(citedClauses("§五2、五3")).toEqual(["§五2", "§五3"]);
    expect(citedClauses("附1 三、1")).toEqual(["附1 三、1"]);
  });

  test("a sub-clause continues its parent's numbering, not just its text", () => {
    expect(isSubClause("§四(一)1(6)②", "§四(一)1(6)")).toBe(true);
    expect(isSubClause("§三1", "§三")).toBe(true);
    expect(isSubClause("§三12", "§三1")).toBe(false);
    expect(isSubClause("篇11 第四条", "篇1")).toBe(false);
    expect(isSubClause("篇1 三", "篇1")).toBe(true);
  });
});
