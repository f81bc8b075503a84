import type { Award } from "../schema/rulebook.js";
import { compareBy, ordinal, type RankKeys } from "./ranking.js";
import type { CohortResult, Placement } from "./types.js";

/** A qualifier of a level award: rank keys, the levels passed (highest first) and its placement. */
export interface LevelEntry {
  keys: RankKeys;
  passing: number[];
  placement: Placement;
}

/**
 * Gives out a level award's places (000 §六(二): at most 12, at most 3 / 4 / 5 by level). Levels
 * are filled highest first; at each level its contenders (those whose highest open level it is)
 * are ranked and the first ones placed, up to the level's quota and what is left of the round's.
 * The others move to the highest lower level they also passed (`placeAtLowerLevel`) or are left
 * out (`leaveOut`). Every step is written into the placement's reasons.
 *
 * @example
 * ```ts
 * allocateLevels(award, entries, "placeAtLowerLevel");
 * ```
 */
export function allocateLevels(award: Award, entries: LevelEntry[], whenLevelFull: "placeAtLowerLevel" | "leaveOut"): CohortResult["quotas"] {
  const compare = compareBy(award.allocation.ranking);
  const levels = [...award.levels].sort((a, b) => a.level - b.level);
  let roundLeft = award.roundQuota.value;
  const target = new Map<LevelEntry, number>(entries.map((entry) => [entry, 0]));
  const quotas: CohortResult["quotas"] = [];
  for (const level of levels) {
    const contenders = entries
      .filter((entry) => entry.placement.status !== "placed" && entry.passing[target.get(entry) ?? 0] === level.level)
      .sort((a, b) => compare(a.keys, b.keys));
    const room = Math.min(level.quota.value, roundLeft);
    let lastPlaced: LevelEntry | undefined;
    contenders.forEach((entry, index) => {
      const position = ordinal(index + 1);
      const where = {
        zh: `${position.zh}（${level.label.zh}竞争者共 ${contenders.length} 名）；${level.label.zh}限 ${level.quota.value} 名${room < level.quota.value ? `，本轮余额 ${room} 名` : ""}`,
        en: `${position.en} of ${contenders.length} level-${level.level} contenders; level ${level.level} holds ${level.quota.value}${room < level.quota.value ? `, ${room} left in the round` : ""}`,
      };
      const placement = entry.placement;
      placement.rank = index + 1;
      if (index < room) {
        placement.status = "placed";
        placement.level = level.level;
        placement.reasons.push({ zh: `${where.zh}；获评${level.label.zh}`, en: `${where.en}; placed at level ${level.level}` });
        lastPlaced = entry;
        return;
      }
      const next = whenLevelFull === "placeAtLowerLevel" ? (target.get(entry) ?? 0) + 1 : entry.passing.length;
      const lower = entry.passing[next];
      if (lower !== undefined) {
        target.set(entry, next);
        placement.reasons.push({ zh: `${where.zh}；名额已满，转入${lower}级`, en: `${where.en}; level full, moved to level ${lower}` });
      } else {
        target.set(entry, entry.passing.length);
        placement.status = "notPlaced";
        placement.reasons.push({
          zh: `${where.zh}；名额已满${whenLevelFull === "leaveOut" ? "，按设置不转入低一级" : "，且无其他符合条件的较低等级"}，未获评`,
          en: `${where.en}; level full${whenLevelFull === "leaveOut" ? " and the setting leaves qualifiers out" : " and no lower level passed"}: not placed`,
        });
      }
    });
    const placedHere = Math.min(room, contenders.length);
    roundLeft -= placedHere;
    quotas.push({
      key: `level ${level.level}`,
      quota: level.quota.value,
      placed: placedHere,
      cut: contenders.length > room && lastPlaced ? `last placed ${lastPlaced.keys.id} (${ordinal(contenders.indexOf(lastPlaced) + 1).en} of ${contenders.length})` : null,
    });
  }
  return quotas;
}
