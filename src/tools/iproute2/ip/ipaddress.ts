// ip/ipaddress.c for IPv4: `ip address add|change|replace|del|show|list|flush`.
// Listing dumps the links and the addresses, drops links no address matches
// when a family or address filter applies (ipaddr_filter), then prints each
// link through the shared link printer (print_link.ts) followed by its
// addresses (print_addrinfo), in text, -br, -o or -j form. The inet6 lines of
// the IPv6 model will come through the same RTM_GETADDR dump and printer
// (family "inet6"); nothing here is IPv4-only except the parsing of IPv4 text.

import { KernelError } from "../../../uapi/errno.js";
import {
  AF_INET,
  AF_UNSPEC,
  IFA_F_DADFAILED,
  IFA_F_DEPRECATED,
  IFA_F_HOMEADDRESS,
  IFA_F_MANAGETEMPADDR,
  IFA_F_MCAUTOJOIN,
  IFA_F_NODAD,
  IFA_F_NOPREFIXROUTE,
  IFA_F_OPTIMISTIC,
  IFA_F_PERMANENT,
  IFA_F_SECONDARY,
  IFA_F_STABLE_PRIVACY,
  IFA_F_TENTATIVE,
  INFINITY_LIFE_TIME,
  type IfAddrMsg,
} from "../../../uapi/if_addr.js";
import { IFF_UP, type IfInfoMsg } from "../../../uapi/if_link.js";
import { NLM_F_CREATE, NLM_F_EXCL, NLM_F_REPLACE, RTEXT_FILTER_SKIP_STATS, RTEXT_FILTER_VF } from "../../../uapi/rtnetlink.js";
import { fmt4, getAddr, getPrefix, inetDump, inetTalk, scopeA2n, scopeN2a, type InetPrefix } from "../lib/inet.js";
import { duparg, duparg2, flushDoneMessage, getUnsigned, incompleteCommand, invarg, IpExit, llIndexToName, llNameToIndex, matches, talk } from "../lib/utils.js";
import { linkPrintOpts, type IpCtx } from "./iplink.js";
import { vrfIndexArg } from "../lib/vrf.js";
import { printLinkinfo, printStats64 } from "./print_link.js";
import { registerIpObject } from "./ip.js";
import { ipaddrRestore, ipaddrSave, ipaddrShowdump } from "./ipaddress_dump.js";
import { inet6RtnlTalk } from "../../../kernel/ipv6/addrconf_rtnl.js";
import { ipaddrModify6, wantsInet6 } from "./ipaddress6.js";
import { formatIp6, ip6FromBytes, isMulticast4 } from "../../../wire/addr.js";

const USAGE =
  "Usage: ip address {add|change|replace} IFADDR dev IFNAME [ LIFETIME ]\n" +
  "                                                      [ CONFFLAG-LIST ]\n" +
  "       ip address del IFADDR dev IFNAME [mngtmpaddr]\n" +
  "       ip address {save|flush} [ dev IFNAME ] [ scope SCOPE-ID ]\n" +
  "                            [ to PREFIX ] [ FLAG-LIST ] [ label LABEL ] [up]\n" +
  "       ip address [ show [ dev IFNAME ] [ scope SCOPE-ID ] [ master DEVICE ]\n" +
  "                         [ nomaster ]\n" +
  "                         [ type TYPE ] [ to PREFIX ] [ FLAG-LIST ]\n" +
  "                         [ label LABEL ] [up] [ vrf NAME ] ]\n" +
  "       ip address {showdump|restore}\n" +
  "IFADDR := PREFIX | ADDR peer PREFIX\n" +
  "          [ broadcast ADDR ] [ anycast ADDR ]\n" +
  "          [ label IFNAME ] [ scope SCOPE-ID ] [ metric METRIC ]\n" +
  "SCOPE-ID := [ host | link | global | NUMBER ]\n" +
  "FLAG-LIST := [ FLAG-LIST ] FLAG\n" +
  "FLAG  := [ permanent | dynamic | secondary | primary |\n" +
  "           [-]tentative | [-]deprecated | [-]dadfailed | temporary |\n" +
  "           CONFFLAG-LIST ]\n" +
  "CONFFLAG-LIST := [ CONFFLAG-LIST ] CONFFLAG\n" +
  "CONFFLAG  := [ home | nodad | mngtmpaddr | noprefixroute | autojoin ]\n" +
  "LIFETIME := [ valid_lft LFT ] [ preferred_lft LFT ]\n" +
  "LFT := forever | SECONDS\n" +
  "TYPE := { amt | bareudp | bond | bond_slave | bridge | bridge_slave |\n" +
  "          dsa | dummy | erspan | geneve | gre | gretap | gtp | ifb |\n" +
  "          ip6erspan | ip6gre | ip6gretap | ip6tnl |\n" +
  "          ipip | ipoib | ipvlan | ipvtap |\n" +
  "          macsec | macvlan | macvtap |\n" +
  "          netdevsim | nlmon | rmnet | sit | team | team_slave |\n" +
  "          vcan | veth | vlan | vrf | vti | vxcan | vxlan | wwan |\n" +
  "          xfrm | virt_wifi }\n";

