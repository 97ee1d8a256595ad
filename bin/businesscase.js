#!/usr/bin/env node
// The `businesscase` command. `npm install` builds the TypeScript sources into one file,
// dist-cli/cli/main.js (its prepare step runs scripts/build-cli.js); this file only finds and starts it.
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
