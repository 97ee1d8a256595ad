#!/usr/bin/env node
// The `businesscase` command. The TypeScript sources are compiled to dist-cli/ by `npm install`
// (its prepare step runs `tsc -p tsconfig.cli.json`); this file only finds and starts them.
"use strict";
const path = require("node:path");
const fs = require("node:fs");

const main = path.join(__dirname, "..", "dist-cli", "cli", "main.js");
if (!fs.existsSync(main)) {
  process.stderr.write(
    "businesscase is nog niet gecompileerd: voer 'npm install' of 'npm run prepare' uit in " +
      path.resolve(__dirname, "..") +
      ".\nbusinesscase is not compiled yet: run 'npm install' or 'npm run prepare' in that folder.\n",
  );
  process.exitCode = 1;
} else {
  // A reader that stops early (`businesscase example | head`) is not an error.
  process.stdout.on("error", (e) => {
    if (e.code !== "EPIPE") throw e;
  });
  require(main).runFromProcess();
}