function usage(ctx: IpCtx): never {
  ctx.err(USAGE);
  throw new IpExit(255);
}

/** ifa_flag_data[]: what `ip addr add|change` may set (IPv4 here: the IPv6-only ones only warn). */
const IFA_FLAG_DATA = new Map<string, { mask: number; readonly: boolean; v6only: boolean }>([
  ["secondary", { mask: IFA_F_SECONDARY, readonly: true, v6only: false }],
  ["temporary", { mask: IFA_F_SECONDARY, readonly: true, v6only: false }],
  ["nodad", { mask: IFA_F_NODAD, readonly: false, v6only: true }],
  ["optimistic", { mask: IFA_F_OPTIMISTIC, readonly: false, v6only: true }],
  ["dadfailed", { mask: IFA_F_DADFAILED, readonly: true, v6only: true }],
  ["home", { mask: IFA_F_HOMEADDRESS, readonly: false, v6only: true }],
  ["deprecated", { mask: IFA_F_DEPRECATED, readonly: true, v6only: true }],
  ["tentative", { mask: IFA_F_TENTATIVE, readonly: true, v6only: true }],
  ["permanent", { mask: IFA_F_PERMANENT, readonly: true, v6only: true }],
  ["mngtmpaddr", { mask: IFA_F_MANAGETEMPADDR, readonly: false, v6only: true }],
  ["noprefixroute", { mask: IFA_F_NOPREFIXROUTE, readonly: false, v6only: false }],
  ["autojoin", { mask: IFA_F_MCAUTOJOIN, readonly: false, v6only: false }],
  ["stable-privacy", { mask: IFA_F_STABLE_PRIVACY, readonly: true, v6only: true }],
]);

/** ifa_flag_names[] in bit order. */
const FLAG_NAMES = ["secondary", "nodad", "optimistic", "dadfailed", "home", "deprecated", "tentative", "permanent", "mngtmpaddr", "noprefixroute", "autojoin", "stable-privacy"];

function familyOf(ctx: IpCtx): number {
  return ctx.family === "inet" ? AF_INET : ctx.family === "inet6" ? 10 : AF_UNSPEC;
}

// ---------------------------------------------------------------- modify

/** ipaddr_modify(), for do_ipaddr (an async level, as it always was). */
async function ipaddrModify(ctx: IpCtx, cmd: "RTM_NEWADDR" | "RTM_DELADDR", flags: number, argvIn: string[]): Promise<number> {
  return ipaddrModifyNow(ctx, cmd, flags, argvIn);
}

/** The request and flags of do_ipaddr's modifying commands (add, change/chg, replace, delete). */
function ipaddrModifyArgs(a: string): ["RTM_NEWADDR" | "RTM_DELADDR", number] | undefined {
  if (matches(a, "add")) return ["RTM_NEWADDR", NLM_F_CREATE | NLM_F_EXCL];
  if (matches(a, "change") || a === "chg") return ["RTM_NEWADDR", NLM_F_REPLACE];
  if (matches(a, "replace")) return ["RTM_NEWADDR", NLM_F_CREATE | NLM_F_REPLACE];
  if (matches(a, "delete")) return ["RTM_DELADDR", 0];
  return undefined;
}

/** `ip address add|change|replace|delete` run without awaiting (ip.ts runAlone); undefined for other commands. */
export function ipaddrModifyAlone(ctx: IpCtx, a: string, rest: string[]): number | undefined {
  const m = ipaddrModifyArgs(a);
  return m && ipaddrModifyNow(ctx, m[0], m[1], rest);
}

