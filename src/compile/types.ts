import type { RulebookRevision } from "./revision.js";
import type { Allocation } from "../schema/allocation.js";
import type { BilingualText } from "../schema/primitives.js";
import type { Award, Rulebook } from "../schema/rulebook.js";
import type { CompiledNode } from "./compiledNode.js";
import type { CompiledPayRule } from "./compilePay.js";
import type { CompiledScoredAward } from "./compileScored.js";
import type { WindowCache } from "./context.js";
import type { FactLabels } from "./facts/types.js";
import type { AwardEvaluation } from "./generateEvaluation.js";
import type { VerdictLayout } from "../semantics/verdictLayout.js";
import type { AwardVerdicts } from "./generateVerdicts.js";

/** A category compiled: its audience (none: everyone) and each level's conditions, highest level first. */
export interface CompiledCategory {
  id: string;
  label: BilingualText;
  audience: CompiledNode | undefined;
  levels: { level: number; conditions: CompiledNode }[];
}

/** A level of an award with its defaults settled: no quota is no limit, no reward is none. */
export interface CompiledLevel {
  level: number;
  label: BilingualText;
  /** At most this many holders a round (`Infinity`: no limit). */
  quota: number;
  reward: { value: number; unit: string } | null;
}

/** An award compiled: admission checks and shared requirements (none when the file gives none), categories, and its round settings with their defaults settled. */
export interface CompiledAward {
  award: Award;
  admission: CompiledNode | undefined;
  requirements: CompiledNode | undefined;
  categories: CompiledCategory[];
  /** The award's levels, highest first. */
  levels: CompiledLevel[];
  /** At most this many holders a round, all levels together (`Infinity`: no limit). */
  roundQuota: number;
  ranking: Allocation["ranking"];
  whenLevelFull: Allocation["whenLevelFull"];
  /** Applications a person may make in one round (default 1). */
  applicationsPerPerson: number;
  /**
   * Every tree's verdict in one function (the trees walked, then generated code once warm), laid
   * out as `layout` says.
   *
   * @internal Not part of the published types: how verdicts are computed may change in any release.
   */
  verdicts: AwardVerdicts;
  /**
   * Where each verdict of `verdicts` sits (read by name, see `VerdictLayout`).
   *
   * @internal
   */
  layout: VerdictLayout;
  /**
   * The verdicts with the inputs still missing, every tree read once (what `evaluate` needs; see `AwardEvaluation`).
   *
   * @internal Not part of the published types (generated code).
   */
  evaluation: AwardEvaluation;
}

/**
 * A rulebook compiled once for fast, repeated evaluation. Obtain one with `loadRulebook`
 * or `compileRulebook`; it holds no per-candidate state.
 */
export interface CompiledRulebook {
  rulebook: Rulebook;
  /** Which revision of the policy this is (id, version, effective period): frozen, shared by every result. */
  revision: RulebookRevision;
  awards: CompiledAward[];
  scoredAwards: CompiledScoredAward[];
  payRules: CompiledPayRule[];
  /** Every attestation key a condition of the rulebook reads. */
  attestationKeys: ReadonlySet<string>;
  slotCount: number;
  labels: FactLabels;
  /** Windows resolved per as-of date (a bounded, deterministic cache). */
  windowCache: WindowCache;
}
