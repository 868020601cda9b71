import { defineConfig } from 'vitest/config';

// Two projects, split by whether a test file may share its worker's modules with the next file.
// - "pure": the engine, renderers, catalogues, the CLI and the meta checks. The engine is pure (no I/O, no clock,
//   no module state a test changes), so these files run in one module graph (`isolate: false`): importing the engine
//   afresh for each of ~110 files was most of the suite's time (import 105 s of 200 s for test/engine alone).
// - "app": the Slack app, key fetching, leak, config and Docker tests. They intercept HTTP with nock, set
//   process.env and start servers, so each file keeps its own module graph.
const PURE = [
  'test/engine/**/*.test.ts',
  'test/fuzz/**/*.test.ts',
  'test/messages/**/*.test.ts',
  'test/render/**/*.test.ts',
  'test/meta/**/*.test.ts',
  'test/cli/**/*.test.ts',
];

export default defineConfig({
  test: {
    setupFiles: ['test/setup/fast-check.ts'],
    testTimeout: 20_000,
    projects: [
      { extends: true, test: { name: 'pure', include: PURE, isolate: false } },
      { extends: true, test: { name: 'app', include: ['test/**/*.test.ts'], exclude: PURE } },
    ],
  },
});