function ipaddrModifyNow(ctx: IpCtx, cmd: "RTM_NEWADDR" | "RTM_DELADDR", flags: number, argvIn: string[]): number {
  if (wantsInet6(ctx, argvIn)) return ipaddrModify6(ctx, cmd, argvIn, flags);
  const argv = argvIn.slice();
  let family = familyOf(ctx);
  let local: InetPrefix | undefined;
  let localArg = "";
  let peer: InetPrefix | undefined;
  let brd: number | undefined;
  let brdMode: "" | "+" | "-" = "";
  let brdGiven = false;
  let scope: number | undefined;
  let dev: string | undefined;
  let label: string | undefined;
  let validLft: number | undefined;
  let preferredLft: number | undefined;
  let ifaFlags = 0;
  let metric: number | undefined;
  let prefixlen = 0;
  const fam = () => (family === AF_INET ? "inet" : "unspec") as "inet" | "unspec";
  const next = (i: number) => {
    if (i + 1 >= argv.length) incompleteCommand(ctx);
    return argv[i + 1]!;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "peer" || a === "remote") {
      const v = next(i++);
      if (peer) duparg(ctx, "peer", v);
      peer = getPrefix(ctx, v, fam());
      if (family === AF_UNSPEC && peer.family === "inet") family = AF_INET;
      prefixlen = peer.bitlen;
    } else if (matches(a, "broadcast") || a === "brd") {
      const v = next(i++);
      if (brdGiven) duparg(ctx, "broadcast", v);
      brdGiven = true;
      if (v === "+") brdMode = "+";
      else if (v === "-") brdMode = "-";
      else {
        brd = getAddr(ctx, v, fam());
        if (family === AF_UNSPEC) family = AF_INET;
      }
    } else if (a === "anycast") {
      next(i++);
    } else if (matches(a, "valid_lft") || matches(a, "preferred_lft")) {
      const which = matches(a, "valid_lft") ? "valid_lft" : "preferred_lft";
      const v = next(i++);
      if ((which === "valid_lft" ? validLft : preferredLft) !== undefined) duparg(ctx, which, v);
      const n = v === "forever" ? INFINITY_LIFE_TIME : getUnsigned(v);
      if (n === undefined) invarg(ctx, `${which} value`, v);
      if (which === "valid_lft") validLft = n;
      else preferredLft = n;
    } else if (IFA_FLAG_DATA.has(a)) {
      // lookup_flag_data_by_name(): read-only flags warn, IPv6-only ones warn unless the family is IPv6 (never here).
      const f = IFA_FLAG_DATA.get(a)!;
      if (f.readonly) ctx.err(`Warning: ${a} option is not mutable from userspace\n`);
      else if (f.v6only) ctx.err(`Warning: ${a} option can be set only for IPv6 addresses\n`);
      else ifaFlags |= f.mask;
    } else if (a === "scope") {
      const v = next(i++);
      const s = scopeA2n(v);
      if (s === undefined) invarg(ctx, "invalid scope value.", v);
      scope = s;
    } else if (a === "dev") dev = next(i++);
    else if (a === "label") label = next(i++);
    else if (matches(a, "metric") || matches(a, "priority") || matches(a, "preference")) {
      const v = next(i++);
      if (metric !== undefined) duparg(ctx, "metric", v);
      const n = getUnsigned(v);
      if (n === undefined) invarg(ctx, '"metric" value is invalid\n', v);
      metric = n;
    } else if (a === "proto") {
      next(i++);
    } else {
      let v = a;
      if (a === "local") v = next(i++);
      if (matches(v, "help")) usage(ctx);
      if (local) duparg2(ctx, "local", v);
      localArg = v;
      local = getPrefix(ctx, v, fam());
      if (family === AF_UNSPEC && local.family === "inet") family = AF_INET;
    }
  }
  if (dev === undefined) {
    ctx.err('Not enough information: "dev" argument is required.\n');
    return 1;
  }
  if (ifaFlags & IFA_F_MCAUTOJOIN && !(local && local.family === "inet" && isMulticast4(local.addr))) {
    ctx.err("autojoin needs multicast address\n");
    return 1;
  }
  let address: number | undefined;
  if (peer) address = peer.addr;
  else if (local) {
    if (cmd === "RTM_DELADDR" && local.family === "inet" && !local.lenGiven) {
      ctx.err(
        "Warning: Executing wildcard deletion to stay compatible with old scripts.\n" +
          `         Explicitly specify the prefix length (${localArg}/32) to avoid this warning.\n` +
          "         This special behaviour is likely to disappear in further releases,\n" +
          "         fix your scripts!\n",
      );
    } else {
      peer = local;
      address = local.addr;
    }
  }
  if (prefixlen === 0 && local) prefixlen = local.bitlen;
  if (brdMode && cmd !== "RTM_DELADDR") {
    if (family !== AF_INET) {
      ctx.err("Broadcast can be set only for IPv4 addresses\n");
      return 1;
    }
    const b = peer ?? { addr: 0, bitlen: 0 };
    if (b.bitlen <= 30) {
      const host = b.bitlen === 0 ? 0xffffffff : (~((0xffffffff << (32 - b.bitlen)) >>> 0)) >>> 0;
      brd = brdMode === "+" ? (b.addr | host) >>> 0 : (b.addr & ~host) >>> 0;
    }
  }
  if (scope === undefined && cmd !== "RTM_DELADDR") scope = local && local.family === "inet" && local.addr >>> 24 === 127 ? 254 : 0;
  const index = llNameToIndex(ctx, dev);
  if (!index) {
    ctx.err(`Cannot find device "${dev}"\n`);
    return 1;
  }
  const cacheinfo = lifetimesInfo(ctx, validLft, preferredLft);
  if (cacheinfo === null) return 1;
  const reply =
    cmd === "RTM_NEWADDR"
      ? inetTalk(ctx, {
          type: "RTM_NEWADDR",
          nlmsg_flags: flags,
          ifa_family: family,
          ifa_prefixlen: prefixlen,
          ifa_scope: scope ?? 0,
          ifa_index: index,
          IFA_LOCAL: local?.addr,
          IFA_ADDRESS: address,
          IFA_BROADCAST: brd,
          IFA_LABEL: label,
          IFA_FLAGS: ifaFlags || undefined,
          IFA_RT_PRIORITY: metric,
          IFA_CACHEINFO: cacheinfo,
        })
      : inetTalk(ctx, {
          type: "RTM_DELADDR",
          ifa_family: family,
          ifa_prefixlen: prefixlen,
          ifa_index: index,
          IFA_LOCAL: local?.addr,
          IFA_ADDRESS: address,
          IFA_LABEL: label,
        });
  return reply ? 0 : 2;
}

