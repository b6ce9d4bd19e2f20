// ip/ipnetconf.c: `ip netconf [show|list|lst] [dev NAME]` and print_netconf(),
// which `ip monitor netconf` shares. Without -4/-6 the dump runs with
// AF_UNSPEC, so the kernel answers for IPv4 then IPv6 in one dump (one JSON
// array); `dev` only filters it. With a family and a device, ip asks the
// kernel's doit and prints the answer through rtnl_listen() with no JSON
// object open, so `ip -j -4 netconf show dev X` prints the text form, as 6.1
// does. An error answer there prints nothing (print_netconf stops at it).

import { KernelError } from "../../../uapi/errno.js";
import { NETCONFA_IFINDEX_ALL, NETCONFA_IFINDEX_DEFAULT, type NetconfMsg, type RtmGetNetconf } from "../../../uapi/netconf.js";
import { netconfRtnlTalk } from "../../../kernel/ipv4/netconf.js";
import { familyNumber, incompleteCommand, IpExit, llIndexToName, llNameToIndex, matches } from "../lib/utils.js";
import type { IpCtx } from "./iplink.js";
import { registerIpObject } from "./ip.js";

const RP_FILTER_NAMES = ["off", "strict", "loose"];

/** print_netconf() for one message (the family/index filters are the caller's); `deleted` for RTM_DELNETCONF. */
export function printNetconf(ctx: IpCtx, n: NetconfMsg, deleted: boolean): void {
  const out = ctx.out;
  out.openObject(null);
  if (deleted) out.bool("ANY", "deleted", "Deleted ", true);
  out.string("ANY", "family", "%s ", n.family === 2 ? "inet" : "inet6");
  const dev = n.ifindex === NETCONFA_IFINDEX_ALL ? "all" : n.ifindex === NETCONFA_IFINDEX_DEFAULT ? "default" : llIndexToName(ctx, n.ifindex);
  out.cstring("ANY", "ifname", "interface", "%s ", dev);
  if (n.forwarding !== undefined) out.onOff("ANY", "forwarding", "forwarding %s ", n.forwarding !== 0);
  if (n.rp_filter !== undefined) {
    const name = RP_FILTER_NAMES[n.rp_filter >>> 0];
    if (name !== undefined) out.string("ANY", "rp_filter", "rp_filter %s ", name);
    else out.uint("ANY", "rp_filter", "rp_filter %u ", n.rp_filter >>> 0);
  }
  if (n.mc_forwarding !== undefined) out.onOff("ANY", "mc_forwarding", "mc_forwarding %s ", n.mc_forwarding !== 0);
  if (n.proxy_neigh !== undefined) out.onOff("ANY", "proxy_neigh", "proxy_neigh %s ", n.proxy_neigh !== 0);
  if (n.ignore_routes_with_linkdown !== undefined) {
    out.onOff("ANY", "ignore_routes_with_linkdown", "ignore_routes_with_linkdown %s ", n.ignore_routes_with_linkdown !== 0);
  }
  out.closeObject();
  out.string("FP", null, "\n", null);
}

function usage(ctx: IpCtx): never {
  ctx.err("Usage: ip netconf show [ dev STRING ]\n");
  throw new IpExit(255);
}

async function doShow(ctx: IpCtx, argv: string[]): Promise<number> {
  const family = familyNumber(ctx.family);
  let ifindex = 0;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] !== "dev") continue; // do_show() skips every other word
    if (++i >= argv.length) incompleteCommand(ctx);
    const name = argv[i]!;
    ifindex = llNameToIndex(ctx, name);
    if (ifindex <= 0) {
      ctx.err(`Device "${name}" does not exist.\n`);
      return 1; // do_show()'s -1: ip's main() turns a failed command into 1

    }
  }
  const out = ctx.out;
  const keep = (m: NetconfMsg): boolean => (family === 0 || m.family === family) && (ifindex === 0 || m.ifindex === ifindex);
  if (ifindex && family !== 0) {
    const req: RtmGetNetconf = { type: "RTM_GETNETCONF", family, ifindex };
    let msgs: NetconfMsg[] = [];
    try {
      msgs = netconfRtnlTalk(ctx.task, req).msgs;
    } catch (e) {
      if (!(e instanceof KernelError)) throw e;
    }
    for (const m of msgs) if (keep(m)) printNetconf(ctx, m, false);
  } else {
    const { msgs } = netconfRtnlTalk(ctx.task, { type: "RTM_GETNETCONF", family });
    out.newJsonObj(ctx.json, ctx.pretty);
    for (const m of msgs) if (keep(m)) printNetconf(ctx, m, false);
    out.deleteJsonObj();
  }
  await out.flush();
  return 0;
}

/** do_ipnetconf() */
async function doIpnetconf(ctx: IpCtx, argv: string[]): Promise<number> {
  if (argv.length === 0) return doShow(ctx, []);
  const a = argv[0]!;
  if (matches(a, "show") || matches(a, "lst") || matches(a, "list")) return doShow(ctx, argv.slice(1));
  if (matches(a, "help")) usage(ctx);
  ctx.err(`Command "${a}" is unknown, try "ip netconf help".\n`);
  throw new IpExit(255);
}

registerIpObject("netconf", doIpnetconf);
