#!/usr/bin/env node
/**
 * Builds the `businesscase` command into one file, dist-cli/cli/main.js (npm's prepare step, after
 * `tsc --noEmit -p tsconfig.cli.json` has type-checked it for Node). bin/businesscase.js starts it.
 *
 * One bundled file, the workbook library and zod inside it, because a command spends most of its
 * start loading modules: the workbook library alone is 394 files. Measured per process here:
 * `build --example` 1.3 s of CPU compiled file by file, 0.8 s bundled; `read` 1.2 s against 0.75 s;
 * `validate` 0.28 s against 0.32 s (it parses the larger file, and loads no workbook library
 * either way). Whitespace and syntax are minified (a third less to parse); names are kept, so a
 * stack trace still names our functions.
 *
 * The file stays two folders below the package root, where packageVersion() (src/cli/context.ts)
 * looks for package.json.
 */
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const esbuild = require("esbuild");

const ROOT = path.resolve(__dirname, "..");
const OUT_DIR = path.join(ROOT, "dist-cli");

function buildCli() {
  // A folder left by an older build (one .js per module) must not lie beside the bundle.
  fs.rmSync(OUT_DIR, { recursive: true, force: true });
  esbuild.buildSync({
    absWorkingDir: ROOT,
    entryPoints: ["src/cli/main.ts"],
    outfile: path.join(OUT_DIR, "cli", "main.js"),
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    minifyWhitespace: true,
    minifySyntax: true,
    keepNames: true,
    legalComments: "eof",
    logLevel: "warning",
  });
}

module.exports = { buildCli, OUT_DIR };

if (require.main === module) buildCli();
