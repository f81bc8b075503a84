import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from "node:fs";
import type { IssueCode } from "../errors/AwardRulesError.js";
import type { MessageRef } from "../messages/catalog.js";
import { raise } from "../messages/issueOf.js";

/**
 * What the CLI reads whole (a rule file, a record, a JSON array of records, a test, populations, a
 * previous round) is at most `wholeFile` bytes; one NDJSON line is at most `line` bytes.
 *
 * @example
 * ```ts
 * FILE_LIMITS.wholeFile; // 67108864 (64 MB)
 * ```
 */
export const FILE_LIMITS = Object.freeze({ wholeFile: 64 * 1024 * 1024, line: 1024 * 1024 });

const fail = (file: string, message: MessageRef, code: IssueCode = "invalid_option"): never => raise(code, [file], message.messageId, message.params);

/** What a non-regular file is, where a file is expected. */
function notAFile(stats: Stats): MessageRef {
  const kind = stats.isDirectory() ? "folder" : stats.isFIFO() ? "pipe" : stats.isCharacterDevice() || stats.isBlockDevice() ? "device" : stats.isSocket() ? "socket" : "other";
  return { messageId: "file.notRegular", params: { kind } };
}

/** Why a file could not be opened or read, by the system's error code. */
const CAUSES: Readonly<Record<string, "missing" | "denied" | "notFolder" | "nameTooLong" | "loop">> = {
  ENOENT: "missing",
  EACCES: "denied",
  EPERM: "denied",
  ENOTDIR: "notFolder",
  ENAMETOOLONG: "nameTooLong",
  ELOOP: "loop",
};

function reasonOf(error: unknown): MessageRef {
  const code = (error as NodeJS.ErrnoException).code;
  const cause = code !== undefined && Object.hasOwn(CAUSES, code) ? CAUSES[code] : undefined;
  return cause !== undefined ? { messageId: "file.unreadable", params: { cause } } : { messageId: "file.cannotRead", params: { reason: code ?? (error as Error).message } };
}

/**
 * Opens a file the CLI is to read, refusing anything but a regular file: it is looked at before it
 * is opened, opened without blocking (a pipe cannot hang the CLI) and looked at again once open.
 * A missing file, a folder, a pipe or a device is an `AwardRulesError` naming the file.
 *
 * @example
 * ```ts
 * const { fd, size } = openRegularFile("round.ndjson");
 * ```
 */
export function openRegularFile(file: string): { fd: number; size: number } {
  if (typeof file !== "string" || file === "") fail(String(file), { messageId: "file.noName", params: {} });
  let before: Stats;
  try {
    before = statSync(file);
  } catch (error) {
    return fail(file, reasonOf(error));
  }
  if (!before.isFile()) fail(file, notAFile(before));
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
  } catch (error) {
    return fail(file, reasonOf(error));
  }
  const after = fstatSync(fd);
  if (!after.isFile()) {
    closeSync(fd);
    fail(file, notAFile(after));
  }
  return { fd, size: after.size };
}

/**
 * Reads a whole regular file as bytes, up to `FILE_LIMITS.wholeFile` bytes; a bigger file or one
 * that cannot be read is an `AwardRulesError` naming the file.
 *
 * @example
 * ```ts
 * readBytesFile("fixtures/sheets/000-round.xlsx").length > 0; // true
 * ```
 */
export function readBytesFile(file: string, limit: number = FILE_LIMITS.wholeFile): Buffer {
  const { fd, size } = openRegularFile(file);
  try {
    if (size > limit) fail(file, { messageId: "file.tooLarge", params: { size, limit } });
    const buffer = Buffer.alloc(Math.min(size, limit) + 1);
    let length = 0;
    for (;;) {
      const read = readChunk(fd, buffer, length, buffer.length - length, file);
      if (read === 0) break;
      length += read;
      if (length > limit) fail(file, { messageId: "file.tooLarge", params: { limit } });
      if (length === buffer.length) break;
    }
    return buffer.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads a whole regular file as UTF-8 text, up to `FILE_LIMITS.wholeFile` bytes; a bigger file, a
 * file that is not UTF-8, or one that cannot be read is an `AwardRulesError` naming the file.
 *
 * @example
 * ```ts
 * readTextFile("rules/000-model-post.json").startsWith("{"); // true
 * ```
 */
export function readTextFile(file: string, code: IssueCode = "invalid_option", limit: number = FILE_LIMITS.wholeFile): string {
  return decodeUtf8(readBytesFile(file, limit), code, [file]);
}

/**
 * One `readSync` of a file opened by `openRegularFile`; an error is an `AwardRulesError` naming the file.
 *
 * @example
 * ```ts
 * const read = readChunk(fd, buffer, 0, buffer.length, "round.ndjson");
 * ```
 */
export function readChunk(fd: number, buffer: Buffer, offset: number, length: number, file: string): number {
  try {
    return readSync(fd, buffer, offset, length, null);
  } catch (error) {
    return fail(file, reasonOf(error));
  }
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * UTF-8 bytes as text; bytes that are not UTF-8 are an `AwardRulesError` of the given code and path.
 *
 * @example
 * ```ts
 * decodeUtf8(Buffer.from("{}"), "invalid_record", ["a.json"]); // "{}"
 * ```
 */
export function decodeUtf8(bytes: Uint8Array, code: IssueCode, path: (string | number)[]): string {
  try {
    return utf8.decode(bytes);
  } catch {
    return raise(code, path, "file.notUtf8", {});
  }
}
