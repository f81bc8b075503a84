import type { CompiledAward } from "../compile/compileRulebook.js";
import { FALSE, TRUE, type EvaluationContext, type Tri } from "../compile/context.js";
import type { FactLabels } from "../compile/facts/types.js";
import type { Window } from "../schema/rulebookTypes.js";
import { allOf } from "../semantics/tri.js";
import { STATUS, traceNode } from "./trace.js";
import type { CategoryResult, EvaluationResult, NodeStatus, TraceNode } from "./types.js";

/** The traced parts of an evaluation: every tree with every node's status, the facts read and the reasons. */
export interface Traces {
  admission: TraceNode | null;
  requirements: TraceNode | null;
  categories: CategoryResult[];
  excludedCategories: EvaluationResult["excludedCategories"];
}

const triOf = (trace: TraceNode): Tri => STATUS.indexOf(trace.status) as Tri;

/**
 * Traces every tree of an award for one evaluation: the admission checks (when the record
 * applies), the shared requirements, each category's audience and levels, and the audiences of
 * the categories the person may not apply for. Facts come from the evaluation's cache.
 *
 * @example
 * ```ts
 * buildTraces(award, ctx, compiled.labels).categories[0].levels[0].conditions.reason.zh;
 * ```
 */
export function buildTraces(award: CompiledAward, ctx: EvaluationContext, labels: FactLabels): Traces {
  const admission = ctx.record.application === undefined || award.admission === undefined ? null : traceNode(award.admission, ctx, labels);
  const requirements = award.requirements === undefined ? null : traceNode(award.requirements, ctx, labels);
  const requirementsTri = requirements === null ? TRUE : triOf(requirements);
  const categories: CategoryResult[] = [];
  const excludedCategories: Traces["excludedCategories"] = [];
  const levelLabels = new Map(award.levels.map((level) => [level.level, level.label]));
  for (const category of award.categories) {
    const audience = category.audience === undefined ? null : traceNode(category.audience, ctx, labels);
    const audienceTri = audience === null ? TRUE : triOf(audience);
    if (audience !== null && audienceTri === FALSE) {
      excludedCategories.push({ id: category.id, audience });
      continue;
    }
    let highestLevel: number | null = null;
    const levels = category.levels.map((level) => {
      const conditions = traceNode(level.conditions, ctx, labels);
      // a level passes only behind its gates: the requirements, the audience, then its conditions
      const gates = [requirementsTri, audienceTri, triOf(conditions)];
      const status = allOf(gates.length, (index) => gates[index]!);
      if (status === TRUE && (highestLevel === null || level.level < highestLevel)) highestLevel = level.level;
      return { level: level.level, label: levelLabels.get(level.level) ?? conditions.label, status: STATUS[status] as NodeStatus, conditions };
    });
    categories.push({ id: category.id, label: category.label, audience, levels, highestLevel });
  }
  return { admission, requirements, categories, excludedCategories };
}

/** What a result's traces are built from, kept (not enumerable) on the result until first read. */
interface LazyState {
  award: CompiledAward;
  ctx: EvaluationContext;
  labels: FactLabels;
  traces: (Traces & { application: EvaluationResult["application"] }) | undefined;
  /** The empty list given as `excludedCategories` when no audience failed (to tell it untouched). */
  noneExcluded?: [];
  /** Whether `application` was given as its accessor (the record applies), not as null. */
  applied?: boolean;
}

/** Gives any object a private slot holding its lazy state (a class whose base returns the object it is given). */
class Base {
  constructor(target: object) {
    return target;
  }
}
class Stamped extends Base {
  #state: LazyState;
  constructor(target: object, state: LazyState) {
    super(target);
    this.#state = state;
  }
  static stateOf(result: object): LazyState {
    return (result as Stamped).#state;
  }
  static has(result: unknown): boolean {
    return typeof result === "object" && result !== null && #state in result;
  }
}

/**
 * The award (as written) a result was evaluated against, for its labels; undefined for a copy
 * of a result (a spread or parsed JSON keeps no link to its award).
 *
 * @example
 * ```ts
 * awardOfResult(evaluate(rulebook, record, options))?.label.zh; // "示范岗"
 * ```
 */
export function awardOfResult(result: object): CompiledAward["award"] | undefined {
  return Stamped.has(result) ? Stamped.stateOf(result).award.award : undefined;
}

/**
 * The window definitions a result was evaluated with (to say when a blocking record leaves its
 * window); undefined for a copy of a result.
 *
 * @example
 * ```ts
 * windowsOfResult(evaluate(rulebook, record, options))?.threeYears; // { kind: "yearsUpToAsOf", years: 3, … }
 * ```
 */
