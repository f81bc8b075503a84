import type { Rulebook } from "../schema/rulebook.js";
import type { Bonus, ScoredAward } from "../schema/scoring.js";
import { amount, describeAllocation, describeBounds, describeDeadline, describeQuota } from "./describe.js";
import { bilingual, citedItem, code, escapeText, renderList, type ListItem } from "./markdown.js";
import { afterRoundItems, candidacyItems, noteItems, section } from "./renderAward.js";
import { conditionItem, describeFact, type ConditionScope } from "./renderCondition.js";

type Rubric = NonNullable<ScoredAward["rubric"]>;

const sum = (values: number[]): number => Number(values.reduce((total, value) => total + value, 0).toFixed(6));

function printedVersusItems(printed: number | undefined, computed: number): string {
  if (printed === undefined) return `items add up to ${computed}`;
  return printed === computed ? `printed ${printed}, items add up to ${computed}` : `printed ${printed}, but the items add up to ${computed} ⚠`;
}

function rubricItems(rubric: Rubric): ListItem[] {
  const total = sum(rubric.sections.flatMap((entry) => entry.items.map((item) => item.max)));
  const sections = rubric.sections.map((entry) => {
    const items = entry.items.map((item) => citedItem(`item ${code(item.id)} ${bilingual(item.label)}: max ${item.max}`, item));
    const head = `section ${code(entry.id)} ${bilingual(entry.label)}: ${printedVersusItems(entry.printedMax, sum(entry.items.map((item) => item.max)))}`;
    return citedItem(head, entry, [], items);
  });
  return [citedItem(`rubric: ${printedVersusItems(rubric.printedTotal, total)}`, rubric, [], sections)];
}

function bonusItem(bonus: Bonus, scope: ConditionScope): ListItem {
  const head = `bonus ${code(bonus.id)} ${bilingual(bonus.label)}`;
  if (bonus.kind === "deploymentSet") return citedItem(`${head}: points set by the deployment (the document prints none)`, bonus);
  const counted = describeFact(bonus.fact, bonus.params, undefined, scope);
  return citedItem(`${head}: +${bonus.pointsPerUnit} per item of ${counted}, at most ${bonus.cap}`, bonus);
}

/**
 * The Markdown blocks of one scored award: who is scored, eligibility, vetoes, rubric sections
 * and items (max and printed max), bonuses, composite weights, grade bands with bounds and
 * printed words, grade caps, forced grades, quota, allocation, prize, deadlines and notes.
 *
 * @example
 * ```ts
 * renderScoredAward(rulebook.scoredAwards[0], rulebook).join("\n\n");
 * ```
 */
