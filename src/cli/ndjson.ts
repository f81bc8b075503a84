import { closeSync } from "node:fs";
import { raise } from "../messages/issueOf.js";
import { decodeUtf8, FILE_LIMITS, openRegularFile, readChunk } from "./files.js";

/** Read 64 KB at a time: the text of a chunk stays a small string, freed young (a 1 MB string would live until a full collection). */
const CHUNK = 64 * 1024;
const NEWLINE = 0x0a;

/**
 * The non-blank lines of an NDJSON file with their numbers (from 1), read in chunks of 64 KB so the
 * file is never held whole; a line longer than `limit` bytes, or bytes that are not UTF-8, are an
 * `AwardRulesError` naming the file and line. The file is closed when the lines end or the loop stops.
 *
 * @example
 * ```ts
 * for (const { line, text } of ndjsonLines("round.ndjson")) JSON.parse(text);
 * ```
 */
export function* ndjsonLines(file: string, limit: number = FILE_LIMITS.line): Generator<{ line: number; text: string }> {
  const { fd } = openRegularFile(file);
  try {
    // one buffer read into again and again: the bytes after the last newline are moved to its front
    let work = Buffer.allocUnsafe(CHUNK * 2);
    let have = 0;
    let line = 0;
    const tooLong = (at: number): never => {
      return raise("invalid_record", [file, `line ${at}`], "file.lineTooLong", { limit });
    };
    for (;;) {
      if (work.length - have < CHUNK) {
        const grown = Buffer.allocUnsafe((have + CHUNK) * 2);
        work.copy(grown, 0, 0, have);
        work = grown;
      }
      const read = readChunk(fd, work, have, CHUNK, file);
      const total = have + read;
      if (read === 0 && total === 0) return;
      // the end of the file ends its last line, newline or not
      const end = read === 0 ? total : work.subarray(0, total).lastIndexOf(NEWLINE) + 1;
      if (end === 0) {
        if (total > limit) tooLong(line + 1);
        have = total;
        continue;
      }
      const rows = decodeUtf8(work.subarray(0, end), "invalid_record", [file, `after line ${line}`]).split("\n");
      if (read !== 0) rows.pop(); // the empty text after the last newline
      for (const row of rows) {
        line += 1;
        if (row.length > limit / 3 && Buffer.byteLength(row) > limit) tooLong(line);
        const text = row.trim();
        if (text !== "") yield { line, text };
      }
      if (read === 0) return;
      work.copyWithin(0, end, total);
      have = total - end;
      if (have > limit) tooLong(line + 1);
    }
  } finally {
    closeSync(fd);
  }
}
