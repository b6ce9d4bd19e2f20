// iproute2 6.1 ip/iptoken.c: `ip token [ list | set | del | get ] [ TOKEN ]
// [ dev DEV ]`. The list is an AF_INET6 link dump (addrconf's own, with
// IFLA_PROTINFO's IFLA_INET6_TOKEN), skipping loopback and NOARP devices;
// set/del send RTM_SETLINK with IFLA_AF_SPEC/AF_INET6/IFLA_INET6_TOKEN
// (del sends ::). Only the first token and the first `dev` count.

import { AF_INET6 } from "../../../uapi/socket.js";
import { IFF_LOOPBACK, IFF_NOARP } from "../../../uapi/if_link.js";
import { formatIp6 } from "../../../wire/addr.js";
import { incompleteCommand, invarg, IpExit, llIndexToName, llInitMap, llNameToIndex, matches, talk } from "../lib/utils.js";
import { getPrefix6 } from "./iproute6.js";
import type { IpCtx } from "./iplink.js";
import { registerIpObject } from "./ip.js";

function usage(ctx: IpCtx): never {
  ctx.err("Usage: ip token [ list | set | del | get ] [ TOKEN ] [ dev DEV ]\n");
  throw new IpExit(255);
}

function iptokenList(ctx: IpCtx, argv: string[]): number {
  let ifindex = 0;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] !== "dev") continue;
    if (++i >= argv.length) incompleteCommand(ctx);
    ifindex = llNameToIndex(ctx, argv[i]!);
    if (!ifindex) invarg(ctx, "dev is invalid\n", argv[i]!);
    break;
  }
  const r = talk(ctx, { type: "RTM_GETLINK", dump: true, ifi_family: AF_INET6, ifi_index: 0, attrs: {} });
  if (!r || r.type !== "links") return 1;
  const out = ctx.out;
  out.newJsonObj(ctx.json, ctx.pretty);
  for (const l of r.links) {
    if (ifindex > 0 && l.ifi_index !== ifindex) continue;
    if (l.ifi_flags & (IFF_LOOPBACK | IFF_NOARP)) continue;
    out.openObject(null);
    out.string("FP", null, "token ", null);
    out.cstring("ANY", "inet6", "token", "%s", formatIp6(l.IFLA_INET6_TOKEN ?? 0n));
    out.string("FP", null, " dev ", null);
    out.cstring("ANY", "ifname", "ifname", "%s\n", llIndexToName(ctx, l.ifi_index));
    out.closeObject();
  }
  out.deleteJsonObj();
  return 0;
}

function iptokenSet(ctx: IpCtx, argv: string[], del: boolean): number {
  let haveToken = del;
  let token = 0n;
  let ifindex = 0;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "dev") {
      if (++i >= argv.length) incompleteCommand(ctx);
      if (!ifindex) {
        ifindex = llNameToIndex(ctx, argv[i]!);
        if (!ifindex) invarg(ctx, "dev is invalid\n", argv[i]!);
      }
    } else {
      if (matches(a, "help")) usage(ctx);
      if (!haveToken) {
        token = getPrefix6(ctx, a).addr;
        haveToken = true;
      }
    }
  }
  if (!haveToken) {
    ctx.err("Not enough information: token is required.\n");
    return 1;
  }
  if (!ifindex) {
    ctx.err('Not enough information: "dev" argument is required.\n');
    return 1;
  }
  const r = talk(ctx, { type: "RTM_NEWLINK", nlmsg_flags: 0, ifi_index: ifindex, ifi_flags: 0, ifi_change: 0, attrs: { IFLA_INET6_TOKEN: token } });
  return r ? 0 : 2;
}

async function doIptoken(ctx: IpCtx, argv: string[]): Promise<number> {
  llInitMap(ctx);
  if (!argv.length) return iptokenList(ctx, []);
  const [c, ...rest] = argv as [string, ...string[]];
  if (matches(c, "list") || matches(c, "lst") || matches(c, "show")) return iptokenList(ctx, rest);
  if (matches(c, "set") || matches(c, "add")) return iptokenSet(ctx, rest, false);
  if (matches(c, "delete")) return iptokenSet(ctx, rest, true);
  if (matches(c, "get")) return iptokenList(ctx, rest);
  if (matches(c, "help")) usage(ctx);
  ctx.err(`Command "${c}" is unknown, try "ip token help".\n`);
  throw new IpExit(255);
}

registerIpObject("token", doIptoken);
