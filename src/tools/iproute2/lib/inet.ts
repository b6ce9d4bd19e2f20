// lib/utils.c address parsing (get_prefix, get_addr, default_scope) and
// lib/rt_names.c name tables (scopes, protocols, tables, route types, dsfield)
// for the IPv4 objects of `ip`, plus the inet door (rtnl_talk for addresses,
// routes and neighbours) rendered the way libnetlink reports errors.

import { parseIpv4Iproute2, formatIpv4, parseIp6 } from "../../../wire/addr.js";
import { inetRtnlTalk } from "../../../kernel/ipv4/rtnl_inet.js";
import type { InetRtnlReply, InetRtnlRequest } from "../../../uapi/inet_rtnl.js";
import { KernelError } from "../../../uapi/errno.js";
import { invarg, IpExit, nlError, numArg, type Ctx } from "./utils.js";

export interface InetPrefix {
  family: "inet" | "unspec";
  addr: number;
  bitlen: number;
  /** PREFIXLEN_SPECIFIED */
  lenGiven: boolean;
  /** "default"/"any"/"all" */
  isDefault: boolean;
}

/** get_prefix_1() for IPv4 (and the family-less words). Undefined when invalid. */
export function parsePrefix(arg: string): InetPrefix | undefined {
  if (arg === "default" || arg === "any" || arg === "all") {
    return { family: "unspec", addr: 0, bitlen: 0, lenGiven: false, isDefault: true };
  }
  const slash = arg.indexOf("/");
  const a = parseIpv4Iproute2(slash >= 0 ? arg.slice(0, slash) : arg);
  if (a === undefined) return undefined;
  if (slash < 0) return { family: "inet", addr: a, bitlen: 32, lenGiven: false, isDefault: false };
  const lenText = arg.slice(slash + 1);
  // get_unsigned(): strtoul base 0, whole word.
  if (!/^(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9]\d*)$/.test(lenText)) {
    // A dotted netmask is accepted for IPv4 (get_netmask).
    const m = parseIpv4Iproute2(lenText);
    if (m === undefined) return undefined;
    const inv = ~m >>> 0;
    if ((inv & (inv + 1)) !== 0) return undefined;
    return { family: "inet", addr: a, bitlen: 32 - Math.log2(inv + 1), lenGiven: true, isDefault: false };
  }
  const len = lenText.startsWith("0x") || lenText.startsWith("0X") ? parseInt(lenText, 16) : lenText.length > 1 && lenText[0] === "0" ? parseInt(lenText, 8) : Number(lenText);
  if (len > 32) return undefined;
  return { family: "inet", addr: a, bitlen: len, lenGiven: true, isDefault: false };
}

/** get_prefix(): exits 1 with "Error: any valid prefix is expected..." on bad input. */
export function getPrefix(ctx: Ctx, arg: string, family: "inet" | "unspec"): InetPrefix {
  const p = parsePrefix(arg);
  if (!p) {
    ctx.err(`Error: ${family === "inet" ? "inet" : "any valid"} prefix is expected rather than "${arg}".\n`);
    throw new IpExit(1);
  }
  return p;
}

/** get_addr(): an address without length. */
export function getAddr(ctx: Ctx, arg: string, family: "inet" | "unspec"): number {
  const p = parsePrefix(arg);
  if (!p || (p.lenGiven && !arg.includes("/"))) {
    ctx.err(`Error: ${family === "inet" ? "inet" : "any valid"} address is expected rather than "${arg}".\n`);
    throw new IpExit(1);
  }
  if (arg.includes("/")) {
    ctx.err(`Error: ${family === "inet" ? "inet" : "any valid"} address is expected rather than "${arg}".\n`);
    throw new IpExit(1);
  }
  return p.addr;
}

/** get_addr32(): an IPv4 address (or any/default), else exit 1. */
export function getAddr32(ctx: Ctx, arg: string): number {
  if (arg === "any" || arg === "default" || arg === "all") return 0;
  const p = arg.includes("/") ? undefined : parsePrefix(arg);
  if (!p || p.family !== "inet") {
    ctx.err(`Error: an IP address is expected rather than "${arg}"\n`);
    throw new IpExit(1);
  }
  return p.addr;
}

/**
 * get_addr() with a family fixed by an earlier address of the same command (0: any, 4: inet, 6: inet6):
 * an IPv4 address is a number, an IPv6 one a bigint.
 */
export function getAddrAf(ctx: Ctx, arg: string, family: 0 | 4 | 6): number | bigint {
  const v6 = arg.includes(":") ? parseIp6(arg) : undefined;
  if (v6 !== undefined && family !== 4) return v6;
  if (v6 === undefined && family !== 6 && !arg.includes(":")) return getAddr(ctx, arg, family === 4 ? "inet" : "unspec");
  ctx.err(`Error: ${family === 4 ? "inet" : family === 6 ? "inet6" : "any valid"} address is expected rather than "${arg}".\n`);
  throw new IpExit(1);
}

