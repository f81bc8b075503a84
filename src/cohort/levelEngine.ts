import { NOT_PLACED, PLACED_AT, REFUSED, STANDS_PENDING } from "./outcomes.js";
import { compositions, cutByLimit, Exploration, rankRuns, sizeOf, splitTie, tieClasses, type Part } from "./parts.js";
import type { Units } from "./units.js";

/** What a level award's allocation needs: its levels and limits, and the outcomes the committee fixed. */
export interface LevelPlan {
  /** The levels, highest first, with their quotas (`Infinity`: none). */
  levels: readonly { level: number; quota: number }[];
  roundQuota: number;
  whenLevelFull: "placeAtLowerLevel" | "leaveOut";
  /** The number of applications each department may make (000 §五(一)); undefined: no limit. */
  groupLimit: ((group: string) => number | undefined) | undefined;
  /** Units whose outcome the committee decided (`PLACED_AT + level position`, or `NOT_PLACED`). */
  fixed: ReadonlyMap<number, number>;
  /** Whether two units rank equal (a tie). */
  same: (a: number, b: number) => boolean;
}

/** What the first way through the ties saw: each unit's position at each level and at its group's limit, and each level's contenders and room. */
export interface FirstWay {
  /** Unit × level position: its place (1-based) among the level's contenders; 0: not there. */
  positions: Int32Array;
  contenders: number[];
  rooms: number[];
  /** Places given at each level (the committee's own decisions aside). */
  placed: number[];
  /** Per unit, its place among its group's applications at the limit (0: no limit met). */
  groupPositions: Int32Array;
  groupCounts: Map<string, number>;
}

/**
 * Gives out a level award's places over every way the committee may break the ties (000 §六(二):
 * at most 3 / 4 / 5 by level, 12 in all; §五(一): each department's yearly number of
 * applications). For one strict order the allocation is: each department's applications beyond
 * its number refused by rank; then the levels highest first, each placing its contenders in rank
 * order up to its quota and what is left of the round's, those it has no room for moving to the
 * highest lower level they passed (`placeAtLowerLevel`) or left out. The ranking leaves ties; each
 * way to break them is worked through, with interchangeable contenders counted rather than named,
 * so a unit's outcomes are exactly those some way gives it: one, and it is settled whatever the
 * committee decides; several, and it is provisional.
 *
 * @example
 * ```ts
 * const { exploration, first } = exploreLevels(units, plan);
 * exploration.outcomes.of(0); // [10]: placed at the highest level, whatever the ties
 * ```
 */
