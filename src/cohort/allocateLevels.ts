import type { CompiledAward } from "../compile/compileRulebook.js";
import type { BilingualText } from "../schema/primitives.js";
import type { LevelEntry } from "./entries.js";
import { type RankKeys, compareBy, NAMED_IN_REASON, namedIn, ordinal, rankGroups } from "./ranking.js";
import { crowdedCandidates, withLazyCandidates } from "./tieCandidates.js";
import type { Crowd } from "./crowds.js";
import { addReason } from "./reasons.js";
import type { CohortResult, RoundTie } from "./types.js";

/**
 * Those left over from a tie at a higher level: `count` of the tied candidates (which ones, the
 * committee decides) who go on to the lower levels they all pass.
 */
interface LeftOver {
  kind: "leftOver";
  tie: RoundTie;
  keys: RankKeys;
  count: number;
  passing: readonly number[];
  members: LevelEntry[];
  /** The members the tie names (those it was made of, not those absorbed from a tie above). */
  named: LevelEntry[];
  /** Lower levels some but not all of the members pass: who arrives there is the committee's choice. */
  uncertain: number[];
  /** Where they went, in words, for the members' reasons. */
  fate: BilingualText[];
}

/** Past this many contenders at a level, the reasons of those beyond its places share one wording. */
const NAMED_POSITIONS = 1000;

/** What contends at a level: a qualifier (its own rank keys), or those left over from a tie above. */
type Unit = LevelEntry | LeftOver;
const sizeOf = (unit: Unit): number => (unit.kind === "level" ? (unit.crowd?.size ?? 1) : unit.count);
/** The id a unit sorts by within its group: a crowd's last member's, as if its members stood one by one. */
const lastIdOf = (unit: Unit): string => (unit.kind === "level" ? (unit.crowd?.lastId() ?? unit.id) : unit.keys.id);
const keysOf = (unit: Unit): RankKeys => (unit.kind === "level" ? unit : unit.keys);

const common = (lists: number[][]): number[] => (lists[0] ?? []).filter((level) => lists.every((list) => list.includes(level)));
const union = (lists: number[][]): number[] => [...new Set(lists.flat())].sort((a, b) => a - b);

/**
 * Gives out a level award's places (000 §六(二): at most 12, at most 3 / 4 / 5 by level). Levels
 * are filled highest first; at each level its contenders are ranked and placed up to the level's
 * quota and what is left of the round's. A qualifier the level has no room for moves to the
 * highest lower level they also passed (`placeAtLowerLevel`) or is left out (`leaveOut`).
 * Contenders the ranking cannot separate at the cut are not picked among: each is placed
 * `provisional` with the clause, the tie is listed (who, how many places), and those of them who
 * will not get the level go on, as a count, to the lower levels they all pass. Every step is
 * written into the placements' reasons.
 *
 * @example
 * ```ts
 * const { quotas, ties } = allocateLevels(compiledAward, entries, "placeAtLowerLevel");
 * ```
 */
