/**
 * Console blocks of the guides, as the guide tests read them. A console block is either a synopsis
 * (`award-rules test <…> [--rules …]`, no `$`), or one or more commands, each a line `$ award-rules …`
 * followed by what it prints. A line `…` in the shown output stands for any number of lines printed:
 * as the last line, the block shows the first lines; as the first, the last ones; in between, the
 * lines after it start where their first line is printed.
 */

/** One command of a console block and the output shown under it. */
export interface ShownCommand {
  /** The words after `$ `, split as a shell would (quotes kept together). */
  argv: string[];
  /** The line as written, without `$ `. */
  line: string;
  shown: string[];
}

/** Splits a command line as a shell would for plain words and '…' or "…" quoted ones. */
export function splitCommand(line: string): string[] {
  const words: string[] = [];
  for (const match of line.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)) words.push((match[1] ?? match[2] ?? match[3]) as string);
  return words;
}

/** The commands of a console block (each `$ ` line and the lines under it), or [] for a synopsis. */
export function commandsOf(text: string): ShownCommand[] {
  const commands: ShownCommand[] = [];
  for (const line of text.split("\n")) {
    if (line.startsWith("$ ")) commands.push({ argv: splitCommand(line.slice(2)), line: line.slice(2), shown: [] });
    else commands.at(-1)?.shown.push(line);
  }
  return commands;
}

const CUT = "…";

/**
 * The printed lines in the shape of the shown ones: where the block shows `…`, the printed lines it
 * stands for are left out, so that the result equals `shown` exactly when the block is right (and is
 * what the block should say when it is not).
 */
export function fitToShown(shown: string[], printed: string[]): string[] {
  if (!shown.includes(CUT)) return printed;
  const segments: string[][] = [[]];
  for (const line of shown) {
    if (line === CUT) segments.push([]);
    else (segments.at(-1) as string[]).push(line);
  }
  const fitted: string[][] = [];
  let at = 0;
  segments.forEach((segment, index) => {
    const first = index === 0;
    const last = index === segments.length - 1;
    if (segment.length === 0) return void fitted.push([]);
    if (first) {
      fitted.push(printed.slice(0, segment.length));
      at = segment.length;
      return;
    }
    if (last) return void fitted.push(printed.slice(Math.max(at, printed.length - segment.length)));
    const found = printed.indexOf(segment[0] as string, at);
    const start = found === -1 ? at : found;
    fitted.push(printed.slice(start, start + segment.length));
    at = start + segment.length;
  });
  return fitted.flatMap((segment, index) => (index === 0 ? segment : [CUT, ...segment]));
}
