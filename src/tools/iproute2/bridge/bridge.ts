// bridge/bridge.c of iproute2 6.1: global options (-V, -s, -d, -o, -t, -n,
// -c[olor], -compressvlans, -force, -j, -p, -batch, -4/-6, -family), then the
// object table in upstream's order (link, fdb, mdb, vlan, monitor, help), so
// an abbreviation resolves as upstream does.

import type { Program, ProgramContext } from "../../../kernel/task/program.js";
import { IpOut } from "../lib/json_print.js";
import { netnsSwitch } from "../lib/namespace.js";
import { batchSteps, readBatch } from "../lib/batch_file.js";
import { IpExit, matches } from "../lib/utils.js";
import { doFdb } from "./fdb.js";
import { doLink } from "./link.js";
import { doMdb } from "./mdb.js";
import { doMonitor } from "./monitor.js";
import { doVlan } from "./vlan.js";
import type { BridgeCtx } from "./ctx.js";

const USAGE =
  "Usage: bridge [ OPTIONS ] OBJECT { COMMAND | help }\n" +
  "       bridge [ -force ] -batch filename\n" +
  "where  OBJECT := { link | fdb | mdb | vlan | monitor }\n" +
  "       OPTIONS := { -V[ersion] | -s[tatistics] | -d[etails] |\n" +
  "                    -o[neline] | -t[imestamp] | -n[etns] name |\n" +
  "                    -c[ompressvlans] -color -p[retty] -j[son] }\n";

function usage(ctx: BridgeCtx): never {
  ctx.err(USAGE);
  throw new IpExit(255);
}

/** cmds[] of bridge.c, in order; the ones not modelled fall through to "unknown". */
const CMDS: Array<[string, ((ctx: BridgeCtx, argv: string[]) => Promise<number>) | undefined]> = [
  ["link", doLink],
  ["fdb", doFdb],
  ["mdb", doMdb],
  ["vlan", doVlan],
  ["monitor", doMonitor],
  ["help", async (ctx) => usage(ctx)],
];

async function doCmd(ctx: BridgeCtx, argv0: string, argv: string[]): Promise<number> {
  for (const [name, fn] of CMDS) {
    if (matches(argv0, name) && fn) return fn(ctx, argv);
  }
  ctx.err(`Object "${argv0}" is unknown, try "bridge help".\n`);
  return 255;
}

async function batch(ctx: BridgeCtx, pc: ProgramContext, name: string, force: boolean): Promise<number> {
  // bridge.c's batch(): "-" is standard input, as in ip.
  const text = await readBatch(ctx, pc, name);
  if (text === undefined) return 1;
  let ret = 0;
  // do_batch() (lib/utils.c), shared with ip and tc.
  for (const step of batchSteps(text)) {
    if (!("args" in step)) {
      ctx.err("fatal" in step ? step.fatal : step.missing);
      if ("fatal" in step) return 1;
      break;
    }
    const { lineno, args } = step;
    let st: number;
    try {
      st = await doCmd(ctx, args[0]!, args.slice(1));
    } catch (e) {
      if (!(e instanceof IpExit)) throw e;
      await ctx.out.flush();
      return e.status;
    }
    await ctx.out.flush();
    if (st) {
      ctx.err(`Command failed ${name}:${lineno}\n`);
      ret = 1;
      if (!force) break;
    }
  }
  return ret;
}

/** matches_color(): the colour mode an option asks for, or undefined when it is not -color[=always|auto|never]. */
function colorOpt(opt: string): "always" | "auto" | "never" | undefined {
  const eq = opt.indexOf("=");
  const name = eq < 0 ? opt : opt.slice(0, eq);
  const v = eq < 0 ? "" : opt.slice(eq + 1);
  if (!matches(name, "-color")) return undefined;
  if (v === "" || v === "always") return "always";
  if (v === "auto" || v === "never") return v;
  return undefined;
}

async function run(ctx: BridgeCtx, pc: ProgramContext): Promise<number> {
  const argv = pc.argv.slice(1);
  let i = 0;
  let batchFile: string | undefined;
  let force = false;
  let colorAlways = false;
  for (; i < argv.length; i++) {
    let opt = argv[i]!;
    if (opt === "--") {
      i++;
      break;
    }
    if (!opt.startsWith("-")) break;
    if (opt[1] === "-") opt = opt.slice(1);
    if (matches(opt, "-help")) usage(ctx);
    else if (matches(opt, "-Version")) {
      ctx.out.raw("bridge utility, 6.1.0\n");
      return 0;
    } else if (matches(opt, "-stats")) ctx.stats++;
    else if (matches(opt, "-details")) ctx.details++;
    else if (matches(opt, "-oneline")) {
      ctx.oneline = true;
      ctx.out.sl = "\\";
    } else if (matches(opt, "-timestamp")) {
      // Only `bridge monitor` prints timestamps.
    } else if (matches(opt, "-family")) {
      i++;
      const f = argv[i];
      if (f === undefined) usage(ctx);
      if (f === "inet") ctx.family = "inet";
      else if (f === "inet6") ctx.family = "inet6";
      else if (f === "help") usage(ctx);
      else {
        ctx.err(`Invalid protocol family "${f}"\n`);
        throw new IpExit(255);
      }
    } else if (opt === "-4") ctx.family = "inet";
    else if (opt === "-6") ctx.family = "inet6";
    else if (matches(opt, "-netns")) {
      // As in ip.c: NEXT_ARG() cannot fire in the option loop; a trailing `-n` hands netns_switch() NULL.
      i++;
      netnsSwitch(ctx, argv[i] ?? "(null)");
    } else if (colorOpt(opt) !== undefined) {
      // matches_color(): -color[=always|auto|never]; "auto" colours only a terminal, which the model's stdout never is.
      colorAlways = colorOpt(opt) === "always";
    } else if (matches(opt, "-compressvlans")) {
      // Only `bridge vlan show` compresses ranges.
    } else if (matches(opt, "-force")) force = true;
    else if (matches(opt, "-json")) ctx.json = true;
    else if (matches(opt, "-pretty")) ctx.pretty = true;
    else if (matches(opt, "-batch")) {
      i++;
      if (argv[i] === undefined) usage(ctx);
      batchFile = argv[i];
    } else {
      ctx.err(`Option "${argv[i]}" is unknown, try "bridge help".\n`);
      throw new IpExit(255);
    }
  }
  // check_enable_color(): never with -j.
  ctx.out.color = colorAlways && !ctx.json;
  if (batchFile !== undefined) return batch(ctx, pc, batchFile, force);
  if (i < argv.length) return doCmd(ctx, argv[i]!, argv.slice(i + 1));
  usage(ctx);
}

export const bridgeMain: Program = async (pc) => {
  let errChain: Promise<void> = Promise.resolve();
  const ctx: BridgeCtx = {
    task: pc.task,
    err: (s) => {
      errChain = errChain.then(() => pc.stderr.write(s)).catch(() => {});
    },
    out: new IpOut((s) => pc.stdout.write(s)),
    json: false,
    pretty: false,
    details: 0,
    stats: 0,
    oneline: false,
    family: "unspec",
  };
  let status: number;
  try {
    status = await run(ctx, pc);
  } catch (e) {
    if (!(e instanceof IpExit)) throw e;
    status = e.status;
  }
  await ctx.out.flush();
  await errChain;
  return status;
};
