import type { CompiledLevel } from "../compile/compileRulebook.js";
import type { BilingualText } from "../schema/rulebookTypes.js";
import type { FirstWay } from "./levelEngine.js";
import type { Exploration } from "./parts.js";
import type { RoundPlan } from "./roundPlan.js";
import type { ScoredFirstWay } from "./scoredEngine.js";
import type { RoundTable } from "./table.js";
import type { CommitteeDecision, CommitteeInput } from "./types.js";
import type { Units } from "./units.js";

/**
 * Everything a round keeps once its places are given out, from which its placements, quotas, ties
 * and lists are made when read: the candidates' table, the units of contenders and the unit of
 * each row, the outcomes over every way through the ties and what the first way saw, the
 * committee's decisions, and the award's settings.
 */
export interface RoundState {
  table: RoundTable;
  plan: RoundPlan;
  units: Units;
  /** The unit of each row (-1: not a contender). */
  rowUnit: Int32Array;
  exploration: Exploration;
  /** What the round proposed before the committee's decisions (the same as `exploration` when none were given). */
  proposal: Exploration;
  /** What the first way saw: a level award's (`levels`) or a scored award's (`scored`). */
  levelsSeen: FirstWay | undefined;
  scoredSeen: ScoredFirstWay | undefined;
  /** The levels of a level award, highest first. */
  levels: readonly CompiledLevel[];
  roundQuota: number;
  whenLevelFull: "placeAtLowerLevel" | "leaveOut";
  /** The places of each bucket (scored awards). */
  bucketPlaces: ReadonlyMap<string, number>;
  /** A department's number of applications (000 §五(一)), or a unit's nominees (篇14). */
  groupLimit: ((group: string) => number | undefined) | undefined;
  groupCitation: string;
  committee: CommitteeInput | undefined;
  /** The decisions by row. */
  decided: ReadonlyMap<number, CommitteeDecision>;
  /** A scored award whose quota limits its top grade (篇11): the top and next grades. */
  topGrade: { top: string; next: string; topLabel: BilingualText; nextLabel: BilingualText } | undefined;
  /** Labels of organisations, categories, levels and grades, by id. */
  labels: {
    organisation: (id: string) => BilingualText | null;
    category: (id: string) => BilingualText | null;
    grade: (id: string) => BilingualText | null;
  };
  /** What the contenders of a scored award are called in words (the award, or its top grade). */
  what: BilingualText;
}
