import type { CompiledRulebook } from "../compile/compileRulebook.js";
import type { Issue } from "../errors/AwardRulesError.js";
import { issueOf } from "../messages/issueOf.js";
import { describeValue } from "../text/describeValue.js";
import { nearest } from "../text/nearest.js";

/** An award by id with its name. */
type Named = { id: string; label: { zh: string; en: string } };

const named = (entries: readonly { award: { id: string; label: { zh: string; en: string } } }[]): Named[] =>
  entries.map((entry) => ({ id: entry.award.id, label: { zh: entry.award.label.zh, en: entry.award.label.en } }));

/** The id nearest to the one given, among the awards offered. */
const nearestId = (given: unknown, awards: Named[]): string | undefined =>
  typeof given === "string" && awards.length > 0
    ? nearest(
        given,
        awards.map((entry) => entry.id),
        1,
      )[0]
    : undefined;

/**
 * The `unknown_award` issue for an award id a rulebook lacks (or for no id, when the rulebook has
 * no award of the kind asked), in both languages: the valid ids with their names, the nearest
 * first, and, when the id names an award of the other kind, which function evaluates it.
 *
 * @example
 * ```ts
 * unknownAwardIssue(compiled, "modelpost", "level").message;
 * // 'no level award "modelpost" in rulebook model-post-000; did you mean model-post? (level awards: model-post (…))'
 * ```
 */
export function unknownAwardIssue(compiled: CompiledRulebook, given: unknown, kind: "level" | "scored"): Issue {
  const level = named(compiled.awards);
  const scored = named(compiled.scoredAwards);
  const wanted = kind === "level" ? level : scored;
  const other = kind === "level" ? scored : level;
  return issueOf("unknown_award", ["award"], "award.unknown", {
    kind,
    rulebook: compiled.rulebook.id,
    title: compiled.rulebook.title.zh,
    got: given === undefined ? undefined : describeValue(given),
    given: given === undefined ? undefined : String(given),
    near: nearestId(given, wanted),
    otherKind: typeof given === "string" && other.some((entry) => entry.id === given),
    wanted,
    other,
  });
}

/**
 * The `unknown_award` issue for an award id a rulebook lacks where either kind would do (a round, a
 * list of inputs): the rulebook's name, the nearest id, and every award with its name.
 *
 * @example
 * ```ts
 * unknownAnyAwardIssue(compiled, "best-sweeper").zh; // "《…》中没有奖项“best-sweeper”；是否要填 `excellent-cleaner`？（可用的奖项：`excellent-cleaner`（优秀保洁员））"
 * ```
 */
export function unknownAnyAwardIssue(compiled: CompiledRulebook, given: unknown): Issue {
  const awards = named([...compiled.awards, ...compiled.scoredAwards]);
  return issueOf("unknown_award", ["award"], "award.unknownAny", {
    got: describeValue(given),
    given: given === undefined ? undefined : String(given),
    rulebook: compiled.rulebook.id,
    title: compiled.rulebook.title.zh,
    near: nearestId(given, awards),
    awards,
  });
}

/**
 * The `unknown_category` issue for a category an award lacks: the award's categories with their names.
 *
 * @example
 * ```ts
 * unknownCategoryIssue(award, "staf").zh; // "优质服务示范岗没有类别“staf”（可用的类别：`party`（党员示范岗）、…）"
 * ```
 */
export function unknownCategoryIssue(award: { id: string; label: Named["label"]; categories: readonly { id: string; label: Named["label"] }[] }, given: unknown): Issue {
  return issueOf("unknown_category", ["category"], "award.noCategory", {
    award: award.id,
    awardZh: award.label.zh,
    got: describeValue(given),
    given: String(given),
    categories: award.categories.map((category) => ({ id: category.id, label: { zh: category.label.zh, en: category.label.en } })),
  });
}
