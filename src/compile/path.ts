import type { MessageId, ParamsOf } from "../messages/catalog.js";
import { raise } from "../messages/issueOf.js";
import { FORBIDDEN_KEYS as FORBIDDEN } from "../util/forbiddenKeys.js";

const SEGMENT = /^(?:\.([A-Za-z_$][\w$-]*)|\[(\d+)\]|\['([^'\\]*)'\])/;

/**
 * Compiles a json-rules-engine `path` (`$.a.b`, `$.list[0]`, `$['a b']`) into a safe getter.
 * Only plain property and index steps are accepted: no JSONPath filters or scripts, and no
 * `__proto__`, `constructor` or `prototype` step. A step that is not an own property gives
 * `undefined` (an unknown fact).
 *
 * @example
 * ```ts
 * const get = compilePath("$.target", "rule-1");
 * get({ target: 10 }); // 10
 * ```
 */
export function compilePath(path: string, ruleId: string): (value: unknown) => unknown {
  const fail = <I extends MessageId>(messageId: I, params: ParamsOf<I>): never => raise("bad_value", ["path"], messageId, params, { ruleId });
  if (!path.startsWith("$")) fail("path.noDollar", {});
  const steps: (string | number)[] = [];
  let rest = path.slice(1);
  while (rest.length > 0) {
    const match = SEGMENT.exec(rest);
    if (!match) return fail("path.syntax", { rest });
    const step = match[1] ?? (match[2] !== undefined ? Number(match[2]) : match[3]);
    if (typeof step === "string" && FORBIDDEN.has(step)) fail("path.forbiddenStep", { step });
    steps.push(step as string | number);
    rest = rest.slice(match[0].length);
  }
  return (value) => {
    let current: unknown = value;
    for (const step of steps) {
      if (current === null || typeof current !== "object" || !Object.hasOwn(current, step)) return undefined;
      current = (current as Record<string | number, unknown>)[step];
    }
    return current;
  };
}
