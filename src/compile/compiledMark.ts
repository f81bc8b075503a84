import { refuse, type DoorPath } from "../door/door.js";
import { describeValue } from "../text/describeValue.js";
import type { CompiledRulebook } from "./types.js";

/** Every compiled rulebook `compileRulebook` made: a rulebook is trusted only if it is one of them. */
const compiledRulebooks = new WeakSet<object>();

/**
 * Remembers a compiled rulebook as made by `compileRulebook` (so doors let it in).
 *
 * @example
 * ```ts
 * const compiled = markCompiled({ rulebook, awards, scoredAwards, payRules, attestationKeys, slotCount, labels, windowCache });
 * ```
 */
export function markCompiled<T extends object>(compiled: T): T {
  compiledRulebooks.add(compiled);
  return compiled;
}

/**
 * The door for a compiled rulebook: it must be one made by `loadRulebook`, `compileRulebook` or
 * `bundledRulebook` (a rule file's JSON, a copy or a look-alike is refused, naming the function
 * to call).
 *
 * @example
 * ```ts
 * const compiled = checkCompiled(rulebook); // or throws invalid_option at ["rulebook"]
 * ```
 */
export function checkCompiled(value: unknown, name: DoorPath | string = "rulebook"): CompiledRulebook {
  if (value !== null && typeof value === "object" && compiledRulebooks.has(value)) return value as CompiledRulebook;
  const path = typeof name === "string" ? [name] : name;
  return refuse(path, "option.notCompiled", { path: path.join("."), got: describeValue(value) });
}
