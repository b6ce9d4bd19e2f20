// bridge/vlan.c of iproute2 6.1, against a kernel built without
// CONFIG_BRIDGE_VLAN_FILTERING (the recording kernel): `bridge vlan show`
// lists no port (only its header, "[ ]" in JSON), `-d` asks RTM_GETVLAN,
// which no handler answers; `add` fails with EOPNOTSUPP while `del` is
// accepted and changes nothing (br_afspec ignores that error).
// `set` and `global` (RTM_NEWVLAN/RTM_GETVLAN) find no handler; `tunnelshow`
// lists nothing. The kernel checks a VLAN id (1..4094) before the no-filtering
// nbp_vlan_add refuses it.

import { settleStderr } from "../lib/inet.js";
import { IpExit, llNameToIndex, matches, talk } from "../lib/utils.js";
import type { BridgeCtx } from "./ctx.js";

const VLAN_USAGE = "Usage: bridge vlan { add | del } vid VLAN_ID dev DEV [ tunnel_info id TUNNEL_ID ]\n                                                     [ pvid ] [ untagged ]\n                                                     [ self ] [ master ]\n       bridge vlan { set } vid VLAN_ID dev DEV [ state STP_STATE ]\n                                               [ mcast_router MULTICAST_ROUTER ]\n       bridge vlan { show } [ dev DEV ] [ vid VLAN_ID ]\n       bridge vlan { tunnelshow } [ dev DEV ] [ vid VLAN_ID ]\n       bridge vlan global { set } vid VLAN_ID dev DEV\n                      [ mcast_snooping MULTICAST_SNOOPING ]\n                      [ mcast_querier MULTICAST_QUERIER ]\n                      [ mcast_igmp_version IGMP_VERSION ]\n                      [ mcast_mld_version MLD_VERSION ]\n                      [ mcast_last_member_count LAST_MEMBER_COUNT ]\n                      [ mcast_last_member_interval LAST_MEMBER_INTERVAL ]\n                      [ mcast_startup_query_count STARTUP_QUERY_COUNT ]\n                      [ mcast_startup_query_interval STARTUP_QUERY_INTERVAL ]\n                      [ mcast_membership_interval MEMBERSHIP_INTERVAL ]\n                      [ mcast_querier_interval QUERIER_INTERVAL ]\n                      [ mcast_query_interval QUERY_INTERVAL ]\n                      [ mcast_query_response_interval QUERY_RESPONSE_INTERVAL ]\n       bridge vlan global { show } [ dev DEV ] [ vid VLAN_ID ]\n";

function usage(ctx: BridgeCtx): never {
  ctx.err(VLAN_USAGE);
  throw new IpExit(255);
}

function incomplete(ctx: BridgeCtx): never {
  ctx.err('Command line is not complete. Try option "help"\n');
  throw new IpExit(255);
}

/** atoi() into a short, as vlan_modify() keeps vid and vid_end. */
function atoiShort(s: string): number {
  const m = /^\s*([+-]?\d+)/.exec(s);
  const n = m ? Number.parseInt(m[1]!, 10) & 0xffff : 0;
  return n >= 0x8000 ? n - 0x10000 : n;
}

const hu = (n: number) => String(n & 0xffff);

/** vlan_modify(): add or del. */
async function vlanModify(ctx: BridgeCtx, del: boolean, argv: string[]): Promise<number> {
  let dev: string | undefined;
  let vid = -1;
  let vidEnd = -1;
  let range = false;
  let pvid = false;
  let flags = 0;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const next = () => {
      if (i + 1 >= argv.length) incomplete(ctx);
      return argv[++i]!;
    };
    if (a === "dev") dev = next();
    else if (a === "vid") {
      // "A-B" is a range (BRIDGE_VLAN_INFO_RANGE_BEGIN); each side goes through atoi().
      const v = next();
      const dash = v.indexOf("-");
      if (dash >= 0) {
        vid = atoiShort(v.slice(0, dash));
        vidEnd = atoiShort(v.slice(dash + 1));
        range = true;
      } else vid = atoiShort(v);
    } else if (a === "self") flags |= 2;
    else if (a === "master") flags |= 1;
    else if (a === "pvid") pvid = true;
    else if (a === "untagged") {
      // a VLAN flag, sent with the request
    } else if (a === "tunnel_info") {
      if (next() === "id") next();
    } else if (matches(a, "help")) usage(ctx);
    else usage(ctx);
  }
  if (dev === undefined || vid === -1) {
    ctx.err("Device and VLAN ID are required arguments.\n");
    return 255;
  }
  const ifindex = llNameToIndex(ctx, dev);
  if (!ifindex) {
    ctx.err(`Cannot find bridge device "${dev}"\n`);
    return 255;
  }
  if (vid >= 4096) {
    ctx.err(`Invalid VLAN ID "${hu(vid)}"\n`);
    return 255;
  }
  if (range) {
    if (vidEnd === -1 || vidEnd >= 4096 || vid >= vidEnd) {
      ctx.err(`Invalid VLAN range "${hu(vid)}-${hu(vidEnd)}"\n`);
      return 255;
    }
    if (pvid) {
      ctx.err("pvid cannot be configured for a vlan range\n");
      return 255;
    }
  }
  const vids = range ? [vid & 0xffff, vidEnd & 0xffff] : [vid & 0xffff];
  const r = talk(ctx, { type: "RTM_SETLINK_BRIDGE", ifi_index: ifindex, protinfo: {}, flags, vlan: { del, vid: vids[0]!, vidEnd: vids[1], flags } });
  return r ? 0 : 255;
}

