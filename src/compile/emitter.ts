import type { CompiledNode } from "./compiledNode.js";
import { functionFrom } from "../records/codeGeneration.js";
import type { EvaluationContext, Tri } from "./context.js";
import { datedFacts } from "./facts/datedFacts.js";
import { absentThroughout } from "./facts/knownAbsent.js";
import { countedRanks } from "./appraisalRanks.js";

/** The rulebook's scales (value → rank), for the filters written out. */
export type VerdictScales = ReadonlyMap<string, ReadonlyMap<string, number>>;

const PERSON_FIELDS = new Set(["partyMember", "role", "professionalTitle", "revokedInPreviousRound", "employmentType"]);
const DATED = new Set(Object.keys(datedFacts));
/** Marks the names each copy of generated code makes its own (a character `JSON.stringify` never leaves raw). */
const COPY = "\u0001";

/**
 * A value as a JavaScript literal (only `JSON.stringify`'s output enters generated code). A number
 * that is not finite has no JSON (it would be written `null`): it is refused, never written.
 */
export const literal = (value: unknown): string => {
  if (typeof value === "number" && !Number.isFinite(value)) throw new GenerationRefused(`the number ${value} cannot be written into generated code`);
  return JSON.stringify(value);
};

/**
 * A whole number as code: counts, bounds, ranks and slots are written only when they are safe
 * integers (the compiler made them so; anything else is refused, never written).
 *
 * @example
 * ```ts
 * whole(3); // "3"
 * whole("(globalThis.x = 1, 3)"); // throws GenerationRefused
 * ```
 */
export const whole = (value: unknown): string => {
  if (!Number.isSafeInteger(value)) throw new GenerationRefused(`${typeof value} ${String(value).slice(0, 40)} is not a whole number and cannot be written into generated code`);
  return String(value);
};

/** A tree whose code is not generated on purpose (it is walked instead): too large, or holding a value code cannot hold. */
export class GenerationRefused extends Error {}

/**
 * Whether a generator that fails for any reason but a refusal by the platform (a Content Security
 * Policy, `--disallow-code-generation-from-strings`) or on purpose (`GenerationRefused`) throws
 * instead of falling back to the walk. Off in use (a user's evaluation never fails on it); the
 * test suite turns it on (test/setup.ts), so a broken generator cannot hide behind the walk.
 */
export const generatorFailures = { throw: false };

/** Reads an item's field as the filters do: an own field only (`undefined` when not given). */
const fieldRead = (field: string): string => (field in Object.prototype ? `(H(it, ${literal(field)}) ? it[${literal(field)}] : undefined)` : `it[${literal(field)}]`);

/** The test of one `where` field on `x`, as `compileFieldTest` makes it. */
function fieldTest(test: unknown, scales: VerdictScales): string {
  if (test === null || typeof test !== "object") return `x === ${literal(test)}`;
  const spec = test as { in?: unknown[]; atLeast?: unknown; atMost?: unknown; scale?: string };
  if (spec.in !== undefined) return spec.in.length === 0 ? "false" : `(${spec.in.map((value) => `x === ${literal(value)}`).join(" || ")})`;
  const lower = spec.atLeast !== undefined;
  const bound = lower ? spec.atLeast : spec.atMost;
  if (spec.scale !== undefined) {
    const ranks = scales.get(spec.scale) as Map<string, number>;
    const boundRank = ranks.get(String(bound)) as number;
    const values = [...ranks].filter(([, rank]) => (lower ? rank >= boundRank : rank <= boundRank)).map(([value]) => value);
    // a value is compared by its text on the scale, as the filter does (String(value))
    return values.length === 0 ? "false" : `(${values.map((value) => `String(x) === ${literal(value)}`).join(" || ")})`;
  }
  return `typeof x === "number" && x ${lower ? ">=" : "<="} ${literal(bound)}`;
}