export function renderScoredAward(award: ScoredAward, rulebook: Rulebook): string[] {
  const scope: ConditionScope = { rulebook };
  const grade = (id: string): string => {
    const band = award.grades?.bands.find((entry) => entry.grade === id);
    return band === undefined ? `${code(id)} (not a band of this award)` : `${code(id)} (${bilingual(band.label)})`;
  };
  const composite = award.composite;
  return [
    `## Scored award ${code(award.id)}: ${bilingual(award.label)}`,
    renderList([citedItem(`scored award ${code(award.id)}; candidates: ${code(award.candidateKind)}`, award)]).join("\n"),
    ...section(
      "### Categories",
      (award.categories ?? []).map((entry) => citedItem(`category ${code(entry.id)} ${bilingual(entry.label)}`, entry)),
    ),
    ...section("### Audience (who the award covers)", award.audience ? [conditionItem(award.audience, scope)] : []),
    ...section("### Eligibility", award.eligibility ? [conditionItem(award.eligibility, scope)] : []),
    ...section("### Vetoes (any one disqualifies)", [
      ...award.vetoes.map((veto) => conditionItem(veto, scope)),
      ...(award.whenVetoed ? [citedItem(`a vetoed candidate is graded ${grade(award.whenVetoed.grade)}`, award.whenVetoed)] : []),
    ]),
    ...section("### Rubric", award.rubric ? rubricItems(award.rubric) : []),
    ...section(
      "### Bonuses",
      award.bonuses.map((bonus) => bonusItem(bonus, scope)),
    ),
    ...section(
      "### Composite",
      composite
        ? [
            citedItem(
              `weighted composite: weights add up to ${sum(composite.components.map((component) => component.weight))}`,
              composite,
              [],
              composite.components.map((component) =>
                citedItem(`component ${code(component.id)} ${bilingual(component.label)}: weight ${component.weight}, max ${component.max}`, component),
              ),
            ),
          ]
        : [],
    ),
    ...section(
      "### Grades",
      award.grades
        ? [
            citedItem(
              `grade bands, highest first; the score is ${award.grades.scoreRounding === "halfUpToWhole" ? "rounded half up to a whole point" : "read as it is (not rounded)"} before the bands are read`,
              award.grades,
              [],
              award.grades.bands.map((band) => citedItem(`${grade(band.grade)}: ${describeBounds(band)}; printed “${escapeText(band.printed)}”`, band)),
            ),
          ]
        : [],
    ),
    ...section(
      "### Grade caps",
      award.gradeCaps.map((cap) => citedItem(`cap ${code(cap.id)} ${bilingual(cap.label)}: at best ${grade(cap.highestGrade)} when`, cap, [], [conditionItem(cap.when, scope)])),
    ),
    ...section(
      "### Forced grades",
      award.forcedGrades.map((forced) =>
        citedItem(`forced ${code(forced.id)} ${bilingual(forced.label)}: graded ${grade(forced.grade)} when`, forced, [], [conditionItem(forced.when, scope)]),
      ),
    ),
    ...section("### Who competes and who decides", candidacyItems(award)),
    ...section("### Places", [
      ...(award.quota ? [citedItem(`quota (${code(award.quota.kind)}): ${describeQuota(award.quota)}`, award.quota)] : []),
      ...(award.allocation ? [citedItem(`allocation: ${describeAllocation(award.allocation)}`, award.allocation)] : []),
      ...(award.nomineesPerUnit ? [citedItem(`nominees per unit: ${amount(award.nomineesPerUnit)}`, award.nomineesPerUnit)] : []),
      ...(award.prize ? [citedItem(`prize: ${amount(award.prize)}`, award.prize)] : []),
      ...(award.applicationsPerPersonPerRound
        ? [citedItem(`applications per candidate: ${amount(award.applicationsPerPersonPerRound)}`, award.applicationsPerPersonPerRound)]
        : []),
      ...(award.schedule ? [citedItem(`held: every ${award.schedule.every}`, award.schedule)] : []),
    ]),
    ...section(
      "### Consequences",
      award.consequences.map((consequence) =>
        consequence.when
          ? citedItem(`${code(consequence.id)} ${bilingual(consequence.label)}: ${bilingual(consequence.effect)} when`, consequence, [], [conditionItem(consequence.when, scope)])
          : citedItem(
              `${code(consequence.id)} ${bilingual(consequence.label)}: ${bilingual(consequence.effect)} for ${(consequence.grades ?? []).map(grade).join(", ")}`,
              consequence,
            ),
      ),
    ),
    ...section(
      "### Benefits of a placed candidate",
      award.benefits.map((benefit) => citedItem(`${code(benefit.id)} ${bilingual(benefit.label)}: ${bilingual(benefit.effect)}`, benefit)),
    ),
    ...section(
      "### Deadlines",
      award.deadlines.map((deadline) => citedItem(`deadline ${code(deadline.id)} ${bilingual(deadline.label)}: ${describeDeadline(deadline)}`, deadline)),
    ),
    ...section("### After the round", award.afterRound ? afterRoundItems(award.afterRound) : []),
    ...section("### Notes", noteItems(award.notes)),
  ];
}
