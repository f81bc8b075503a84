import { checkFlag } from "../door/door.js";
import { refuse } from "../door/door.js";
import { describeValue } from "../text/describeValue.js";
import { codeGeneration } from "../records/codeGeneration.js";

/**
 * Turns code generation on or off for every rulebook of this copy of the package. On (the
 * default), a compiled rulebook's condition trees become generated JavaScript after a few dozen
 * evaluations (about twice as fast; see `loadRulebook`), made with `new Function`. Off, the trees
 * are walked for good (the same answers) and `new Function` is never called: for a page whose
 * Content-Security-Policy has no `'unsafe-eval'`, where each attempt would be reported as a
 * violation. Where code generation is on but the platform forbids it, the library walks the trees
 * and warns once on the console. `loadRulebook(json, { generateCode: false })` turns it off for one
 * rulebook.
 *
 * @example
 * ```ts
 * import { setCodeGeneration } from "award-rules";
 * setCodeGeneration(false); // before loading rulebooks, in a page under a strict CSP
 * ```
 */
export function setCodeGeneration(enabled: boolean): void {
  if (checkFlag(enabled, ["enabled"]) === undefined) refuse(["enabled"], "option.notBoolean", { path: "enabled", got: describeValue(enabled) });
  codeGeneration.enabled = enabled;
}
