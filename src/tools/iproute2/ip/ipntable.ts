// iproute2 6.1 ip/ipntable.c: `ip ntable show|list [dev DEV] [name NAME]` and
// `ip ntable change name NAME [dev DEV] [thresh1..3 VAL] [gc_int MSEC] [PARMS]`,
// talking RTM_GETNEIGHTBL / RTM_SETNEIGHTBL to kernel/core/neightbl_rtnl.ts.
// Not modelled: -s (NDTA_CONFIG and NDTA_STATS are host-wide counters).

import { AF_INET, AF_UNSPEC } from "../../../uapi/if_addr.js";
import { neightblDump, neightblSet, type NdtMsg, type NdtSetRequest } from "../../../kernel/core/neightbl_rtnl.js";
import { duparg, familyNumber, incompleteCommand, invarg, IpExit, llIndexToName, llNameToIndex, matches, nlError, numArg } from "../lib/utils.js";
import type { IpCtx } from "./iplink.js";
import { registerIpObject } from "./ip.js";

const USAGE =
  "Usage: ip ntable change name NAME [ dev DEV ]\n" +
  "        [ thresh1 VAL ] [ thresh2 VAL ] [ thresh3 VAL ] [ gc_int MSEC ]\n" +
  "        [ PARMS ]\n" +
  "Usage: ip ntable show [ dev DEV ] [ name NAME ]\n" +
  "PARMS := [ base_reachable MSEC ] [ retrans MSEC ] [ gc_stale MSEC ]\n" +
  "         [ delay_probe MSEC ] [ queue LEN ]\n" +
  "         [ app_probes VAL ] [ ucast_probes VAL ] [ mcast_probes VAL ]\n" +
  "         [ anycast_delay MSEC ] [ proxy_delay MSEC ] [ proxy_queue LEN ]\n" +
  "         [ locktime MSEC ]\n";

function usage(ctx: IpCtx): never {
  ctx.err(USAGE);
  throw new IpExit(255);
}

/** preferred_family, except that -0 (AF_PACKET) asks for every table as no option would. */
function familyOf(ctx: IpCtx): number {
  return ctx.family === "packet" ? AF_UNSPEC : familyNumber(ctx.family);
}


const U32 = 0xffffffff;
const U64 = Number.MAX_SAFE_INTEGER;
/** The PARMS words, their NDTPA field, and get_u32 or get_u64. */
const PARMS: [string, keyof NonNullable<NdtSetRequest["parms"]>, number][] = [
  ["base_reachable", "base_reachable", U64],
  ["retrans", "retrans", U64],
  ["gc_stale", "gc_stale", U64],
  ["delay_probe", "delay_probe", U64],
  ["queue", "queue", U32],
  ["app_probes", "app_probes", U32],
  ["ucast_probes", "ucast_probes", U32],
  ["mcast_probes", "mcast_probes", U32],
  ["anycast_delay", "anycast_delay", U64],
  ["proxy_delay", "proxy_delay", U64],
  ["proxy_queue", "proxy_queue", U32],
  ["locktime", "locktime", U64],
];

/** ipntable_modify() */
function ipntableModify(ctx: IpCtx, argv: string[]): number {
  const req: NdtSetRequest = { family: familyOf(ctx), name: "" };
  let name: string | undefined;
  let ifindex = 0;
  const parms: NonNullable<NdtSetRequest["parms"]> = {};
  let parmsChange = false;
  let threshChange = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const next = (): string => {
      if (i + 1 >= argv.length) incompleteCommand(ctx);
      return argv[++i]!;
    };
    if (a === "name") {
      const v = next();
      if (name !== undefined) duparg(ctx, "NAME", v);
      name = v;
    } else if (a === "dev") {
      const v = next();
      ifindex = llNameToIndex(ctx, v);
      if (!ifindex) {
        ctx.err(`Cannot find device "${v}"\n`);
        return 1;
      }
    } else if (a === "thresh1" || a === "thresh2" || a === "thresh3") {
      const v = next();
      const n = numArg(v, U32);
      if (n === undefined) invarg(ctx, `"${a}" value is invalid`, v);
      req[a] = n;
      threshChange = true;
    } else if (a === "gc_int") {
      const v = next();
      const n = numArg(v, U64);
      if (n === undefined) invarg(ctx, `"${a}" value is invalid`, v);
      req.gc_int = n;
      threshChange = true;
    } else {
      const p = PARMS.find(([w]) => w === a);
      if (!p) invarg(ctx, "unknown", a);
      const v = next();
      const n = numArg(v, p[2]);
      if (n === undefined) invarg(ctx, `"${a}" value is invalid`, v);
      parms[p[1]] = n;
      parmsChange = true;
    }
  }
  if (name === undefined) {
    ctx.err('Error: argument "NAME" is required\n');
    throw new IpExit(255);
  }
  if (!threshChange && !parmsChange) {
    ctx.err("Not enough information: changeable attributes required.\n");
    throw new IpExit(255);
  }
  req.name = name;
  if (parmsChange) req.parms = { ...parms, ...(ifindex ? { ifindex } : {}) };
  try {
    neightblSet(ctx.task.netns, req);
  } catch (e) {
    nlError(ctx, e);
    return 2;
  }
  return 0;
}

