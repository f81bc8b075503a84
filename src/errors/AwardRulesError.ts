import type { MessageParams } from "../text/defineMessage.js";

/**
 * What went wrong, as a code a program can branch on:
 * - `invalid_record`: the candidate record does not fit its schema;
 * - `invalid_rulebook`: a rule file does not fit its schema;
 * - `unknown_fact`, `unknown_operator`, `unknown_window`, `unknown_scale`, `bad_value`,
 *   `duplicate_id`: a rule file that fits the schema but cannot be compiled;
 * - `unknown_award`, `unknown_category`: an evaluation names what the rulebook lacks;
 * - `invalid_option`: an option passed to a function is wrong (such as the as-of date);
 * - `invalid_score`: a score given for a scored award is unknown, negative or above its maximum;
 * - `outside_audience`: a record outside whom a rule covers (the clause says whom);
 * - `invalid_test`: a policy test does not fit its schema;
 * - `unknown_attestation`: a record attests a key no condition of the rulebook reads;
 * - `unknown_measure`, `unknown_flag`: a record carries a figure or a yes/no fact the rulebook
 *   does not declare;
 * - `duplicate_record`: two records of a round have the same id;
 * - `read_failed`: the caller's own iterable of records (a database cursor, a stream) threw while
 *   it was read; the error it threw is the `AwardRulesError`'s `cause`;
 * - `invalid_decision`: a committee decision given to a round does not fit what the round proposes
 *   (an unknown record, a candidate who cannot be awarded, a level not passed, a quota exceeded);
 * - `stale_ledger`: a previous round's ledger given to a round that is not the next one;
 * - `missing_peer`: a subpath needs an optional peer dependency that is not installed
 *   (`award-rules/json-rules-engine` needs `json-rules-engine`).
 */
export type IssueCode =
  | "invalid_record"
  | "invalid_rulebook"
  | "unknown_fact"
  | "unknown_operator"
  | "unknown_window"
  | "unknown_scale"
  | "bad_value"
  | "duplicate_id"
  | "unknown_award"
  | "unknown_category"
  | "invalid_option"
  | "invalid_score"
  | "outside_audience"
  | "invalid_test"
  | "unknown_attestation"
  | "unknown_measure"
  | "unknown_flag"
  | "duplicate_record"
  | "read_failed"
  | "invalid_decision"
  | "stale_ledger"
  | "missing_peer";

/**
 * One problem: its code, where it is (`path` into the input), its message as data (the catalog's
 * `messageId` and the `params` it is rendered from) and as text in English (`message`) and Chinese
 * (`zh`), and the rule id and clause where relevant.
 *
 * @example
 * ```ts
 * const issue: Issue = {
 *   code: "invalid_record",
 *   path: ["name"],
 *   messageId: "input.tooDeep",
 *   params: { max: 12 },
 *   message: "nested deeper than 12 levels",
 *   zh: "嵌套超过 12 层",
 * };
 * ```
 */
export interface Issue {
  code: IssueCode;
  path: (string | number)[];
  /** The id of the message in the catalog (see `renderMessage`). */
  messageId: string;
  /** The values the message is rendered from: plain JSON. */
  params: MessageParams;
  /** The message in English. */
  message: string;
  /** The same message in Chinese. */
  zh: string;
  ruleId?: string;
  clause?: string;
  /**
   * On an unknown-key issue (`schema.unrecognizedKeys`, `option.unknown`, `record.unknownKey`…):
   * the key, as zod 4's `unrecognized_keys` names them. There is one issue per unknown key, its
   * `path` pointing at the key itself (`["awards", 0, "levelz"]`), so `keys` holds that one key.
   */
  keys?: string[];
}

/**
 * The issue an `AwardRulesError` carries when it is made from something other than a list of
 * issues (a user's `new AwardRulesError(new Error("x"))`): the error is still made, and says so.
 * Its words are the catalog's `error.notIssueList` (a test holds them equal).
 *
 * @example
 * ```ts
 * new AwardRulesError(new Error("x") as never).issues[0]?.messageId; // "error.notIssueList"
 * ```
 */
export const NOT_ISSUE_LIST: Readonly<Issue> = Object.freeze({
  code: "invalid_option",
  path: ["issues"],
  messageId: "error.notIssueList",
  params: {},
  message: "an AwardRulesError is made from a list of issues, each with a code, a path and a message",
  zh: "错误应由问题列表构成，每个问题须有代码、位置和说明",
});

