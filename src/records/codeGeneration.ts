import { messageText } from "../messages/registry.js";

/** Whether the library may make functions from source text (`setCodeGeneration`); on by default. */
export const codeGeneration = { enabled: true, warned: false };

/**
 * A function made from source text (`new Function(...names, source)`), or `undefined` where code
 * generation is off (`setCodeGeneration(false)`) or the platform forbids it (an `EvalError`: a
 * Content-Security-Policy without `'unsafe-eval'`, or `--disallow-code-generation-from-strings`).
 * The first time the platform forbids it, one warning goes to the console (in English and Chinese);
 * the caller then walks its trees (the same answers, slower). Any other error is thrown.
 *
 * @example
 * ```ts
 * const view = functionFrom(["r"], "return { id: r.id };") ?? ((r: { id: string }) => ({ id: r.id }));
 * ```
 */
export function functionFrom(names: readonly string[], source: string): ((...args: unknown[]) => unknown) | undefined {
  if (!codeGeneration.enabled) return undefined;
  try {
    // eslint-disable-next-line @typescript-eslint/no-implied-eval -- code generation on purpose (see ARCHITECTURE.md)
    return new Function(...names, source) as (...args: unknown[]) => unknown;
  } catch (error) {
    if (!(error instanceof EvalError)) throw error;
    if (!codeGeneration.warned) {
      codeGeneration.warned = true;
      const reason = `${error.name}: ${error.message}`;
      globalThis.console?.warn(`${messageText("compile.codeGenerationBlocked", { reason }, "en")}\n${messageText("compile.codeGenerationBlocked", { reason }, "zh")}`);
    }
    return undefined;
  }
}
