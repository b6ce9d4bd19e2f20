// bridge/vlan.c of iproute2 6.1, against a kernel built without
// CONFIG_BRIDGE_VLAN_FILTERING (the recording kernel): `bridge vlan show`
// lists no port (only its header, "[ ]" in JSON), `-d` asks RTM_GETVLAN,
// which no handler answers; `add` fails with EOPNOTSUPP while `del` is
// accepted and changes nothing (br_afspec ignores the stub's error).
// Not modelled: set, tunnelshow, global (answered with the usage).

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

/** vlan_modify(): add or del. */
async function vlanModify(ctx: BridgeCtx, del: boolean, argv: string[]): Promise<number> {
  let dev: string | undefined;
  let vid = -1;
  let vidArg = "";
  let flags = 0;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const next = () => {
      if (i + 1 >= argv.length) incomplete(ctx);
      return argv[++i]!;
    };
    if (a === "dev") dev = next();
    else if (a === "vid") {
      vidArg = next();
      const m = /^(\d+)(?:-(\d+))?$/.exec(vidArg);
      vid = m ? Number(m[1]) : Number.NaN;
    } else if (a === "self") flags |= 2;
    else if (a === "master") flags |= 1;
    else if (a === "pvid" || a === "untagged") {
      // VLAN flags, sent with the request
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
  if (!(vid >= 1 && vid < 4095)) {
    ctx.err(`Invalid VLAN ID "${vidArg}"\n`);
    return 255;
  }
  const r = talk(ctx, { type: "RTM_SETLINK_BRIDGE", ifi_index: ifindex, protinfo: {}, flags, vlan: { del, vid, flags } });
  return r ? 0 : 255;
}

/** vlan_show(): the dump finds no VLAN on any port. */
async function vlanShow(ctx: BridgeCtx, argv: string[]): Promise<number> {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "dev" || a === "vid") {
      if (i + 1 >= argv.length) incomplete(ctx);
      const v = argv[++i]!;
      if (a === "dev" && !llNameToIndex(ctx, v)) {
        ctx.err(`Cannot find device "${v}"\n`);
        return 255;
      }
    }
  }
  const out = ctx.out;
  if (ctx.json) {
    out.raw(ctx.pretty ? "[ ]\n" : "[]\n");
    await out.flush();
    return 0;
  }
  let status = 0;
  if (ctx.details && !ctx.stats) {
    // RTM_GETVLAN has no handler without VLAN filtering; stdout still gets its header.
    ctx.err("RTNETLINK answers: Operation not supported\nDump terminated\n");
    status = 1;
  }
  out.raw(ctx.stats ? "port              vlan-id\n" : "port              vlan-id  \n");
  // stdout is only flushed at exit: the error lines come out first.
  await settleStderr();
  await out.flush();
  return status;
}

export async function doVlan(ctx: BridgeCtx, argv: string[]): Promise<number> {
  if (!argv.length) return vlanShow(ctx, []);
  const a = argv[0]!;
  const rest = argv.slice(1);
  if (matches(a, "add")) return vlanModify(ctx, false, rest);
  if (matches(a, "delete")) return vlanModify(ctx, true, rest);
  if (matches(a, "show") || matches(a, "lst") || matches(a, "list")) return vlanShow(ctx, rest);
  if (matches(a, "help")) usage(ctx);
  ctx.err(`Command "${a}" is unknown, try "bridge vlan help".\n`);
  return 255;
}