/** A function counting a dated list's items in [from, to] passing a filter: -1 at the first item the filter cannot decide, or when the list is not given (and not known absent). */
function countFunction(name: string, field: string, where: Record<string, unknown> | undefined, emit: Emitter): string {
  const tests = Object.entries(where ?? {}).map(([key, test]) =>
    [`{ const x = ${fieldRead(key)};`, `if (x === undefined) r = 2; else if (!(${fieldTest(test, emit.scales)})) { r = 0; } }`].join(" "),
  );
  return [
    `function ${name}(rec, from, to) {`,
    `const list = rec[${literal(field)}];`,
    `if (list === undefined) return A(rec, ${literal(field)}, from, to) ? 0 : -1;`,
    "let n = 0;",
    "for (let i = 0; i < list.length; i += 1) {",
    "const it = list[i], d = it.date;",
    "if (d > to || (from !== null && d < from)) continue;",
    "let r = 1;",
    ...tests.map((test) => `if (r !== 0) ${test}`),
    "if (r === 1) n += 1; else if (r === 2) return -1;",
    "}",
    "return n;",
    "}",
  ].join("\n");
}

/** Above this many statements a function is not generated (its trees are walked instead). */
export const GENERATED_LINES_MAX = 20_000;

/**
 * Writes JavaScript that computes compiled condition trees' verdicts for one record: the
 * short-circuits of `all`, `any`, `not` and "at least k of", dated-list counts (one count function
 * per list, window and filter, each count made once a call), appraisal patterns, attestations and
 * plain fields in place; other leaves through their (fused) verdicts. `build` makes the function.
 *
 * @example
 * ```ts
 * const emit = new Emitter(scales);
 * const value = emit.node(tree);
 * const verdict = emit.build("tree", "unused", [...emit.lines, `return ${value};`]);
 * ```
 */
export class Emitter {
  readonly lines: string[] = [];
  /** Functions outside the verdict function (one count function per dated-list slot). */
  readonly outer: string[] = [];
  readonly leaves: ((ctx: EvaluationContext) => Tri)[] = [];
  /** Rank tables of the scales appraisal patterns use. */
  readonly ranks: Map<string, number>[] = [];
  /** Windows read, by name → the variable holding the resolved window. */
  readonly windows = new Map<string, string>();
  /** Count slots declared, by slot → the variable caching the count. */
  readonly counts = new Map<number, string>();
  /** Counted appraisal ranks, by window variable and rank table → the variable caching them. */
  readonly counted = new Map<string, string>();
  private counter = 0;

  constructor(readonly scales: VerdictScales) {}

  fresh(prefix: string): string {
    this.counter += 1;
    return `${prefix}${this.counter}`;
  }

  /** Emits the statements that compute a node's verdict; returns the variable holding it. */
  node(node: CompiledNode): string {
    const out = this.fresh("v");
    switch (node.kind) {
      case "all":
      case "any": {
        const stop = node.kind === "all" ? 0 : 1;
        const label = this.fresh("b");
        this.lines.push(`let ${out} = ${stop === 0 ? 1 : 0};`, `${label}: {`);
        for (const child of node.children) {
          const value = this.node(child);
          this.lines.push(`if (${value} === ${stop}) { ${out} = ${stop}; break ${label}; }`, `if (${value} === 2) ${out} = 2;`);
        }
        this.lines.push("}");
        return out;
      }
      case "not": {
        const value = this.node(node.children[0] as CompiledNode);
        this.lines.push(`const ${out} = ${value} === 2 ? 2 : ${value} === 1 ? 0 : 1;`);
        return out;
      }
      case "atLeast": {
        const label = this.fresh("b");
        const passed = this.fresh("p");
        const unknown = this.fresh("u");
        const total = node.children.length;
        this.lines.push(`let ${out} = 2;`, `${label}: {`, `let ${passed} = 0, ${unknown} = 0;`);
        node.children.forEach((child, index) => {
          const value = this.node(child);
          this.lines.push(
            `if (${value} === 1 && ++${passed} >= ${whole(node.atLeast)}) { ${out} = 1; break ${label}; }`,
            `if (${value} === 2) ${unknown} += 1;`,
            `if (${passed} + ${unknown} + ${total - index - 1} < ${whole(node.atLeast)}) { ${out} = 0; break ${label}; }`,
          );
        });
        this.lines.push("}");
        return out;
      }
      default:
        this.leaf(node, out);
        return out;
    }
  }

  private windowVar(name: string): string {
    let variable = this.windows.get(name);
    if (variable === undefined) {
      variable = `w${this.windows.size}`;
      this.windows.set(name, variable);
    }
    return variable;
  }

