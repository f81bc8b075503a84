import { AwardRulesError, type Issue, type IssueCode } from "../errors/AwardRulesError.js";
import { issueOf } from "../messages/issueOf.js";
import { perUnknownKey } from "../messages/unknownKeys.js";
import { zodIssueMessage, type PlainZodIssue } from "../messages/zodIssues.js";
import { describeValue, receivedType } from "../text/describeValue.js";
import { checkArgumentObject, checkText, readList, readOnce, readOptions, refuse, type DoorPath } from "./door.js";
import { readPlainData } from "./plainData.js";
import { checkShape } from "./shape.js";

/** The fields of a zod issue the catalog words it from. */
const FIELDS = ["code", "message", "expected", "values", "origin", "minimum", "maximum", "inclusive", "keys", "format", "pattern", "divisor", "params", "options"];

/** The type zod names for the input it reports (`reportInput`), whatever the input is. */
function receivedOf(input: unknown): string {
  try {
    return receivedType(input);
  } catch {
    return "object";
  }
}

/** Keys (text, a symbol as its text) and list positions (numbers), read once. */
function readKeys(value: unknown, path: DoorPath): (string | number)[] {
  return readList(value, path).map((key, index) => {
    if (typeof key === "string" || typeof key === "number") return key;
    if (typeof key === "symbol") return String(key);
    return refuse([...path, index], "option.notPathKey", { path: [...path, index].join("."), got: describeValue(key) });
  });
}

/** One zod issue read once into plain data, refused where it is not one. */
function plainIssue(issue: unknown, at: DoorPath): PlainZodIssue & { path: (string | number)[] } {
  const given = readOptions(issue, at, { required: true });
  const plain: Record<string, unknown> = {};
  for (const key of FIELDS) if (given[key] !== undefined) plain[key] = readPlainData(given[key], [...at, key]);
  if ("input" in given) plain.received = receivedOf(given.input);
  checkShape(plain, { fields: { code: "string", message: "string" } }, at);
  plain.path = readKeys(given.path, [...at, "path"]);
  return plain as PlainZodIssue & { path: (string | number)[] };
}

/** One issue: its message from the catalog, or zod's English where its params do not fit the message. */
function issueFrom(code: IssueCode, path: (string | number)[], plain: PlainZodIssue): Issue[] {
  const ref = zodIssueMessage(plain);
  try {
    // zod's unknown keys (at the object) become one issue per key, at the key, as the validators give them
    return perUnknownKey({ ...ref, path }).map((found) => issueOf(code, found.path, found.messageId, found.params, { keys: found.keys }));
  } catch {
    return [issueOf(code, path, "schema.other", { text: plain.message })];
  }
}

/**
 * Turns a zod error into an `AwardRulesError` of the given code, each issue under the path prefix,
 * its message taken from the catalog by zod's structured fields (see `zodIssueMessage`), in English
 * as zod words it. A wrong type names the type received when zod reports the input
 * (`safeParse(value, { reportInput: true })`); else zod's English is kept as it is. The error is
 * typed by what is read of it, its issues with zod's code, message and path (the other fields zod
 * gives are read where present): a `ZodError` fits, and the main entry's types load no zod.
 *
 * @example
 * ```ts
 * const parsed = CandidateRecordSchema.safeParse(input, { reportInput: true });
 * if (!parsed.success) throw fromZod(parsed.error, "invalid_record", ["records", 3]);
 * ```
 */
export function fromZod(
  error: { readonly issues: readonly { readonly code: string; readonly message: string; readonly path: readonly PropertyKey[] }[] },
  code: IssueCode,
  pathPrefix: readonly (string | number)[] = [],
): AwardRulesError {
  const issueCode = checkText(code, ["code"]) as IssueCode;
  const prefix = readKeys(pathPrefix, ["pathPrefix"]);
  const issues = readList(readOnce(checkArgumentObject(error, "error"), "issues", ["error", "issues"]), ["error", "issues"]);
  return new AwardRulesError(
    issues.flatMap((issue, index) => {
      const plain = plainIssue(issue, ["error", "issues", index]);
      return issueFrom(issueCode, [...prefix, ...plain.path], plain);
    }),
  );
}
