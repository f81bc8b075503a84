// The pack test: pack the package, install the tarball into a fresh project, and use it from an
// ESM file, a CJS file, a type-checked TypeScript file and the CLI, with the bundled rulebooks.
// Run by `npm run test:pack` (and .ci/run); not part of `npm test` (it installs from the registry).
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..", "..");
const work = mkdtempSync(join(tmpdir(), "award-rules-pack-"));
const run = (command, args, cwd) => execFileSync(command, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
let passed = 0;
let failed = 0;
const check = (name, fn) => {
  try {
    fn();
    passed += 1;
    console.log(`ok   ${name}`);
  } catch (error) {
    failed += 1;
    console.log(`FAIL ${name}\n${error.stdout ?? ""}${error.stderr ?? ""}${error.message}`);
  }
};

run("npm", ["run", "build", "--silent"], root);
const tarball = run("npm", ["pack", "--silent", "--pack-destination", work], root).trim().split("\n").at(-1);
const project = join(work, "consumer");
run("mkdir", ["-p", project], work);
writeFileSync(join(project, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
run("npm", ["install", "--no-audit", "--no-fund", "--silent", join(work, tarball)], project);

const record = readFileSync(join(root, "fixtures", "000", "staff-complaint-two-and-half-years.json"), "utf8");
writeFileSync(join(project, "record.json"), JSON.stringify(JSON.parse(record).input));

check("the tarball ships dist, the rules and the JSON Schemas, and no tests or sources", () => {
  const files = run("tar", ["-tzf", join(work, tarball)], work)
    .split("\n")
    .filter(Boolean);
  for (const needed of [
    "package/dist/index.js",
    "package/dist/index.cjs",
    "package/dist/index.d.ts",
    "package/dist/cli.cjs",
    "package/dist/schema.js",
    "package/dist/schema.d.cts",
    "package/dist/policy-tests.cjs",
    "package/dist/review.js",
    "package/dist/reference.d.ts",
    "package/dist/json-rules-engine.cjs",
    "package/rules/000-model-post.json",
    "package/rules/schema/rulebook.schema.json",
    "package/LICENSE",
    "package/docs/authoring.zh.md",
    "package/docs/api/index.html",
  ]) {
    if (!files.includes(needed)) throw new Error(`missing ${needed}`);
  }
  const stray = files.filter((file) => /^package\/(src|test|fixtures)\//.test(file));
  // every README link to a file of the package resolves inside the package
  const readme = readFileSync(join(root, "README.md"), "utf8");
  for (const [, target] of readme.matchAll(/\]\(((?:docs|rules)\/[^)#\s]+)/g)) {
    const path = target.endsWith("/") ? target : target;
    if (!files.some((file) => file === `package/${path}` || file.startsWith(`package/${path.replace(/\/$/, "")}/`)))
      throw new Error(`README links to ${target}, which the package lacks`);
  }
  if (stray.length > 0) throw new Error(`ships ${stray.join(", ")}`);
});

check("ESM import evaluates a record with the bundled rulebook", () => {
  writeFileSync(
    join(project, "esm.mjs"),
    `
    import { readFileSync } from "node:fs";
    import { bundledRulebook, evaluate } from "award-rules";
    const result = evaluate(bundledRulebook(), JSON.parse(readFileSync("record.json", "utf8")), { asOf: "2026-11-26" });
    if (result.status !== "qualified" || result.level !== 2) throw new Error(JSON.stringify(result.summary));
    console.log(result.summary.en);`,
  );
  run("node", ["esm.mjs"], project);
});

check("CJS require evaluates a scored award", () => {
  writeFileSync(
    join(project, "cjs.cjs"),
    `
    const { bundledRulebook, evaluateScored } = require("award-rules");
    const result = evaluateScored(bundledRulebook("logistics-plans-004"), { id: "S", scores: { "staff-appraisal": { items: { total: 90 } } },
      liabilityIncidents: [], leave: [], sanctions: [], criminalPenalties: [], attestations: { "cap.integrity.when": "notMet" } },
      { asOf: "2026-07-01", award: "staff-appraisal" });
    if (result.grade !== "excellent") throw new Error(result.summary.en);`,
  );
  run("node", ["cjs.cjs"], project);
});

check("TypeScript type-checks against the shipped types (strict, NodeNext)", () => {
  writeFileSync(
    join(project, "use.ts"),
    `
    import { bundledRulebook, evaluate, type EvaluationResult, type CandidateRecord, AwardRulesError, safeEvaluate } from "award-rules";
    const record: CandidateRecord = { id: "T-1", partyMember: false, role: "staff" };
    const result: EvaluationResult = evaluate(bundledRulebook(), record, { asOf: "2026-11-26" });
    const level: number | null = result.level;
    const safe = safeEvaluate(bundledRulebook(), { id: 7 }, { asOf: "2026-11-26" });
    if (!safe.success) { const error: AwardRulesError = safe.error; console.log(error.issues[0]?.path, level); }
    // @ts-expect-error asOf is required
    evaluate(bundledRulebook(), record, {});
    // the published types do not show how verdicts are computed (generated code is internal)
    // @ts-expect-error verdicts is not part of the published types
    bundledRulebook().awards[0]?.verdicts;
    // @ts-expect-error evaluation is not part of the published types
    bundledRulebook().awards[0]?.evaluation;`,
  );
  writeFileSync(
    join(project, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: { strict: true, module: "NodeNext", moduleResolution: "NodeNext", target: "ES2022", noEmit: true, skipLibCheck: false, types: [] },
      files: ["use.ts"],
    }),
  );
  run("node", [join(root, "node_modules", "typescript", "bin", "tsc"), "-p", "."], project);
});

check("every subpath loads from ESM and CJS, with what it documents", () => {
  const subpaths = {
    "award-rules/schema": ["CandidateRecordSchema", "RulebookSchema", "PolicyTestSchema", "rulebookJsonSchema"],
    "award-rules/policy-tests": ["runPolicyTests", "parsePolicyTest", "formatTestReport", "ClauseCoverage", "checkMutants"],
    "award-rules/review": ["lintRulebook", "renderReviewPage", "renderReviewIndex", "checkRulebook"],
    "award-rules/reference": ["FACTS", "OPERATORS"],
    "award-rules/json-rules-engine": ["createJsonRulesEngine", "toJsonRulesEngineConditions"],
  };
  const checks = Object.entries(subpaths).map(
    ([name, exports]) => `for (const key of ${JSON.stringify(exports)}) if (!(key in (await import("${name}")))) throw new Error("${name} lacks " + key);`,
  );
  writeFileSync(join(project, "subpaths.mjs"), checks.join("\n"));
  run("node", ["subpaths.mjs"], project);
  const required = Object.entries(subpaths).map(
    ([name, exports]) => `for (const key of ${JSON.stringify(exports)}) if (!(key in require("${name}"))) throw new Error("${name} lacks " + key);`,
  );
  writeFileSync(join(project, "subpaths.cjs"), required.join("\n"));
  run("node", ["subpaths.cjs"], project);
  writeFileSync(
    join(project, "schema.mjs"),
    `
    import { CandidateRecordSchema } from "award-rules/schema";
    import { parseCandidate } from "award-rules";
    const record = parseCandidate({ id: "T-1", partyMember: true });
    if (!CandidateRecordSchema.safeParse(record).success) throw new Error("the record the main entry accepts fits the schema");`,
  );
  run("node", ["schema.mjs"], project);
});

check("the main entry loads neither zod nor json-rules-engine", () => {
  writeFileSync(
    join(project, "light.cjs"),
    `
    require("award-rules");
    const loaded = Object.keys(require.cache).filter((file) => /node_modules[\\/](zod|json-rules-engine)[\\/]/.test(file));
    if (loaded.length > 0) throw new Error("loaded " + loaded.join(", "));`,
  );
  run("node", ["light.cjs"], project);
});

check("the CLI runs from the installed bin", () => {
  const out = run("npx", ["--no-install", "award-rules", "evaluate", "record.json", "--as-of", "2026-11-26", "--lang", "en"], project);
  if (!out.includes("Qualifies for level-2 model post")) throw new Error(out);
});

console.log(`\npack test: ${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
