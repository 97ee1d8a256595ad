/** Unit and integration tests run in Node; the task pane's component tests run in jsdom. */
const transform = { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "<rootDir>/tsconfig.test.json", diagnostics: false }] };

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
