import { writeSync } from "node:fs";

const pause = new Int32Array(new SharedArrayBuffer(4));

/**
 * Writes text to a file descriptor synchronously, all of it: a descriptor that is not ready
 * (`EAGAIN`, a non-blocking pipe that is full) is waited for and written again. A reader that has
 * gone (`EPIPE`) ends the writing quietly; the return value says whether everything was written.
 *
 * @example
 * ```ts
 * writeAll(1, "a line\n"); // true
 * ```
 */
export function writeAll(fd: number, text: string): boolean {
  let bytes = Buffer.from(text, "utf8");
  while (bytes.length > 0) {
    try {
      const written = writeSync(fd, bytes);
      bytes = bytes.subarray(written);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "EAGAIN" || code === "EWOULDBLOCK") Atomics.wait(pause, 0, 0, 5);
      else if (code === "EPIPE") return false;
      else throw error;
    }
  }
  return true;
}
