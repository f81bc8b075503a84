// The pack test: pack the package, install the tarball into a fresh project, and use it from an
// ESM file, a CJS file, a type-checked TypeScript file and the CLI, with the bundled rulebooks; check
// the package is light (unpacked size, no API docs or source maps, json-rules-engine an optional peer)
// and that its ESM and CJS builds loaded together are one world.
// Run by `npm run test:pack` (and .ci/run); not part of `npm test` (it installs from the registry).
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { buildSync } from "esbuild";
import ts from "typescript";

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
// built just above, so the prepack script (a build) need not run again
const [packed] = JSON.parse(run("npm", ["pack", "--json", "--ignore-scripts", "--pack-destination", work], root));
const tarball = packed.filename;
console.log(`tarball: ${packed.size} bytes packed, ${packed.unpackedSize} unpacked, ${packed.entryCount} files`);
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
  ]) {
    if (!files.includes(needed)) throw new Error(`missing ${needed}`);
  }
  // nor the API docs (generated and checked in CI, published apart) or source maps
  // nor the review pages of the bundled rule files (`award-rules render rules --out <folder>` writes them), nor an ESM copy of the CLI
  const stray = files.filter((file) => /^package\/(src|test|fixtures|docs\/api|docs\/rules)\//.test(file) || file.endsWith(".map") || file === "package/dist/cli.js");
  // every README link to a file of the package resolves inside the package
  const readme = readFileSync(join(root, "README.md"), "utf8");
  for (const [, target] of readme.matchAll(/\]\(((?:docs|rules)\/[^)#\s]+)/g)) {
    const path = target.endsWith("/") ? target : target;
    if (!files.some((file) => file === `package/${path}` || file.startsWith(`package/${path.replace(/\/$/, "")}/`)))
      throw new Error(`README links to ${target}, which the package lacks`);
  }
  if (stray.length > 0) throw new Error(`ships ${stray.join(", ")}`);
});

check("the package unpacks to at most 5 MB, 5,000,000 bytes (npm pack's unpackedSize, as npm counts a MB)", () => {
  const limit = 5_000_000;
  if (!(packed.unpackedSize > 0 && packed.unpackedSize <= limit)) throw new Error(`unpacks to ${packed.unpackedSize} bytes, over ${limit}`);
});

check("json-rules-engine is not installed with the package (an optional peer)", () => {
  const manifest = JSON.parse(readFileSync(join(project, "node_modules", "award-rules", "package.json"), "utf8"));
  if (manifest.dependencies?.["json-rules-engine"] !== undefined || manifest.peerDependenciesMeta?.["json-rules-engine"]?.optional !== true)
    throw new Error("json-rules-engine should be an optional peer dependency");
  let installed = true;
  try {
    readFileSync(join(project, "node_modules", "json-rules-engine", "package.json"));
  } catch {
    installed = false;
  }
  if (installed) throw new Error("npm installed json-rules-engine with the package");
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

check("the bundled rulebooks, checked by the build, are the rulebooks loadRulebook makes of the rule files (ESM and CJS)", () => {
  const body = (load) => `
    ${load}
    const { isDeepStrictEqual } = require("node:util");
    const { readdirSync, readFileSync } = require("node:fs");
    const rules = ${JSON.stringify(join(root, "rules"))};
    const files = readdirSync(rules).filter((name) => /^\\d{3}-.*\\.json$/.test(name));
    if (files.length !== bundledRulebookIds().length) throw new Error("rule files and bundled rulebooks differ in number");
    for (const name of files) {
      const fromFile = loadRulebook(readFileSync(rules + "/" + name, "utf8"));
      const bundled = bundledRulebook(fromFile.rulebook.id);
      if (!isDeepStrictEqual(bundled.rulebook, fromFile.rulebook)) throw new Error(name + ": the bundled rulebook differs from the rule file");
    }`;
  writeFileSync(
    join(project, "same.mjs"),
    body(
      `import { createRequire } from "node:module"; const require = createRequire(import.meta.url); import { bundledRulebook, bundledRulebookIds, loadRulebook } from "award-rules";`,
    ),
  );
  writeFileSync(join(project, "same.cjs"), body(`const { bundledRulebook, bundledRulebookIds, loadRulebook } = require("award-rules");`));
  run("node", ["same.mjs"], project);
  run("node", ["same.cjs"], project);
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
  const diagnostics = run("node", [join(root, "node_modules", "typescript", "bin", "tsc"), "-p", ".", "--extendedDiagnostics"], project);
  const types = Number(/^Types:\s+(\d+)/m.exec(diagnostics)?.[1]);
  console.log(`type check: ${types} types, ${/^Total time:\s+(\S+)/m.exec(diagnostics)?.[1]} (the TypeScript library alone is some 16,600 types)`);
  // a count, not a time, so it cannot be flaky: with zod's types behind the main entry it was over 140,000
  if (!(types < 50_000)) throw new Error(`${types} types to check a small file against the main entry, over 50,000`);
});

check("the main entry's types load no other package (no zod): every .d.ts reachable from index.d.ts and index.d.cts imports only the package's own files", () => {
  const dist = join(project, "node_modules", "award-rules", "dist");
  const outside = [];
  for (const entry of ["index.d.ts", "index.d.cts"]) {
    const seen = new Set();
    for (const todo = [entry]; todo.length > 0;) {
      const file = todo.pop();
      if (seen.has(file)) continue;
      seen.add(file);
      // what TypeScript reads as imports and references (comments, such as doc examples, left aside)
      const { importedFiles, referencedFiles, typeReferenceDirectives, libReferenceDirectives } = ts.preProcessFile(readFileSync(join(dist, file), "utf8"), true, true);
      for (const { fileName } of [...importedFiles, ...referencedFiles]) {
        if (fileName.startsWith("./")) todo.push(fileName.replace(/\.(c?js)$/, (_, ext) => (ext === "cjs" ? ".d.cts" : ".d.ts")).slice(2));
        else outside.push(`${file} imports ${fileName}`);
      }
      for (const { fileName } of [...typeReferenceDirectives, ...libReferenceDirectives]) outside.push(`${file} references ${fileName}`);
    }
  }
  if (outside.length > 0) throw new Error(outside.join("\n"));
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

check("without json-rules-engine, its subpath says what to install: a missing_peer AwardRulesError in zh and en (ESM and CJS)", () => {
  const body = (lib, engines) => `
    let thrown;
    try { ${engines}.createJsonRulesEngine(${lib}.bundledRulebook(), { id: "T-1" }, "2026-11-26"); } catch (error) { thrown = error; }
    const issue = thrown?.issues?.[0];
    if (!${lib}.AwardRulesError.is(thrown) || issue.code !== "missing_peer" || !issue.message.includes("npm install json-rules-engine") || !issue.zh.includes("没有安装"))
      throw new Error("expected missing_peer, got " + (thrown?.stack ?? thrown));`;
  writeFileSync(join(project, "peer.mjs"), `import * as lib from "award-rules"; import * as engines from "award-rules/json-rules-engine";${body("lib", "engines")}`);
  run("node", ["peer.mjs"], project);
  writeFileSync(join(project, "peer.cjs"), `const lib = require("award-rules"); const engines = require("award-rules/json-rules-engine");${body("lib", "engines")}`);
  run("node", ["peer.cjs"], project);
});

check("ESM and CJS loaded together are one world: compile with one, evaluate with the other, catch each other's errors", () => {
  writeFileSync(
    join(project, "worlds.mjs"),
    `
    import { createRequire } from "node:module";
    import { readFileSync } from "node:fs";
    import * as esm from "award-rules";
    const cjs = createRequire(import.meta.url)("award-rules");
    if (esm.evaluate === cjs.evaluate || esm.AwardRulesError === cjs.AwardRulesError) throw new Error("the two builds were not both loaded");
    const record = JSON.parse(readFileSync("record.json", "utf8"));
    const ruleFile = JSON.parse(readFileSync("node_modules/award-rules/rules/000-model-post.json", "utf8"));
    for (const [compiler, evaluator] of [[esm, cjs], [cjs, esm]]) {
      const compiled = compiler.loadRulebook(ruleFile);
      // past the calls after which code is generated, so the generated code runs too
      for (let call = 0; call < 40; call += 1) {
        const result = evaluator.evaluate(compiled, record, { asOf: "2026-11-26" });
        if (result.status !== "qualified" || result.level !== 2) throw new Error(JSON.stringify(result.summary));
      }
      const text = compiler.explain(evaluator.evaluate(compiled, record, { asOf: "2026-11-26" }), { language: "zh" });
      if (!text.includes("二级")) throw new Error(text);
      let thrown;
      try { evaluator.parseCandidate({ id: 7 }); } catch (error) { thrown = error; }
      if (!(thrown instanceof compiler.AwardRulesError) || !compiler.AwardRulesError.is(thrown)) throw new Error("an error of one build is not an AwardRulesError of the other");
      let copied;
      try { evaluator.evaluate({ ...compiled }, record, { asOf: "2026-11-26" }); } catch (error) { copied = error; }
      if (copied?.issues?.[0]?.messageId !== "option.notCompiled") throw new Error("a copy of a compiled rulebook was let in");
    }`,
  );
  run("node", ["worlds.mjs"], project);
});

check("with json-rules-engine installed, its subpath runs a rulebook's tree (ESM and CJS)", () => {
  const range = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).peerDependencies["json-rules-engine"];
  run("npm", ["install", "--no-audit", "--no-fund", "--silent", `json-rules-engine@${range}`], project);
  const body = (lib, engines, jre) => `
    const compiled = ${lib}.bundledRulebook();
    const tree = compiled.rulebook.awards[0].requirements;
    const engine = ${engines}.createJsonRulesEngine(compiled, JSON.parse(readFileSync("record.json", "utf8")), "2026-11-26");
    engine.addRule(new ${jre}.Rule({ conditions: ${engines}.toJsonRulesEngineConditions(tree), event: { type: "met" } }));
    engine.run().then(({ events }) => { if (events.length !== 1) throw new Error("the requirements are met by evaluate but not by json-rules-engine"); });`;
  writeFileSync(
    join(project, "engine.mjs"),
    `import { readFileSync } from "node:fs"; import * as lib from "award-rules"; import * as engines from "award-rules/json-rules-engine"; import * as jre from "json-rules-engine";${body("lib", "engines", "jre")}`,
  );
  run("node", ["engine.mjs"], project);
  writeFileSync(
    join(project, "engine.cjs"),
    `const { readFileSync } = require("node:fs"); const lib = require("award-rules"); const engines = require("award-rules/json-rules-engine"); const jre = require("json-rules-engine");${body("lib", "engines", "jre")}`,
  );
  run("node", ["engine.cjs"], project);
});

/** A file of the consumer bundled for a browser by esbuild (a devDependency here), minified, against the installed tarball. */
const browserBundle = (file) =>
  buildSync({ entryPoints: [join(project, file)], absWorkingDir: project, bundle: true, minify: true, format: "esm", platform: "browser", write: false, logLevel: "error" })
    .outputFiles[0].text;

/** The source document a bundled rule file names (ASCII, so found in a bundle however it escapes text). */
const sourceFileOf = (file) => JSON.parse(readFileSync(join(root, "rules", file), "utf8")).document.file;

check("a browser app that loads its own rule file, evaluates and explains in Chinese bundles to at most 60 KB gzip (esbuild, minified)", () => {
  writeFileSync(
    join(project, "browser-app.mjs"),
    `
    import { loadRulebook, evaluate, explain } from "award-rules";
    export function show(ruleFileText, recordText, asOf) {
      const result = evaluate(loadRulebook(JSON.parse(ruleFileText)), JSON.parse(recordText), { asOf });
      return explain(result, { language: "zh" });
    }`,
  );
  const outfile = join(project, "browser-bundle.js");
  writeFileSync(outfile, browserBundle("browser-app.mjs"));
  const bundle = readFileSync(outfile);
  const gzipped = gzipSync(bundle, { level: 9 }).length;
  console.log(`browser bundle: ${bundle.length} bytes minified, ${gzipped} gzip`);
  // the bundle runs, and says what the Node build says
  const shown = (module) =>
    run(
      "node",
      [
        "--input-type=module",
        "-e",
        `import { show } from "./${module}"; import { readFileSync } from "node:fs"; process.stdout.write(show(readFileSync("node_modules/award-rules/rules/000-model-post.json", "utf8"), readFileSync("record.json", "utf8"), "2026-11-26"));`,
      ],
      project,
    );
  const expected = shown("browser-app.mjs");
  const bundled = shown("browser-bundle.js");
  if (!expected.includes("二级") || bundled !== expected) throw new Error(`the bundle explains otherwise:\n${bundled}`);
  // none of the bundled rule files is in it (each names its source file, in ASCII)
  const text = bundle.toString("utf8");
  for (const file of ["000-model-post.json", "004-logistics-plans.json"]) {
    if (text.includes(sourceFileOf(file))) throw new Error(`the bundle carries rules/${file}`);
  }
  if (gzipped > 60 * 1024) throw new Error(`${gzipped} bytes gzip, over ${60 * 1024}`);
});

check("one bundled rulebook alone: award-rules/rulebooks/000 carries rule file 000 and no other", () => {
  writeFileSync(
    join(project, "one-rulebook.mjs"),
    `
    import { rulebook, RULEBOOK_ID } from "award-rules/rulebooks/000";
    import { bundledRulebook, evaluate } from "award-rules";
    if (rulebook() !== bundledRulebook(RULEBOOK_ID)) throw new Error("two compiled copies of one bundled rulebook");
    export const level = (record) => evaluate(rulebook(), record, { asOf: "2026-11-26" }).level;`,
  );
  writeFileSync(
    join(project, "one-rulebook-app.mjs"),
    `import { rulebook } from "award-rules/rulebooks/000"; import { evaluate } from "award-rules"; export const level = (record) => evaluate(rulebook(), record, { asOf: "2026-11-26" }).level;`,
  );
  run("node", ["one-rulebook.mjs"], project);
  const text = browserBundle("one-rulebook-app.mjs");
  const titles = ["000-model-post.json", "001-service-model-post.json", "004-logistics-plans.json"].map(sourceFileOf);
  if (!text.includes(titles[0]) || text.includes(titles[1]) || text.includes(titles[2])) throw new Error("the bundle does not carry exactly rule file 000");
});

check("the CLI runs from the installed bin", () => {
  const out = run("npx", ["--no-install", "award-rules", "evaluate", "record.json", "--as-of", "2026-11-26", "--lang", "en"], project);
  if (!out.includes("Qualifies for level-2 model post")) throw new Error(out);
});

console.log(`\npack test: ${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