export function allocateLevels(
  award: CompiledAward,
  entries: LevelEntry[],
  whenLevelFull: "placeAtLowerLevel" | "leaveOut",
): { quotas: CohortResult["quotas"]; ties: RoundTie[] } {
  const compare = compareBy(award.ranking);
  const labelOf = levelLabels(award);
  const source = award.award.allocation?.source ?? award.award.source;
  const citation = `${source.document} ${source.clause}`;
  let roundLeft = award.roundQuota;
  const leftOvers: LeftOver[] = [];
  const quotas: CohortResult["quotas"] = [];
  const ties: RoundTie[] = [];
  for (const level of award.levels) {
    const room = Math.min(level.quota, roundLeft);
    const units: Unit[] = entries.filter((entry) => !entry.settled && entry.passing[entry.target] === level.level);
    for (const leftOver of leftOvers) if (leftOver.count > 0 && leftOver.passing.includes(level.level)) units.push(leftOver);
    const contenders = units.reduce((total, unit) => total + sizeOf(unit), 0);
    const limit = Number.isFinite(level.quota) ? level.quota : null;
    const where = (position: number): BilingualText => ({
      zh: `${ordinal(position).zh}（${level.label.zh}竞争者共 ${contenders} 名）；${level.label.zh}${limit === null ? "不限名额" : `限 ${limit} 名`}${room < level.quota ? `，本轮余额 ${room} 名` : ""}`,
      en: `${ordinal(position).en} of ${contenders} level-${level.level} contenders; level ${level.level} ${limit === null ? "has no limit" : `holds ${limit}`}${room < level.quota ? `, ${room} left in the round` : ""}`,
    });
    const beyond: BilingualText = {
      zh: `${level.label.zh}竞争者共 ${contenders} 名；${level.label.zh}${limit === null ? "不限名额" : `限 ${limit} 名`}${room < level.quota ? `，本轮余额 ${room} 名` : ""}`,
      en: `one of ${contenders} level-${level.level} contenders; level ${level.level} ${limit === null ? "has no limit" : `holds ${limit}`}${room < level.quota ? `, ${room} left in the round` : ""}`,
    };
    const passedOver = new Map<string, BilingualText>();
    const unsure = leftOvers.filter((leftOver) => leftOver.uncertain.includes(level.level));
    let left = room;
    let position = 1;
    let lastPlaced: string | null = null;
    for (const group of rankGroups(units, keysOf, compare)) {
      const size = group.reduce((total, unit) => total + sizeOf(unit), 0);
      const displaceable = unsure.filter((leftOver) => compare(leftOver.keys, keysOf(group[0]!)) <= 0);
      if (size <= left) {
        for (let at = 0; at < group.length; at += 1) place(group[at]!, level.level, position, where(position), displaceable);
        let last = group[0]!;
        for (let index = 1; index < group.length; index += 1) if (lastIdOf(group[index]!) >= lastIdOf(last)) last = group[index]!;
        if (last.kind === "level") lastPlaced = `${lastIdOf(last)} (${ordinal(position + size - 1).en} of ${contenders})`;
        left -= size;
      } else if (left === 0) {
        // in a large round those beyond the places share one wording (their position is in `rank`)
        const at = contenders > NAMED_POSITIONS ? beyond : where(position);
        const words = contenders > NAMED_POSITIONS ? passedOver : undefined;
        for (let index = 0; index < group.length; index += 1) passOver(group[index]!, level.level, position, at, whenLevelFull, words ?? new Map());
      } else {
        const tie = tieAt(group, left, level.level, level.label, citation, labelOf);
        ties.push(tie);
        const named = group.filter((unit): unit is LevelEntry => unit.kind === "level");
        const absorbed = group.filter((unit): unit is LeftOver => unit.kind === "leftOver");
        const tied: BilingualText = { zh: `${where(position).zh}；${tie.reason.zh}`, en: `${where(position).en}; ${tie.reason.en}` };
        for (let index = 0; index < named.length; index += 1) {
          const entry = named[index]!;
          entry.settled = true;
          entry.placement.status = "provisional";
          entry.placement.rank = position;
          addReason(entry.placement, tied);
        }
        const members = [...named, ...absorbed.flatMap((leftOver) => leftOver.members)];
        for (const leftOver of absorbed) {
          leftOver.fate.push({ zh: `在${level.label.zh}再次并列（${tie.reason.zh}）`, en: `tied again at level ${level.level} (${tie.reason.en})` });
          leftOver.count = 0;
        }
        if (whenLevelFull === "placeAtLowerLevel") {
          // the members' levels below this one, once per distinct list of levels passed (lists are shared)
          const passingLists = new Set<readonly number[]>();
          for (let index = 0; index < members.length; index += 1) passingLists.add(members[index]!.passing);
          const lowerLevels = [...passingLists].map((passing) => passing.filter((passed) => passed > level.level));
          const sure = common(lowerLevels);
          const uncertain = union(lowerLevels).filter((passed) => !sure.includes(passed));
          leftOvers.push({ kind: "leftOver", tie, keys: keysOf(group[0]!), count: size - left, passing: sure, members, named, uncertain, fate: [] });
        }
        left = 0;
      }
      position += size;
    }
    const placedHere = room - left;
    roundLeft -= placedHere;
    quotas.push({
      key: `level ${level.level}`,
      quota: limit,
      placed: placedHere,
      cut: contenders > room && lastPlaced !== null ? `last placed ${lastPlaced}` : null,
    });
  }
  for (const leftOver of leftOvers) {
    const fate = leftOver.fate.length > 0 ? leftOver.fate : [{ zh: "无较低等级可入", en: "no lower level takes them" }];
    if (leftOver.count > 0 && leftOver.fate.length > 0) fate.push({ zh: `其余 ${leftOver.count} 名未获评`, en: `the other ${leftOver.count} are not placed` });
    // one reason for all the members the tie names (a large tie's members then share one list of reasons)
    const said: BilingualText = {
      zh: `未入选${labelOf(leftOver.tie.key)}者：${fate.map((part) => part.zh).join("；")}`,
      en: `those not placed at ${leftOver.tie.key}: ${fate.map((part) => part.en).join("; ")}`,
    };
    for (let index = 0; index < leftOver.named.length; index += 1) addReason(leftOver.named[index]!.placement, said);
  }
  return { quotas, ties };

  function place(unit: Unit, levelNumber: number, position: number, at: BilingualText, displaceable: LeftOver[]): void {
    if (unit.kind === "leftOver") {
      unit.fate.push({ zh: `${unit.count} 名获评${levelNumber}级`, en: `${unit.count} placed at level ${levelNumber}` });
      unit.count = 0;
      return;
    }
    const placement = unit.placement;
    unit.settled = true;
    placement.rank = position;
    if (displaceable.length > 0) {
      placement.status = "provisional";
      addReason(placement, {
        zh: `${at.zh}；可获评${levelNumber}级，但${displaceable.map((leftOver) => labelOf(leftOver.tie.key)).join("、")}并列中未入选者可能转入本级，须待评审委员会决定`,
        en: `${at.en}; placed at level ${levelNumber} unless those not placed in the tie at ${displaceable.map((leftOver) => leftOver.tie.key).join(", ")} come down to it: provisional — the committee decides`,
      });
      return;
    }
    placement.status = "placed";
    placement.level = levelNumber;
    addReason(placement, { zh: `${at.zh}；获评${levelNumber}级`, en: `${at.en}; placed at level ${levelNumber}` });
  }
}

