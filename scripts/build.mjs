// Bundles the CLI (dist/nslab.mjs) and the library (dist/lib.mjs) with esbuild.
// Run by `npm install` (prepare) so a fresh clone has a working `npx nslab`.
import { build } from "esbuild";
import { chmodSync, readFileSync } from "node:fs";

const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
const common = {
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  sourcemap: false,
  legalComments: "none",
  define: { __NSLAB_VERSION__: JSON.stringify(pkg.version) },
  logLevel: "warning",
};

await build({
  ...common,
  entryPoints: ["src/cli/main.ts"],
  outfile: "dist/nslab.mjs",
  banner: {
    js: "#!/usr/bin/env node\nimport { createRequire as __nslabCreateRequire } from 'node:module';\nconst require = __nslabCreateRequire(import.meta.url);",
  },
});
chmodSync("dist/nslab.mjs", 0o755);

await build({ ...common, entryPoints: ["src/index.ts"], outfile: "dist/lib.mjs" });
