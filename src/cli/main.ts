#!/usr/bin/env node
import { defaultCliIo, runCli } from "./run.js";
import { writeAll } from "./stdout.js";

let open = true;
const outcome = runCli(process.argv.slice(2), {
  ...defaultCliIo,
  out: (text) => {
    if (open) open = writeAll(1, text);
  },
});
if (outcome.stdout && open) writeAll(1, outcome.stdout);
if (outcome.stderr) writeAll(2, outcome.stderr);
process.exitCode = outcome.code;
