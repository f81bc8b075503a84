import type { AfterRound, Candidacy, Committee, Award, Rulebook } from "../schema/rulebookTypes.js";
import { amount, describeAllocation, describeDeadline } from "./describe.js";
import { code, pageWords, renderList, type ListItem, type PageWords } from "./markdown.js";
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
export function noteItems(notes: Award["notes"], words: PageWords = EN): ListItem[] {
  return (notes ?? []).map((note) => words.cited(words.label(note.text), note));
}

const EN = pageWords("en");

function calendarItems(award: Award, words: PageWords): ListItem[] {
  if (award.calendar === undefined) return [{ text: words.phrase("none: the award has no calendar (no application window is checked)") }];
  const { applicationWindow, reviewAndPublicationBy, demonstrationPeriod, halfYearReviewsDue } = award.calendar;
  return [
    words.cited(words.say("page.applicationWindow", { from: code(applicationWindow.from), to: code(applicationWindow.to) }), applicationWindow),
    ...(reviewAndPublicationBy ? [words.cited(words.say("page.reviewBy", { day: code(reviewAndPublicationBy.day) }), reviewAndPublicationBy)] : []),
    ...(demonstrationPeriod
      ? [
          words.cited(
            words.say("page.demonstration", { from: code(demonstrationPeriod.from), to: code(demonstrationPeriod.to), offset: demonstrationPeriod.toYearOffset }),
            demonstrationPeriod,
          ),
        ]
      : []),
    ...(halfYearReviewsDue
      ? [words.cited(words.say("page.halfYearReviews", { dates: halfYearReviewsDue.dates.map((date) => ({ day: code(date.day), offset: date.yearOffset })) }), halfYearReviewsDue)]
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
export function candidacyItems(award: { candidacy?: Candidacy | undefined; committee?: Committee | undefined }, words: PageWords = EN): ListItem[] {
  const items: ListItem[] = [];
  const candidacy = award.candidacy;
  if (candidacy === undefined) items.push({ text: words.phrase("who competes: everyone given to the round (default)") });
  else {
    const participants = candidacy.participants;
    items.push(
      words.cited(
        words.phrase(
          candidacy.by === "application"
            ? "who competes: applicants only (a record without an application for the award does not compete)"
            : "who competes: everyone put forward by their unit",
        ),
        candidacy,
        [],
        participants ? [words.cited(words.say("page.participants", { field: code(participants.field), kind: code(participants.kind) }), participants)] : [],
      ),
    );
  }
  const committee = award.committee;
  items.push(
    committee === undefined
      ? { text: words.phrase("the committee: breaks ties at a cut only (default)") }
      : words.cited(words.say("page.committee", { body: words.label(committee.body), approval: committee.decides === "approval" }), committee),
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
export function afterRoundItems(afterRound: AfterRound | undefined, words: PageWords = EN): ListItem[] {
  if (afterRound === undefined) return [{ text: words.phrase("not stated") }];
  const { reviews, onFailedReview, vacancies } = afterRound;
  return [
    words.cited(
      words.phrase("after the round"),
      afterRound,
      [],
      [
        words.cited(words.say("page.reviews", { due: reviews.due }), reviews),
        words.cited(words.say("page.failedReview", { revoke: onFailedReview.revoke, bar: onFailedReview.barFromNextRound === true }), onFailedReview),
        ...(afterRound.onPassedReview
          ? [words.cited(words.say("page.reviewEffect", { passed: true, effect: words.label(afterRound.onPassedReview.effect) }), afterRound.onPassedReview)]
          : []),
        ...(afterRound.onProblemsFound
          ? [words.cited(words.say("page.reviewEffect", { passed: false, effect: words.label(afterRound.onProblemsFound.effect) }), afterRound.onProblemsFound)]
          : []),
        words.cited(words.say("page.vacancies", { refill: vacancies.refill }), vacancies),
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
export function renderAward(award: Award, rulebook: Rulebook, words: PageWords = EN): string[] {
  const scope: ConditionScope = { rulebook, award, words };
  const label = words.label;
  const levelLabel = (level: number): string => {
    const defined = award.levels.find((entry) => entry.level === level);
    return defined === undefined ? words.phrase("(not defined by the award)") : label(defined.label);
  };
  const amountOf = (what: string, quantity: { value: number; unit: string }): string => words.say("page.amountOf", { what, amount: amount(quantity, words) });
  const none = (text: string): ListItem => ({ text: words.phrase(text) });
  const blocks = [
    `## Award ${code(award.id)}: ${label(award.label)}`,
    renderList([words.cited(words.say("page.named", { what: "level award", id: code(award.id), label: "" }), award)]).join("\n"),
    ...section(
      "### Levels",
      award.levels.map((level) => ({
        text: words.say("page.level", { level: level.level, label: label(level.label) }),
        items: [
          level.quota ? words.cited(amountOf("quota", level.quota), level.quota) : none("quota: none (no limit)"),
          level.reward ? words.cited(amountOf("reward", level.reward), level.reward) : none("reward: none"),
        ],
      })),
    ),
    ...section("### Who competes and who decides", candidacyItems(award, words)),
    ...section("### Round", [
      award.roundQuota ? words.cited(amountOf("round quota", award.roundQuota), award.roundQuota) : none("round quota: none (the levels' quotas only)"),
      award.allocation
        ? words.cited(words.say("page.amountOf", { what: "allocation", amount: describeAllocation(award.allocation, words) }), award.allocation)
        : none("allocation: default — ranked by committee rank; ties are left to the committee; a full level's qualifier is placed at a lower level they pass"),
      award.applicationsPerPersonPerRound
        ? words.cited(amountOf("application limit", award.applicationsPerPersonPerRound), award.applicationsPerPersonPerRound)
        : none("application limit: default, 1 a person a round"),
      ...(award.applicationsPerDepartment
        ? [words.cited(words.phrase("applications per department: the number the deployment sets each year (cohort option departmentLimits)"), award.applicationsPerDepartment)]
        : []),
    ]),
    ...section(
      "### Benefits of a holder",
      award.benefits.map((benefit) => words.cited(words.say("page.effect", { id: code(benefit.id), label: label(benefit.label), effect: label(benefit.effect) }), benefit)),
    ),
    ...section(
      "### Deadlines",
      award.deadlines.map((deadline) =>
        words.cited(words.say("page.deadline", { id: code(deadline.id), label: label(deadline.label), text: describeDeadline(deadline, words) }), deadline),
      ),
    ),
    ...section("### Calendar", calendarItems(award, words)),
    ...section("### Admission", [award.admission ? conditionItem(award.admission, scope) : none("none")]),
    ...section("### Requirements (every category)", [award.requirements ? conditionItem(award.requirements, scope) : none("none")]),
    ...section("### After the round", afterRoundItems(award.afterRound, words)),
  ];
  for (const category of award.categories) {
    blocks.push(
      ...section(`### Category ${code(category.id)}: ${label(category.label)}`, [
        words.cited(words.say("page.named", { what: "category", id: code(category.id), label: "" }), category),
      ]),
      ...section("#### Audience", [category.audience ? conditionItem(category.audience, scope) : none("everyone")]),
    );
    for (const level of [...category.levels].sort((a, b) => a.level - b.level)) {
      blocks.push(...section(`#### Level ${level.level}: ${levelLabel(level.level)}`, [conditionItem(level.conditions, scope)]));
    }
  }
  blocks.push(...section("### Notes", noteItems(award.notes, words)));
  return blocks;
}
