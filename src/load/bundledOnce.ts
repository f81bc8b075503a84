import type { CompiledRulebook } from "../compile/compileRulebook.js";
import { embeddedJson } from "../util/embedded.js";
import { compileChecked } from "./checkedSource.js";
import { loadRulebook } from "./loadRulebook.js";

const cache = new Map<string, CompiledRulebook>();

/**
 * A bundled rule file, checked and compiled on its first use and the same object after: shared by
 * `bundledRulebook` and the `award-rules/rulebooks/…` subpaths, so both give one rulebook per id.
 *
 * @example
 * ```ts
 * import source from "award-rules/rules/000-model-post.json" with { type: "json" };
 * const compiled = bundledOnce("model-post-000", source);
 * ```
 */
export function bundledOnce(id: string, source: unknown): CompiledRulebook {
  let compiled = cache.get(id);
  if (compiled === undefined) {
    // as built, the package's rule files were checked by the build; from the sources, they are checked here
    compiled = compileChecked(source) ?? loadRulebook(embeddedJson(source));
    cache.set(id, compiled);
  }
  return compiled;
}
