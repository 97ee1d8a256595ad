/** Unit and integration tests run in Node; the task pane's component tests run in jsdom. */
// TypeScript is compiled for the tests by swc, without type checking (`npm run typecheck` does
// that): with ts-jest, the suites under test/workbook and one pane suite took a tenth more CPU
// (126 s against 113 s, cold cache), most of it the TypeScript compiler loading in each worker.
const transform = {
  "^.+\\.tsx?$": [
    "@swc/jest",
    {
      jsc: { parser: { syntax: "typescript", tsx: true }, target: "es2022", transform: { react: { runtime: "automatic" } } },
      module: { type: "commonjs" },
      sourceMaps: "inline",
    },
  ],
};

module.exports = {
  // Jest's default is one worker fewer than the cores: one worker on the 2-core machines we test
  // on, which left a core idle while a suite waited for LibreOffice or Chromium.
  maxWorkers: "100%",
  projects: [
    {
      displayName: "node",
      testEnvironment: "node",
      testMatch: ["<rootDir>/test/**/*.test.ts"],
      transform,
      moduleNameMapper: { "^office-addin-manifest$": "<rootDir>/test/support/office-addin-manifest-stub.js" },
    },
    {
      displayName: "dom",
      testEnvironment: "jsdom",
      testMatch: ["<rootDir>/test/**/*.test.tsx"],
      transform,
    },
  ],
};
