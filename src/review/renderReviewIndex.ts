import type { Rulebook } from "../schema/rulebookTypes.js";
import { conditionNodes } from "../lint/walk.js";
import { code, escapeText } from "./markdown.js";
import { reviewPagePath } from "./renderReviewPage.js";
import { checkRulebookJson } from "../door/doorRulebook.js";
import { checkText, readList, readOptions } from "../door/door.js";
import { readLanguageOptions } from "../door/doorOptions.js";
import { messageText } from "../messages/registry.js";
import { registerMessages } from "../messages/registry.js";
import { REVIEW_MESSAGES } from "../messages/catalog/review.js";
import { REVIEW_PAGE_MESSAGES } from "../messages/catalog/reviewPage.js";

/** A rule file and its parsed rulebook. */
export interface RuleFile {
  /** The rule file's path, e.g. `rules/000-model-post.json`. */
  file: string;
  rulebook: Rulebook;
}

/**
 * The index of the review pages (`docs/rules/README.md`): one row per rule file with a link to
 * its page, the document, and how much it encodes. Rows follow the order given. In English by
 * default; `{ language: "zh" }` gives the title, sentence and column names in Chinese.
 *
 * @example
 * ```ts
 * renderReviewIndex([{ file: "rules/000-model-post.json", rulebook }]);
 * ```
 */
export function renderReviewIndex(files: RuleFile[], options: { language?: "zh" | "en" } = {}): string {
  registerMessages(REVIEW_MESSAGES, REVIEW_PAGE_MESSAGES);
  const language = readLanguageOptions(options).language ?? "en";
  files = readList(files, ["files"]).map((entry, index) => {
    const read = readOptions(entry, ["files", index], { required: true });
    return { file: checkText(read.file, ["files", index, "file"]) as string, rulebook: checkRulebookJson(read.rulebook, ["files", index, "rulebook"]) };
  });
  const rows = files.map(({ file, rulebook }) => {
    const page = reviewPagePath(rulebook).slice("docs/rules/".length);
    const cells = [
      // a Chinese index shows the page's name as code (it is the rule file's id)
      language === "zh" ? `[${code(page)}](${page})` : `[${page}](${page})`,
      code(file),
      `${code(rulebook.document.id)} ${escapeText(rulebook.document.title)}`,
      String(rulebook.awards.length),
      String(rulebook.scoredAwards.length),
      String(rulebook.payRules.length),
      String(conditionNodes(rulebook).length),
    ];
    return `| ${cells.join(" | ")} |`;
  });
  return (
    [
      `# ${messageText("review.indexTitle", {}, language)}`,
      messageText("review.indexIntro", {}, language),
      [messageText("review.indexColumns", {}, language), "|---|---|---|---|---|---|---|", ...rows].join("\n"),
    ].join("\n\n") + "\n"
  );
}
