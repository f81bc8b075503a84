import modelPost from "../../rules/000-model-post.json" with { type: "json" };
import type { CompiledRulebook } from "../compile/compileRulebook.js";
import { loadRulebook } from "./loadRulebook.js";

let cached: CompiledRulebook | undefined;

/**
 * The bundled rulebook of document 000 (后勤“优质服务示范岗”活动实施办法), checked and compiled
 * on first use. It is part of the package: no file is read.
 *
 * @example
 * ```ts
 * const rulebook = bundledRulebook();
 * evaluate(rulebook, record, { asOf: "2026-11-26" });
 * ```
 */
export function bundledRulebook(): CompiledRulebook {
  cached ??= loadRulebook(modelPost);
  return cached;
}
