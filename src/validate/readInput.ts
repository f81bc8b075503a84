import type { Issue, IssueCode } from "../errors/AwardRulesError.js";
import type { MessageRef } from "../messages/catalog.js";
import { issueOf } from "../messages/issueOf.js";
import type { GuardLimits } from "./limits.js";
import { FORBIDDEN_KEYS } from "../util/forbiddenKeys.js";

/** Keys that could reach an object's prototype: refused wherever they appear. */
const MAX_ISSUES = 20;
const UNREADABLE: MessageRef = { messageId: "input.unreadable", params: {} };

class Reader {
  readonly issues: Issue[] = [];
  nodes = 0;
  constructor(
    readonly limits: GuardLimits,
    readonly code: IssueCode,
  ) {}

  fail(path: (string | number)[], message: MessageRef): undefined {
    if (this.issues.length < MAX_ISSUES) this.issues.push(issueOf(this.code, path, message.messageId, message.params));
    return undefined;
  }

  read(value: unknown, path: (string | number)[]): unknown {
    this.nodes += 1;
    if (this.nodes > this.limits.maxNodes) throw new TooLarge();
    if (path.length > this.limits.maxDepth) return this.fail(path, { messageId: "input.tooDeep", params: { max: this.limits.maxDepth } });
    switch (typeof value) {
      case "string":
        return value.length > this.limits.maxStringLength ? this.fail(path, { messageId: "input.stringTooLong", params: { max: this.limits.maxStringLength } }) : value;
      case "number":
      case "boolean":
        return value;
      case "object":
        if (value === null) return null;
        return this.readObject(value, path);
      default:
        return this.fail(path, { messageId: "input.notJson", params: { type: typeof value } });
    }
  }

  readObject(value: object, path: (string | number)[]): unknown {
    let isArray: boolean;
    let prototype: unknown;
    let keys: string[];
    try {
      isArray = Array.isArray(value);
      prototype = isArray ? Array.prototype : Object.getPrototypeOf(value);
      keys = isArray ? [] : Object.keys(value);
      if (!isArray && Object.getOwnPropertySymbols(value).length > 0) return this.fail(path, { messageId: "input.symbolKey", params: {} });
    } catch {
      return this.fail(path, UNREADABLE);
    }
    if (isArray) {
      const list = value as unknown[];
      let length: number;
      try {
        length = list.length;
      } catch {
        return this.fail(path, UNREADABLE);
      }
      if (length > this.limits.maxArrayLength) return this.fail(path, { messageId: "input.listTooLong", params: { length, max: this.limits.maxArrayLength } });
      const copy = new Array<unknown>(length);
      for (let index = 0; index < length; index += 1) {
        path.push(index);
        copy[index] = this.readProperty(list as unknown as Record<number, unknown>, index, path);
        path.pop();
        if (this.issues.length >= MAX_ISSUES) break;
      }
      return copy;
    }
    if (prototype !== Object.prototype && prototype !== null) return this.fail(path, { messageId: "input.notPlainObject", params: {} });
    const copy: Record<string, unknown> = {};
    for (const key of keys) {
      path.push(key);
      if (FORBIDDEN_KEYS.has(key)) this.fail(path, { messageId: "input.forbiddenKey", params: { key } });
      else {
        const child = this.readProperty(value as Record<string, unknown>, key, path, true);
        // a property whose value is undefined is not given (as JSON.stringify leaves it out, and as an optional field's type allows)
        if (child !== undefined) copy[key] = child;
      }
      path.pop();
      if (this.issues.length >= MAX_ISSUES) break;
    }
    return copy;
  }

  /** Reads one property once (a getter runs once); a throwing getter or trap is an issue. */
  readProperty(container: Record<string | number, unknown>, key: string | number, path: (string | number)[], optional = false): unknown {
    let child: unknown;
    try {
      child = container[key];
    } catch {
      return this.fail(path, { messageId: "input.unreadableGetter", params: {} });
    }
    return optional && child === undefined ? undefined : this.read(child, path);
  }
}

class TooLarge extends Error {}

/**
 * Reads an input once into plain JSON data, before any schema sees it: each property is read
 * exactly once (a getter or a proxy cannot answer differently later), and refused are prototype
 * keys (`__proto__`, `constructor`, `prototype`), symbol keys, nesting deeper than `maxDepth`,
 * more than `maxNodes` values, lists longer than `maxArrayLength`, over-long strings, values JSON
 * cannot hold (functions, symbols, bigints, undefined in a list), objects that are not plain, and anything
 * that throws when read. An object's property whose value is `undefined` is not given: it is left
 * out of the copy (`null` is a value, which the schema judges). Returns the copy, or the issues found (at most 20).
 *
 * @example
 * ```ts
 * readInput(JSON.parse('{"attestations":{"__proto__":{}}}'), RECORD_LIMITS, "invalid_record");
 * // { issues: [{ code: "invalid_record", path: ["attestations", "__proto__"], messageId: "input.forbiddenKey", …, message: "key __proto__ is not allowed" }] }
 * ```
 */
export function readInput(input: unknown, limits: GuardLimits, code: IssueCode): { value: unknown; issues: Issue[] } {
  const reader = new Reader(limits, code);
  try {
    const value = reader.read(input, []);
    return { value, issues: reader.issues };
  } catch (error) {
    if (error instanceof TooLarge) return { value: undefined, issues: [issueOf(code, [], "input.tooManyValues", { max: limits.maxNodes })] };
    if (error instanceof RangeError) return { value: undefined, issues: [issueOf(code, [], "input.tooLargeToRead", {})] };
    throw error;
  }
}
