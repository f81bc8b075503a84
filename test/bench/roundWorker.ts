/**
 * One round in a process of its own, for the benchmark: reads the generated records one at a
 * time (an iterable; nothing else holds them), reads every placement (one at a time, as `batch`
 * writes them) and the 公示 list, and prints time, peak RSS and the live heap after the round. Run as `node roundWorker.mjs <kind> <count>` once bundled by the benchmark.
 */
import { bundledRulebook, evaluateCohort } from "../../src/index.js";
import { eachPlacement } from "../../src/cohort/eachPlacement.js";
import { mulberry32, syntheticAppraisal, syntheticRecord, syntheticStar } from "./generate.js";

const kind = process.argv[2] ?? "000";
const count = Number(process.argv[3] ?? 10_000);
const make = kind === "appraisal" ? syntheticAppraisal : kind === "star" ? syntheticStar : syntheticRecord;
function* records(): Generator<Record<string, unknown>> {
  const random = mulberry32(5);
  for (let index = 0; index < count; index += 1) yield make(random, index);
}
const rulebook = kind === "000" ? bundledRulebook() : bundledRulebook("logistics-plans-004");
const options = kind === "appraisal" ? { asOf: "2024-07-15", award: "staff-appraisal" } : kind === "star" ? { asOf: "2016-12-15", award: "service-star" } : { asOf: "2026-11-26" };
const start = performance.now();
const round = evaluateCohort(rulebook, records(), options);
// A round row reads its placements: every one, and the awardees.
const placed: Record<string, number> = {};
for (const placement of eachPlacement(round)) placed[placement.status] = (placed[placement.status] ?? 0) + 1;
const awardees = round.awardees.length;
const seconds = (performance.now() - start) / 1000;
const peakRssMB = process.resourceUsage().maxRSS / 1024;
(globalThis as { gc?: () => void }).gc?.();
const liveHeapMB = process.memoryUsage().heapUsed / 1e6;
console.log(
  JSON.stringify({ kind, count, seconds, perRecordUs: (seconds * 1e6) / count, peakRssMB, liveHeapMB, candidates: round.candidates, ties: round.ties.length, placed, awardees }),
);
