// `ip -6 addr add|del|change|replace` (ip/ipaddress.c ipaddr_modify for
// AF_INET6): the address with its length (/128 when none is given, as
// get_prefix gives), `dev`, and the
// IPv6 flags nodad / noprefixroute / home / mngtmpaddr and valid_lft /
// preferred_lft (IFA_CACHEINFO), sent as RTM_NEWADDR/RTM_DELADDR through
// the IPv6 model's door (kernel/ipv6/addrconf_rtnl.ts). ipaddress.ts hands
// over whenever the family is inet6 or the local address is IPv6. Left out:
// peer, optimistic/autojoin (accepted, ignored).

import { inet6RtnlTalk } from "../../../kernel/ipv6/addrconf_rtnl.js";
import { IFA_F_HOMEADDRESS, IFA_F_MANAGETEMPADDR, IFA_F_NODAD, IFA_F_NOPREFIXROUTE, INFINITY_LIFE_TIME } from "../../../uapi/if_addr.js";
import { ip6ToBytes, parseIp6 } from "../../../wire/addr.js";
import { getUnsigned, invarg, IpExit, matches, nlError } from "../lib/utils.js";
import { llNameToIndex } from "../lib/utils.js";
import type { IpCtx } from "./iplink.js";
import { lifetimesInfo } from "./ipaddress.js";

/** An IPv6 address with an optional /len (get_prefix for AF_INET6). */
export function parsePrefix6(arg: string): { addr: bigint; len: number } | undefined {
  const slash = arg.indexOf("/");
  const addr = parseIp6(slash >= 0 ? arg.slice(0, slash) : arg);
  if (addr === undefined) return undefined;
  if (slash < 0) return { addr, len: 128 };
  const t = arg.slice(slash + 1);
  if (!/^\d+$/.test(t) || Number(t) > 128) return undefined;
  return { addr, len: Number(t) };
}

/** Whether ipaddr_modify speaks IPv6 for these words (family inet6, or an IPv6 local address). */
export function wantsInet6(ctx: IpCtx, argv: string[]): boolean {
  if (ctx.family === "inet6") return true;
  // `ip -4`: get_prefix(AF_INET) refuses IPv6 text itself ("inet prefix is expected").
  if (ctx.family === "inet") return false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "dev" || a === "label" || a === "scope" || a === "metric" || a === "proto") {
      i++;
      continue;
    }
    if (a.includes(":") && parsePrefix6(a === "local" ? (argv[i + 1] ?? "") : a)) return true;
  }
  return false;
}

export function ipaddrModify6(ctx: IpCtx, cmd: "RTM_NEWADDR" | "RTM_DELADDR", argv: string[], nlmsgFlags = 0): number {
  let local: { addr: bigint; len: number } | undefined;
  let dev: string | undefined;
  let flags = 0;
  let validLft: number | undefined;
  let preferredLft: number | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "dev") dev = argv[++i];
    else if (a === "nodad") flags |= IFA_F_NODAD;
    else if (a === "noprefixroute") flags |= IFA_F_NOPREFIXROUTE;
    else if (a === "home") flags |= IFA_F_HOMEADDRESS;
    else if (a === "mngtmpaddr") flags |= IFA_F_MANAGETEMPADDR;
    else if (a === "optimistic" || a === "autojoin") continue;
    else if (matches(a, "valid_lft") || matches(a, "preferred_lft")) {
      const which = matches(a, "valid_lft") ? "valid_lft" : "preferred_lft";
      const v = argv[++i] ?? "";
      const n = v === "forever" ? INFINITY_LIFE_TIME : getUnsigned(v);
      if (n === undefined) invarg(ctx, `${which} value`, v);
      if (which === "valid_lft") validLft = n;
      else preferredLft = n;
    } else if (a === "label" || a === "scope" || a === "metric" || a === "proto") i++;
    else {
      const v = a === "local" ? (argv[++i] ?? "") : a;
      const p = parsePrefix6(v);
      if (!p) {
        ctx.err(`Error: inet6 prefix is expected rather than "${v}".\n`);
        throw new IpExit(1);
      }
      local = p;
    }
  }
  if (dev === undefined) {
    ctx.err('Not enough information: "dev" argument is required.\n');
    return 1;
  }
  const index = llNameToIndex(ctx, dev);
  if (!index) {
    ctx.err(`Cannot find device "${dev}"\n`);
    return 1;
  }
  if (!local) {
    ctx.err("RTNETLINK answers: Invalid argument\n");
    return 2;
  }
  // ipaddr_modify(): lifetimes go as IFA_CACHEINFO, checked first.
  const cacheinfo = lifetimesInfo(ctx, validLft, preferredLft);
  if (cacheinfo === null) return 1;
  try {
    inet6RtnlTalk(ctx.task, { type: cmd, nlmsg_flags: nlmsgFlags, ifa_family: 10, ifa_index: index, ifa_prefixlen: local.len, IFA_LOCAL: ip6ToBytes(local.addr), IFA_FLAGS: flags, IFA_CACHEINFO: cacheinfo });
  } catch (e) {
    nlError(ctx, e);
    return 2;
  }
  return 0;
}
