import { createRequire } from "node:module";
import type * as JsonRulesEngine from "json-rules-engine";
import { raise } from "../messages/issueOf.js";

/** The versions of json-rules-engine this subpath is written for (package.json's peerDependencies). */
export const JSON_RULES_ENGINE_RANGE = "^7.3.1";

type Require = (name: string) => unknown;

let loaded: typeof JsonRulesEngine | undefined;

/**
 * json-rules-engine, loaded when first needed: it is an optional peer dependency of the package,
 * needed by `award-rules/json-rules-engine` alone, so the subpath loads without it and a call that
 * needs it says what to install (a `missing_peer` AwardRulesError, in Chinese and English) instead
 * of a module-not-found error. `load` is how it is loaded (a test gives one that fails).
 *
 * @example
 * ```ts
 * const { Engine } = jsonRulesEngine();
 * ```
 */
export function jsonRulesEngine(load?: Require): typeof JsonRulesEngine {
  if (load === undefined && loaded !== undefined) return loaded;
  let module: typeof JsonRulesEngine;
  try {
    module = (load ?? createRequire(import.meta.url))("json-rules-engine") as typeof JsonRulesEngine;
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    if (code !== "MODULE_NOT_FOUND" && code !== "ERR_MODULE_NOT_FOUND") throw error;
    return raise("missing_peer", [], "export.peerMissing", { peer: "json-rules-engine", range: JSON_RULES_ENGINE_RANGE });
  }
  if (load === undefined) loaded = module;
  return module;
}
