#!/usr/bin/env node
/**
 * `npm start`: on Windows and Mac, start the dev server and sideload the add-in into desktop Excel
 * (office-addin-debugging; `npm run stop` ends it). On Linux, where there is no desktop Excel,
 * start only the dev server and say where the task pane is (to sideload into Excel on the web by
 * hand: Insert > Add-ins > Upload My Add-in > manifest.xml).
 * Extra arguments go to office-addin-debugging, e.g. `npm start -- web --document <url>`.
 */
"use strict";
const { spawn } = require("node:child_process");
const path = require("node:path");

const root = path.resolve(__dirname, "..");
const port = process.env.npm_package_config_dev_server_port || 3000;
const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const extra = process.argv.slice(2);

function run(command, args) {
  // shell on Windows: npm.cmd cannot be spawned directly since Node 20.12.
  const child = spawn(command, args, { cwd: root, stdio: "inherit", shell: process.platform === "win32" });
  child.on("error", (e) => {
    console.error(`Kan ${command} niet starten / cannot start ${command}: ${e.message}`);
    process.exitCode = 1;
  });
  child.on("exit", (code, signal) => {
    process.exitCode = code ?? (signal ? 1 : 0);
  });
}

if (process.platform === "win32" || process.platform === "darwin") {
  const debugging = require.resolve("office-addin-debugging/cli.js");
  // The first extra argument may name the platform (desktop, web); desktop by default.
  const platformAndOptions = extra.length > 0 && !extra[0].startsWith("-") ? extra : ["desktop", ...extra];
  run(process.execPath, [debugging, "start", "manifest.xml", ...platformAndOptions, "--dev-server", `${npm} run dev-server`, "--dev-server-port", String(port)]);
} else {
  console.log(
    [
      "Linux: geen Excel voor de desktop; alleen de dev-server wordt gestart.",
      `Taakvenster: https://localhost:${port}/taskpane.html (of http:// als er geen ontwikkelcertificaat is; zie de melding hieronder).`,
      "Excel op het web: Invoegen > Invoegtoepassingen > Mijn invoegtoepassing uploaden > manifest.xml.",
      "Linux: no desktop Excel; starting the dev server only.",
      `Task pane: https://localhost:${port}/taskpane.html (or http:// when there is no development certificate; see the message below).`,
      "Excel on the web: Insert > Add-ins > Upload My Add-in > manifest.xml.",
      "",
    ].join("\n"),
  );
  run(npm, ["run", "dev-server"]);
}
