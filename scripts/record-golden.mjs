#!/usr/bin/env node
// Records golden transcripts from the real kernel (see test/golden/README.md).
//
//   node scripts/record-golden.mjs [--check] FILE.sh|DIR...
//
// Each NAME.sh is run twice in a throwaway network namespace (the sandbox of
// `nslab verify`, equivalent to shared/tools/kernel-sandbox), both outputs are
// masked (src/verify/mask.ts), and NAME.expected is written only when the two
// agree: a case the kernel itself does not reproduce is not a golden. Such a
// case is printed with its diff and left out (exit status 1).
//
// --check re-records every case and compares it with the stored NAME.expected,
// to see whether the kernel or the tools drifted (exit status 1 if any did).
// Needs root, iproute2 and util-linux's unshare (and whatever tools the scripts use).
import { readdirSync, readFileSync, statSync, writeFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { tsImport } from "tsx/esm/api";

const verify = await tsImport("../src/cli/verify.ts", import.meta.url);
const replay = await tsImport("../src/verify/replay.ts", import.meta.url);
const { unifiedDiff } = await tsImport("../src/verify/diff.ts", import.meta.url);

function usage(msg) {
  if (msg) process.stderr.write(`record-golden: ${msg}\n`);
  process.stderr.write("usage: node scripts/record-golden.mjs [--check] FILE.sh|DIR...\n");
  process.exit(2);
}

const args = process.argv.slice(2);
const check = args.includes("--check");
const targets = args.filter((a) => a !== "--check");
for (const a of targets) if (a.startsWith("-")) usage(`unknown option ${a}`);
if (!targets.length) usage();
if (process.getuid?.() !== 0) {
  process.stderr.write("record-golden: needs root to run scripts on the real kernel (try: sudo node scripts/record-golden.mjs ...)\n");
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
const missing = new Map();
for (const f of files) for (const m of verify.missingKernelTools(readFileSync(f, "utf8"))) missing.set(m.cmd, m.pkg);
if (missing.size) {
  process.stderr.write(`record-golden: missing tools: ${[...missing.keys()].join(", ")} (apt-get install ${[...new Set(missing.values())].join(" ")})\n`);
  process.exit(2);
}

let failed = 0;
for (const f of files) {
  const script = readFileSync(f, "utf8");
  const run = async () => replay.maskedTranscript(await verify.runOnKernel(f, { noIpv6: false, timeoutMs: 300_000 }), script);
  const one = await run();
  const two = await run();
  const expectedPath = f.replace(/\.sh$/, ".expected");
  if (one !== two) {
    failed++;
    process.stdout.write(`${f}: the kernel's two runs differ after masking; not recorded\n`);
    process.stdout.write(unifiedDiff(one, two, { aLabel: "run 1", bLabel: "run 2" }));
    continue;
  }
  if (check) {
    const stored = existsSync(expectedPath) ? readFileSync(expectedPath, "utf8") : undefined;
    if (stored === one) process.stdout.write(`${f}: unchanged\n`);
    else {
      failed++;
      process.stdout.write(stored === undefined ? `${f}: no ${expectedPath}\n` : `${f}: drifted\n`);
      if (stored !== undefined) process.stdout.write(unifiedDiff(stored, one, { aLabel: "expected", bLabel: "kernel" }));
    }
    continue;
  }
  writeFileSync(expectedPath, one);
  process.stdout.write(`${f}: recorded ${expectedPath}\n`);
}
process.exit(failed ? 1 : 0);