/** get_addr() for AF_INET6: an address without a length (also `via inet6 ADDR` on an IPv4 route). */
export function getAddr6(ctx: Ctx, arg: string): bigint {
  return getAddrAf(ctx, arg, 6) as bigint;
}

export const fmt4 = formatIpv4;

/** rtnl_rtscope_n2a / a2n */
const SCOPES: Array<[number, string]> = [
  [0, "global"],
  [255, "nowhere"],
  [254, "host"],
  [253, "link"],
  [200, "site"],
];
export function scopeN2a(n: number): string {
  return SCOPES.find(([v]) => v === n)?.[1] ?? String(n);
}
export function scopeA2n(s: string): number | undefined {
  if (s === "universe") return 0;
  const f = SCOPES.find(([, name]) => name === s);
  if (f) return f[0];
  return numArg(s, 255);
}

/** rtnl_rtprot_n2a / a2n (the built-in table of iproute2 6.1 with /etc/iproute2/rt_protos). */
const PROTOS: Array<[number, string]> = [
  [0, "unspec"], [1, "redirect"], [2, "kernel"], [3, "boot"], [4, "static"], [8, "gated"], [9, "ra"],
  [10, "mrt"], [11, "zebra"], [12, "bird"], [13, "dnrouted"], [14, "xorp"], [15, "ntk"], [16, "dhcp"],
  [18, "keepalived"], [42, "babel"], [99, "openr"], [186, "bgp"], [187, "isis"], [188, "ospf"], [189, "rip"],
  [192, "eigrp"],
];
export function protoN2a(n: number): string {
  return PROTOS.find(([v]) => v === n)?.[1] ?? String(n);
}
export function protoA2n(s: string): number | undefined {
  const f = PROTOS.find(([, name]) => name === s);
  if (f) return f[0];
  return numArg(s, 255);
}
/** A `protocol PROTO` argument: rtnl_rtprot_a2n() or invarg's '"protocol" value is invalid' (exit 255). */
export function protocolArg(ctx: Ctx, v: string): number {
  const p = protoA2n(v);
  if (p === undefined) invarg(ctx, '"protocol" value is invalid\n', v);
  return p;
}

/** rtnl_rttable_n2a / a2n */
export function tableN2a(n: number): string {
  if (n === 253) return "default";
  if (n === 254) return "main";
  if (n === 255) return "local";
  return String(n);
}
export function tableA2n(s: string): number | undefined {
  if (s === "default") return 253;
  if (s === "main") return 254;
  if (s === "local") return 255;
  return numArg(s, 0xffffffff);
}

/** rtnl_rtntype_n2a / a2n */
const RTN_NAMES = ["none", "unicast", "local", "broadcast", "anycast", "multicast", "blackhole", "unreachable", "prohibit", "throw", "nat", "xresolve"];
export function rtntypeN2a(n: number): string {
  return RTN_NAMES[n] ?? String(n);
}
export function rtntypeA2n(s: string): number | undefined {
  const i = RTN_NAMES.indexOf(s);
  if (i > 0) return i;
  return numArg(s, 255);
}


/** rtnl_talk() through the inet door: the reply, or the rendered error and undefined. */
export function inetTalk(ctx: Ctx, req: InetRtnlRequest): InetRtnlReply | undefined {
  try {
    return inetRtnlTalk(ctx.task, req);
  } catch (e) {
    nlError(ctx, e);
    return undefined;
  }
}

/** A dump whose ENOENT means "nothing" (save_route_errhndlr's RTNL_SUPPRESS_NLMSG_DONE_NLERR); other errors as inetTalk. */
export function inetTalkNoent(ctx: Ctx, req: InetRtnlRequest): InetRtnlReply | "ENOENT" | undefined {
  try {
    return inetRtnlTalk(ctx.task, req);
  } catch (e) {
    if (e instanceof KernelError && e.errno === 2) return "ENOENT";
    nlError(ctx, e);
    return undefined;
  }
}

/** Silent dump (no error rendering). */
export function inetDump(ctx: Ctx, req: InetRtnlRequest): InetRtnlReply | undefined {
  try {
    return inetRtnlTalk(ctx.task, req);
  } catch (e) {
    if (!(e instanceof KernelError)) throw e;
    return undefined;
  }
}

/**
 * Lets messages already handed to ctx.err reach stderr before stdout is
 * written (stderr is unbuffered in C: a warning printed while parsing comes
 * out ahead of the answer in a merged 2>&1 capture).
 */
export async function settleStderr(): Promise<void> {
  for (let i = 0; i < 32; i++) await Promise.resolve();
}
