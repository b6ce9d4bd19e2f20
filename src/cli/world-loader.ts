// Loads the world (world-entry.ts) for `nslab run` and `nslab shell`, with a
// V8 code cache so that a cold start does not parse and compile the 2.8 MB
// bundle again each time: the role `module.enableCompileCache()` plays from
// Node 22.1, which Node 20 (our floor) lacks, and which ES modules cannot get
// from node:vm without an experimental flag. So the build writes the world as
// a CommonJS script beside the CLI (nslab-world.cjs, its sha256 baked into
// the CLI as __NSLAB_WORLD_BUNDLE__); we compile it with node:vm, handing V8
// the cache from the last run, and at exit store the code V8 compiled during
// this run when there was no usable cache. Same code, same outputs: only the
// compilation is skipped.
//
// Like Node's own compile cache: the directory is $NODE_COMPILE_CACHE or
// <tmpdir>/nslab-compile-cache-<uid>, made 0700 and used only if it is ours
// and not writable by others; NODE_DISABLE_COMPILE_CACHE=1 turns it off. A
// cache file is named by the bundle's hash, node's version and architecture,
// so a rebuilt bundle or another node never meets a stale cache (V8 itself
// checks only the source's length); writing one removes those of other builds.
// Any failure just means no cache.
//
// The bundle takes ./errors.js from us (the build leaves it external as
// CLI_ERRORS_MODULE) so that main.ts's `instanceof UsageError` knows the
// errors the world's side throws.

import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Script } from "node:vm";
import * as cliErrors from "./errors.js";

type WorldModule = typeof import("./world-entry.js");

/** The name the world bundle requires errors.ts by (scripts/build.mjs). */
const CLI_ERRORS_MODULE = "nslab:cli-errors";

declare const __NSLAB_WORLD_BUNDLE__: { file: string; sha256: string; size: number } | undefined;

let base: string | undefined;
let loaded: Promise<WorldModule> | undefined;

/** The URL the bundle's file name is relative to: the CLI entry's own (main.ts's import.meta.url). */
export function setWorldBundleBase(url: string): void {
  base = url;
}

/** The world already loaded, as in the startup snapshot (snapshot-main.ts), which has it built in. */
export function provideWorld(world: WorldModule): void {
  loaded = Promise.resolve(world);
}

export function loadWorld(): Promise<WorldModule> {
  loaded ??= load();
  return loaded;
}

async function load(): Promise<WorldModule> {
  const bundle = typeof __NSLAB_WORLD_BUNDLE__ === "object" ? __NSLAB_WORLD_BUNDLE__ : undefined;
  if (!bundle || base === undefined) return import("./world-entry.js");
  const file = join(dirname(fileURLToPath(base)), bundle.file);
  // The build makes it ASCII only (it checks), where latin1 reads the same
  // text as UTF-8 in half the time.
  const source = readFileSync(file, "latin1");
  const cacheFile = cachePath(bundle.sha256);
  let cached: Buffer | undefined;
  if (cacheFile !== undefined && source.length === bundle.size) {
    try {
      cached = readFileSync(cacheFile);
    } catch {
      cached = undefined; // first run: nothing cached yet
    }
  }
  // The same wrapper Node gives a CommonJS module.
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    cachedData: cached,
  });
  const mod = { exports: {} as WorldModule };
  const nodeRequire = createRequire(file);
  const requireShim = (id: string): unknown => (id === CLI_ERRORS_MODULE ? cliErrors : nodeRequire(id));
  (script.runInThisContext() as (...a: unknown[]) => void)(mod.exports, requireShim, mod, file, dirname(file));
  if (cacheFile !== undefined && source.length === bundle.size && (cached === undefined || script.cachedDataRejected)) {
    // At exit V8 has compiled what this run used; a cache made now would hold only the top level.
    process.once("exit", () => saveCache(cacheFile, script));
  }
  return mod.exports;
}

function cachePath(sha256: string): string | undefined {
  const env = process.env;
  if (env.NODE_DISABLE_COMPILE_CACHE) return undefined;
  const uid = typeof process.getuid === "function" ? process.getuid() : undefined;
  const dir = env.NODE_COMPILE_CACHE || join(tmpdir(), `nslab-compile-cache${uid === undefined ? "" : `-${uid}`}`);
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const st = statSync(dir);
    // A cache holds code that will run: never take it from a directory someone else can write.
    if (!st.isDirectory() || (uid !== undefined && st.uid !== uid) || (st.mode & 0o022) !== 0) return undefined;
  } catch {
    return undefined;
  }
  return join(dir, `nslab-world-${sha256.slice(0, 32)}-${process.version}-${process.arch}.cache`);
}

function saveCache(cacheFile: string, script: Script): void {
  const tmp = `${cacheFile}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, script.createCachedData(), { mode: 0o600 });
    // Atomic: a concurrent nslab reads the old file or the new one, never half of one.
    renameSync(tmp, cacheFile);
    // Caches of earlier builds would only pile up (1.4 MB each).
    const dir = dirname(cacheFile);
    for (const f of readdirSync(dir)) {
      if (f.startsWith("nslab-world-") && f.endsWith(".cache") && join(dir, f) !== cacheFile) unlinkSync(join(dir, f));
    }
  } catch {
    // No cache this time; the next run tries again.
    try {
      unlinkSync(tmp);
    } catch {
      // It was never written.
    }
  }
}
