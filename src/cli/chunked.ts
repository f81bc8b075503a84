/**
 * A writer that gathers small pieces of text and hands them on in chunks of about `size`
 * characters (call `flush` at the end), so output written a line at a time costs few writes.
 *
 * @example
 * ```ts
 * const writer = chunked((text) => process.stdout.write(text));
 * writer.write("a line\n");
 * writer.flush();
 * ```
 */
export function chunked(out: (text: string) => void, size = 64 * 1024): { write: (text: string) => void; flush: () => void } {
  let pieces: string[] = [];
  let length = 0;
  const flush = (): void => {
    if (length === 0) return;
    const text = pieces.join("");
    pieces = [];
    length = 0;
    out(text);
  };
  return {
    write: (text) => {
      pieces.push(text);
      length += text.length;
      if (length >= size) flush();
    },
    flush,
  };
}