export function exploreLevels(units: Units, plan: LevelPlan): { exploration: Exploration; first: FirstWay } {
  const exploration = new Exploration(units.count);
  const levelCount = plan.levels.length;
  const first: FirstWay = {
    positions: new Int32Array(units.count * levelCount),
    contenders: new Array<number>(levelCount).fill(0),
    rooms: new Array<number>(levelCount).fill(0),
    placed: new Array<number>(levelCount).fill(0),
    groupPositions: new Int32Array(units.count),
    groupCounts: new Map(),
  };
  const quotas = plan.levels.map((entry) => entry.quota);
  let roundLeft = plan.roundQuota;
  const fixedInGroup = new Map<string, number>();
  const parts: Part[] = [];
  for (let unit = 0; unit < units.count; unit += 1) {
    const size = units.sizeOf(unit);
    const outcome = plan.fixed.get(unit);
    const group = units.traits[unit]!.group;
    if (outcome !== undefined) {
      exploration.outcomes.mark(unit, outcome);
      if (outcome >= PLACED_AT) {
        quotas[outcome - PLACED_AT] = Math.max(0, (quotas[outcome - PLACED_AT] as number) - size);
        roundLeft = Math.max(0, roundLeft - size);
      }
      if (group !== null) fixedInGroup.set(group, (fixedInGroup.get(group) ?? 0) + size);
      continue;
    }
    parts.push({ at: unit, unit, origins: [unit], size, step: 0 });
  }
  const groups = plan.groupLimit === undefined ? [] : [...new Set(parts.map((part) => units.traits[part.unit]!.group ?? ""))].sort();
  const same = (a: Part, b: Part): boolean => plan.same(a.unit, b.unit);
  const groupOf = (part: Part): string => units.traits[part.unit]!.group ?? "";
  const isPending = (part: Part): boolean => units.traits[part.unit]!.kind === "pending";

  const atGroup = (index: number, live: Part[], isFirst: boolean): void => {
    if (index === groups.length) {
      // pending applications that stand count at their department only; they compete for nothing
      const contenders: Part[] = [];
      for (const part of live) {
        if (isPending(part)) exploration.mark(part, STANDS_PENDING);
        else contenders.push(part);
      }
      atLevel(0, contenders, roundLeft, quotas, isFirst);
      return;
    }
    const group = groups[index] as string;
    const limit = plan.groupLimit?.(group);
    const inGroup = live.filter((part) => groupOf(part) === group);
    if (isFirst) first.groupCounts.set(group, sizeOf(inGroup));
    if (limit === undefined || sizeOf(inGroup) <= limit - (fixedInGroup.get(group) ?? 0)) {
      atGroup(index + 1, live, isFirst);
      return;
    }
    const cut = cutByLimit(inGroup, Math.max(0, limit - (fixedInGroup.get(group) ?? 0)), same, exploration, isFirst ? first.groupPositions : undefined);
    const { tied, left } = cut;
    const standing = [...live.filter((part) => groupOf(part) !== group), ...cut.standing];
    if (tied === undefined) {
      atGroup(index + 1, byRank(standing), isFirst);
      return;
    }
    exploration.tie(`${group} limit`, null, group, left, tied);
    const classes = tieClasses(tied, (part) => `${isPending(part)}|${units.passing[part.unit]!.join(",")}`);
    let firstWay = isFirst;
    for (const counts of compositions(classes, left)) {
      if (!firstWay && !exploration.branch()) break;
      const { winners, losers } = splitTie(classes, counts);
      for (const part of losers) exploration.mark(part, REFUSED);
      atGroup(index + 1, byRank([...standing, ...winners]), firstWay);
      firstWay = false;
    }
  };

  const atLevel = (index: number, live: Part[], roundRoom: number, quotaLeft: readonly number[], isFirst: boolean): void => {
    if (index === levelCount) {
      for (const part of live) exploration.mark(part, NOT_PLACED);
      return;
    }
    const level = plan.levels[index]!.level;
    const room = Math.min(quotaLeft[index] as number, roundRoom);
    const here = live.filter((part) => units.passing[part.unit]![part.step] === level);
    const rest = live.filter((part) => units.passing[part.unit]![part.step] !== level);
    if (isFirst) {
      first.contenders[index] = sizeOf(here);
      first.rooms[index] = room;
    }
    let left = room;
    let position = 1;
    const onward: Part[] = [...rest];
    const down = (part: Part): void => {
      const next = part.step + 1;
      if (plan.whenLevelFull === "placeAtLowerLevel" && next < units.passing[part.unit]!.length) onward.push({ ...part, step: next });
      else exploration.mark(part, NOT_PLACED);
    };
    let tied: Part[] | undefined;
    let tiedLeft = 0;
    for (const run of rankRuns(here, same)) {
      const size = sizeOf(run);
      if (isFirst) for (const part of run) for (const origin of part.origins) first.positions[origin * levelCount + index] = position;
      position += size;
      if (tied === undefined && size <= left) {
        for (const part of run) exploration.mark(part, PLACED_AT + index);
        left -= size;
      } else if (tied !== undefined || left === 0) {
        for (const part of run) down(part);
      } else {
        tied = run;
        tiedLeft = left;
        left = 0;
      }
    }
    const placed = room - left - tiedLeft;
    if (isFirst) first.placed[index] = placed + tiedLeft;
    if (tied === undefined) {
      atLevel(index + 1, byRank(onward), roundRoom - placed, quotaLeft, isFirst);
      return;
    }
    exploration.tie(`level ${level}`, level, null, tiedLeft, tied);
    const classes = tieClasses(tied, (part) => (plan.whenLevelFull === "leaveOut" ? "" : units.passing[part.unit]!.slice(part.step + 1).join(",")));
    let firstWay = isFirst;
    for (const counts of compositions(classes, tiedLeft)) {
      if (!firstWay && !exploration.branch()) break;
      const { winners, losers } = splitTie(classes, counts);
      for (const part of winners) exploration.mark(part, PLACED_AT + index);
      const next = [...onward];
      for (const part of losers) {
        const step = part.step + 1;
        if (plan.whenLevelFull === "placeAtLowerLevel" && step < units.passing[part.unit]!.length) next.push({ ...part, step });
        else exploration.mark(part, NOT_PLACED);
      }
      atLevel(index + 1, byRank(next), roundRoom - placed - tiedLeft, quotaLeft, firstWay);
      firstWay = false;
    }
  };

  atGroup(0, parts, true);
  return { exploration, first };
}

/** Parts in ranking order (their `at`: units are in ranking order). */
const byRank = (parts: Part[]): Part[] => parts.sort((a, b) => a.at - b.at);
