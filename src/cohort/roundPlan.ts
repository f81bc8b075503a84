import type { CompiledAward, CompiledRulebook } from "../compile/compileRulebook.js";
import type { CompiledScoredAward } from "../compile/compileScored.js";
import { AwardRulesError } from "../errors/AwardRulesError.js";
import { issueOf } from "../messages/issueOf.js";
import { quotaPlaces } from "../evaluate/quota.js";
import { unknownAnyAwardIssue } from "../evaluate/unknownAward.js";
import type { Allocation, Candidacy, Committee, BilingualText, Source } from "../schema/rulebookTypes.js";
import type { CohortOptions } from "./types.js";

/** A round's award and everything about it the round reads, with the rule file's defaults settled. */
export interface RoundPlan {
  awardId: string;
  label: BilingualText;
  level: CompiledAward | undefined;
  scored: CompiledScoredAward | undefined;
  ranking: Allocation["ranking"];
  candidacy: Candidacy | undefined;
  committee: Committee | undefined;
  /** Applications one person may make in the round, and the clause that says so. */
  perPerson: { value: number; source: Source | undefined };
  /** The clause the allocation cites. */
  citation: string;
}

const cite = (source: Source): string => `${source.document} ${source.clause}`;

/**
 * The award a round gives out (the `award` option, or the rulebook's first award) and its
 * settings: the ranking, who competes, what the committee decides, how many applications a person
 * may make. An unknown award id is an `unknown_award` error listing the valid ones.
 *
 * @example
 * ```ts
 * const plan = roundPlan(bundledRulebook(), { award: "model-post" });
 * plan.awardId; // "model-post"
 * ```
 */
export function roundPlan(compiled: CompiledRulebook, options: Pick<CohortOptions, "award">): RoundPlan {
  const level = options.award === undefined ? compiled.awards[0] : compiled.awards.find((entry) => entry.award.id === options.award);
  const scored = level ? undefined : compiled.scoredAwards.find((entry) => entry.award.id === options.award);
  if (level === undefined && scored === undefined) {
    throw new AwardRulesError([unknownAnyAwardIssue(compiled, options.award)]);
  }
  const award = level?.award ?? scored!.award;
  const perPerson = award.applicationsPerPersonPerRound;
  const allocationSource = award.allocation?.source ?? award.source;
  return {
    awardId: award.id,
    label: award.label,
    level,
    scored,
    ranking: level?.ranking ?? scored!.ranking,
    candidacy: award.candidacy,
    committee: award.committee,
    perPerson: { value: perPerson?.value ?? 1, source: perPerson?.source },
    citation: cite(allocationSource),
  };
}

/**
 * The places of a scored award's bucket: no quota, no limit; a count; a category's count (0 for a
 * category the quota does not name); a share of the bucket's department headcount, or of the
 * round's (the `populations` option, else the number of candidates). A share whose headcount is
 * missing is an `invalid_option` error naming the department.
 *
 * @example
 * ```ts
 * bucketPlaces(scored, "catering", 30, { byDepartment: { catering: 19 } }); // 1 (10% of 19, rounded down)
 * ```
 */
export function bucketPlaces(scored: CompiledScoredAward, bucket: string, candidates: number, populations: CohortOptions["populations"]): number {
  const quota = scored.award.quota;
  if (quota === undefined) return Number.POSITIVE_INFINITY;
  if (quota.kind === "perCategory") return quota.counts.find((count) => count.category === bucket)?.value ?? 0;
  if (quota.kind !== "share") return quotaPlaces(quota, candidates);
  const population = quota.per === "department" ? populations?.byDepartment?.[bucket] : (populations?.total ?? candidates);
  if (population === undefined) {
    throw new AwardRulesError([
      issueOf("invalid_option", ["populations", "byDepartment", bucket], "round.needsHeadcount", {
        percent: quota.share * 100,
        award: scored.award.id,
        awardZh: scored.award.label.zh,
        department: bucket,
      }),
    ]);
  }
  return quotaPlaces(quota, population);
}

/**
 * The bucket a scored award's candidate competes in: its category for a quota per category, its
 * department for a share per department, else the whole round (`all`).
 *
 * @example
 * ```ts
 * bucketOf(scored, { category: "property", department: "property" }); // "property"
 * ```
 */
export function bucketOf(scored: CompiledScoredAward, candidate: { category: string | null; department: string | null }): string {
  const quota = scored.award.quota;
  if (quota?.kind === "perCategory") return candidate.category ?? "(no category)";
  if (quota?.kind === "share" && quota.per === "department") return candidate.department ?? "(no department)";
  return "all";
}
