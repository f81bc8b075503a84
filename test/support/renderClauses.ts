import type { ClauseEntry } from "./clauses.js";

const TITLES: Record<string, string> = {
  "000": "000 后勤服务示范岗评选办法",
  "001": "001 服务示范岗创建活动",
  "002": "002 党员服务示范岗创建活动",
  "003": "003 2017 年优质服务月活动",
  "004": "004 学校后勤服务精细化管理实施方案",
};

const cell = (text: string): string => text.replace(/\|/g, "\\|").replace(/\n/g, " ");

/**
 * docs/clauses.md: how many clauses of each document decide an outcome (RULE) and which do not
 * (PROCEDURE, AIM), the latter each with the quote and the reason it is not encoded.
 */
export function renderClauseList(inventory: ClauseEntry[]): string {
  const documents = [...new Set(inventory.map((entry) => entry.document))].sort();
  const count = (document: string, kind: ClauseEntry["class"]): number => inventory.filter((entry) => entry.document === document && entry.class === kind).length;
  const out = [
    "# Clauses of the documents / 文件条款清单",
    "",
    "Every clause of the five documents, classed by what it does: **RULE** decides an outcome (a",
    "condition, a number, a grade, a quota, a date), **PROCEDURE** says how the work is organised,",
    "**AIM** states a purpose. The list is `fixtures/clauses.json`, read off the documents by hand;",
    "`test/rules/clauses.test.ts` checks that every RULE clause is cited by a rule item (not only by a",
    "note), that every clause a rule file cites is in the list, and, where the documents are beside",
    "the clone, that every quote is in its document. This page is generated from the list",
    "(`UPDATE_CLAUSES=1 npx vitest run test/rules/clauses.test.ts`).",
    "",
    "每一条款按作用分类：**RULE** 决定结论（条件、数值、等次、名额、日期），须由规则条目引用；**PROCEDURE** 为工作程序；**AIM** 为目的。下表列出未编码的条款及理由。",
    "",
    "| document | RULE | PROCEDURE | AIM |",
    "| --- | ---: | ---: | ---: |",
    ...documents.map((document) => `| ${TITLES[document] ?? document} | ${count(document, "RULE")} | ${count(document, "PROCEDURE")} | ${count(document, "AIM")} |`),
  ];
  for (const document of documents) {
    const rules = inventory.filter((entry) => entry.document === document && entry.class === "RULE");
    const others = inventory.filter((entry) => entry.document === document && entry.class !== "RULE");
    out.push("", `## ${TITLES[document] ?? document}`, "", `Encoded and cited (RULE): ${[...new Set(rules.map((entry) => `\`${entry.clause}\``))].join(", ")}.`);
    if (others.length > 0) {
      out.push("", "Not encoded / 未编码:", "", "| clause | class | quote | why |", "| --- | --- | --- | --- |");
      for (const entry of others) {
        const clause = entry.part !== undefined ? `${entry.clause} (${entry.part})` : entry.clause;
        out.push(`| ${cell(clause)} | ${entry.class}${entry.heading ? " (heading)" : ""} | ${cell(entry.quote)} | ${cell(entry.reason)} |`);
      }
    }
  }
  return `${out.join("\n")}\n`;
}
