// Bundles nslab with esbuild:
//   dist/nslab          the package's `bin`: a sh launcher that starts node from
//                       dist/nslab.blob when it can, else runs dist/nslab.mjs
//   dist/nslab.mjs      the CLI (Node)
//   dist/nslab-world.cjs what its `run` and `shell` load (src/cli/world-loader.ts)
//   dist/nslab.blob     a V8 startup snapshot of the CLI with its world loaded,
//                       made from dist/nslab-snapshot.cjs by this machine's node
//                       (dist/nslab.blob.node names it); not in the npm package
//   dist/nslab-booted.blob the same with the default world booted, for
//                       `nslab run FILE` (src/cli/preboot.ts); not in the package
//   dist/lib.mjs        the library API (src/index.ts) for Node
//   dist/nslab-web.mjs  the browser entry (src/web/entry.ts); the build fails if
//                       anything in it imports a Node built-in, which is how we
//                       hold the "runs unchanged in a browser" line.
// Run by `npm install` (prepare) so a fresh clone has a working `npx nslab`.
// Tests and benches import the functions below to build into a scratch folder.
import { build } from "esbuild";
import { createHash } from "node:crypto";
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));

const common = {
  absWorkingDir: ROOT,
  bundle: true,
  sourcemap: false,
  legalComments: "none",
  define: { __NSLAB_VERSION__: JSON.stringify(pkg.version) },
  logLevel: "warning",
};

// commander is CommonJS and calls require(): an ESM bundle needs a require.
const CLI_BANNER =
  "#!/usr/bin/env node\nimport { createRequire as __nslabCreateRequire } from 'node:module';\nconst require = __nslabCreateRequire(import.meta.url);";

/**
 * `nslab verify` lives in src/cli/verify.ts, written separately. Until that
 * file exists the command reports that this build lacks it, instead of the
 * whole CLI failing to build.
 */
const verifyFallback = {
  name: "nslab-verify-fallback",
  setup(b) {
    b.onResolve({ filter: /^\.\/verify\.js$/ }, (args) => {
      if (existsSync(join(args.resolveDir, "verify.ts"))) return undefined;
      return { path: "verify-missing", namespace: "nslab-fallback" };
    });
    b.onLoad({ filter: /.*/, namespace: "nslab-fallback" }, () => ({
      contents:
        "export async function runVerify(_argv, io) { io.stderr('nslab: verify is not part of this build\\n'); return 70; }",
      loader: "js",
    }));
  },
};

const NODE_BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

/** Fails the build on any import of a Node built-in (node:fs, fs, process…). */
const noNodeBuiltins = {
  name: "nslab-no-node-builtins",
  setup(b) {
    b.onResolve({ filter: /.*/ }, (args) => {
      if (args.path.startsWith("node:") || NODE_BUILTINS.has(args.path)) {
        return {
          errors: [{ text: `the browser bundle must not import Node built-in '${args.path}' (from ${args.importer})` }],
        };
      }
      return undefined;
    });
  },
};

/**
 * The CLI is an ES module, and an ES module's `import … from "node:fs"` makes
 * Node build an ES facade of the built-in, which reads every export: for
 * node:fs that loads its streams (node:stream), ~5 ms of each start. So the
 * CLI takes built-ins through `require` (the banner's), as CommonJS does,
 * which reads an export only when the code uses it. node:child_process, which
 * commander requires at load for executable subcommands (we have none) and
 * which loads node:net and node:dgram (~6 ms), is required at its first use.
 * node:module stays an import: the banner needs it to make `require`.
 */
const builtinsByRequire = {
  name: "nslab-builtins-by-require",
  setup(b) {
    b.onResolve({ filter: /.*/ }, (args) => {
      if (!NODE_BUILTINS.has(args.path) || args.path === "node:module") return undefined;
      if (args.namespace === "nslab-builtin") return { path: args.path, external: true };
      return { path: args.path, namespace: "nslab-builtin" };
    });
    b.onLoad({ filter: /.*/, namespace: "nslab-builtin" }, (args) => ({
      contents: /^(node:)?child_process$/.test(args.path)
        ? `let m;\nmodule.exports = new Proxy({}, { get: (_, k) => (m ??= require(${JSON.stringify(args.path)}))[k], has: (_, k) => k in (m ??= require(${JSON.stringify(args.path)})) });`
        : `module.exports = require(${JSON.stringify(args.path)});`,
      loader: "js",
    }));
  },
};

/**
 * The world part of the CLI (`run`, `shell`) as a CommonJS script beside it,
 * loaded by src/cli/world-loader.ts through node:vm with a V8 code cache (Node
 * 20 has no compile cache for ES modules). errors.ts stays the CLI's own copy.
 */
