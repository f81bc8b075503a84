import type { Rulebook } from "../schema/rulebookTypes.js";
import { describeDeadline, describeWindow } from "./describe.js";
import { code, escapeText, pageWords, type ListItem, type PageWords } from "./markdown.js";
import { noteItems, renderAward, section } from "./renderAward.js";
import { renderPayRule } from "./renderPay.js";
import { renderScoredAward } from "./renderScored.js";
import { checkRulebookJson } from "../door/doorRulebook.js";
import { readLanguageOptions } from "../door/doorOptions.js";
import type { MessageLanguage } from "../text/defineMessage.js";
import { messageText } from "../messages/registry.js";
import { registerMessages } from "../messages/registry.js";
import { REVIEW_MESSAGES } from "../messages/catalog/review.js";
import { REVIEW_PAGE_MESSAGES } from "../messages/catalog/reviewPage.js";

type Language = MessageLanguage;

/**
 * A page's headings in the language asked: `#` lines through the catalog's words (English pages
 * are left as written).
 *
 * @example
 * ```ts
 * headingsIn(["## Windows", "- a window"], "zh"); // ["## 时间范围", "- a window"]
 * ```
 */
export function headingsIn(blocks: readonly string[], language: Language): string[] {
  if (language === "en") return [...blocks];
  return blocks.map((block) => {
    const [, marks, heading] = /^(#{2,4}) (.*)$/s.exec(block) ?? [];
    return marks === undefined || heading === undefined ? block : `${marks} ${messageText("review.heading", { heading }, language)}`;
  });
}

/**
 * Where a rulebook's review page lives in the repository: `docs/rules/<document id>-<rulebook id>.md`.
 *
 * @example
 * ```ts
 * reviewPagePath(bundledRulebook("model-post-000").rulebook); // "docs/rules/000-model-post-000.md"
 * ```
 */
export function reviewPagePath(rulebook: Rulebook): string {
  registerMessages(REVIEW_MESSAGES, REVIEW_PAGE_MESSAGES);
  rulebook = checkRulebookJson(rulebook);
  return `docs/rules/${rulebook.document.id}-${rulebook.id}.md`;
}

function header(rulebook: Rulebook, language: Language): string[] {
  const { document } = rulebook;
  const fact = (name: string): string => `${messageText("review.fact", { name }, language)}${language === "zh" ? "：" : ": "}`;
  const facts: ListItem[] = [
    { text: `${fact("rule file")}${code(rulebook.id)} — ${pageWords(language).label(rulebook.title)}` },
    { text: `${fact("document")}${code(document.id)} ${escapeText(document.title)}` },
    ...(document.file === undefined ? [] : [{ text: `${fact("source text")}${code(document.file)}` }]),
    // the document's note is English only: a Chinese page says the rule file gives no Chinese
    ...(document.note === undefined
      ? []
      : [{ text: `${fact("note")}${language === "zh" ? messageText("page.phrase", { phrase: "(the rule file gives no Chinese)" }, language) : escapeText(document.note)}` }]),
  ];
  return [`# ${document.id} · ${escapeText(document.title)} (${code(rulebook.id)})`, messageText("review.intro", {}, language), ...section("## Document", facts)];
}

function scaleItems(rulebook: Rulebook, words: PageWords): ListItem[] {
  return Object.entries(rulebook.scales).map(([name, scale]) =>
    words.cited(
      words.say("page.scale", { name: code(name) }),
      scale,
      scale.values.map((entry) => ({ text: words.say("page.rank", { rank: entry.rank, value: code(entry.value), label: words.label(entry.label) }) })),
    ),
  );
}

function declaredItems(rulebook: Rulebook, words: PageWords): ListItem[] {
  const measures = Object.entries(rulebook.measures ?? {}).map(([name, measure]) =>
    words.cited(
      `${words.say("page.named", { what: "measure", id: code(name), label: words.label(measure.label) })} (${words.language === "zh" ? code(measure.unit) : escapeText(measure.unit)})`,
      measure,
    ),
  );
  const flags = Object.entries(rulebook.flags ?? {}).map(([name, flag]) =>
    words.cited(words.say("page.named", { what: "flag", id: code(name), label: words.label(flag.label) }), flag),
  );
  return [...measures, ...flags];
}

function organisationItems(rulebook: Rulebook, words: PageWords): ListItem[] {
  return (rulebook.organisations ?? []).map((organisation) =>
    words.cited(
      words.say("page.named", { what: organisation.kind, id: code(organisation.id), label: words.label(organisation.label) }),
      organisation,
      (organisation.teams ?? []).map((team) => ({ text: words.say("page.named", { what: "team", id: code(team.id), label: words.label(team.label) }) })),
    ),
  );
}

/**
 * Renders one rule file as a Markdown review page, so a reviewer can read the encoded rules
 * against the original document: scales, windows with their readings, measures and flags,
 * organisations, every level award (levels, quotas, rewards, round, calendar, admission,
 * requirements, audiences, level condition trees), every scored award, pay rules with their
 * formulas as arithmetic, and notes — each clause with its citation, labels, quote and
 * interpretation. The output is deterministic: it depends on the rulebook only. With
 * `{ language: "zh" }` the page is in Chinese: headings, sentences, the clauses' wording, labels and
 * the rule file's Chinese readings (a note where it gives none); English is the default.
 *
 * @example
 * ```ts
 * import { writeFileSync } from "node:fs";
 * const { rulebook } = bundledRulebook("model-post-000");
 * writeFileSync(reviewPagePath(rulebook), renderReviewPage(rulebook));
 * ```
 */
export function renderReviewPage(rulebook: Rulebook, options: { language?: Language } = {}): string {
  registerMessages(REVIEW_MESSAGES, REVIEW_PAGE_MESSAGES);
  rulebook = checkRulebookJson(rulebook);
  const language = readLanguageOptions(options).language ?? "en";
  const words = pageWords(language);
  const windows = Object.entries(rulebook.windows).map(([name, window]) =>
    words.cited(words.say("page.windowItem", { name: code(name), label: words.label(window.label), text: describeWindow(window, words) }), window),
  );
  const blocks = [
    ...header(rulebook, language),
    ...section("## Scales", scaleItems(rulebook, words)),
    ...section("## Windows", windows),
    ...section("## Measures and flags", declaredItems(rulebook, words)),
    ...section("## Organisations", organisationItems(rulebook, words)),
    ...rulebook.awards.flatMap((award) => renderAward(award, rulebook, words)),
    ...rulebook.scoredAwards.flatMap((award) => renderScoredAward(award, rulebook, words)),
    ...(rulebook.payRules.length === 0 ? [] : ["## Pay rules", ...rulebook.payRules.flatMap((rule) => renderPayRule(rule, rulebook, words))]),
    ...section(
      "## Deadlines",
      rulebook.deadlines.map((deadline) =>
        words.cited(words.say("page.deadline", { id: code(deadline.id), label: words.label(deadline.label), text: describeDeadline(deadline, words) }), deadline),
      ),
    ),
    ...section("## Notes", noteItems(rulebook.notes, words)),
  ];
  return `${headingsIn(blocks, language).join("\n\n")}\n`;
}