// ---------------------------------------------------------------- list / flush

interface AddrFilter {
  family: number;
  ifindex: number;
  scope: number;
  scopemask: number;
  flags: number;
  flagmask: number;
  label?: string;
  pfx?: InetPrefix;
  up: boolean;
}

/** fnmatch() for labels: *, ? and [...] classes. */
function fnmatch(pattern: string, s: string): boolean {
  let re = "^";
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === "*") re += ".*";
    else if (c === "?") re += ".";
    else if (c === "[") {
      const j = pattern.indexOf("]", i + 1);
      if (j < 0) re += "\\[";
      else {
        re += "[" + pattern.slice(i + 1, j).replace(/^!/, "^").replace(/\\/g, "\\\\") + "]";
        i = j;
      }
    } else re += c.replace(/[.+^${}()|\\]/g, "\\$&");
  }
  return new RegExp(re + "$").test(s);
}

function addrMatches(f: AddrFilter, a: IfAddrMsg): boolean {
  if (f.family && f.family !== a.ifa_family) return false;
  if ((f.scope ^ a.ifa_scope) & f.scopemask) return false;
  if ((f.flags ^ a.IFA_FLAGS) & f.flagmask) return false;
  if (f.label !== undefined && !fnmatch(f.label, a.IFA_LABEL ?? "")) return false;
  if (f.pfx && !f.pfx.isDefault) {
    const local = a.IFA_LOCAL ?? a.IFA_ADDRESS ?? 0;
    const m = f.pfx.bitlen === 0 ? 0 : (0xffffffff << (32 - f.pfx.bitlen)) >>> 0;
    if (((local ^ f.pfx.addr) & m) >>> 0 !== 0) return false;
  }
  return true;
}