async function buildCliWorld(outfile, extraPlugins) {
  const cliErrors = {
    name: "nslab-cli-errors",
    setup(b) {
      b.onResolve({ filter: /^\.\/errors\.js$/ }, (args) =>
        args.resolveDir === join(ROOT, "src/cli") ? { path: "nslab:cli-errors", external: true } : undefined,
      );
    },
  };
  await build({
    ...common,
    platform: "node",
    format: "cjs",
    target: "node20",
    entryPoints: [join(ROOT, "src/cli/world-entry.ts")],
    outfile,
    // Without comments and indentation the file is 30 % smaller and pure ASCII
    // (esbuild escapes non-ASCII in strings; comments kept it two-byte), so
    // reading it at each start is cheaper. Names stay: no behaviour changes.
    minifyWhitespace: true,
    plugins: [...extraPlugins, cliErrors],
  });
  const text = readFileSync(outfile, "utf8");
  // world-loader.ts reads it as latin1, the same text as UTF-8 only for ASCII.
  if (/[^\x00-\x7f]/.test(text)) throw new Error(`${outfile}: not ASCII, and world-loader.ts reads it as latin1`);
  return { file: basename(outfile), sha256: createHash("sha256").update(text).digest("hex"), size: text.length };
}

/** Builds the CLI; `extraPlugins` let a test swap a module (its stand-in shell). */
export async function buildCli(outfile = join(ROOT, "dist/nslab.mjs"), extraPlugins = []) {
  const world = await buildCliWorld(join(dirname(outfile), `${basename(outfile, ".mjs")}-world.cjs`), extraPlugins);
  await build({
    ...common,
    platform: "node",
    format: "esm",
    target: "node20",
    // Split at the CLI's dynamic imports so `--version`/`--help` load only the
    // small entry chunk; `run`, `shell` and `verify` pull in the world when used.
    entryPoints: { [basename(outfile, ".mjs")]: join(ROOT, "src/cli/main.ts") },
    outdir: dirname(outfile),
    outExtension: { ".js": ".mjs" },
    splitting: true,
    chunkNames: "chunks/[name]-[hash]",
    banner: { js: CLI_BANNER },
    define: { ...common.define, __NSLAB_WORLD_BUNDLE__: JSON.stringify(world) },
    plugins: [...extraPlugins, verifyFallback, builtinsByRequire],
  });
  chmodSync(outfile, 0o755);
  return outfile;
}

/**
 * The `nslab` launcher (the package's bin). A V8 startup snapshot loads only
 * into the node binary that made it, run with the same V8 flags: node refuses
 * any other with exit status 14. So the launcher uses the snapshot only when
 * the node on PATH is the very file named in nslab.blob.node (same inode) and
 * not newer than the blob (not upgraded in place since), the blob is not
 * older than nslab.mjs (a CLI rebuilt without it), and no NODE_OPTIONS
 * can change V8's flags; otherwise, or with NSLAB_NO_SNAPSHOT set, it runs
 * nslab.mjs as `#!/usr/bin/env node` did. `--` keeps the arguments the
 * command's (`nslab --version` is not node's). Only `run` and `shell`, which
 * load the world, start from the snapshot: deserialising its 9 MB heap costs
 * `--version`, `--help` and `verify` more than loading the small CLI does.
 * `run FILE [ARG…]` with no option before FILE (and FILE not `-`), the
 * default world, starts from nslab-booted.blob, which holds that world
 * already booted (src/cli/preboot.ts): its process-wide state is the boot's,
 * so it serves that command line only.
 * Either way node starts without NODE_EXTRA_CA_CERTS, whose CA file node 20
 * parses at every start (~85 ms of CPU for the system bundle) although nslab
 * opens no TLS connection; its value goes as NSLAB_NODE_EXTRA_CA_CERTS, and
 * the command puts it back into process.env before anything else
 * (src/cli/host-env.ts), so nothing visible changes.
 */
const LAUNCHER = `#!/bin/sh
# nslab: starts node from the startup snapshot beside this file when this
# node made it, else runs nslab.mjs (scripts/build.mjs explains).
f=$0
while [ -h "$f" ]; do
  l=$(readlink "$f")
  case $l in /*) f=$l ;; *) case $f in */*) f=\${f%/*}/$l ;; *) f=$l ;; esac ;; esac
done
case $f in */*) d=\${f%/*} ;; *) d=. ;; esac
# node 20 parses the CA file NODE_EXTRA_CA_CERTS names at every start; nslab
# opens no TLS connection: pass it under another name (src/cli/host-env.ts).
unset NSLAB_NODE_EXTRA_CA_CERTS
if [ -n "\${NODE_EXTRA_CA_CERTS+set}" ]; then
  export NSLAB_NODE_EXTRA_CA_CERTS="$NODE_EXTRA_CA_CERTS"
  unset NODE_EXTRA_CA_CERTS
fi
case \${1-} in run | shell) ;; *) exec node "$d/nslab.mjs" "$@" ;; esac
# \`run FILE\` (no option before FILE, not -): the snapshot with the default world booted.
b=nslab.blob
case \${1-}:\${2-} in run: | run:-*) ;; run:*) [ -f "$d/nslab-booted.blob" ] && b=nslab-booted.blob ;; esac
if [ -z "\${NODE_OPTIONS-}\${NSLAB_NO_SNAPSHOT-}" ] && [ -f "$d/$b" ] && [ -f "$d/nslab.blob.node" ] &&
  read -r n <"$d/nslab.blob.node" && [ "$(command -v node)" -ef "$n" ] && ! [ "$n" -nt "$d/$b" ] &&
  ! [ "$d/nslab.mjs" -nt "$d/$b" ]; then
  exec "$n" --snapshot-blob "$d/$b" -- "$@"
fi
exec node "$d/nslab.mjs" "$@"
`;

