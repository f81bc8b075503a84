import type { AfterRound } from "../schema/afterRound.js";
import type { Candidacy, Committee } from "../schema/candidacy.js";
import type { Award, Rulebook } from "../schema/rulebook.js";
import { amount, describeAllocation, describeDeadline } from "./describe.js";
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
  if (award.calendar === undefined) return [{ text: "none: the award has no calendar (no application window is checked)" }];
  const { applicationWindow, reviewAndPublicationBy, demonstrationPeriod, halfYearReviewsDue } = award.calendar;
  const ofYear = (offset: number): string => (offset === 0 ? "of the round's year" : `of the round's year + ${offset}`);
  return [
    citedItem(`application window: ${code(applicationWindow.from)} to ${code(applicationWindow.to)} of the round's year`, applicationWindow),
    ...(reviewAndPublicationBy ? [citedItem(`review and publication by ${code(reviewAndPublicationBy.day)} of the round's year`, reviewAndPublicationBy)] : []),
    ...(demonstrationPeriod
      ? [
          citedItem(
            `demonstration period: ${code(demonstrationPeriod.from)} of the round's year to ${code(demonstrationPeriod.to)} ${ofYear(demonstrationPeriod.toYearOffset)}`,
            demonstrationPeriod,
          ),
        ]
      : []),
    ...(halfYearReviewsDue
      ? [citedItem(`half-year reviews due: ${halfYearReviewsDue.dates.map((date) => `${code(date.day)} ${ofYear(date.yearOffset)}`).join("; ")}`, halfYearReviewsDue)]
      : []),
  ];
}

/**
 * Who competes (applicants only, or everyone put forward; the organisations that take part) and
 * what the committee decides, as list items.
 *
 * @example
 * ```ts
 * candidacyItems(award);
 * ```
 */
export function candidacyItems(award: { candidacy?: Candidacy | undefined; committee?: Committee | undefined }): ListItem[] {
  const items: ListItem[] = [];
  const candidacy = award.candidacy;
  if (candidacy === undefined) items.push({ text: "who competes: everyone given to the round (default)" });
  else {
    const participants = candidacy.participants;
    items.push(
      citedItem(
        candidacy.by === "application"
          ? "who competes: applicants only (a record without an application for the award does not compete)"
          : "who competes: everyone put forward by their unit",
        candidacy,
        [],
        participants
          ? [
              citedItem(
                `participants: the record's ${code(participants.field)} names one of the rulebook's organisations of kind ${code(participants.kind)}; others are refused`,
                participants,
              ),
            ]
          : [],
      ),
    );
  }
  const committee = award.committee;
  items.push(
    committee === undefined
      ? { text: "the committee: breaks ties at a cut only (default)" }
      : citedItem(
          `the committee (${bilingual(committee.body)}) decides: ${committee.decides === "approval" ? "it approves each place the round proposes" : "it selects among the eligible the round proposes"}; the round is final once its decisions are given`,
          committee,
        ),
  );
  return items;
}

/**
 * What happens after the round (reviews, a failed review, vacancies) as list items.
 *
 * @example
 * ```ts
 * afterRoundItems(award.afterRound);
 * ```
 */
export function afterRoundItems(afterRound: AfterRound | undefined): ListItem[] {
  if (afterRound === undefined) return [{ text: "not stated" }];
  const { reviews, onFailedReview, vacancies } = afterRound;
  return [
    citedItem(
      "after the round",
      afterRound,
      [],
      [
        citedItem(
          `reviews: ${{ calendar: "on the calendar's review dates", eachSemester: "once a semester", irregular: "at no set time (irregular re-checks)" }[reviews.due]}`,
          reviews,
        ),
        citedItem(
          `a failed review: ${onFailedReview.revoke ? "the title is revoked" : "the title is kept"}${onFailedReview.barFromNextRound ? "; barred from the next round" : ""}`,
          onFailedReview,
        ),
        ...(afterRound.onPassedReview ? [citedItem(`a passed review: ${bilingual(afterRound.onPassedReview.effect)}`, afterRound.onPassedReview)] : []),
        ...(afterRound.onProblemsFound ? [citedItem(`a review that finds problems: ${bilingual(afterRound.onProblemsFound.effect)}`, afterRound.onProblemsFound)] : []),
        citedItem(`a place left empty ${vacancies.refill ? "is filled again" : "is not filled again"}`, vacancies),
      ],
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
        items: [
          level.quota ? citedItem(`quota: ${amount(level.quota)}`, level.quota) : { text: "quota: none (no limit)" },
          level.reward ? citedItem(`reward: ${amount(level.reward)}`, level.reward) : { text: "reward: none" },
        ],
      })),
    ),
    ...section("### Who competes and who decides", candidacyItems(award)),
    ...section("### Round", [
      award.roundQuota ? citedItem(`round quota: ${amount(award.roundQuota)}`, award.roundQuota) : { text: "round quota: none (the levels' quotas only)" },
      award.allocation
        ? citedItem(`allocation: ${describeAllocation(award.allocation)}`, award.allocation)
        : { text: "allocation: default — ranked by committee rank; ties are left to the committee; a full level's qualifier is placed at a lower level they pass" },
      award.applicationsPerPersonPerRound
        ? citedItem(`application limit: ${amount(award.applicationsPerPersonPerRound)}`, award.applicationsPerPersonPerRound)
        : { text: "application limit: default, 1 a person a round" },
      ...(award.applicationsPerDepartment
        ? [citedItem("applications per department: the number the deployment sets each year (cohort option departmentLimits)", award.applicationsPerDepartment)]
        : []),
    ]),
    ...section(
      "### Benefits of a holder",
      award.benefits.map((benefit) => citedItem(`${code(benefit.id)} ${bilingual(benefit.label)}: ${bilingual(benefit.effect)}`, benefit)),
    ),
    ...section(
      "### Deadlines",
      award.deadlines.map((deadline) => citedItem(`deadline ${code(deadline.id)} ${bilingual(deadline.label)}: ${describeDeadline(deadline)}`, deadline)),
    ),
    ...section("### Calendar", calendarItems(award)),
    ...section("### Admission", [award.admission ? conditionItem(award.admission, scope) : { text: "none" }]),
    ...section("### Requirements (every category)", [award.requirements ? conditionItem(award.requirements, scope) : { text: "none" }]),
    ...section("### After the round", afterRoundItems(award.afterRound)),
  ];
  for (const category of award.categories) {
    blocks.push(
      ...section(`### Category ${code(category.id)}: ${bilingual(category.label)}`, [citedItem(`category ${code(category.id)}`, category)]),
      ...section("#### Audience", [category.audience ? conditionItem(category.audience, scope) : { text: "everyone" }]),
    );
    for (const level of [...category.levels].sort((a, b) => a.level - b.level)) {
      blocks.push(...section(`#### Level ${level.level}: ${levelLabel(level.level)}`, [conditionItem(level.conditions, scope)]));
    }
  }
  blocks.push(...section("### Notes", noteItems(award.notes)));
  return blocks;
}
