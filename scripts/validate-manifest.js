#!/usr/bin/env node
/**
 * `npm run validate [-- --online]`: checks manifest.xml, and dist/manifest.xml when a build has
 * written it, against Microsoft's XSD schemas offline (schemas/manifest/validate-manifest.sh,
 * which needs xmllint). With --online it also runs Microsoft's validator service
 * (`office-addin-manifest validate`), which needs internet access.
 * Exit code 0 when every check that ran passed, 1 otherwise.
 */
"use strict";
const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");

const root = path.resolve(__dirname, "..");
const schemas = path.join(root, "schemas", "manifest");
const online = process.argv.includes("--online");
const unknown = process.argv.slice(2).filter((a) => a !== "--online");
if (unknown.length > 0) {
  console.error(`Onbekende optie / unknown option: ${unknown.join(" ")}. Gebruik / usage: npm run validate [-- --online]`);
  process.exit(1);
}

const manifests = [path.join(root, "manifest.xml"), path.join(root, "dist", "manifest.xml")].filter((m) => fs.existsSync(m));
const relative = (p) => path.relative(root, p);
let failed = false;

function hasXmllint() {
  const r = spawnSync("xmllint", ["--version"], { stdio: "ignore" });
  return !r.error;
}

if (fs.existsSync(path.join(schemas, "validate-manifest.sh"))) {
  if (!hasXmllint()) {
    console.error(
      "xmllint ontbreekt: installeer het met `sudo apt-get install -y libxml2-utils` (Debian/Ubuntu) of `brew install libxml2` (Mac).\n" +
        "xmllint is missing: install it with `sudo apt-get install -y libxml2-utils` (Debian/Ubuntu) or `brew install libxml2` (Mac).",
    );
    process.exit(1);
  }
  for (const m of manifests) {
    const r = spawnSync("sh", [path.join(schemas, "validate-manifest.sh"), m], { encoding: "utf8" });
    const output = `${r.stdout}${r.stderr}`.trim().replace(/\n?note: <Runtimes> not checked[^\n]*\n?/, "\n").trim();
    if (r.status === 0) {
      console.log(`${relative(m)}: voldoet aan de XSD-schema's / valid against the XSD schemas (<Runtimes> is not in those schemas)`);
    } else {
      failed = true;
      console.error(`${relative(m)}: voldoet NIET aan de XSD-schema's / NOT valid against the XSD schemas\n${output}`);
    }
  }
} else if (!online) {
  console.error(
    `De XSD-schema's staan niet in ${schemas}; er is niets gecontroleerd. Gebruik 'npm run validate -- --online' voor de controle van Microsoft.\n` +
      `The XSD schemas are not in ${schemas}; nothing was checked. Use 'npm run validate -- --online' for Microsoft's check.`,
  );
  process.exit(1);
}

if (online) {
  const cli = require.resolve("office-addin-manifest/cli.js");
  for (const m of manifests) {
    console.log(`${relative(m)}: online validatie (Microsoft) / online validation (Microsoft)...`);
    const r = spawnSync(process.execPath, [cli, "validate", m], { stdio: "inherit" });
    if (r.status !== 0) failed = true;
  }
}

process.exit(failed ? 1 : 0);
