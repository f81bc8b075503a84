import type { RulebookRevision } from "./revision.js";
import type { Allocation, BilingualText, Award, Rulebook } from "../schema/rulebookTypes.js";
import type { CompiledNode } from "./compiledNode.js";
import type { CompiledPayRule } from "./compilePay.js";
import type { CompiledScoredAward } from "./compileScored.js";
import type { WindowCache } from "./context.js";
import type { FactLabels } from "./facts/types.js";
import type { AwardEvaluation } from "./generateEvaluation.js";
import type { VerdictLayout } from "../semantics/verdictLayout.js";
import type { RulebookIds } from "../schema/rulebookIds.js";
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

/** The key of the ids a compiled rulebook names (a type only: no value holds it). */
declare const namesIds: unique symbol;

/** The mark of a rulebook the library compiled (a type only: the run-time mark is `checkCompiled`'s). */
declare const compiledBrand: unique symbol;

/**
 * A rulebook compiled once for fast, repeated evaluation: a handle to pass to `evaluate` and the
 * other functions. Obtain one with `loadRulebook`, `compileRulebook` or `bundledRulebook`; it
 * holds no per-candidate state, cannot be changed, and only the library makes one (a look-alike
 * object is refused, at compile time and at run time). `Ids` are the ids it names: `string`s for
 * a rulebook loaded at run time, literal types for a bundled one, so records and options given
 * with it are checked against them. Its compiled trees and generated code are not part of the
 * published types. (`out`: a rulebook naming some ids is one naming `string`s; declared, so a type
 * checker need not measure it through the rule file's type.)
 */
export interface CompiledRulebook<out Ids extends RulebookIds = RulebookIds> {
  /** The ids the rulebook names, for the type checker only (never present at run time). */
  readonly [namesIds]?: Ids;
  /** Made by the library (for the type checker only). */
  readonly [compiledBrand]: true;
  /** The rule file as checked, with its defaults filled in. */
  readonly rulebook: Rulebook;
  /** Which revision of the policy this is (id, version, effective period): frozen, shared by every result. */
  readonly revision: RulebookRevision;
  /** Every attestation key a condition of the rulebook reads. */
  readonly attestationKeys: ReadonlySet<string>;
  /**
   * The level awards, compiled.
   *
   * @internal
   */
  awards: CompiledAward[];
  /**
   * The scored awards, compiled.
   *
   * @internal
   */
  scoredAwards: CompiledScoredAward[];
  /**
   * The pay rules, compiled.
   *
   * @internal
   */
  payRules: CompiledPayRule[];
  /**
   * How many cache slots an evaluation needs (one per distinct fact read).
   *
   * @internal
   */
  slotCount: number;
  /**
   * The words of windows, scale values and declared entries.
   *
   * @internal
   */
  labels: FactLabels;
  /**
   * Windows resolved per as-of date (a bounded, deterministic cache).
   *
   * @internal
   */
  windowCache: WindowCache;
}
