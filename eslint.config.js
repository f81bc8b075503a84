// @ts-check
import eslint from "@eslint/js";
import { defineConfig } from "eslint/config";
import globals from "globals";
import tseslint from "typescript-eslint";

export default defineConfig(
  { ignores: ["dist/**", "docs/**", "coverage/**", "fixtures/**", "rules/**"] },
  eslint.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    linterOptions: { reportUnusedDisableDirectives: "error" },
    rules: {
      complexity: ["error", { max: 25 }],
      // messages show JSON values read from input (strings, numbers, booleans); describeValue is used where a value may be anything
      "@typescript-eslint/no-base-to-string": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", ignoreRestSiblings: true }],
    },
  },
  {
    // the per-record path reads the compiled rulebook's lists, which are frozen: V8 (Node 20) has no fast path
    // for some/find/findIndex/forEach/filter/every/slice on a frozen array (3–18× slower), while loops, for-of,
    // map and includes keep theirs (see CONTRIBUTING.md, "Frozen lists on the per-record path")
    files: [
      "src/evaluate/prepare.ts",
      "src/evaluate/evaluate.ts",
      "src/evaluate/evaluateVerdicts.ts",
      "src/evaluate/candidacy.ts",
      "src/semantics/decide.ts",
      "src/compile/fuseLeaf.ts",
      "src/compile/facts/knownAbsent.ts",
    ],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "CallExpression[callee.property.name=/^(some|find|findIndex|findLast|forEach|filter|every|slice)$/]",
          message:
            "On the per-record path use a loop (or for-of, map, includes): the compiled rulebook's lists are frozen, and V8 has no fast path for this method on a frozen array.",
        },
      ],
    },
  },
  {
    // tests read JSON and hostile values on purpose: values of type any are their matter
    files: ["test/**"],
    rules: {
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/no-unsafe-return": "off",
      "@typescript-eslint/no-explicit-any": "off",
      "@typescript-eslint/no-base-to-string": "off",
      "@typescript-eslint/restrict-template-expressions": "off",
      complexity: "off",
    },
  },
  { files: ["**/*.{js,mjs,cjs}"], extends: [tseslint.configs.disableTypeChecked], languageOptions: { globals: globals.node } },
  { files: ["**/*.cjs"], rules: { "@typescript-eslint/no-require-imports": "off" } },
);