/** A level's key (`level 2`) as its label says it in Chinese (二级示范岗). */
function levelLabels(award: CompiledAward): (key: string) => string {
  const labels = new Map(award.levels.map((level) => [`level ${level.level}`, level.label.zh]));
  return (key) => labels.get(key) ?? key;
}

function tieAt(group: Unit[], places: number, level: number, label: BilingualText, citation: string, labelOf: (key: string) => string): RoundTie {
  const singles: string[] = [];
  const crowds: Crowd[] = [];
  for (let index = 0; index < group.length; index += 1) {
    const unit = group[index]!;
    if (unit.kind !== "level") continue;
    if (unit.crowd === undefined) singles.push(unit.id);
    else crowds.push(unit.crowd);
  }
  // a crowd's members among the others, in id order as if each stood alone (made when read)
  const crowded = crowds.length > 0 ? crowdedCandidates(singles, crowds) : undefined;
  const total = crowded?.total ?? singles.length;
  const alsoFromTies: RoundTie["alsoFromTies"] = [];
  for (let index = 0; index < group.length; index += 1) {
    const unit = group[index]!;
    if (unit.kind === "leftOver") alsoFromTies.push({ key: unit.tie.key, count: unit.count });
  }
  const size = group.reduce((total, unit) => total + sizeOf(unit), 0);
  const others = alsoFromTies.map((entry) => ({ zh: `${labelOf(entry.key)}并列中未入选的 ${entry.count} 名`, en: `${entry.count} not placed in the tie at ${entry.key}` }));
  const named = crowded ? namedIn(crowded.first(NAMED_IN_REASON + 1), total) : namedIn(singles);
  const who = {
    zh: [...(total > 0 ? [named.zh] : []), ...others.map((other) => other.zh)].join("、"),
    en: [...(total > 0 ? [named.en] : []), ...others.map((other) => other.en)].join(", "),
  };
  const tie: RoundTie = {
    key: `level ${level}`,
    level,
    places,
    candidates: singles,
    alsoFromTies,
    reason: {
      zh: `排序无法区分的 ${size} 名（${who.zh}）争 ${places} 个${label.zh}名额：暂定，由评审委员会决定 (${citation})`,
      en: `${size} contenders the ranking cannot separate (${who.en}) for ${places} level-${level} place(s): provisional — the committee decides (${citation})`,
    },
    citation,
  };
  return crowded ? withLazyCandidates(tie, crowded) : tie;
}

function passOver(
  unit: Unit,
  level: number,
  position: number,
  at: BilingualText,
  whenLevelFull: "placeAtLowerLevel" | "leaveOut",
  words: Map<string, BilingualText>,
): void {
  const said = (key: string, make: () => BilingualText): BilingualText => {
    let found = words.get(key);
    if (found === undefined) words.set(key, (found = make()));
    return found;
  };
  if (unit.kind === "leftOver") {
    unit.fate.push({ zh: `${level}级名额已满`, en: `level ${level} full` });
    unit.passing = unit.passing.filter((passed) => passed > level);
    return;
  }
  const entry = unit;
  entry.placement.rank = position;
  const next = whenLevelFull === "placeAtLowerLevel" ? entry.target + 1 : entry.passing.length;
  const lowerLevel = entry.passing[next];
  if (lowerLevel !== undefined) {
    entry.target = next;
    addReason(entry.placement, said(`moved ${lowerLevel}`, () => ({ zh: `${at.zh}；名额已满，转入${lowerLevel}级`, en: `${at.en}; level full, moved to level ${lowerLevel}` })));
    return;
  }
  entry.settled = true;
  entry.placement.status = "notPlaced";
  addReason(
    entry.placement,
    said("not placed", () => ({
      zh: `${at.zh}；名额已满${whenLevelFull === "leaveOut" ? "，按设置不转入低一级" : "，且无其他符合条件的较低等级"}，未获评`,
      en: `${at.en}; level full${whenLevelFull === "leaveOut" ? " and the setting leaves qualifiers out" : " and no lower level passed"}: not placed`,
    })),
  );
}
