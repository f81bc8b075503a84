import type { Rulebook } from "../schema/rulebook.js";
import { describeDeadline, describeWindow } from "./describe.js";
import { bilingual, citedItem, code, escapeText, type ListItem } from "./markdown.js";
import { noteItems, renderAward, section } from "./renderAward.js";
import { renderPayRule } from "./renderPay.js";
import { renderScoredAward } from "./renderScored.js";
import { checkRulebookJson } from "../door/doorRulebook.js";
import { readLanguageOptions } from "../door/doorOptions.js";
import type { MessageLanguage } from "../text/defineMessage.js";
import { renderMessage } from "../messages/issueOf.js";

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
    return marks === undefined || heading === undefined ? block : `${marks} ${renderMessage("review.heading", { heading }, language)}`;
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
  rulebook = checkRulebookJson(rulebook);
  return `docs/rules/${rulebook.document.id}-${rulebook.id}.md`;
}

function header(rulebook: Rulebook, language: Language): string[] {
  const { document } = rulebook;
  const fact = (name: string): string => `${renderMessage("review.fact", { name }, language)}${language === "zh" ? "：" : ": "}`;
  const facts: ListItem[] = [
    { text: `${fact("rule file")}${code(rulebook.id)} — ${bilingual(rulebook.title)}` },
    { text: `${fact("document")}${code(document.id)} ${escapeText(document.title)}` },
    ...(document.file === undefined ? [] : [{ text: `${fact("source text")}${code(document.file)}` }]),
    ...(document.note === undefined ? [] : [{ text: `${fact("note")}${escapeText(document.note)}` }]),
  ];
  return [`# ${document.id} · ${escapeText(document.title)} (${code(rulebook.id)})`, renderMessage("review.intro", {}, language), ...section("## Document", facts)];
}

function scaleItems(rulebook: Rulebook): ListItem[] {
  return Object.entries(rulebook.scales).map(([name, scale]) =>
    citedItem(
      `scale ${code(name)}, lowest first`,
      scale,
      scale.values.map((entry) => ({ text: `rank ${entry.rank}: ${code(entry.value)} ${bilingual(entry.label)}` })),
    ),
  );
}

function declaredItems(rulebook: Rulebook): ListItem[] {
  const measures = Object.entries(rulebook.measures ?? {}).map(([name, measure]) =>
    citedItem(`measure ${code(name)} ${bilingual(measure.label)} (${escapeText(measure.unit)})`, measure),
  );
  const flags = Object.entries(rulebook.flags ?? {}).map(([name, flag]) => citedItem(`flag ${code(name)} ${bilingual(flag.label)}`, flag));
  return [...measures, ...flags];
}

function organisationItems(rulebook: Rulebook): ListItem[] {
  return (rulebook.organisations ?? []).map((organisation) =>
    citedItem(
      `${organisation.kind} ${code(organisation.id)} ${bilingual(organisation.label)}`,
      organisation,
      (organisation.teams ?? []).map((team) => ({ text: `team ${code(team.id)} ${bilingual(team.label)}` })),
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
 * `{ language: "zh" }` the headings and fixed sentences are in Chinese (the clauses' own wording
 * is still English: see CHANGELOG); English is the default.
 *
 * @example
 * ```ts
 * import { writeFileSync } from "node:fs";
 * const { rulebook } = bundledRulebook("model-post-000");
 * writeFileSync(reviewPagePath(rulebook), renderReviewPage(rulebook));
 * ```
 */
export function renderReviewPage(rulebook: Rulebook, options: { language?: Language } = {}): string {
  rulebook = checkRulebookJson(rulebook);
  const language = readLanguageOptions(options).language ?? "en";
  const windows = Object.entries(rulebook.windows).map(([name, window]) => citedItem(`window ${code(name)} ${bilingual(window.label)}: ${describeWindow(window)}`, window));
  const blocks = [
    ...header(rulebook, language),
    ...section("## Scales", scaleItems(rulebook)),
    ...section("## Windows", windows),
    ...section("## Measures and flags", declaredItems(rulebook)),
    ...section("## Organisations", organisationItems(rulebook)),
    ...rulebook.awards.flatMap((award) => renderAward(award, rulebook)),
    ...rulebook.scoredAwards.flatMap((award) => renderScoredAward(award, rulebook)),
    ...(rulebook.payRules.length === 0 ? [] : ["## Pay rules", ...rulebook.payRules.flatMap((rule) => renderPayRule(rule, rulebook))]),
    ...section(
      "## Deadlines",
      rulebook.deadlines.map((deadline) => citedItem(`deadline ${code(deadline.id)} ${bilingual(deadline.label)}: ${describeDeadline(deadline)}`, deadline)),
    ),
    ...section("## Notes", noteItems(rulebook.notes)),
  ];
  return `${headingsIn(blocks, language).join("\n\n")}\n`;
}
