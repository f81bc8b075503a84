// Sample values the doc-comment examples take for granted, with their real types (see
// checkExamples.mjs). A name used by examples for different things is left out: it stays free.
declare const rulebook: import("../../src/index.js").CompiledRulebook;
declare const compiled: import("../../src/index.js").CompiledRulebook;
declare const record: import("../../src/index.js").CandidateRecord;
declare const records: import("../../src/index.js").CandidateRecord[];