/** Whether a value looks like an issue (a code, a path list and a message): enough to print it. */
const isIssue = (value: unknown): value is Issue =>
  value !== null && typeof value === "object" && typeof (value as Issue).code === "string" && Array.isArray((value as Issue).path) && typeof (value as Issue).message === "string";

/** The issues given, or `NOT_ISSUE_LIST` when they are not a list of issues. */
function issueList(issues: unknown): Issue[] {
  return Array.isArray(issues) && issues.every(isIssue) ? issues : [{ ...NOT_ISSUE_LIST, path: ["issues"] }];
}

/**
 * The brand of an `AwardRulesError`: a symbol of the global registry (`Symbol.for`), so that two
 * copies of the package loaded together (an ESM and a CJS build) know each other's errors.
 */
const ERROR_BRAND: unique symbol = Symbol.for("award-rules.AwardRulesError");

/**
 * The library's one error class: a list of issues. Every function that throws throws this;
 * its `safe…` twin returns it as `{ success: false, error }`.
 *
 * An error of another copy of the package loaded beside this one (the ESM and the CJS build, as
 * bundlers and test runners load them) is one too: `AwardRulesError.is(error)` and
 * `error instanceof AwardRulesError` are true for it (the class carries a global brand and
 * answers `instanceof` by it; a subclass answers `instanceof` as usual).
 *
 * @example
 * ```ts
 * try {
 *   parseCandidate({ id: 7 });
 * } catch (error) {
 *   if (AwardRulesError.is(error)) console.log(error.issues[0]?.path); // ["id"]
 * }
 * ```
 */
export class AwardRulesError extends Error {
  /** Every problem found, not only the first. */
  readonly issues: Issue[];

  /**
   * @param issues every problem found
   * @param options `cause`: the error that led to this one (a caller's iterable that threw), kept
   *   as the standard `Error.cause`
   */
  constructor(issues: Issue[], options?: { cause?: unknown }) {
    const checked = issueList(issues);
    super(AwardRulesError.describe(checked), options !== undefined && "cause" in options ? { cause: options.cause } : undefined);
    this.name = "AwardRulesError";
    this.issues = checked;
  }

  /**
   * Whether a value is an `AwardRulesError` of any copy of the package (never throws).
   *
   * @example
   * ```ts
   * AwardRulesError.is(new AwardRulesError([])); // true
   * AwardRulesError.is(new Error("x")); // false
   * ```
   */
  static is(value: unknown): value is AwardRulesError {
    if (value === null || typeof value !== "object") return false;
    try {
      return (value as { [ERROR_BRAND]?: unknown })[ERROR_BRAND] === true && Array.isArray((value as AwardRulesError).issues);
    } catch {
      return false;
    }
  }

  /**
   * `instanceof AwardRulesError` by the brand, so an error of another copy of the package is one;
   * a subclass's `instanceof` is JavaScript's own.
   *
   * @example
   * ```ts
   * otherCopysError instanceof AwardRulesError; // true
   * ```
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return this === AwardRulesError ? AwardRulesError.is(value) : Function.prototype[Symbol.hasInstance].call(this, value);
  }

  /** One line per issue: `code at path: message (rule id, clause)`. */
  static describe(issues: Issue[]): string {
    return issueList(issues)
      .map((issue) => {
        const where = issue.path.length > 0 ? issue.path.join(".") : "(root)";
        const rule = issue.ruleId ? ` [rule ${issue.ruleId}${issue.clause ? `, ${issue.clause}` : ""}]` : "";
        return `${issue.code} at ${where}: ${issue.message}${rule}`;
      })
      .join("\n");
  }
}

// on the prototype, not enumerable: not an own key of an error, not in its JSON
Object.defineProperty(AwardRulesError.prototype, ERROR_BRAND, { value: true, enumerable: false, writable: false, configurable: false });

/**
 * The result of a `safe…` function: the data, or the error it would have thrown.
 *
 * @example
 * ```ts
 * const result: SafeResult<number> = { success: true, data: 1 };
 * ```
 */
export type SafeResult<T> = { success: true; data: T } | { success: false; error: AwardRulesError };
