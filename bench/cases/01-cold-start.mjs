// Cold start: a new `nslab` process until it exits, for --version and for
// `run` of an empty script, started as users start it: the package's bin, the
// launcher dist/nslab, which starts `run FILE` from the V8 startup snapshot
// with the default world already booted, dist/nslab-booted.blob, and other
// `run`s from dist/nslab.blob (scripts/build.mjs). Target < 200 ms each. The
// kernel column shows the real bash running the same empty script, for scale.
// The next row is `run --seed 1` of the same script: the same world, booted by
// the run itself (nslab.blob). Then `run` without the snapshot
// (NSLAB_NO_SNAPSHOT=1: dist/nslab.mjs, which
// compiles the world with a V8 code cache, src/cli/world-loader.ts, that its
// first run writes, so the warm-up runs fill it); the fourth is that path
// without its code cache either (NODE_DISABLE_COMPILE_CACHE=1).
// The cache lives in the scratch folder: in the shared default folder, any
// other nslab build run meanwhile replaces it (one build's cache at a time),
// and a "warm" run would then be a first run. `node -e 0`, timed in the same
// run, is the floor: what any Node program pays before its first line.
// When the environment sets NODE_EXTRA_CA_CERTS (this VM does), node 20 reads
// and parses that CA file at every start, before any script (~85 ms of CPU
// here; bench/README.md "Session 5: cold start"). The launcher starts node
// without it (src/cli/host-env.ts), so nslab's rows do not pay it; `node -e 0`
// does: the last row repeats `run` and the floor without the variable.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fmt, result, timeCommand } from "../lib.mjs";

export const name = "cold start";

export async function run(ctx) {
  const empty = join(ctx.scratch, "empty.sh");
  writeFileSync(empty, "");
  const cache = join(ctx.scratch, "compile-cache");
  mkdirSync(cache, { recursive: true, mode: 0o700 });
  const node = timeCommand([process.execPath, "-e", "0"]);
  const version = timeCommand([ctx.bin, "--version"]);
  const runEmpty = timeCommand([ctx.bin, "run", empty]);
  const runBoot = timeCommand([ctx.bin, "run", "--seed", "1", empty]);
  const noSnapshot = timeCommand(["env", `NODE_COMPILE_CACHE=${cache}`, "NSLAB_NO_SNAPSHOT=1", ctx.bin, "run", empty]);
  const bash = timeCommand(["bash", empty]);
  const floor = `node -e 0: ${fmt(node.ms)} ms`;
  const noCache = timeCommand(["env", "NODE_DISABLE_COMPILE_CACHE=1", "NSLAB_NO_SNAPSHOT=1", ctx.bin, "run", empty]);
  const extraCa = process.env.NODE_EXTRA_CA_CERTS;
  const noCa = extraCa ? timeCommand(["env", "-u", "NODE_EXTRA_CA_CERTS", ctx.bin, "run", empty]) : undefined;
  const noCaNode = extraCa ? timeCommand(["env", "-u", "NODE_EXTRA_CA_CERTS", process.execPath, "-e", "0"]) : undefined;
  return [
    result({ case: "cold start: nslab --version", value: fmt(version.ms), unit: "ms", target: "< 200 ms", pass: version.ms < 200, how: `${version.tool}; ${floor}` }),
    result({
      case: "cold start: nslab run empty.sh",
      value: fmt(runEmpty.ms),
      unit: "ms",
      target: "< 200 ms",
      pass: runEmpty.ms < 200,
      kernel: `bash empty.sh: ${fmt(bash.ms)} ms`,
      how: `${runEmpty.tool}, startup snapshot with the default world booted; ${floor}`,
    }),
    result({
      case: "cold start: nslab run --seed 1 empty.sh",
      value: fmt(runBoot.ms),
      unit: "ms",
      target: "— (the same world, booted by the run)",
      pass: null,
      how: `${runBoot.tool}, startup snapshot without the world; ${floor}`,
    }),
    result({
      case: "cold start: nslab run empty.sh, no snapshot",
      value: fmt(noSnapshot.ms),
      unit: "ms",
      target: "— (without the snapshot)",
      pass: null,
      how: `${noSnapshot.tool}, NSLAB_NO_SNAPSHOT=1, code cache warm; ${floor}`,
    }),
    result({
      case: "cold start: nslab run empty.sh, no snapshot, no code cache",
      value: fmt(noCache.ms),
      unit: "ms",
      target: "— (first run without the snapshot)",
      pass: null,
      how: `${noCache.tool}, NSLAB_NO_SNAPSHOT=1 NODE_DISABLE_COMPILE_CACHE=1; ${floor}`,
    }),
    ...(noCa && noCaNode
      ? [
          result({
            case: "cold start: nslab run empty.sh, without NODE_EXTRA_CA_CERTS",
            value: fmt(noCa.ms),
            unit: "ms",
            target: "— (the environment's CA file left out)",
            pass: null,
            how: `${noCa.tool}, env -u NODE_EXTRA_CA_CERTS, startup snapshot; node -e 0 the same way: ${fmt(noCaNode.ms)} ms`,
          }),
        ]
      : []),
  ];
}