/** vlan_option_set() (`bridge vlan set`): RTM_NEWVLAN, which no handler answers without VLAN filtering. */
async function vlanSet(ctx: BridgeCtx, argv: string[]): Promise<number> {
  let dev: string | undefined;
  let vid: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "dev" || a === "vid" || a === "state" || a === "mcast_router") {
      if (i + 1 >= argv.length) incomplete(ctx);
      const v = argv[++i]!;
      if (a === "dev") dev = v;
      else if (a === "vid") vid = v;
    } else if (matches(a, "help")) usage(ctx);
    else usage(ctx);
  }
  if (dev === undefined || vid === undefined) {
    ctx.err("Device and VLAN ID are required arguments.\n");
    return 255;
  }
  if (!llNameToIndex(ctx, dev)) {
    ctx.err(`Cannot find bridge device "${dev}"\n`);
    return 255;
  }
  ctx.err("RTNETLINK answers: Operation not supported\n");
  return 255;
}

/**
 * The show commands' `dev NAME` / `vid VID` arguments from argv[from] on (others are
 * skipped): false, after "Cannot find device", when the named device does not exist.
 */
function checkShowArgs(ctx: BridgeCtx, argv: string[], from: number): boolean {
  for (let i = from; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "dev" || a === "vid") {
      if (i + 1 >= argv.length) incomplete(ctx);
      const v = argv[++i]!;
      if (a === "dev" && !llNameToIndex(ctx, v)) {
        ctx.err(`Cannot find device "${v}"\n`);
        return false;
      }
    }
  }
  return true;
}

/** `bridge vlan tunnelshow`: the RTM_GETLINK dump lists no tunnel mapping. */
async function vlanTunnelShow(ctx: BridgeCtx, argv: string[]): Promise<number> {
  if (!checkShowArgs(ctx, argv, 0)) return 255;
  if (ctx.json) {
    ctx.out.raw(ctx.pretty ? "[ ]\n" : "[]\n");
  } else ctx.out.raw("port              vlan-id    tunnel-id\n");
  await ctx.out.flush();
  return 0;
}

/** vlan_show(): the dump finds no VLAN on any port. */
async function vlanShow(ctx: BridgeCtx, argv: string[]): Promise<number> {
  if (!checkShowArgs(ctx, argv, 0)) return 255;
  return vlanDump(ctx, !!ctx.details);
}

/**
 * The show dumps: with -d (or `global show`) iproute2 asks RTM_GETVLAN, which has no handler
 * without CONFIG_BRIDGE_VLAN_FILTERING ("Dump terminated", exit 1, after the header or the
 * JSON array's opening); otherwise RTM_GETLINK (or RTM_GETSTATS for -s) finds no VLAN.
 */
async function vlanDump(ctx: BridgeCtx, getvlan: boolean): Promise<number> {
  const out = ctx.out;
  if (getvlan) {
    ctx.err("RTNETLINK answers: Operation not supported\nDump terminated\n");
    out.raw(ctx.json ? "[" : "port              vlan-id  \n");
    // stdout is only flushed at exit: the error lines come out first.
    await settleStderr();
    await out.flush();
    return 1;
  }
  if (ctx.json) {
    out.raw(ctx.pretty ? "[ ]\n" : "[]\n");
    await out.flush();
    return 0;
  }
  out.raw(ctx.stats ? "port              vlan-id\n" : "port              vlan-id  \n");
  await out.flush();
  return 0;
}

/** `bridge vlan global show`: RTM_GETVLAN with global options. */
async function vlanGlobal(ctx: BridgeCtx, argv: string[]): Promise<number> {
  const a = argv[0];
  if (a === undefined || matches(a, "show")) {
    if (!checkShowArgs(ctx, argv, 1)) return 255;
    return vlanDump(ctx, true);
  }
  if (matches(a, "set")) {
    ctx.err("RTNETLINK answers: Operation not supported\n");
    return 255;
  }
  usage(ctx);
}

export async function doVlan(ctx: BridgeCtx, argv: string[]): Promise<number> {
  if (!argv.length) return vlanShow(ctx, []);
  const a = argv[0]!;
  const rest = argv.slice(1);
  if (matches(a, "add")) return vlanModify(ctx, false, rest);
  if (matches(a, "delete")) return vlanModify(ctx, true, rest);
  if (matches(a, "show") || matches(a, "lst") || matches(a, "list")) return vlanShow(ctx, rest);
  if (matches(a, "tunnelshow")) return vlanTunnelShow(ctx, rest);
  if (matches(a, "global")) return vlanGlobal(ctx, rest);
  if (a === "set") return vlanSet(ctx, rest);
  if (matches(a, "help")) usage(ctx);
  ctx.err(`Command "${a}" is unknown, try "bridge vlan help".\n`);
  return 255;
}