/** get_filter(): the address-flag words of show/flush. */
function getFilter(f: AddrFilter, arg: string): boolean {
  let a = arg;
  let neg = false;
  if (a.startsWith("-")) {
    neg = true;
    a = a.slice(1);
  }
  const set = (bit: number, on: boolean) => {
    f.flagmask |= bit;
    if (on) f.flags |= bit;
    else f.flags &= ~bit;
  };
  if (a === "permanent") set(IFA_F_PERMANENT, !neg);
  else if (a === "dynamic") set(IFA_F_PERMANENT, neg);
  else if (a === "primary") set(0x01, neg);
  else if (a === "secondary") set(0x01, !neg);
  else if (a === "tentative") set(0x40, !neg);
  else if (a === "deprecated") set(0x20, !neg);
  else if (a === "home") set(0x10, !neg);
  else if (a === "nodad") set(0x02, !neg);
  else if (a === "mngtmpaddr") set(0x100, !neg);
  else if (a === "dadfailed") set(0x08, !neg);
  else if (a === "noprefixroute") set(IFA_F_NOPREFIXROUTE, !neg);
  else if (a === "autojoin") set(0x400, !neg);
  else if (a === "temporary") set(0x01, !neg);
  else return false;
  return true;
}

/** print_addrinfo(): one address line (text, brief or JSON). */
export function printAddrinfo(ctx: IpCtx, a: IfAddrMsg, brief: boolean, lead?: () => void): void {
  const out = ctx.out;
  out.openObject(null);
  // ipaddr_showdump()'s "ifN:" goes inside the address's own object.
  lead?.();
  const famName = a.ifa_family === AF_INET ? "inet" : a.ifa_family === 10 ? "inet6" : String(a.ifa_family);
  if (!brief) out.string("ANY", "family", "    %s ", famName);
  const local = a.IFA_LOCAL ?? a.IFA_ADDRESS;
  if (a.IFA_ADDRESS6) {
    out.cstring("ANY", "inet6", "local", "%s", formatIp6(ip6FromBytes(a.IFA_ADDRESS6)));
    out.int("ANY", "prefixlen", "/%d ", a.ifa_prefixlen);
  } else if (local !== undefined) {
    out.cstring("ANY", "inet", "local", "%s", fmt4(local));
    if (a.IFA_ADDRESS !== undefined && a.IFA_ADDRESS !== local) {
      out.string("FP", null, " %s ", "peer");
      out.cstring("ANY", "inet", "address", "%s", fmt4(a.IFA_ADDRESS));
    }
    out.int("ANY", "prefixlen", "/%d ", a.ifa_prefixlen);
    // The prefix route's metric (IFA_RT_PRIORITY), shown in brief mode too.
    if (a.IFA_RT_PRIORITY) out.uint("ANY", "metric", "metric %u ", a.IFA_RT_PRIORITY);
  }
  if (brief) {
    out.closeObject();
    return;
  }
  if (a.IFA_BROADCAST !== undefined) {
    out.string("FP", null, "%s ", "brd");
    out.cstring("ANY", "inet", "broadcast", "%s ", fmt4(a.IFA_BROADCAST));
  }
  out.string("ANY", "scope", "scope %s ", scopeN2a(a.ifa_scope));
  let flags = a.IFA_FLAGS;
  for (let i = 0; i < FLAG_NAMES.length; i++) {
    const bit = 1 << i;
    if (bit === IFA_F_PERMANENT) {
      if (!(flags & bit)) out.bool("ANY", "dynamic", "dynamic ", true);
    } else if (flags & bit) {
      if (bit === 1 && a.ifa_family === 10) out.bool("ANY", "temporary", "temporary ", true);
      else out.bool("ANY", FLAG_NAMES[i]!, `${FLAG_NAMES[i]!} `, true);
    }
    flags &= ~bit;
  }
  if (flags) out.hex("FP", null, "flags %02x ", flags);
  if (a.IFA_LABEL !== undefined) out.string("ANY", "label", "%s", a.IFA_LABEL);
  const ci = a.IFA_CACHEINFO;
  out.nl();
  out.string("FP", null, "       valid_lft ", null);
  if (ci.ifa_valid === INFINITY_LIFE_TIME) {
    out.uint("JSON", "valid_life_time", "", INFINITY_LIFE_TIME);
    out.string("FP", null, "%s", "forever");
  } else out.uint("ANY", "valid_life_time", "%usec", ci.ifa_valid);
  out.string("FP", null, " preferred_lft ", null);
  if (ci.ifa_prefered === INFINITY_LIFE_TIME) {
    out.uint("JSON", "preferred_life_time", "", INFINITY_LIFE_TIME);
    out.string("FP", null, "%s", "forever");
  } else out.uint("ANY", "preferred_life_time", "%usec", ci.ifa_prefered);
  out.string("FP", null, "%s", "\n");
  out.closeObject();
}

