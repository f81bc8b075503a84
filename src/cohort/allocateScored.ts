import { AwardRulesError } from "../errors/AwardRulesError.js";
import { quotaPlaces } from "../evaluate/quota.js";
import type { ScoredAward } from "../schema/scoring.js";
import { compareBy, ordinal, type RankKeys } from "./ranking.js";
import type { CohortOptions, CohortResult, Placement } from "./types.js";

/** A scored candidate in a round: rank keys, department, category, and its placement. */
export interface ScoredEntry {
  keys: RankKeys;
  department: string | null;
  category: string | null;
  placement: Placement;
}

function bucketOf(award: ScoredAward, entry: ScoredEntry): string {
  const quota = award.quota;
  if (quota?.kind === "perCategory") return entry.category ?? "(no category)";
  if (quota?.kind === "share" && quota.per === "department") return entry.department ?? "(no department)";
  return "all";
}

function placesFor(award: ScoredAward, bucket: string, cohortSize: number, options: CohortOptions): number {
  const quota = award.quota;
  if (quota === undefined) return Number.POSITIVE_INFINITY;
  if (quota.kind === "perCategory") return quota.counts.find((count) => count.category === bucket)?.value ?? 0;
  if (quota.kind !== "share") return quotaPlaces(quota, cohortSize);
  const population = quota.per === "department" ? options.populations?.byDepartment?.[bucket] : (options.populations?.total ?? cohortSize);
  if (population === undefined) {
    throw new AwardRulesError([
      { code: "invalid_option", path: ["populations", "byDepartment", bucket], message: `the ${quota.share * 100}% quota of ${award.id} needs the headcount of department ${bucket}` },
    ]);
  }
  return quotaPlaces(quota, population);
}

/**
 * Gives out a scored award's places: unit nominee limits first (篇14: 2 per unit, the best
 * ranked kept), then, in each bucket (the whole round, a category, or a department for a share
 * quota), the ranked contenders up to the bucket's places. With grade bands the quota limits the
 * top grade (篇11: 优秀 at most 12%): those beyond it get the next grade. Reasons say where the
 * quota decided, with the cut score.
 *
 * @example
 * ```ts
 * allocateScored(award, entries, options, cohortSize);
 * ```
 */
export function allocateScored(award: ScoredAward, entries: ScoredEntry[], options: CohortOptions, cohortSize: number): CohortResult["quotas"] {
  const ranking = award.allocation?.ranking ?? [{ by: "score" as const }, { by: "committeeRank" as const }, { by: "id" as const }];
  const compare = compareBy(ranking);
  const limit = award.nomineesPerUnit?.value;
  if (limit !== undefined) {
    const byUnit = new Map<string, ScoredEntry[]>();
    for (const entry of entries) byUnit.set(entry.department ?? "(no unit)", [...(byUnit.get(entry.department ?? "(no unit)") ?? []), entry]);
    for (const [unit, group] of byUnit) {
      group.sort((a, b) => compare(a.keys, b.keys)).slice(limit).forEach((entry) => {
        entry.placement.status = "refused";
        entry.placement.reasons.push({
          zh: `${unit} 报送 ${group.length} 名候选人，超过每单位 ${limit} 名，按排名不予受理`,
          en: `${unit} put forward ${group.length} candidates, more than ${limit} per unit; refused by rank`,
        });
      });
    }
  }
  const topBand = award.grades?.bands[0];
  const nextGrade = award.grades?.bands[1]?.grade ?? null;
  const contenders = entries.filter((entry) =>
    topBand ? entry.placement.status === "placed" && entry.placement.grade === topBand.grade : entry.placement.status === "placed",
  );
  const buckets = new Map<string, ScoredEntry[]>();
  for (const entry of contenders) buckets.set(bucketOf(award, entry), [...(buckets.get(bucketOf(award, entry)) ?? []), entry]);
  const quotas: CohortResult["quotas"] = [];
  for (const [bucket, group] of [...buckets].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    group.sort((a, b) => compare(a.keys, b.keys));
    const places = placesFor(award, bucket, cohortSize, options);
    const cut = group[Math.min(places, group.length) - 1]?.keys.score ?? null;
    group.forEach((entry, index) => {
      const placement = entry.placement;
      const position = ordinal(index + 1);
      const what = topBand ? { zh: `${topBand.label.zh}`, en: topBand.label.en } : { zh: award.label.zh, en: award.label.en };
      const where = {
        zh: `${position.zh}（${bucket === "all" ? "" : `${bucket} `}${what.zh}候选 ${group.length} 名，名额 ${places} 名${cut !== null ? `，线 ${cut} 分` : ""}）`,
        en: `${position.en} of ${group.length} ${what.en} contenders${bucket === "all" ? "" : ` in ${bucket}`}; ${places} place(s)${cut !== null ? `, cut score ${cut}` : ""}`,
      };
      placement.bucket = bucket;
      placement.rank = index + 1;
      if (index < places) {
        placement.reasons.push({ zh: `${where.zh}：入选`, en: `${where.en}: placed` });
      } else if (topBand && nextGrade) {
        placement.grade = nextGrade;
        placement.reasons.push({ zh: `${where.zh}：超出比例，等次定为下一等`, en: `${where.en}: over the quota, graded ${nextGrade}` });
      } else {
        placement.status = "notPlaced";
        placement.reasons.push({ zh: `${where.zh}：名额已满，未入选`, en: `${where.en}: quota full, not placed` });
      }
    });
    quotas.push({ key: bucket, quota: places, placed: Math.min(places, group.length), cut: cut === null ? null : String(cut) });
  }
  return quotas;
}