const SNAPSHOT_BUILDER = join(ROOT, "scripts/snapshot-builder.cjs");

/**
 * Writes the launcher `dir/nslab` and, from the CLI with its world in one
 * CommonJS bundle (src/cli/snapshot-main.ts), the startup snapshot
 * `dir/nslab.blob`, the same with the default world booted
 * `dir/nslab-booted.blob`, and `dir/nslab.blob.node` (this node's path). The
 * snapshots hold the bundle's modules, defined, with the bytecode of what a
 * default world's boot runs (scripts/snapshot-builder.cjs). Throws if node
 * cannot make them; the launcher then runs nslab.mjs. `extraPlugins` as for
 * buildCli.
 */
export async function buildCliSnapshot(dir = join(ROOT, "dist"), extraPlugins = []) {
  const blob = join(dir, "nslab.blob");
  const booted = join(dir, "nslab-booted.blob");
  const stamp = join(dir, "nslab.blob.node");
  rmSync(stamp, { force: true });
  rmSync(blob, { force: true });
  rmSync(booted, { force: true });
  writeFileSync(join(dir, "nslab"), LAUNCHER, { mode: 0o755 });
  chmodSync(join(dir, "nslab"), 0o755);
  const bundle = join(dir, "nslab-snapshot.cjs");
  await build({
    ...common,
    platform: "node",
    format: "cjs",
    target: "node20",
    entryPoints: [join(ROOT, "src/cli/snapshot-main.ts")],
    outfile: bundle,
    minifyWhitespace: true,
    plugins: [...extraPlugins, verifyFallback, builtinsByRequire],
  });
  // V8's flags must be the ones the launcher runs with (no NODE_OPTIONS).
  const env = { ...process.env };
  delete env.NODE_OPTIONS;
  const tmp = mkdtempSync(join(tmpdir(), "nslab-snapshot-"));
  try {
    const empty = join(tmp, "empty.sh");
    const cache = join(tmp, "code.cache");
    writeFileSync(empty, "");
    const warm = spawnSync(process.execPath, [SNAPSHOT_BUILDER, bundle, cache, empty], { env, encoding: "utf8", timeout: 120_000 });
    if (warm.status !== 0 || !existsSync(cache)) throw new Error(`snapshot warm-up failed: ${warm.stderr || warm.error}`);
    for (const [out, role] of [[blob, []], [booted, ["booted"]]]) {
      const made = spawnSync(process.execPath, ["--snapshot-blob", `${out}.tmp`, "--build-snapshot", SNAPSHOT_BUILDER, bundle, cache, ...role], { env, encoding: "utf8", timeout: 120_000 });
      if (made.status !== 0) throw new Error(`snapshot build failed: ${made.stderr || made.error}`);
      renameSync(`${out}.tmp`, out);
    }
    writeFileSync(stamp, `${process.execPath}\n`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
    rmSync(`${blob}.tmp`, { force: true });
    rmSync(`${booted}.tmp`, { force: true });
  }
  return blob;
}

// The library bundles yaml (topology files), CommonJS that require()s "process".
const LIB_BANNER = "import { createRequire as __nslabCreateRequire } from 'node:module';\nconst require = __nslabCreateRequire(import.meta.url);";

export async function buildLib(outfile = join(ROOT, "dist/lib.mjs")) {
  await build({ ...common, platform: "node", format: "esm", target: "node20", entryPoints: [join(ROOT, "src/index.ts")], outfile, banner: { js: LIB_BANNER } });
  return outfile;
}

/** The browser bundle: ESM by default, or an IIFE assigning `globalThis.nslab` for a plain <script>. */
export async function buildBrowser(outfile = join(ROOT, "dist/nslab-web.mjs"), format = "esm") {
  await build({
    ...common,
    platform: "browser",
    format,
    globalName: format === "iife" ? "nslab" : undefined,
    target: "es2022",
    entryPoints: [join(ROOT, "src/web/entry.ts")],
    outfile,
    plugins: [noNodeBuiltins],
  });
  return outfile;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    await buildCli();
    try {
      await buildCliSnapshot();
    } catch (e) {
      console.warn(`nslab build: no startup snapshot, nslab will start without it (${String(e?.message ?? e).split("\n")[0]})`);
    }
    await buildLib();
    await buildBrowser();
  } catch {
    // esbuild has printed the errors.
    process.exit(1);
  }
}