/** print_ntable() without the -s blocks. */
function printNtable(ctx: IpCtx, m: NdtMsg): void {
  const out = ctx.out;
  out.openObject(null);
  out.string("ANY", "family", "%s ", m.family === AF_INET ? "inet" : "inet6");
  out.string("ANY", "name", "%s ", m.name);
  out.nl();
  const t = m.thresh;
  if (t) {
    out.string("FP", null, "    ", null);
    out.uint("ANY", "thresh1", "thresh1 %u ", t.thresh1);
    out.uint("ANY", "thresh2", "thresh2 %u ", t.thresh2);
    out.uint("ANY", "thresh3", "thresh3 %u ", t.thresh3);
    out.uint("ANY", "gc_interval", "gc_int %llu ", t.gc_int);
    out.nl();
  }
  const p = m.parms;
  if (p.ifindex) {
    out.string("FP", null, "    dev ", null);
    out.string("ANY", "dev", "%s ", llIndexToName(ctx, p.ifindex));
    out.nl();
  }
  out.string("FP", null, "    ", null);
  out.uint("ANY", "refcnt", "refcnt %u ", p.refcnt);
  out.uint("ANY", "reachable", "reachable %llu ", p.reachable);
  out.uint("ANY", "base_reachable", "base_reachable %llu ", p.base_reachable);
  out.uint("ANY", "retrans", "retrans %llu ", p.retrans);
  out.nl();
  out.string("FP", null, "    ", null);
  out.uint("ANY", "gc_stale", "gc_stale %llu ", p.gc_stale);
  out.uint("ANY", "delay_probe", "delay_probe %llu ", p.delay_probe);
  out.uint("ANY", "queue", "queue %u ", p.queue);
  out.nl();
  out.string("FP", null, "    ", null);
  out.uint("ANY", "app_probes", "app_probes %u ", p.app_probes);
  out.uint("ANY", "ucast_probes", "ucast_probes %u ", p.ucast_probes);
  out.uint("ANY", "mcast_probes", "mcast_probes %u ", p.mcast_probes);
  out.nl();
  out.string("FP", null, "    ", null);
  out.uint("ANY", "anycast_delay", "anycast_delay %llu ", p.anycast_delay);
  out.uint("ANY", "proxy_delay", "proxy_delay %llu ", p.proxy_delay);
  out.uint("ANY", "proxy_queue", "proxy_queue %u ", p.proxy_queue);
  out.uint("ANY", "locktime", "locktime %llu ", p.locktime);
  out.nl();
  out.string("FP", null, "\n", "");
  out.closeObject();
}

/** ipntable_show() */
async function ipntableShow(ctx: IpCtx, argv: string[]): Promise<number> {
  let index = 0;
  let name: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const next = (): string => {
      if (i + 1 >= argv.length) incompleteCommand(ctx);
      return argv[++i]!;
    };
    if (a === "dev") {
      const v = next();
      if (v === "help") usage(ctx);
      index = llNameToIndex(ctx, v);
      if (!index) invarg(ctx, '"DEV" is invalid', v);
    } else if (a === "name") {
      const v = next();
      name = v;
    } else invarg(ctx, "unknown", a);
  }
  const list = neightblDump(ctx.task.netns, familyOf(ctx)).filter((m) => {
    if (name !== undefined && m.name !== name) return false;
    if (index && m.parms.ifindex !== index) return false;
    return true;
  });
  const out = ctx.out;
  out.newJsonObj(ctx.json, ctx.pretty);
  for (const m of list) printNtable(ctx, m);
  out.deleteJsonObj();
  await out.flush();
  return 0;
}

/** do_ipntable() */
async function doIpntable(ctx: IpCtx, argv: string[]): Promise<number> {
  if (argv.length < 1) return ipntableShow(ctx, []);
  const a = argv[0]!;
  const rest = argv.slice(1);
  if (matches(a, "change") || matches(a, "chg")) return ipntableModify(ctx, rest);
  if (matches(a, "show") || matches(a, "lst") || matches(a, "list")) return ipntableShow(ctx, rest);
  if (matches(a, "help")) usage(ctx);
  ctx.err(`Command "${a}" is unknown, try "ip ntable help".\n`);
  throw new IpExit(255);
}

registerIpObject("ntable", doIpntable);
registerIpObject("ntbl", doIpntable);
