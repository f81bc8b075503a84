import type { Rulebook, Bonus, ScoredAward } from "../schema/rulebookTypes.js";
import { amount, describeAllocation, describeBounds, describeDeadline, describeQuota } from "./describe.js";
import { code, escapeText, pageWords, renderList, type ListItem, type PageWords } from "./markdown.js";
import { afterRoundItems, candidacyItems, noteItems, section } from "./renderAward.js";
import { conditionItem, describeFact, type ConditionScope } from "./renderCondition.js";

type Rubric = NonNullable<ScoredAward["rubric"]>;

const sum = (values: number[]): number => Number(values.reduce((total, value) => total + value, 0).toFixed(6));

function rubricItems(rubric: Rubric, words: PageWords): ListItem[] {
  const total = sum(rubric.sections.flatMap((entry) => entry.items.map((item) => item.max)));
  const sections = rubric.sections.map((entry) => {
    const items = entry.items.map((item) => words.cited(words.say("page.rubricItem", { id: code(item.id), label: words.label(item.label), max: item.max }), item));
    const text = words.say("page.printedVersus", { printed: entry.printedMax, computed: sum(entry.items.map((item) => item.max)) });
    return words.cited(words.say("page.rubricSection", { id: code(entry.id), label: words.label(entry.label), text }), entry, [], items);
  });
  return [words.cited(words.say("page.rubric", { text: words.say("page.printedVersus", { printed: rubric.printedTotal, computed: total }) }), rubric, [], sections)];
}

function bonusItem(bonus: Bonus, scope: ConditionScope, words: PageWords): ListItem {
  const named = { id: code(bonus.id), label: words.label(bonus.label) };
  if (bonus.kind === "deploymentSet") return words.cited(words.say("page.bonusSet", named), bonus);
  const counted = describeFact(bonus.fact, bonus.params, undefined, scope);
  return words.cited(words.say("page.bonusCounted", { ...named, points: bonus.pointsPerUnit, counted, cap: bonus.cap }), bonus);
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
export function renderScoredAward(award: ScoredAward, rulebook: Rulebook, words: PageWords = pageWords("en")): string[] {
  const scope: ConditionScope = { rulebook, words };
  const bilingual = words.label;
  const cited = words.cited;
  const say = words.say;
  const grade = (id: string): string => {
    const band = award.grades?.bands.find((entry) => entry.grade === id);
    return say("page.grade", { grade: code(id), label: band === undefined ? undefined : bilingual(band.label) });
  };
  const amountOf = (what: string, quantity: { value: number; unit: string }): string => say("page.amountOf", { what, amount: amount(quantity, words) });
  const composite = award.composite;
  return [
    `## Scored award ${code(award.id)}: ${bilingual(award.label)}`,
    renderList([cited(say("page.scoredAward", { id: code(award.id), kind: code(award.candidateKind) }), award)]).join("\n"),
    ...section(
      "### Categories",
      (award.categories ?? []).map((entry) => cited(say("page.named", { what: "category", id: code(entry.id), label: bilingual(entry.label) }), entry)),
    ),
    ...section("### Audience (who the award covers)", award.audience ? [conditionItem(award.audience, scope)] : []),
    ...section("### Eligibility", award.eligibility ? [conditionItem(award.eligibility, scope)] : []),
    ...section("### Vetoes (any one disqualifies)", [
      ...award.vetoes.map((veto) => conditionItem(veto, scope)),
      ...(award.whenVetoed ? [cited(say("page.vetoed", { grade: grade(award.whenVetoed.grade) }), award.whenVetoed)] : []),
    ]),
    ...section("### Rubric", award.rubric ? rubricItems(award.rubric, words) : []),
    ...section(
      "### Bonuses",
      award.bonuses.map((bonus) => bonusItem(bonus, scope, words)),
    ),
    ...section(
      "### Composite",
      composite
        ? [
            cited(
              say("page.composite", { total: sum(composite.components.map((component) => component.weight)) }),
              composite,
              [],
              composite.components.map((component) =>
                cited(say("page.component", { id: code(component.id), label: bilingual(component.label), weight: component.weight, max: component.max }), component),
              ),
            ),
          ]
        : [],
    ),
    ...section(
      "### Grades",
      award.grades
        ? [
            cited(
              say("page.grades", { rounded: award.grades.scoreRounding === "halfUpToWhole" }),
              award.grades,
              [],
              award.grades.bands.map((band) => cited(say("page.band", { grade: grade(band.grade), bounds: describeBounds(band, words), printed: escapeText(band.printed) }), band)),
            ),
          ]
        : [],
    ),
    ...section(
      "### Grade caps",
      award.gradeCaps.map((cap) =>
        cited(say("page.cap", { id: code(cap.id), label: bilingual(cap.label), grade: grade(cap.highestGrade) }), cap, [], [conditionItem(cap.when, scope)]),
      ),
    ),
    ...section(
      "### Forced grades",
      award.forcedGrades.map((forced) =>
        cited(say("page.forced", { id: code(forced.id), label: bilingual(forced.label), grade: grade(forced.grade) }), forced, [], [conditionItem(forced.when, scope)]),
      ),
    ),
    ...section("### Who competes and who decides", candidacyItems(award, words)),
    ...section("### Places", [
      ...(award.quota ? [cited(say("page.quota", { kind: code(award.quota.kind), text: describeQuota(award.quota, words) }), award.quota)] : []),
      ...(award.allocation ? [cited(say("page.amountOf", { what: "allocation", amount: describeAllocation(award.allocation, words) }), award.allocation)] : []),
      ...(award.nomineesPerUnit ? [cited(amountOf("nominees per unit", award.nomineesPerUnit), award.nomineesPerUnit)] : []),
      ...(award.prize ? [cited(amountOf("prize", award.prize), award.prize)] : []),
      ...(award.applicationsPerPersonPerRound ? [cited(amountOf("applications per candidate", award.applicationsPerPersonPerRound), award.applicationsPerPersonPerRound)] : []),
      ...(award.schedule ? [cited(say("page.every", { what: "held", every: award.schedule.every }), award.schedule)] : []),
    ]),
    ...section(
      "### Consequences",
      award.consequences.map((consequence) =>
        consequence.when
          ? cited(
              say("page.consequence", { id: code(consequence.id), label: bilingual(consequence.label), effect: bilingual(consequence.effect), grades: undefined }),
              consequence,
              [],
              [conditionItem(consequence.when, scope)],
            )
          : cited(
              say("page.consequence", {
                id: code(consequence.id),
                label: bilingual(consequence.label),
                effect: bilingual(consequence.effect),
                grades: (consequence.grades ?? []).map(grade).join(words.language === "zh" ? "、" : ", "),
              }),
              consequence,
            ),
      ),
    ),
    ...section(
      "### Benefits of a placed candidate",
      award.benefits.map((benefit) => cited(say("page.effect", { id: code(benefit.id), label: bilingual(benefit.label), effect: bilingual(benefit.effect) }), benefit)),
    ),
    ...section(
      "### Deadlines",
      award.deadlines.map((deadline) =>
        cited(say("page.deadline", { id: code(deadline.id), label: bilingual(deadline.label), text: describeDeadline(deadline, words) }), deadline),
      ),
    ),
    ...section("### After the round", award.afterRound ? afterRoundItems(award.afterRound, words) : []),
    ...section("### Notes", noteItems(award.notes, words)),
  ];
}
