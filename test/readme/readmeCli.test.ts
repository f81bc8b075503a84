import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { runCli } from "../../src/cli/run.js";

const root = join(import.meta.dirname, "..", "..");
const readme = readFileSync(join(root, "README.md"), "utf8");
const blocks = [...readme.matchAll(/```console\n\$ award-rules (.+)\n([\s\S]*?)```/g)].map((match) => ({ command: match[1] as string, shown: match[2] as string }));
/** With UPDATE_README=1, each block is rewritten with what the CLI prints (a cut kept at the same length): then read the diff. */
const updating = process.env.UPDATE_README === "1";
let rewritten = readme;

describe("the README's CLI examples are real output", () => {
  test("every command is shown", () => {
    expect(blocks.map((block) => block.command.split(" ")[0])).toEqual(["evaluate", "batch", "lint", "diff", "render", "inputs", "test", "diff"]);
  });

  test.each(blocks.map((block) => [block.command, block] as const))(
    "award-rules %s",
    (_command, block) => {
      const cwd = process.cwd();
      process.chdir(root);
      try {
        const outcome = runCli(block.command.split(" "), { progress: () => undefined, writeFile: () => undefined });
        expect(outcome.code).not.toBe(2);
        const shown = block.shown.replace(/\n$/, "").split("\n");
        const printed = outcome.stdout.replace(/\n$/, "").split("\n");
        if (updating) {
          const fresh =
            shown.at(-1) === "…" ? [...printed.slice(0, shown.length - 1), "…"] : shown[0] === "…" ? ["…", ...printed.slice(printed.length - (shown.length - 1))] : printed;
          rewritten = rewritten.replace(`$ award-rules ${block.command}\n${block.shown}`, `$ award-rules ${block.command}\n${fresh.join("\n")}\n`);
          writeFileSync(join(root, "README.md"), rewritten);
          return;
        }
        // "…" as the last line: the block shows the first lines; as the first line: the last ones.
        if (shown.at(-1) === "…") expect(printed.slice(0, shown.length - 1)).toEqual(shown.slice(0, -1));
        else if (shown[0] === "…") expect(printed.slice(printed.length - (shown.length - 1))).toEqual(shown.slice(1));
        else expect(printed).toEqual(shown);
      } finally {
        process.chdir(cwd);
      }
      // the `test … --coverage --mutate` example runs every mutant of a rulebook: seconds on a busy machine
    },
    30_000,
  );
});
