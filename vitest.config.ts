import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // every test file runs with generator failures thrown (see test/setup.ts)
    setupFiles: ["test/setup.ts"],
  },
});
