// The Office add-in generator's lint rules (eslint-plugin-office-addins, its React set), as
// `office-addin-lint check` runs them, with what a TypeScript + React 18 project needs:
// - the TypeScript and Office rules also cover .tsx files (the plugin's set names .ts files only);
// - no-undef is off: the compiler already knows every global (Excel, Office, the DOM);
// - the new JSX transform needs no `import React` in scope;
// - leaving a key out of a copy with a rest pattern is not an unused variable.
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";

const SCRIPT_FILES = "**/*.{js,mjs,cjs,ts,cts,mts}";

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
];
