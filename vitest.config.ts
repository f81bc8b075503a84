import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // every test file runs with generator failures thrown (see test/setup.ts)
    setupFiles: ["test/setup.ts"],
    // the type tests of test/types (`*.test-d.ts`) run with every `vitest run`: tsc checks them, and a
    // `@ts-expect-error` whose error has vanished fails the run
    typecheck: { enabled: true, include: ["test/types/**/*.test-d.ts"], tsconfig: "./tsconfig.json" },
  },
});
