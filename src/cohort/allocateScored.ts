import type { CompiledScoredAward } from "../compile/compileScored.js";
import { AwardRulesError } from "../errors/AwardRulesError.js";
import { quotaPlaces } from "../evaluate/quota.js";
import type { BilingualText } from "../schema/primitives.js";
import type { ScoredEntry } from "./entries.js";
import { limitPerUnit } from "./limitPerUnit.js";
import { compareBy, namedIn, ordinal, rankGroups } from "./ranking.js";
import { addReason } from "./reasons.js";
import type { CohortOptions, CohortResult, RoundTie } from "./types.js";

function bucketOf(compiled: CompiledScoredAward, entry: ScoredEntry): string {
  const quota = compiled.award.quota;
  if (quota?.kind === "perCategory") return entry.category ?? "(no category)";
  if (quota?.kind === "share" && quota.per === "department") return entry.department ?? "(no department)";
  return "all";
}

function placesFor(compiled: CompiledScoredAward, bucket: string, cohortSize: number, options: CohortOptions): number {
  const quota = compiled.award.quota;
  if (quota === undefined) return Number.POSITIVE_INFINITY;
  if (quota.kind === "perCategory") return quota.counts.find((count) => count.category === bucket)?.value ?? 0;
  if (quota.kind !== "share") return quotaPlaces(quota, cohortSize);
  const population = quota.per === "department" ? options.populations?.byDepartment?.[bucket] : (options.populations?.total ?? cohortSize);
  if (population === undefined) {
    throw new AwardRulesError([
      {
        code: "invalid_option",
        path: ["populations", "byDepartment", bucket],
        message: `the ${quota.share * 100}% quota of ${compiled.award.id} needs the headcount of department ${bucket}`,
      },
    ]);
  }
  return quotaPlaces(quota, population);
}

function tieOf(key: string, level: number | null, places: number, run: ScoredEntry[], what: BilingualText, citation: string): RoundTie {
  const ids = run.map((entry) => entry.id);
  const named = namedIn(ids);
  return {
    key,
    level,
    places,
    candidates: ids,
    alsoFromTies: [],
    reason: {
      zh: `排序无法区分的 ${run.length} 名（${named.zh}）争 ${places} 个${what.zh}：暂定，由评审委员会决定 (${citation})`,
      en: `${run.length} contenders the ranking cannot separate (${named.en}) for ${places} place(s) in ${what.en}: provisional — the committee decides (${citation})`,
    },
    citation,
  };
}

/**
 * Gives out a scored award's places: unit nominee limits first (篇14: 2 per unit, the best
 * ranked kept), then, in each bucket (the whole round, a category, or a department for a share
 * quota), the ranked contenders up to the bucket's places. With grade bands the quota limits the
 * top grade (篇11: 优秀 at most 12%): those beyond it get the next grade. Contenders the ranking
 * cannot separate at a cut are placed `provisional` and the tie is listed. Reasons say where the
 * quota decided, with the cut score.
 *
 * @example
 * ```ts
 * const { quotas, ties } = allocateScored(compiledAward, entries, options, cohortSize);
 * ```
 */
export function allocateScored(
  compiled: CompiledScoredAward,
  entries: ScoredEntry[],
  options: CohortOptions,
  cohortSize: number,
): { quotas: CohortResult["quotas"]; ties: RoundTie[] } {
  const { award } = compiled;
  const compare = compareBy(compiled.ranking);
  const ties: RoundTie[] = [];
  const nominees = award.nomineesPerUnit;
  if (nominees !== undefined) {
    limitPerUnit(entries, (entry) => entry.department ?? "(no unit)", () => nominees.value, compare, ties, `${nominees.source.document} ${nominees.source.clause}`);
  }
  const topBand = award.grades?.bands[0];
  const nextBand = award.grades?.bands[1];
  const contenders = entries.filter((entry) =>
    topBand ? entry.placement.status === "placed" && entry.placement.grade === topBand.grade : entry.placement.status === "placed",
  );
  const buckets = new Map<string, ScoredEntry[]>();
  for (const entry of contenders) {
    const bucket = bucketOf(compiled, entry);
    let group = buckets.get(bucket);
    if (group === undefined) buckets.set(bucket, (group = []));
    group.push(entry);
  }
  const quotaSource = award.quota?.source ?? award.source;
  const citation = `${quotaSource.document} ${quotaSource.clause}`;
  const what: BilingualText = topBand ? { zh: topBand.label.zh, en: topBand.label.en } : { zh: award.label.zh, en: award.label.en };
  const quotas: CohortResult["quotas"] = [];
  for (const [bucket, group] of [...buckets].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const places = placesFor(compiled, bucket, cohortSize, options);
    const runs = rankGroups(group, (entry) => entry, compare);
    let left = places;
    let position = 1;
    let cut: number | null = null;
    for (const run of runs) {
      const where = {
        zh: `${ordinal(position).zh}（${bucket === "all" ? "" : `${bucket} `}${what.zh}候选 ${group.length} 名，名额 ${Number.isFinite(places) ? places : "不限"} 名）`,
        en: `${ordinal(position).en} of ${group.length} ${what.en} contenders${bucket === "all" ? "" : ` in ${bucket}`}; ${Number.isFinite(places) ? places : "unlimited"} place(s)`,
      };
      for (const entry of run) {
        entry.placement.bucket = bucket;
        entry.placement.rank = position;
      }
      if (run.length <= left) {
        const placed = { zh: `${where.zh}：入选`, en: `${where.en}: placed` };
        for (const entry of run) addReason(entry.placement, placed);
        cut = run[0]!.score;
        left -= run.length;
      } else if (left === 0) {
        const over =
          topBand && nextBand
            ? { zh: `${where.zh}：超出比例，等次定为${nextBand.label.zh}`, en: `${where.en}: over the quota, graded ${nextBand.label.en}` }
            : { zh: `${where.zh}：名额已满，未入选`, en: `${where.en}: quota full, not placed` };
        for (const entry of run) {
          if (topBand && nextBand) entry.placement.grade = nextBand.grade;
          else entry.placement.status = "notPlaced";
          addReason(entry.placement, over);
        }
      } else {
        const tie = tieOf(bucket === "all" ? award.id : bucket, null, left, run, what, citation);
        ties.push(tie);
        const tied = {
          zh: `${where.zh}：${tie.reason.zh}${topBand && nextBand ? `；未入选者等次定为${nextBand.label.zh}` : ""}`,
          en: `${where.en}: ${tie.reason.en}${topBand && nextBand ? `; those not placed are graded ${nextBand.label.en}` : ""}`,
        };
        for (const entry of run) {
          entry.placement.status = "provisional";
          addReason(entry.placement, tied);
        }
        cut = run[0]!.score;
        left = 0;
      }
      position += run.length;
    }
    quotas.push({
      key: bucket,
      quota: Number.isFinite(places) ? places : null,
      placed: Math.min(places, group.length),
      cut: cut === null ? null : String(cut),
    });
  }
  return { quotas, ties };
}
