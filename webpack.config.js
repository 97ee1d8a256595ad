/**
 * Builds the add-in: one task pane page (React wizard) that also carries the BC.* custom functions
 * (shared runtime), functions.json (+ the Dutch functions.nl.json), the icons and the manifest.
 *
 *   npm run build       production build in dist/, manifest URLs set to ADDIN_URL_PROD
 *   npm run build:dev   development build in dist/ (dev URLs kept)
 *   npm run dev-server  https://localhost:3000/ (http when no development certificate can be installed)
 *
 * The page loads office.js from Microsoft's CDN and carries a Content-Security-Policy that allows
 * nothing else remote and no eval; both are injected here, not written in the HTML template.
 */
/* eslint-env node */
const fs = require("node:fs");
const path = require("node:path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const MinimizerPlugin = require("minimizer-webpack-plugin");
const { WebpackError, Compilation, sources } = require("webpack");
const { localizeMetadata } = require("./src/functions/localizeMetadata.js");

const URL_DEV = "https://localhost:3000/";
/** Never resolves (.invalid is reserved): a production build without ADDIN_URL_PROD cannot be deployed by mistake. */
const URL_PROD_PLACEHOLDER = "https://businesscase.example.invalid/";
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const PORT = Number(process.env.npm_package_config_dev_server_port || 3000);

/** Where the production files will be served from, always ending in "/". */
function productionUrl() {
  const raw = process.env.ADDIN_URL_PROD;
  if (!raw) return URL_PROD_PLACEHOLDER;
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`ADDIN_URL_PROD is geen geldige URL / is not a valid URL: ${raw}`);
  }
  if (url.protocol !== "https:") throw new Error(`ADDIN_URL_PROD moet https zijn / must use https (Office requires it): ${raw}`);
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/**
 * The policy for the task pane page. Fluent UI (Griffel) inserts <style> elements at run time, so
 * styles need 'unsafe-inline'; scripts never do. connect-src 'self': the add-in makes no network
 * calls. The dev server's live reload talks over a web socket to itself.
 */
function contentSecurityPolicy(dev) {
  const devSocket = dev ? ` wss://localhost:${PORT} ws://localhost:${PORT}` : "";
  return [
    "default-src 'self'",
    "script-src 'self' https://appsforoffice.microsoft.com",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${devSocket}`,
    "frame-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join("; ");
}

/** Puts office.js first among the page's scripts (it must load before the bundles run). */
class OfficeJsPlugin {
  apply(compiler) {
    compiler.hooks.compilation.tap("OfficeJsPlugin", (compilation) => {
      const hooks = HtmlWebpackPlugin.getCompilationHooks(compilation);
      hooks.alterAssetTagGroups.tap("OfficeJsPlugin", (data) => {
        const tag = HtmlWebpackPlugin.createHtmlTagObject("script", { src: OFFICE_JS }, "", { plugin: "OfficeJsPlugin" });
        const afterMeta = data.headTags.findIndex((t) => t.tagName !== "meta");
        data.headTags.splice(afterMeta === -1 ? data.headTags.length : afterMeta, 0, tag);
        return data;
      });
      // The page must carry the policy before any script, and office.js exactly once.
      hooks.beforeEmit.tap("OfficeJsPlugin", (data) => {
        const html = data.html;
        const csp = html.indexOf('http-equiv="Content-Security-Policy"');
        const firstScript = html.indexOf("<script");
        const officeJsCount = html.split(OFFICE_JS).length - 1;
        const fail = (text) => compilation.errors.push(new WebpackError(`${data.outputName}: ${text}`));
        if (csp === -1) fail("no Content-Security-Policy meta tag");
        else if (firstScript !== -1 && firstScript < csp) fail("a script comes before the Content-Security-Policy meta tag");
        if (officeJsCount !== 1)
          fail(`office.js must be loaded exactly once (found ${officeJsCount}); do not add it to the template, webpack.config.js injects it`);
        if (/\beval\(|new Function\(/.test(html)) fail("inline eval is not allowed");
        return data;
      });
    });
  }
}

/** functions.nl.json: the generated functions.json with the Dutch names of src/functions/functions.nl.json. */
class LocalizedFunctionsMetadataPlugin {
  constructor(options) {
    this.options = options;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("LocalizedFunctionsMetadataPlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "LocalizedFunctionsMetadataPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const generated = compilation.getAsset(this.options.from);
        if (!generated) return; // The metadata plugin has already reported why.
        compilation.fileDependencies.add(this.options.translations);
        try {
          const translations = JSON.parse(fs.readFileSync(this.options.translations, "utf8"));
          const json = localizeMetadata(generated.source.source().toString(), translations);
          compilation.emitAsset(this.options.to, new sources.RawSource(json));
        } catch (e) {
          compilation.errors.push(new WebpackError(`${this.options.translations}: ${e.message}`));
        }
      });
    });
  }
}

async function httpsOptions() {
  try {
    const devCerts = require("office-addin-dev-certs");
    const o = await devCerts.getHttpsServerOptions();
    return { type: "https", options: { ca: o.ca, key: o.key, cert: o.cert } };
  } catch (e) {
    const first = String((e && e.message) || e).split("\n")[0];
    console.warn(
      [
        "",
        `Geen ontwikkelcertificaat voor https://localhost:${PORT} (${first}).`,
        `De dev-server draait nu op http://localhost:${PORT}/taskpane.html: goed voor een browser, maar Office laadt alleen https.`,
        "Installeer het certificaat met: npx office-addin-dev-certs install",
        `No development certificate for https://localhost:${PORT} (${first}).`,
        `The dev server now runs on http://localhost:${PORT}/taskpane.html: fine for a browser, but Office only loads https.`,
        "Install the certificate with: npx office-addin-dev-certs install",
        "",
      ].join("\n"),
    );
    return { type: "http" };
  }
}

