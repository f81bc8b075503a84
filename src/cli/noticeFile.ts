import { writeCsv } from "../sheets/csv.js";
import { writeXlsx } from "../sheets/xlsxWrite.js";
import { messageText } from "../messages/registry.js";
import type { NoticeTables } from "./noticeTables.js";

/** A Markdown table of rows (the first is the header); `|` in a cell is escaped, line breaks become spaces. */
function markdownTable(rows: readonly (readonly string[])[]): string {
  const cell = (text: string): string => text.replace(/\|/g, "\\|").replace(/\s*\n\s*/g, " ");
  const [head = [], ...body] = rows;
  return [`| ${head.map(cell).join(" | ")} |`, `|${head.map(() => "---").join("|")}|`, ...body.map((row) => `| ${row.map(cell).join(" | ")} |`)].join("\n");
}

/**
 * The 公示 list for a notice board, in Markdown: the title, the date and count, the 公示 dates, the
 * list as a table (name, department, category, level, reward, clause), and what is still
 * outstanding when the round is not final.
 *
 * @example
 * ```ts
 * noticeMarkdown(noticeTables(round, bundledRulebook(), "zh"), "zh"); // "# 2026 年度优质服务示范岗公示名单\n\n…"
 * ```
 */
export function noticeMarkdown(tables: NoticeTables, language: "zh" | "en"): string {
  const parts = [`# ${tables.title}`, tables.lines.join(language === "zh" ? "" : " ")];
  parts.push(tables.awardees.length > 1 ? markdownTable(tables.awardees) : messageText("words.noticeNone", {}, language));
  if (tables.outstanding.length > 1) parts.push(`## ${messageText("words.outstandingSheet", {}, language)}`, markdownTable(tables.outstanding));
  return `${parts.join("\n\n")}\n`;
}

/**
 * A round's 公示 list as the file `--out` names: `.md` (see `noticeMarkdown`), `.csv` (the 公示 list
 * alone, UTF-8 with a byte-order mark so that Excel reads its Chinese), or `.xlsx` (one workbook:
 * 公示名单, 全部结果, 待定事项). Undefined for any other ending.
 *
 * @example
 * ```ts
 * noticeFile("公示.md", noticeTables(round, bundledRulebook(), "zh"), "zh"); // { text: "# …" }
 * ```
 */
export function noticeFile(file: string, tables: NoticeTables, language: "zh" | "en"): { text: string } | { bytes: Uint8Array } | undefined {
  const lower = file.toLowerCase();
  if (lower.endsWith(".md")) return { text: noticeMarkdown(tables, language) };
  if (lower.endsWith(".csv")) return { text: writeCsv(tables.awardees, true) };
  if (!lower.endsWith(".xlsx")) return undefined;
  const name = (id: "words.awardeesSheet" | "words.resultsSheet" | "words.outstandingSheet"): string => messageText(id, {}, language);
  const widths = (rows: string[][]): number[] => (rows[0] ?? []).map((_, column) => Math.min(60, Math.max(8, ...rows.map((row) => (row[column] ?? "").length * 2))));
  return {
    bytes: writeXlsx([
      { name: name("words.awardeesSheet"), rows: tables.awardees, widths: widths(tables.awardees) },
      { name: name("words.resultsSheet"), rows: tables.results, widths: widths(tables.results) },
      { name: name("words.outstandingSheet"), rows: tables.outstanding, widths: widths(tables.outstanding) },
    ]),
  };
}