  /** A dated list's count in a window through its filter, cached per slot: -1 when unknown (as `readDated`). */
  private countLeaf(leaf: NonNullable<CompiledNode["leaf"]>, out: string): void {
    const slot = whole(leaf.slot);
    let cache = this.counts.get(leaf.slot);
    if (cache === undefined) {
      cache = `c${slot}`;
      this.counts.set(leaf.slot, cache);
      this.outer.push(countFunction(`count${slot}${COPY}`, leaf.fact, leaf.params.raw.where as Record<string, unknown> | undefined, this));
    }
    const window = leaf.params.window === undefined ? undefined : this.windowVar(leaf.params.window);
    const bounds = window === undefined ? "null, ctx.asOf" : `${window}.from, ${window}.to`;
    const bound = whole(leaf.arg);
    const test = leaf.operator === "countAtLeast" ? `${cache} >= ${bound}` : `${cache} <= ${bound}`;
    this.lines.push(`if (${cache} === -2) ${cache} = count${slot}${COPY}(rec, ${bounds});`, `const ${out} = ${cache} < 0 ? 2 : ${test} ? 1 : 0;`);
  }

  /** An appraisal pattern over a window's years: the counted ranks read once a record (`countedRanks`), then the operator's test. */
  private appraisalLeaf(leaf: NonNullable<CompiledNode["leaf"]>, out: string): void {
    const arg = leaf.arg as { ratingRank: number; minTimes: number; includingLatestYear: boolean; othersRank: number; ranks: Map<string, number> };
    let table = this.ranks.indexOf(arg.ranks);
    if (table === -1) table = this.ranks.push(arg.ranks) - 1;
    const window = this.windowVar(leaf.params.window as string);
    const key = `${window}:${table}`;
    let counted = this.counted.get(key);
    if (counted === undefined) {
      counted = `r${this.counted.size}`;
      this.counted.set(key, counted);
    }
    const label = this.fresh("a");
    this.lines.push(
      `if (${counted} === undefined) ${counted} = R(rec, ${window}, M[${table}]);`,
      `let ${out} = 2;`,
      `${label}: {`,
      `const rs = ${counted}.ranks;`,
      "let hits = 0, unknown = 0;",
      "for (let i = 0; i < rs.length; i += 1) {",
      "const rank = rs[i];",
      "if (rank === null) unknown += 1;",
      `else if (rank >= ${whole(arg.ratingRank)}) hits += 1;`,
      `else if (rank < ${whole(arg.othersRank)}) { ${out} = 0; break ${label}; }`,
      "}",
    );
    if (arg.includingLatestYear) {
      this.lines.push(`{ const lt = ${counted}.latest; if (lt === undefined || (lt !== null && lt < ${whole(arg.ratingRank)})) { ${out} = 0; break ${label}; } }`);
    }
    this.lines.push(
      `if (hits + unknown < ${whole(arg.minTimes)}) { ${out} = 0; break ${label}; }`,
      `if (unknown > 0) { ${out} = 2; break ${label}; }`,
      `${out} = hits >= ${whole(arg.minTimes)} ? 1 : 0;`,
      "}",
    );
  }

  /** A leaf: counts, appraisal patterns, attestations and plain fields written out, anything else through its compiled verdict. */
  protected leaf(node: CompiledNode, out: string): void {
    const leaf = node.leaf;
    if (leaf !== undefined && leaf.path === undefined && this.plainLeaf(leaf, out)) return;
    // a leaf is called as `L[i](ctx)`: its verdict is a closure over the leaf, not a method of it
    // eslint-disable-next-line @typescript-eslint/unbound-method
    this.leaves.push(node.verdict);
    this.lines.push(`const ${out} = L[${this.leaves.length - 1}](ctx);`);
  }