module.exports = async (env, argv) => {
  const dev = argv.mode === "development";
  const urlProd = productionUrl();
  if (!dev && urlProd === URL_PROD_PLACEHOLDER) {
    console.warn(`ADDIN_URL_PROD is niet gezet / is not set: dist/manifest.xml points at ${URL_PROD_PLACEHOLDER}`);
  }

  return {
    mode: dev ? "development" : "production",
    target: ["web", "es2020"],
    // No eval-based source maps, not even in development: the page's CSP forbids eval.
    devtool: "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      functions: "./src/functions/functions.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      // functions.js keeps a fixed name: the manifest's Functions.Script.Url points at it.
      filename: (pathData) => (pathData.chunk.name === "functions" ? "[name].js" : "[name].[contenthash:8].js"),
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".json"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: { configFile: path.resolve(__dirname, "tsconfig.json"), transpileOnly: true },
          },
        },
      ],
    },
    optimization: {
      // swc minifies to the same size as terser (initial 176.8 KB gzip, lazy chunks 538 vs 544 KB)
      // in a third of the time: the production build (and so `npm test`) went from 41 s to 25 s.
      minimizer: [new MinimizerPlugin({ minify: MinimizerPlugin.swcMinify, minimizerOptions: { compress: { ecma: 2020 }, mangle: true } })],
      // One webpack runtime for both entries, so the task pane and the functions share modules.
      runtimeChunk: "single",
      splitChunks: { chunks: "all" },
    },
    performance: {
      // The workbook library (ExcelTS, with its chart support) is large and is loaded only when a workbook is downloaded (a lazy chunk).
      maxAssetSize: 2_000_000,
      maxEntrypointSize: 2_000_000,
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      new LocalizedFunctionsMetadataPlugin({
        from: "functions.json",
        to: "functions.nl.json",
        translations: path.resolve(__dirname, "src/functions/functions.nl.json"),
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane", "functions"],
        meta: {
          "Content-Security-Policy": { "http-equiv": "Content-Security-Policy", content: contentSecurityPolicy(dev) },
        },
      }),
      new OfficeJsPlugin(),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform(content) {
              return dev ? content : content.toString().split(URL_DEV).join(urlProd);
            },
          },
        ],
      }),
    ],
    devServer: {
      port: PORT,
      host: "localhost",
      hot: false,
      liveReload: true,
      // Excel fetches functions.json from its own origin (Excel on the web): allow it.
      headers: { "Access-Control-Allow-Origin": "*" },
      server: env && env.WEBPACK_SERVE ? await httpsOptions() : "http",
      client: { overlay: { warnings: false, errors: true } },
      static: false,
    },
  };
};
