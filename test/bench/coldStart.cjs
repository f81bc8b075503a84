// Cold start for the benchmark: import the built package, compile the bundled 000 rulebook, one verdict.
const awardRules = require(process.argv[2]);
awardRules.evaluateVerdicts(awardRules.bundledRulebook(), { id: "T-1", partyMember: false, role: "staff" }, { asOf: "2026-11-26" });
