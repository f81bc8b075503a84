import type { Award, Rulebook } from "../schema/rulebook.js";
import { amount, describeAllocation } from "./describe.js";
import { bilingual, citedItem, code, renderList, type ListItem } from "./markdown.js";
import { conditionItem, type ConditionScope } from "./renderCondition.js";

/**
 * A heading and the list under it, as two Markdown blocks; nothing when the list is empty.
 *
 * @example
 * ```ts
 * section("### Notes", [{ text: "a note" }]); // ["### Notes", "- a note"]
 * ```
 */
export function section(heading: string, items: ListItem[]): string[] {
  return items.length === 0 ? [] : [heading, renderList(items).join("\n")];
}

/**
 * Notes (text with citation) as list items.
 *
 * @example
 * ```ts
 * noteItems(rulebook.notes);
 * ```
 */
export function noteItems(notes: Award["notes"]): ListItem[] {
  return (notes ?? []).map((note) => citedItem(bilingual(note.text), note));
}

function calendarItems(award: Award): ListItem[] {
  const { applicationWindow, reviewAndPublicationBy, demonstrationPeriod, halfYearReviewsDue } = award.calendar;
  const ofYear = (offset: number): string => (offset === 0 ? "of the round's year" : `of the round's year + ${offset}`);
  return [
    citedItem(`application window: ${code(applicationWindow.from)} to ${code(applicationWindow.to)} of the round's year`, applicationWindow),
    citedItem(`review and publication by ${code(reviewAndPublicationBy.day)} of the round's year`, reviewAndPublicationBy),
    citedItem(
      `demonstration period: ${code(demonstrationPeriod.from)} of the round's year to ${code(demonstrationPeriod.to)} ${ofYear(demonstrationPeriod.toYearOffset)}`,
      demonstrationPeriod,
    ),
    citedItem(
      `half-year reviews due: ${halfYearReviewsDue.dates.map((date) => `${code(date.day)} ${ofYear(date.yearOffset)}`).join("; ")}`,
      halfYearReviewsDue,
    ),
  ];
}

/**
 * The Markdown blocks of one level award (示范岗): its levels with quotas and rewards, the round's
 * quota, allocation and calendar, admission, requirements, and each category's audience and
 * level condition trees.
 *
 * @example
 * ```ts
 * renderAward(rulebook.awards[0], rulebook).join("\n\n");
 * ```
 */
export function renderAward(award: Award, rulebook: Rulebook): string[] {
  const scope: ConditionScope = { rulebook, award };
  const levelLabel = (level: number): string => {
    const defined = award.levels.find((entry) => entry.level === level);
    return defined === undefined ? "(not defined by the award)" : bilingual(defined.label);
  };
  const blocks = [
    `## Award ${code(award.id)}: ${bilingual(award.label)}`,
    renderList([citedItem(`level award ${code(award.id)}`, award)]).join("\n"),
    ...section(
      "### Levels",
      award.levels.map((level) => ({
        text: `level ${level.level}: ${bilingual(level.label)}`,
        items: [citedItem(`quota: ${amount(level.quota)}`, level.quota), citedItem(`reward: ${amount(level.reward)}`, level.reward)],
      })),
    ),
    ...section("### Round", [
      citedItem(`round quota: ${amount(award.roundQuota)}`, award.roundQuota),
      citedItem(`allocation: ${describeAllocation(award.allocation)}`, award.allocation),
      citedItem(`application limit: ${amount(award.applicationsPerPersonPerRound)}`, award.applicationsPerPersonPerRound),
    ]),
    ...section("### Calendar", calendarItems(award)),
    ...section("### Admission", [conditionItem(award.admission, scope)]),
    ...section("### Requirements (every category)", [conditionItem(award.requirements, scope)]),
  ];
  for (const category of award.categories) {
    blocks.push(
      ...section(`### Category ${code(category.id)}: ${bilingual(category.label)}`, [citedItem(`category ${code(category.id)}`, category)]),
      ...section("#### Audience", [conditionItem(category.audience, scope)]),
    );
    for (const level of [...category.levels].sort((a, b) => a.level - b.level)) {
      blocks.push(...section(`#### Level ${level.level}: ${levelLabel(level.level)}`, [conditionItem(level.conditions, scope)]));
    }
  }
  blocks.push(...section("### Notes", noteItems(award.notes)));
  return blocks;
}