  /** Writes out a leaf without a path when its kind is one written in place; false for the others. */
  private plainLeaf(leaf: NonNullable<CompiledNode["leaf"]>, out: string): boolean {
    if (DATED.has(leaf.fact) && (leaf.operator === "countAtLeast" || leaf.operator === "countAtMost")) {
      this.countLeaf(leaf, out);
      return true;
    }
    if (leaf.fact === "annualAppraisals" && leaf.operator === "appraisalPattern" && leaf.params.window !== undefined) {
      this.appraisalLeaf(leaf, out);
      return true;
    }
    if (leaf.operator === "equal" && (typeof leaf.arg === "string" || typeof leaf.arg === "boolean")) {
      if (leaf.fact === "attestation" && leaf.params.item !== undefined) {
        const key = literal(leaf.params.item);
        // a key an ordinary object inherits (toString…) is read as an own key only
        const read = leaf.params.item in Object.prototype ? `H(att, ${key}) ? att[${key}] : undefined` : `att[${key}]`;
        this.lines.push(
          `const ${out}g = att !== undefined ? ${read} : undefined;`,
          `const ${out} = ${out}g === undefined || ${out}g === "notGiven" ? 2 : ${out}g === ${literal(leaf.arg)} ? 1 : 0;`,
        );
        return true;
      }
      if (PERSON_FIELDS.has(leaf.fact)) {
        this.lines.push(`const ${out}g = rec[${literal(leaf.fact)}];`, `const ${out} = ${out}g === undefined ? 2 : ${out}g === ${literal(leaf.arg)} ? 1 : 0;`);
        return true;
      }
    }
    if (PERSON_FIELDS.has(leaf.fact) && (leaf.operator === "in" || leaf.operator === "notIn") && Array.isArray(leaf.arg)) {
      const values = leaf.arg as unknown[];
      const member = values.length === 0 ? "false" : values.map((value) => `${out}g === ${literal(value)}`).join(" || ");
      const [yes, no] = leaf.operator === "in" ? [1, 0] : [0, 1];
      this.lines.push(`const ${out}g = rec[${literal(leaf.fact)}];`, `const ${out} = ${out}g === undefined ? 2 : (${member}) ? ${yes} : ${no};`);
      return true;
    }
    return false;
  }

  /** The statements every generated function starts with: the record's view, its attestations, the windows, counts and ranks it uses. */
  prologue(): string[] {
    return [
      "const rec = ctx.view;",
      "const att = rec.attestations;",
      ...[...this.windows].map(([name, variable]) => `const ${variable} = ctx.window(${literal(name)});`),
      ...[...this.counts.values()].map((variable) => `let ${variable} = -2;`),
      ...[...this.counted.values()].map((variable) => `let ${variable};`),
    ];
  }

  /**
   * Makes the function `function name(ctx, second) { prologue; body }` from what was emitted, or
   * `undefined` where code cannot be generated. Two copies are made, each learning one kind of record
   * (kept views, all of one shape; records as given), so neither slows the other. Past
   * `GENERATED_LINES_MAX` statements (trees of many thousands of conditions) no code is made, and
   * the trees are walked: JavaScript that large takes seconds to compile and no less to run.
   */
  build<F extends (ctx: EvaluationContext, second: never) => unknown>(name: string, second: string, body: string[], extra: Record<string, unknown> = {}): F | undefined {
    if (body.length > GENERATED_LINES_MAX) return undefined;
    let prologue: string[];
    try {
      prologue = this.prologue();
    } catch (error) {
      if (error instanceof GenerationRefused) return undefined;
      throw error;
    }
    const template = `${this.outer.join("\n")}\nfunction ${name}${COPY}(ctx, ${second}) {\n${[...prologue, ...body].join("\n")}\n}`;
    // two copies in one piece of code, each with names of its own (so each learns only its kind of record), and the choice between them
    const source = [
      template.replaceAll(COPY, "_kept"),
      template.replaceAll(COPY, "_given"),
      `return function ${name}(ctx, ${second}) { return ctx.kept ? ${name}_kept(ctx, ${second}) : ${name}_given(ctx, ${second}); };`,
      // named in stack traces and debuggers
      `//# sourceURL=award-rules/generated/${name}.js`,
    ].join("\n");
    const names = ["L", "H", "A", "M", "R", ...Object.keys(extra)];
    const values = [this.leaves, Object.hasOwn, absentThroughout, this.ranks, countedRanks, ...Object.values(extra)];
    try {
      // undefined where code generation is off or the platform forbids it: the trees are walked (the same answers, slower)
      const make = functionFrom(names, source);
      return make === undefined ? undefined : (make(...values) as F);
    } catch (error) {
      if (generatorFailures.throw) throw error;
      return undefined;
    }
  }
}

/**
 * Runs a generator: what it makes, or `undefined` where it refuses on purpose (`GenerationRefused`).
 *
 * @example
 * ```ts
 * const verdicts = generated(() => generateAwardVerdicts(award, scales)); // undefined: walk instead
 * ```
 */
export function generated<T>(make: () => T | undefined): T | undefined {
  try {
    return make();
  } catch (error) {
    if (error instanceof GenerationRefused) return undefined;
    throw error;
  }
}
