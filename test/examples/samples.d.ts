// Sample values the doc-comment examples take for granted, with their real types (see
// checkExamples.mjs). A name examples use for different things (rulebook: a rule file or a
// compiled one) is left out: it stays free.
declare const record: import("../../src/index.js").CandidateRecord;
declare const records: import("../../src/index.js").CandidateRecord[];
// examples that show a policy test in a test file use vitest's names
declare const test: (name: string, fn: () => unknown) => void;
