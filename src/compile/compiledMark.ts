import { refuse, type DoorPath } from "../door/door.js";
import { describeValue } from "../text/describeValue.js";
import type { CompiledRulebook } from "./types.js";

/**
 * The brand of a compiled rulebook: a symbol of the global registry (`Symbol.for`), so that two
 * copies of the package loaded together (an ESM and a CJS build, as bundlers and test runners
 * load them) know each other's rulebooks. The number is the layout of a compiled rulebook: it
 * changes when that layout does, so copies of versions that cannot read each other's rulebooks
 * still refuse them.
 */
const COMPILED_BRAND: unique symbol = Symbol.for("award-rules.CompiledRulebook.v1");

/**
 * Brands a compiled rulebook as made by `compileRulebook` (so doors let it in) and freezes it.
 * The brand is a non-enumerable property: a spread, a JSON round trip or `structuredClone` gives
 * an object without it.
 *
 * @example
 * ```ts
 * const compiled = markCompiled({ rulebook, awards, scoredAwards, payRules, attestationKeys, slotCount, labels, windowCache });
 * ```
 */
export function markCompiled<T extends object>(compiled: T): Readonly<T> {
  Object.defineProperty(compiled, COMPILED_BRAND, { value: true, enumerable: false, writable: false, configurable: false });
  madeHere.add(compiled);
  return Object.freeze(compiled);
}

/** The rulebooks this copy of the package branded: known at once (a door checks one on every record). */
const madeHere = new WeakSet<object>();

/** Whether a value carries the brand as its own property (never throws: a hostile proxy is no rulebook). */
function isBranded(value: unknown): boolean {
  if (value === null || typeof value !== "object") return false;
  if (madeHere.has(value)) return true;
  // one branded by another copy of the package (an ESM and a CJS build loaded together)
  try {
    return Object.getOwnPropertyDescriptor(value, COMPILED_BRAND)?.value === true;
  } catch {
    return false;
  }
}

/**
 * The door for a compiled rulebook: it must be one made by `loadRulebook`, `compileRulebook` or
 * `bundledRulebook` of this copy of the package or of another copy loaded beside it (a rule
 * file's JSON, a copy or a look-alike is refused, naming the function to call).
 *
 * @example
 * ```ts
 * const compiled = checkCompiled(rulebook); // or throws invalid_option at ["rulebook"]
 * ```
 */
export function checkCompiled(value: unknown, name: DoorPath | string = "rulebook"): CompiledRulebook {
  if (isBranded(value)) return value as CompiledRulebook;
  const path = typeof name === "string" ? [name] : name;
  return refuse(path, "option.notCompiled", { path: path.join("."), got: describeValue(value) });
}
