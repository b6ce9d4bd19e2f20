// ip/ipvrf.c: `ip vrf show|identify|pids|exec`. The model has no vrf driver (lib/vrf.ts), so no
// device is ever a VRF: `show` lists none, `show NAME` knows only "default" (the main table, when
// no device has that name), `pids`/`exec` refuse every other name as vrf_switch() does, and no
// process is ever in a VRF's cgroup (`identify` prints nothing). Not modelled: `exec default`,
// which moves the process into the cgroup2 hierarchy's vrf directory (refused with a message).

import { getUnsigned, invarg, IpExit, matches } from "../lib/utils.js";
import { dumpLinksKind, ipvrfGetTable, nameIsVrf } from "../lib/vrf.js";
import type { IpCtx } from "./iplink.js";
import { registerIpObject } from "./ip.js";

function usage(ctx: IpCtx): never {
  ctx.err("Usage:\tip vrf show [NAME] ...\n\tip vrf exec [NAME] cmd ...\n\tip vrf identify [PID]\n\tip vrf pids [NAME]\n");
  throw new IpExit(255);
}

async function ipvrfShow(ctx: IpCtx, argv: string[]): Promise<number> {
  if (argv.length > 1) usage(ctx);
  const out = ctx.out;
  if (argv.length === 1) {
    const tb = ipvrfGetTable(ctx, argv[0]!);
    if (!tb) {
      ctx.err("Invalid VRF\n");
      return 255;
    }
    out.raw(`${argv[0]} ${tb}\n`);
    await out.flush();
    return 0;
  }
  out.newJsonObj(ctx.json, ctx.pretty);
  out.string("FP", null, "%-16s", "Name");
  out.string("FP", null, "  %5s\n", "Table");
  out.string("FP", null, "%s\n", "-----------------------");
  // ipvrf_print() keeps the links of kind "vrf"; there are none to print.
  const nvrf = dumpLinksKind(ctx, "vrf").length;
  if (!nvrf) out.string("FP", null, "%s\n", "No VRF has been configured");
  out.deleteJsonObj();
  await out.flush();
  return 0;
}

function ipvrfIdentify(ctx: IpCtx, argv: string[]): number {
  if (argv.length > 1) invarg(ctx, "Extra arguments specified\n", argv[1]!);
  if (argv.length === 1 && getUnsigned(argv[0]!) === undefined) invarg(ctx, "Invalid pid\n", argv[0]!);
  return 0;
}

function ipvrfPids(ctx: IpCtx, argv: string[]): number {
  if (argv.length !== 1) {
    ctx.err("Invalid arguments\n");
    return 1;
  }
  if (!nameIsVrf(ctx, argv[0]!)) {
    ctx.err("Invalid VRF name\n");
    return 1;
  }
  return 0;
}

function ipvrfExec(ctx: IpCtx, argv: string[]): number {
  if (argv.length < 1) {
    ctx.err("No VRF name specified\n");
    return 1;
  }
  if (argv.length < 2) {
    ctx.err("No command specified\n");
    return 1;
  }
  // cmd_exec() runs vrf_switch() first: -1 there is ip's exit(-1).
  if (argv[0] !== "default" && !nameIsVrf(ctx, argv[0]!)) {
    ctx.err("Invalid VRF name\n");
    return 255;
  }
  ctx.err("nslab: ip vrf exec default: the cgroup2 vrf hierarchy is not modelled\n");
  return 255;
}

async function doIpvrf(ctx: IpCtx, argv: string[]): Promise<number> {
  if (argv.length === 0) return ipvrfShow(ctx, []);
  const [a, ...rest] = argv as [string, ...string[]];
  if (matches(a, "identify")) return ipvrfIdentify(ctx, rest);
  if (matches(a, "pids")) return ipvrfPids(ctx, rest);
  if (matches(a, "exec")) return ipvrfExec(ctx, rest);
  if (matches(a, "show") || matches(a, "lst") || matches(a, "list")) return ipvrfShow(ctx, rest);
  if (matches(a, "help")) usage(ctx);
  ctx.err(`Command "${a}" is unknown, try "ip vrf help".\n`);
  throw new IpExit(255);
}

registerIpObject("vrf", doIpvrf);
