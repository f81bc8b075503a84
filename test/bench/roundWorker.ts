/**
 * One measurement in a process of its own, for the benchmark (peak RSS is the process's). Run as
 * `node roundWorker.mjs <kind> <mode> <count>` once bundled by the benchmark; prints one JSON
 * line. Kinds: `000` (model posts), `appraisal` (004 篇11), `star` (004 篇14); the records are
 * generated one at a time (an iterable; nothing else holds them). Modes:
 *
 * - `round`: a round (`evaluateCohort`), then every placement read (`eachPlacement`, one at a
 *   time, as the CLI's `batch` does) and written out as an NDJSON line to /dev/null, in 64 KB
 *   writes, and the 公示 list read;
 * - `verdicts`: each record given as an object to `evaluateVerdicts`: validation and verdicts
 *   alone (nothing written);
 * - `generate`: the records made and nothing else (the cost the other modes share).
 */
import { closeSync, openSync, writeSync } from "node:fs";
import { bundledRulebook, evaluateCohort, evaluateVerdicts } from "../../src/index.js";
import { eachPlacement } from "../../src/cohort/eachPlacement.js";
import { benchRecord, mulberry32, syntheticAppraisal, syntheticStar } from "./generate.js";

const kind = process.argv[2] ?? "000";
const mode = process.argv[3] ?? "round";
const count = Number(process.argv[4] ?? 10_000);
const make = kind === "appraisal" ? syntheticAppraisal : kind === "star" ? syntheticStar : benchRecord;
function* records(): Generator<Record<string, unknown>> {
  const random = mulberry32(5);
  for (let index = 0; index < count; index += 1) yield make(random, index);
}
const rulebook = kind === "appraisal" || kind === "star" ? bundledRulebook("logistics-plans-004") : bundledRulebook();
const options = kind === "appraisal" ? { asOf: "2024-07-15", award: "staff-appraisal" } : kind === "star" ? { asOf: "2016-12-15", award: "service-star" } : { asOf: "2026-11-26" };

/** NDJSON to a sink that discards it, written as the CLI writes: lines gathered into 64 KB pieces, each written synchronously. */
const sink = openSync("/dev/null", "w");
let pieces: string[] = [];
let pending = 0;
let bytes = 0;
const flush = (): void => {
  if (pending === 0) return;
  const text = pieces.join("");
  bytes += writeSync(sink, text);
  pieces = [];
  pending = 0;
};
const writeLine = (value: unknown): void => {
  const line = `${JSON.stringify(value)}\n`;
  pieces.push(line);
  pending += line.length;
  if (pending >= 64 * 1024) flush();
};

const start = performance.now();
const summary: Record<string, unknown> = {};
if (mode === "generate") {
  let fields = 0;
  for (const record of records()) fields += Object.keys(record).length;
  summary.fields = fields;
} else if (mode === "verdicts") {
  const statuses: Record<string, number> = {};
  for (const record of records()) {
    const verdict = evaluateVerdicts(rulebook, record, options);
    statuses[verdict.status] = (statuses[verdict.status] ?? 0) + 1;
  }
  summary.statuses = statuses;
} else {
  const round = evaluateCohort(rulebook, records(), options);
  // a round row reads its placements: every one, written out, and the awardees
  const placed: Record<string, number> = {};
  for (const placement of eachPlacement(round)) {
    placed[placement.status] = (placed[placement.status] ?? 0) + 1;
    writeLine(placement);
  }
  Object.assign(summary, { candidates: round.candidates, ties: round.ties.length, placed, awardees: round.awardees.length });
}
flush();
closeSync(sink);
const seconds = (performance.now() - start) / 1000;
const peakRssMB = process.resourceUsage().maxRSS / 1024;
(globalThis as { gc?: () => void }).gc?.();
const liveHeapMB = process.memoryUsage().heapUsed / 1e6;
console.log(JSON.stringify({ kind, mode, count, seconds, perRecordUs: (seconds * 1e6) / count, peakRssMB, liveHeapMB, ndjsonMB: bytes / 1e6, ...summary }));
