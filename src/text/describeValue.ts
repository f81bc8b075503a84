/** The longest description a message shows (an engineering bound on message size). */
const MAX_LENGTH = 80;

/** Describes one value without reading it deeply: nothing here can throw or run a getter twice. */
function shallow(value: unknown, depth: number, seen: WeakSet<object>): string {
  switch (typeof value) {
    case "string":
      return JSON.stringify(value.length > MAX_LENGTH ? `${value.slice(0, MAX_LENGTH)}…` : value);
    case "number":
    case "boolean":
    case "undefined":
      return String(value);
    case "bigint":
      return `${value}n`;
    case "symbol":
      return "a symbol";
    case "function":
      return "a function";
    default:
      break;
  }
  if (value === null) return "null";
  const object = value as object;
  if (seen.has(object)) return "(a cycle)";
  seen.add(object);
  if (Array.isArray(object)) {
    if (depth > 1) return `a list of ${object.length}`;
    const items = object.slice(0, 4).map((item: unknown) => shallow(item, depth + 1, seen));
    return `[${items.join(", ")}${object.length > 4 ? ", …" : ""}]`;
  }
  if (depth > 1) return "an object";
  const keys = Object.keys(object);
  const fields = keys.slice(0, 4).map((key) => `${JSON.stringify(key)}: ${shallow((object as Record<string, unknown>)[key], depth + 1, seen)}`);
  return `{${fields.join(", ")}${keys.length > 4 ? ", …" : ""}}`;
}

/**
 * A value as an error message may show it, whatever it is (a BigInt, a cycle, a symbol, a
 * revoked proxy, an object whose getters throw, a huge string): never throws, reads at most a
 * few levels and keys, and is cut to 80 characters.
 *
 * @example
 * ```ts
 * describeValue(10n); // "10n"
 * const cyclic: Record<string, unknown> = {};
 * cyclic.self = cyclic;
 * describeValue(cyclic); // '{"self": (a cycle)}'
 * ```
 */
export function describeValue(value: unknown): string {
  let text: string;
  try {
    text = shallow(value, 0, new WeakSet());
  } catch {
    text = "an object that cannot be read (a proxy or a throwing getter)";
  }
  return text.length > MAX_LENGTH ? `${text.slice(0, MAX_LENGTH - 1)}…` : text;
}

/**
 * The type zod names for a value it did not expect: `undefined`, `null`, `array`, `NaN`,
 * `Infinity`, or `typeof`.
 *
 * @example
 * ```ts
 * receivedType([]); // "array"
 * ```
 */
export function receivedType(value: unknown): string {
  if (value === undefined) return "undefined";
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") {
    if (Number.isNaN(value)) return "NaN";
    if (!Number.isFinite(value)) return "Infinity";
  }
  return typeof value;
}