function dumpLinks(ctx: IpCtx): IfInfoMsg[] {
  const mask = RTEXT_FILTER_VF | (ctx.stats ? 0 : RTEXT_FILTER_SKIP_STATS);
  // rtnl_linkdump_req_filter_fn(): with -4/-6 the dump carries that family and
  // no attributes (AF_INET6's is answered by addrconf, see addrconf_ifinfo.ts).
  const family = familyOf(ctx);
  const r =
    family === AF_UNSPEC
      ? talk(ctx, { type: "RTM_GETLINK", dump: true, ifi_index: 0, attrs: { IFLA_EXT_MASK: mask } })
      : talk(ctx, { type: "RTM_GETLINK", dump: true, ifi_family: family, ifi_index: 0, attrs: {} });
  return r?.type === "links" ? r.links : [];
}

/** ipaddr_link_get(): `ip addr show dev X` gets that one device (PF_UNSPEC's rtnl_getlink, whatever the family). */
function getLink(ctx: IpCtx, ifindex: number): IfInfoMsg[] {
  const mask = RTEXT_FILTER_VF | (ctx.stats ? 0 : RTEXT_FILTER_SKIP_STATS);
  const r = talk(ctx, { type: "RTM_GETLINK", dump: false, ifi_index: ifindex, attrs: { IFLA_EXT_MASK: mask } });
  return r?.type === "links" ? r.links : [];
}

function dumpAddrs(ctx: IpCtx, family: number): IfAddrMsg[] {
  const r = inetDump(ctx, { type: "RTM_GETADDR", ifa_family: family });
  const v4 = r?.type === "addrs" ? r.addrs.filter((a) => a.ifa_family !== 10) : [];
  if (family !== AF_UNSPEC && family !== 10) return v4;
  // The AF_INET6 part of the dump (the kernel sends it after AF_INET's).
  const r6 = inet6RtnlTalk(ctx.task, { type: "RTM_GETADDR", ifa_family: 10 });
  const v6 = r6.type === "addrs6" ? r6.addrs.map((a): IfAddrMsg => ({ ...a, IFA_ADDRESS: undefined, IFA_ADDRESS6: a.IFA_ADDRESS })) : [];
  return [...v4, ...v6];
}

