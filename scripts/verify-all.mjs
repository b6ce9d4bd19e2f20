#!/usr/bin/env node
// Runs `nslab verify` over every golden script and prints a summary.
//
//   node scripts/verify-all.mjs [--jobs N] [--diffs DIR] [--seed N] [FILE.sh|DIR...]
//
// Without arguments: every .sh under test/golden/ and test/seeds/. Each script
// runs once more on the real kernel (in the sandbox of `nslab verify`, needs
// root) and once on a bare nslab world; both are masked and compared. Prints
// one line per script (`identical` / `differs` / `error: ...`), the diffs of
// those that differ (or writes them to DIR/<area>__<name>.diff with --diffs),
// then `N identical, M differ` (and `, K errors` if any). Exit status 0 when
// all are identical, 1 otherwise, 2 on bad usage or without root.
//
// --jobs N runs up to N kernel runs at once (default 2); the nslab replays
// always run one at a time so they do not compete with each other.
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { tsImport } from "tsx/esm/api";

const verify = await tsImport("../src/cli/verify.ts", import.meta.url);

function usage(msg) {
  if (msg) process.stderr.write(`verify-all: ${msg}\n`);
  process.stderr.write("usage: node scripts/verify-all.mjs [--jobs N] [--diffs DIR] [--seed N] [FILE.sh|DIR...]\n");
  process.exit(2);
}

let jobs = 2;
let diffDir;
let seed = 1;
const targets = [];
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  const a = argv[i];
  if (a === "--jobs" || a === "--diffs" || a === "--seed") {
    const v = argv[++i];
    if (v === undefined) usage(`option ${a} needs a value`);
    if (a === "--diffs") diffDir = v;
    else if (!/^\d+$/.test(v) || (a === "--jobs" && Number(v) < 1)) usage(`bad value for ${a}: ${v}`);
    else if (a === "--jobs") jobs = Number(v);
    else seed = Number(v);
  } else if (a.startsWith("-")) usage(`unknown option ${a}`);
  else targets.push(a);
}
if (!targets.length) targets.push("test/golden", "test/seeds");
if (process.getuid?.() !== 0) {
  process.stderr.write("verify-all: needs root to run scripts on the real kernel (try: sudo node scripts/verify-all.mjs)\n");
  process.exit(2);
}

/** Every .sh under a directory (recursively), sorted; a file as itself. */
function expand(p) {
  if (!existsSync(p)) usage(`${p}: No such file or directory`);
  if (!statSync(p).isDirectory()) return [p];
  return readdirSync(p, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((e) => (e.isDirectory() ? expand(join(p, e.name)) : e.name.endsWith(".sh") ? [join(p, e.name)] : []));
}
const files = targets.flatMap(expand);
if (diffDir) mkdirSync(diffDir, { recursive: true });

// One nslab replay at a time: a queue of promises.
let nslabTurn = Promise.resolve();
function serially(fn) {
  const next = nslabTurn.then(fn, fn);
  nslabTurn = next.then(
    () => undefined,
    () => undefined,
  );
  return next;
}

const results = new Array(files.length);
let nextIndex = 0;
let printed = 0;
function flush() {
  while (printed < files.length && results[printed]) {
    const r = results[printed];
    const f = files[printed];
    if (r.kind === "identical") process.stdout.write(`${f}: identical\n`);
    else if (r.kind === "error") process.stdout.write(`${f}: error: ${r.message}\n`);
    else {
      process.stdout.write(`${f}: differs\n`);
      if (diffDir) writeFileSync(join(diffDir, relative(".", f).replace(/^test\//, "").replace(/\//g, "__").replace(/\.sh$/, ".diff")), r.diff);
      else process.stdout.write(r.diff);
    }
    printed++;
  }
}

async function worker() {
  for (;;) {
    const i = nextIndex++;
    if (i >= files.length) return;
    const f = files[i];
    try {
      // The kernel side runs in parallel; verifyScript calls the replay after it,
      // so the replay is wrapped to take its turn.
      const kernel = await verify.runOnKernel(f, { noIpv6: false, timeoutMs: 300_000 });
      const r = await serially(() => verify.verifyScript(f, { seed, kernel: async () => kernel }));
      results[i] = r.identical ? { kind: "identical" } : { kind: "differs", diff: r.diff };
    } catch (e) {
      results[i] = { kind: "error", message: e instanceof Error ? e.message : String(e) };
    }
    flush();
  }
}

await Promise.all(Array.from({ length: Math.min(jobs, files.length) }, worker));
const count = (k) => results.filter((r) => r.kind === k).length;
const errors = count("error");
process.stdout.write(`${count("identical")} identical, ${count("differs")} differ${errors ? `, ${errors} errors` : ""}\n`);
process.exit(count("identical") === files.length ? 0 : 1);
