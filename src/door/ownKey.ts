import type { DoorPath } from "./door.js";
import { refuse } from "./door.js";
import { FORBIDDEN_KEYS } from "../util/forbiddenKeys.js";

/**
 * Sets an own key of an object built from keys the caller gave (an input's key split at its dots,
 * say): `__proto__`, `constructor` and `prototype` are refused as `input.forbiddenKey` at `path`,
 * so no key can reach a prototype. The one way the library builds objects from given keys.
 *
 * @example
 * ```ts
 * setOwnKey(skeleton, "attestations", {}, ["inputs", 0, "key"]);
 * setOwnKey(skeleton, "__proto__", {}, ["inputs", 1, "key"]); // throws invalid_option at ["inputs", 1, "key"]
 * ```
 */
export function setOwnKey(target: Record<string, unknown>, key: string, value: unknown, path: DoorPath): void {
  if (FORBIDDEN_KEYS.has(key)) refuse(path, "input.forbiddenKey", { key });
  target[key] = value;
}

/**
 * The object at `key` of a built object (its own key only), made empty first when absent; the key
 * is checked as `setOwnKey` checks it.
 *
 * @example
 * ```ts
 * ownObject(skeleton, "scores", ["inputs", 2, "key"]).model = {};
 * ```
 */
export function ownObject(target: Record<string, unknown>, key: string, path: DoorPath): Record<string, unknown> {
  const existing = Object.hasOwn(target, key) ? target[key] : undefined;
  if (existing !== null && typeof existing === "object") return existing as Record<string, unknown>;
  const made: Record<string, unknown> = {};
  setOwnKey(target, key, made, path);
  return made;
}