async function ipaddrListFlush(ctx: IpCtx, argvIn: string[], flush: boolean, save = false): Promise<number> {
  const argv = argvIn.slice();
  const f: AddrFilter = { family: familyOf(ctx), ifindex: 0, scope: 0, scopemask: 0, flags: 0, flagmask: 0, up: false };
  let filterDev: string | undefined;
  if (flush) {
    if (argv.length === 0) {
      ctx.err("Flush requires arguments.\n");
      return 1;
    }
    if (ctx.family === "packet") {
      ctx.err("Cannot flush link addresses.\n");
      return 1;
    }
  }
  const next = (i: number) => {
    if (i + 1 >= argv.length) incompleteCommand(ctx);
    return argv[i + 1]!;
  };
  let master = 0;
  let kind: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "to") {
      const v = next(i++);
      const p = getPrefix(ctx, v, f.family === AF_INET ? "inet" : "unspec");
      f.pfx = p;
      if (f.family === AF_UNSPEC && p.family === "inet") f.family = AF_INET;
    } else if (a === "scope") {
      const v = next(i++);
      f.scopemask = -1;
      let s = scopeA2n(v);
      if (s === undefined) {
        if (v !== "all") invarg(ctx, 'invalid "scope"\n', v);
        s = 255;
        f.scopemask = 0;
      }
      f.scope = s;
    } else if (a === "up") f.up = true;
    else if (getFilter(f, a)) {
      // flag filter
    } else if (a === "label") f.label = next(i++);
    else if (a === "master") {
      const v = next(i++);
      master = llNameToIndex(ctx, v);
      if (!master) invarg(ctx, "Device does not exist\n", v);
    } else if (a === "type") kind = next(i++);
    else if (a === "nomaster") master = -1;
    else if (a === "vrf") {
      // A VRF filter is a master filter on a device of kind vrf.
      master = vrfIndexArg(ctx, next(i++));
    } else if (a === "group") next(i++);
    else {
      let v = a;
      if (a === "dev") v = next(i++);
      else if (matches(a, "help")) usage(ctx);
      if (filterDev !== undefined) duparg2(ctx, "dev", v);
      filterDev = v;
    }
  }
  if (filterDev !== undefined) {
    f.ifindex = llNameToIndex(ctx, filterDev);
    if (f.ifindex <= 0) {
      ctx.err(`Device "${filterDev}" does not exist.\n`);
      return 1;
    }
  }
  if (flush) return ipaddrFlush(ctx, f);
  if (save) return ipaddrSave(ctx, dumpAddrs(ctx, f.family), f.ifindex);
  let links = f.ifindex ? getLink(ctx, f.ifindex) : dumpLinks(ctx);
  if (f.up) links = links.filter((l) => l.ifi_flags & IFF_UP);
  if (master > 0) links = links.filter((l) => l.IFLA_MASTER === master);
  if (master === -1) links = links.filter((l) => l.IFLA_MASTER === undefined);
  if (kind !== undefined) links = links.filter((l) => l.IFLA_LINKINFO?.IFLA_INFO_KIND === kind);
  const addrs = ctx.family === "packet" ? [] : dumpAddrs(ctx, f.family);
  if (ctx.family !== "packet") {
    // ipaddr_filter(): links without a matching address go, unless they have none at all and no family was asked.
    links = links.filter((l) => {
      const mine = addrs.filter((a) => a.ifa_index === l.ifi_index);
      if (mine.some((a) => addrMatches(f, a))) return true;
      return mine.length === 0 && f.family === AF_UNSPEC;
    });
  }
  const out = ctx.out;
  const opts = linkPrintOpts(ctx, ctx.doLink ?? false);
  out.newJsonObj(ctx.json, ctx.pretty);
  for (const l of links) {
    const mine = addrs.filter((a) => a.ifa_index === l.ifi_index && addrMatches(f, a));
    if (ctx.oneline && !ctx.brief && ctx.family !== "packet") {
      // One line per address, prefixed with the link's index and name (no link line).
      for (const a of mine) {
        out.raw(`${l.ifi_index}: ${l.IFLA_IFNAME}`);
        printAddrinfo(ctx, a, false);
      }
      await out.flush();
      continue;
    }
    out.openObject(null);
    // print_linkinfo() shows nothing of the link itself under a label filter.
    if (f.label === undefined) printLinkinfo(ctx, out, l, opts);
    if (ctx.family !== "packet") {
      out.openArray("JSON", "addr_info");
      for (const a of addrs) {
        if (a.ifa_index !== l.ifi_index) continue;
        if (mine.includes(a)) printAddrinfo(ctx, a, ctx.brief);
        else if (!f.family || a.ifa_family === f.family) {
          // print_selected_addrinfo() opens an object even for an address it then filters out.
          out.openObject(null);
          out.closeObject();
        }
      }
      out.closeArray("JSON", "");
      if (ctx.brief) out.string("FP", null, "%s", "\n");
    }
    // ipaddr_list_flush_or_save(): -s prints the link's counters after its addresses (print_link_stats).
    if (!ctx.brief && f.label === undefined && ctx.stats && l.IFLA_STATS64) {
      printStats64(out, l.IFLA_STATS64, l.IFLA_CARRIER_CHANGES, "stats64", ctx.stats);
      out.nl();
    }
    out.closeObject();
    await out.flush();
  }
  out.deleteJsonObj();
  await out.flush();
  return 0;
}

