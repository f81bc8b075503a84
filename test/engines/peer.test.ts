import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { AwardRulesError } from "../../src/errors/AwardRulesError.js";
import { JSON_RULES_ENGINE_RANGE, jsonRulesEngine } from "../../src/engines/peer.js";

const notFound = (code: string) => (name: string) => {
  throw Object.assign(new Error(`Cannot find module '${name}'`), { code });
};

describe("json-rules-engine, an optional peer dependency", () => {
  test("is loaded when installed (the engine class the subpath uses)", () => {
    expect(typeof jsonRulesEngine().Engine).toBe("function");
  });

  test.each(["MODULE_NOT_FOUND", "ERR_MODULE_NOT_FOUND"])("missing (%s): a missing_peer AwardRulesError saying what to install, in Chinese and English", (code) => {
    let thrown: unknown;
    try {
      jsonRulesEngine(notFound(code));
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(AwardRulesError);
    const issue = (thrown as AwardRulesError).issues[0];
    expect(issue?.code).toBe("missing_peer");
    expect(issue?.message).toContain(`npm install json-rules-engine@"${JSON_RULES_ENGINE_RANGE}"`);
    expect(issue?.zh).toContain("没有安装");
    expect(issue?.zh).toContain(`npm install json-rules-engine@"${JSON_RULES_ENGINE_RANGE}"`);
  });

  test("any other failure while loading it is not hidden", () => {
    const broken = new SyntaxError("broken package");
    expect(() =>
      jsonRulesEngine(() => {
        throw broken;
      }),
    ).toThrow(broken);
  });

  test("the range asked for is package.json's peer range, which is optional", () => {
    const manifest = JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "package.json"), "utf8")) as {
      peerDependencies?: Record<string, string>;
      peerDependenciesMeta?: Record<string, { optional?: boolean }>;
      dependencies?: Record<string, string>;
    };
    expect(manifest.peerDependencies?.["json-rules-engine"]).toBe(JSON_RULES_ENGINE_RANGE);
    expect(manifest.peerDependenciesMeta?.["json-rules-engine"]?.optional).toBe(true);
    expect(manifest.dependencies?.["json-rules-engine"]).toBeUndefined();
  });
});
