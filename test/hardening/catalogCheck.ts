import { isDeepStrictEqual } from "node:util";
import { AwardRulesError } from "../../src/index.js";
import { isMessageId } from "../../src/messages/catalog.js";
import { renderMessage } from "../../src/messages/issueOf.js";

/** An issue or a lint finding: its message as the catalog's id and params, and the text rendered from them. */
type Carried = { messageId?: unknown; params?: unknown; message?: unknown; zh?: unknown };

/** Whether params are plain JSON data: an object equal to its JSON copy, nothing dropped or changed (no NaN, no undefined). */
function isPlainJson(value: unknown): boolean {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
  try {
    return isDeepStrictEqual(JSON.parse(JSON.stringify(value)), value);
  } catch {
    return false;
  }
}

/**
 * What is wrong with the message an issue or a finding carries, or undefined: a known id of the
 * catalog, plain JSON params, and `message` and `zh` equal to the catalog's renderings of them.
 */
export function offCatalog(carried: object): string | undefined {
  const { messageId, params, message, zh } = carried as Carried;
  if (!isMessageId(messageId)) return `unknown messageId ${JSON.stringify(messageId)} (message ${JSON.stringify(message)})`;
  if (!isPlainJson(params)) return `${messageId}: params are not plain JSON`;
  const id = messageId;
  const rendered = (language: "en" | "zh"): string => renderMessage(id, params as never, language);
  if (message !== rendered("en")) return `${messageId}: message ${JSON.stringify(message)} is not ${JSON.stringify(rendered("en"))}`;
  if (zh !== rendered("zh")) return `${messageId}: zh ${JSON.stringify(zh)} is not ${JSON.stringify(rendered("zh"))}`;
  return undefined;
}

/** The issues and findings a value holds that the library words: an error's issues, a `safe…` twin's error, a list of lint findings. */
function carriedBy(value: unknown): Carried[] {
  if (value instanceof AwardRulesError) return value.issues;
  if (value === null || typeof value !== "object") return [];
  const failed = value as { success?: unknown; error?: unknown };
  if (failed.success === false && failed.error instanceof AwardRulesError) return failed.error.issues;
  if (Array.isArray(value)) return value.filter((item): item is Carried => item !== null && typeof item === "object" && "severity" in item && "message" in item);
  return [];
}

/**
 * The first issue or finding a thrown error or a returned value holds whose message is not the
 * catalog's, said in a line; undefined when every one is.
 */
export function catalogProblem(value: unknown): string | undefined {
  for (const carried of carriedBy(value)) {
    const problem = offCatalog(carried);
    if (problem !== undefined) return problem;
  }
  return undefined;
}