/** ipaddr_flush(): delete what matches, in rounds, until nothing does. */
async function ipaddrFlush(ctx: IpCtx, f: AddrFilter): Promise<number> {
  // Addresses the kernel model cannot delete (families without an RTM_DELADDR
  // handler yet) are tried once and then left alone instead of looping.
  const refused = new Set<string>();
  const key = (a: IfAddrMsg) => `${a.ifa_family}/${a.ifa_index}/${a.IFA_LOCAL ?? ""}/${JSON.stringify(a.IFA_ADDRESS ?? null)}/${a.IFA_ADDRESS6?.join(".") ?? ""}`;
  const out = ctx.out;
  // flush_done: -s reports the rounds on stdout.
  const done = async (round: number) => {
    if (ctx.stats) out.raw(flushDoneMessage(round));
    await out.flush();
    return 0;
  };
  for (let round = 0; round < 10; ) {
    let addrs = dumpAddrs(ctx, f.family).filter((a) => addrMatches(f, a) && !refused.has(key(a)));
    if (f.ifindex) addrs = addrs.filter((a) => a.ifa_index === f.ifindex);
    if (f.up) {
      const links = dumpLinks(ctx);
      addrs = addrs.filter((a) => (links.find((l) => l.ifi_index === a.ifa_index)?.ifi_flags ?? 0) & IFF_UP);
    }
    if (!addrs.length) return done(round);
    // print_addrinfo() with a flush buffer: -s -s prints each queued address after "IDX: NAME".
    if (ctx.stats >= 2 && !ctx.json) {
      for (const a of addrs) {
        out.raw(`${a.ifa_index}: ${llIndexToName(ctx, a.ifa_index)}`);
        printAddrinfo(ctx, a, false);
      }
    }
    round++;
    for (const a of addrs) {
      if (a.IFA_ADDRESS6) {
        // The AF_INET6 part: inet6_rtm_deladdr.
        try {
          inet6RtnlTalk(ctx.task, { type: "RTM_DELADDR", ifa_family: 10, ifa_index: a.ifa_index, ifa_prefixlen: a.ifa_prefixlen, IFA_LOCAL: a.IFA_ADDRESS6, IFA_FLAGS: 0 });
        } catch (e) {
          if (!(e instanceof KernelError)) throw e;
          refused.add(key(a));
        }
        continue;
      }
      const r = inetDump(ctx, {
        type: "RTM_DELADDR",
        ifa_family: a.ifa_family,
        ifa_prefixlen: a.ifa_prefixlen,
        ifa_index: a.ifa_index,
        IFA_LOCAL: a.IFA_LOCAL,
        IFA_ADDRESS: a.IFA_ADDRESS,
        IFA_LABEL: a.IFA_LABEL,
      });
      // A secondary already gone with its primary fails harmlessly; others are refused.
      if (!r && a.ifa_family !== AF_INET) refused.add(key(a));
    }
    if (ctx.stats) {
      out.raw(`\n*** Round ${round}, deleting ${addrs.length} addresses ***\n`);
      await out.flush();
    }
    // Flushing primaries only is one round: the secondaries they promote stay.
    if (!(f.flags & 0x01) && f.flagmask & 0x01) return done(round);
  }
  ctx.err("*** Flush remains incomplete after 10 rounds. ***\n");
  return 1;
}

/**
 * ipaddr_modify()'s IFA_CACHEINFO from valid_lft/preferred_lft (forever when
 * one is missing); null after printing why they are refused.
 */
export function lifetimesInfo(ctx: IpCtx, validLft: number | undefined, preferredLft: number | undefined): { ifa_valid: number; ifa_prefered: number } | undefined | null {
  if (validLft === undefined && preferredLft === undefined) return undefined;
  const valid = validLft ?? INFINITY_LIFE_TIME;
  const preferred = preferredLft ?? INFINITY_LIFE_TIME;
  if (!valid) {
    ctx.err("valid_lft is zero\n");
    return null;
  }
  if (valid < preferred) {
    ctx.err("preferred_lft is greater than valid_lft\n");
    return null;
  }
  return { ifa_valid: valid, ifa_prefered: preferred };
}

/** do_ipaddr() */
export async function doIpaddr(ctx: IpCtx, argv: string[]): Promise<number> {
  if (argv.length < 1) return ipaddrListFlush(ctx, [], false);
  const a = argv[0]!;
  const rest = argv.slice(1);
  const m = ipaddrModifyArgs(a);
  if (m) return ipaddrModify(ctx, m[0], m[1], rest);
  if (matches(a, "list") || matches(a, "show") || matches(a, "lst")) return ipaddrListFlush(ctx, rest, false);
  if (matches(a, "flush")) return ipaddrListFlush(ctx, rest, true);
  if (matches(a, "save")) return ipaddrListFlush(ctx, rest, false, true);
  if (matches(a, "showdump")) return ipaddrShowdump(ctx, (x, lead) => printAddrinfo(ctx, x, false, lead));
  if (matches(a, "restore")) return ipaddrRestore(ctx);
  if (matches(a, "help")) usage(ctx);
  ctx.err(`Command "${a}" is unknown, try "ip address help".\n`);
  throw new IpExit(255);
}

registerIpObject("address", doIpaddr, ipaddrModifyAlone);