export function windowsOfResult(result: object): Record<string, Window> | undefined {
  return Stamped.has(result) ? Stamped.stateOf(result).ctx.windowDefs : undefined;
}
type WithState = object;

/**
 * The award a result was evaluated against and its traces as the library built them (undefined
 * for a copy, or before they are built): to tell a checked copy that holds the library's own
 * traces by identity.
 *
 * @example
 * ```ts
 * builtTraces(result)?.traces.categories === checked.categories; // the library's own traces
 * ```
 */
export function builtTraces(result: object): { award: CompiledAward; traces: NonNullable<LazyState["traces"]> } | undefined {
  if (!Stamped.has(result)) return undefined;
  const state = Stamped.stateOf(result);
  return state.traces === undefined ? undefined : { award: state.award, traces: state.traces };
}

function settle(result: WithState): NonNullable<LazyState["traces"]> {
  const state = Stamped.stateOf(result);
  if (state.traces === undefined) {
    const built = buildTraces(state.award, state.ctx, state.labels);
    const application = state.ctx.record.application;
    state.traces = { ...built, application: application ? { category: application.category as string, date: application.date, admission: built.admission } : null };
  }
  return state.traces;
}

const lazy = (name: "application" | "requirements" | "categories" | "excludedCategories"): PropertyDescriptor => ({
  get(this: WithState) {
    return settle(this)[name];
  },
  set(this: WithState, value: never) {
    settle(this)[name] = value;
  },
  enumerable: true,
  configurable: true,
});

const APPLICATION = lazy("application");
const REQUIREMENTS = lazy("requirements");
const CATEGORIES = lazy("categories");
const EXCLUDED = lazy("excludedCategories");

/**
 * Completes a result with its traces (`application`, `requirements`, `categories`,
 * `excludedCategories`) built on first read: own enumerable accessors after the rest of the
 * result, shared by every result and added in order (so results share few shapes). JSON, spreads
 * and copies see the traces, reading the same as if built at once. What is known without a trace
 * is a plain value, in the same place: `application` is null for a record that does not apply,
 * `excludedCategories` is empty when no category's audience failed (`known`, from the verdicts).
 *
 * @example
 * ```ts
 * withLazyTraces(head, { award, ctx, labels, traces: undefined }, { applied: true, anyExcluded: false }).categories; // built now
 * ```
 */
export function withLazyTraces(
  head: Pick<EvaluationResult, "awardId" | "recordId" | "asOf" | "roundYear" | "status" | "category" | "level" | "reward" | "summary" | "refusal" | "missingFacts">,
  state: LazyState,
  known: { applied: boolean; anyExcluded: boolean },
): EvaluationResult {
  new Stamped(head, state);
  state.applied = known.applied;
  // each defined one by one, in order: a property definition is a call into the engine, an assignment is not
  if (known.applied) Object.defineProperty(head, "application", APPLICATION);
  else (head as { application?: null }).application = null;
  Object.defineProperty(head, "requirements", REQUIREMENTS);
  Object.defineProperty(head, "categories", CATEGORIES);
  if (known.anyExcluded) Object.defineProperty(head, "excludedCategories", EXCLUDED);
  else (head as { excludedCategories?: [] }).excludedCategories = state.noneExcluded = [];
  return head as EvaluationResult;
}

/** Whether a result's own property is still what `withLazyTraces` put there: its accessor, or the plain value it gave (null, or its own empty list). */
function untouched(result: object, key: string, lazyOne: PropertyDescriptor | null, plain?: null | []): boolean {
  const found = Object.getOwnPropertyDescriptor(result, key);
  if (found === undefined) return false;
  if (lazyOne !== null) return found.get === lazyOne.get && found.set === lazyOne.set;
  return "value" in found && found.value === plain && (plain === null || plain?.length === 0);
}

/**
 * For a result straight from `evaluate` whose traces are not built yet (so no caller has seen,
 * let alone changed, them) and whose trace properties are still the library's own: a function
 * that builds and returns them. Undefined for anything else (a copy, a result already read).
 *
 * @example
 * ```ts
 * untouchedTraces(evaluate(rulebook, record, options))?.().categories; // built now
 * ```
 */
export function untouchedTraces(result: object): (() => NonNullable<LazyState["traces"]>) | undefined {
  if (!Stamped.has(result)) return undefined;
  const state = Stamped.stateOf(result);
  if (state.traces !== undefined) return undefined;
  const fits =
    untouched(result, "application", state.applied === true ? APPLICATION : null, null) &&
    untouched(result, "requirements", REQUIREMENTS) &&
    untouched(result, "categories", CATEGORIES) &&
    untouched(result, "excludedCategories", state.noneExcluded === undefined ? EXCLUDED : null, state.noneExcluded);
  return fits ? () => settle(result) : undefined;
}
