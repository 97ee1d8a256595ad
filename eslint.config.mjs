// The Office add-in generator's lint rules (eslint-plugin-office-addins, its React set), as
// `office-addin-lint check` runs them, with what a TypeScript + React 18 project needs:
// - the TypeScript and Office rules also cover .tsx files (the plugin's set names .ts files only);
// - no-undef is off: the compiler already knows every global (Excel, Office, the DOM);
// - the new JSX transform needs no `import React` in scope;
// - leaving a key out of a copy with a rest pattern is not an unused variable.
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";

const SCRIPT_FILES = "**/*.{js,mjs,cjs,ts,cts,mts}";

/**
 * The pure core (docs/ARCHITECTURE.md): the model and the workbook plan import neither the task
 * pane, the writers, the reader, the command line nor the custom functions, nor a platform module;
 * the model does not import the plan either. (tsconfig.core.json keeps out the platform's globals.)
 */
const PLATFORM_MODULES = {
  group: ["node:*", "fs", "path", "os", "child_process", "react", "react-dom", "react/*", "react-dom/*", "@fluentui/*", "exceljs", "office-*", "@microsoft/*"],
  message: "The core is pure: no Node, DOM, React, Office or exceljs module here.",
};
const outsideTheCore = (folders, message) => ({ group: folders.flatMap((f) => [`**/${f}`, `**/${f}/**`]), message });
const NOT_FROM_THE_PLAN = outsideTheCore(
  ["taskpane", "office", "xlsx", "read", "cli", "functions"],
  "The workbook plan is pure: the pane, the writers, the reader, the CLI and the custom functions use it, not the other way round.",
);
const NOT_FROM_THE_MODEL = outsideTheCore(
  ["taskpane", "workbook", "cli", "functions"],
  "The model is the core: everything else uses it, it uses nothing of the product outside src/model.",
);

export default [
  ...officeAddins.configs.react.map((config) => (config.files?.includes(SCRIPT_FILES) ? { ...config, files: [SCRIPT_FILES, "**/*.{tsx,jsx}"] } : config)),
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: { parser: tsParser },
    rules: {
      "no-undef": "off",
      "react/react-in-jsx-scope": "off",
      "react/jsx-uses-react": "off",
      // `const { current: _c, ...rest } = form` is how a key is left out of a copy.
      "@typescript-eslint/no-unused-vars": ["error", { ignoreRestSiblings: true, argsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["src/model/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [NOT_FROM_THE_MODEL, PLATFORM_MODULES] }] },
  },
  {
    files: ["src/workbook/plan/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [NOT_FROM_THE_PLAN, PLATFORM_MODULES] }] },
  },
  {
    // No function longer than a screenful or two (issue 10): a sheet is sections, the pane is steps
    // and a reducer, the writer is read / find conflicts / keep inputs / write. Counted without
    // blank lines and comments.
    files: ["src/**/*.{ts,tsx}"],
    rules: { "max-lines-per-function": ["error", { max: 150, skipBlankLines: true, skipComments: true, IIFEs: true }] },
  },
];
