// ip/ipneigh.c for IPv4: `ip neighbour add|change|replace|delete|show|flush`:
// ipneigh_modify()'s grammar (default state permanent), the list filters
// (dev, nud, to PREFIX, proxy, unused) with the default hiding NOARP entries,
// flush (all but permanent/noarp unless a nud is given), and print_neigh()
// with -s cache times and probes.

import { AF_INET, AF_UNSPEC } from "../../../uapi/if_addr.js";
import {
  NTF_PROXY,
  NTF_ROUTER,
  NTF_EXT_LEARNED,
  NTF_OFFLOADED,
  NUD_DELAY,
  NUD_FAILED,
  NUD_INCOMPLETE,
  NUD_NOARP,
  NUD_NONE,
  NUD_PERMANENT,
  NUD_PROBE,
  NUD_REACHABLE,
  NUD_STALE,
  type NdMsg,
} from "../../../uapi/neighbour.js";
import { NLM_F_CREATE, NLM_F_EXCL, NLM_F_REPLACE } from "../../../uapi/rtnetlink.js";
import { inet6RtnlTalk } from "../../../kernel/ipv6/addrconf_rtnl.js";
import { parsePrefix6 } from "./ipaddress6.js";
import { formatIp6 } from "../../../wire/addr.js";
import { fmt4, getAddr, getPrefix, inetTalk, protocolArg, protoN2a, type InetPrefix } from "../lib/inet.js";
import { duparg, duparg2, incompleteCommand, invarg, flushDoneMessage, IpExit, llAddrA2n, llIndexToName, llNameToIndex, matches, nlError } from "../lib/utils.js";
import type { IpCtx } from "./iplink.js";
import { vrfIndexArg } from "../lib/vrf.js";
import { llAddrN2a } from "./print_link.js";
import { registerIpObject } from "./ip.js";

// `ip neigh help` as the Debian 12 binary prints it (its text has the newer encap/flavor/neigh options).
const USAGE =
  "Usage: ip neigh { add | del | change | replace }\n                { ADDR [ lladdr LLADDR ] [ nud STATE ] proxy ADDR }\n                [ dev DEV ] [ router ] [ use ] [ managed ] [ extern_learn ]\n                [ protocol PROTO ]\n\n\tip neigh { show | flush } [ proxy ] [ to PREFIX ] [ dev DEV ] [ nud STATE ]\n\t\t\t\t  [ vrf NAME ] [ nomaster ]\n\tip neigh get { ADDR | proxy ADDR } dev DEV\n\nSTATE := { delay | failed | incomplete | noarp | none |\n           permanent | probe | reachable | stale }\n";

function usage(ctx: IpCtx): never {
  ctx.err(USAGE);
  throw new IpExit(255);
}

const STATES: Array<[number, string]> = [
  [NUD_INCOMPLETE, "INCOMPLETE"],
  [NUD_REACHABLE, "REACHABLE"],
  [NUD_STALE, "STALE"],
  [NUD_DELAY, "DELAY"],
  [NUD_PROBE, "PROBE"],
  [NUD_FAILED, "FAILED"],
  [NUD_NOARP, "NOARP"],
  [NUD_PERMANENT, "PERMANENT"],
];

/** print_neigh_state(): the NUD bits by name, shared with `ip monitor neigh`. */
export function printNudState(out: IpCtx["out"], state: number): void {
  if (!state) return;
  out.openArray("JSON", "state");
  for (const [bit, name] of STATES) if (state & bit) out.string("ANY", null, "%s ", name);
  out.closeArray("JSON", "");
}

/** nud_state_a2n() */
function nudA2n(s: string): number | undefined {
  const named: Record<string, number> = {
    permanent: NUD_PERMANENT,
    reachable: NUD_REACHABLE,
    noarp: NUD_NOARP,
    none: NUD_NONE,
    stale: NUD_STALE,
    incomplete: NUD_INCOMPLETE,
    delay: NUD_DELAY,
    probe: NUD_PROBE,
    failed: NUD_FAILED,
  };
  if (s in named) return named[s];
  let n: number;
  if (/^0[xX][0-9a-fA-F]+$/.test(s)) n = parseInt(s, 16);
  else if (/^0[0-7]*$/.test(s)) n = parseInt(s, 8);
  else if (/^[1-9]\d*$/.test(s)) n = Number(s);
  else return undefined;
  return n > 255 ? undefined : n;
}

async function ipneighModify(ctx: IpCtx, cmd: "RTM_NEWNEIGH" | "RTM_DELNEIGH", flags: number, argv: string[]): Promise<number> {
  let state = NUD_PERMANENT;
  let ndmFlags = 0;
  let lla: string | undefined;
  let dev: string | undefined;
  let dst: number | undefined;
  const fam = (ctx.family === "inet" ? "inet" : "unspec") as "inet" | "unspec";
  let dst6: bigint | undefined;
  let protocol: number | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const next = () => {
      if (i + 1 >= argv.length) incompleteCommand(ctx);
      return argv[++i]!;
    };
    if (matches(a, "lladdr")) {
      const v = next();
      if (lla !== undefined) duparg(ctx, "lladdr", v);
      lla = v;
    } else if (a === "nud") {
      const v = next();
      const s = nudA2n(v);
      if (s === undefined) invarg(ctx, "nud state is bad", v);
      state = s;
    } else if (matches(a, "proxy")) {
      const v = next();
      if (matches(v, "help")) usage(ctx);
      if (dst !== undefined || dst6 !== undefined) duparg(ctx, "address", v);
      const p6 = ctx.family !== "inet" && v.includes(":") ? parsePrefix6(v) : undefined;
      if (p6 && p6.len === 128) dst6 = p6.addr;
      else dst = getAddr(ctx, v, fam);
      ndmFlags |= NTF_PROXY;
    } else if (a === "router") ndmFlags |= NTF_ROUTER;
    else if (a === "extern_learn") ndmFlags |= NTF_EXT_LEARNED;
    else if (a === "dev") dev = next();
    else if (matches(a, "protocol")) protocol = protocolArg(ctx, next());
    else {
      let v = a;
      if (v === "to") v = next();
      if (matches(v, "help")) v = next();
      if (dst !== undefined || dst6 !== undefined) duparg2(ctx, "to", v);
      // An IPv6 neighbour (nd_tbl) when the family or the address says so.
      const p6 = ctx.family !== "inet" && v.includes(":") ? parsePrefix6(v) : undefined;
      if (p6 && p6.len === 128) dst6 = p6.addr;
      else dst = getAddr(ctx, v, fam);
    }
  }
  if (dst6 !== undefined) dst = 0;
  // A proxy entry may have no device.
  if ((dev === undefined && !(ndmFlags & NTF_PROXY)) || dst === undefined) {
    ctx.err("Device and destination are required arguments.\n");
    throw new IpExit(255);
  }
  let ll: Uint8Array | undefined;
  if (lla !== undefined && lla !== "null") {
    ll = llAddrA2n(ctx, lla);
    if (!ll) return 1;
  }
  const idx = dev === undefined ? 0 : llNameToIndex(ctx, dev);
  if (dev !== undefined && !idx) {
    ctx.err(`Cannot find device "${dev}"\n`);
    return 1;
  }
  const proto = protocol !== undefined ? { NDA_PROTOCOL: protocol } : {};
  if (dst6 !== undefined) {
    try {
      inet6RtnlTalk(
        ctx.task,
        cmd === "RTM_NEWNEIGH"
          ? { type: "RTM_NEWNEIGH", nlmsg_flags: flags, ndm_family: 10, ndm_ifindex: idx, ndm_state: state, ndm_flags: ndmFlags, NDA_DST6: dst6, NDA_LLADDR: ll, ...proto }
          : { type: "RTM_DELNEIGH", ndm_family: 10, ndm_ifindex: idx, ndm_flags: ndmFlags, NDA_DST6: dst6 },
      );
    } catch (e) {
      nlError(ctx, e);
      throw new IpExit(2);
    }
    return 0;
  }
  const ok =
    cmd === "RTM_NEWNEIGH"
      ? inetTalk(ctx, { type: "RTM_NEWNEIGH", nlmsg_flags: flags, ndm_family: AF_INET, ndm_ifindex: idx, ndm_state: state, ndm_flags: ndmFlags, NDA_DST: dst, NDA_LLADDR: ll, ...proto })
      : inetTalk(ctx, { type: "RTM_DELNEIGH", ndm_family: AF_INET, ndm_ifindex: idx, ndm_flags: ndmFlags, NDA_DST: dst });
  if (!ok) throw new IpExit(2);
  return 0;
}

interface NeighFilter {
  index: number;
  state: number;
  pfx?: InetPrefix;
  /** An IPv6 address/prefix selector (then pfx only marks that one was given). */
  pfx6?: { addr: bigint; len: number };
  proxy: boolean;
  unused: boolean;
}

function neighMatches(f: NeighFilter, r: NdMsg): boolean {
  if (f.index && f.index !== r.ndm_ifindex) return false;
  if (!(f.state & r.ndm_state) && !(r.ndm_flags & NTF_PROXY) && (r.ndm_state || !(f.state & 0x100))) return false;
  if (f.proxy && !(r.ndm_flags & NTF_PROXY)) return false;
  if (f.pfx && !f.pfx.isDefault) {
    if ((r.NDA_DST6 !== undefined) !== (f.pfx6 !== undefined)) return false;
    if (f.pfx6 && r.NDA_DST6 !== undefined) {
      const shift = BigInt(128 - f.pfx6.len);
      if (r.NDA_DST6 >> shift !== f.pfx6.addr >> shift) return false;
    }
    const m = f.pfx.bitlen === 0 ? 0 : (0xffffffff << (32 - f.pfx.bitlen)) >>> 0;
    if (((r.NDA_DST ^ f.pfx.addr) & m) >>> 0 !== 0) return false;
  }
  if (f.unused && r.NDA_CACHEINFO.ndm_refcnt) return false;
  return true;
}

/** print_neigh() */
function printNeigh(ctx: IpCtx, r: NdMsg, f: NeighFilter): void {
  const out = ctx.out;
  out.openObject(null);
  if (ctx.brief) {
    printNeighBrief(ctx, r, f);
    return;
  }
  out.cstring("ANY", r.NDA_DST6 !== undefined ? "inet6" : "inet", "dst", "%s ", r.NDA_DST6 !== undefined ? formatIp6(r.NDA_DST6) : fmt4(r.NDA_DST));
  if (!f.index && r.ndm_ifindex) {
    out.string("FP", null, "dev ", null);
    out.cstring("ANY", "ifname", "dev", "%s ", llIndexToName(ctx, r.ndm_ifindex));
  }
  if (r.NDA_LLADDR) {
    if (!out.isJson) out.string("FP", null, "lladdr ", null);
    out.cstring("ANY", "mac", "lladdr", "%s ", [...r.NDA_LLADDR].map((b) => b.toString(16).padStart(2, "0")).join(":"));
  }
  if (r.ndm_flags & NTF_ROUTER) out.null("ANY", "router", "router ");
  if (r.ndm_flags & NTF_PROXY) out.null("ANY", "proxy", "proxy ");
  if (r.ndm_flags & NTF_EXT_LEARNED) out.null("ANY", "extern_learn", "extern_learn ");
  if (r.ndm_flags & NTF_OFFLOADED) out.null("ANY", "offload", "offload ");
  if (r.NDA_PROTOCOL) out.string("ANY", "protocol", "proto %s ", protoN2a(r.NDA_PROTOCOL));
  // pneigh_fill_info() sends no cache times or probes.
  if (ctx.stats && !(r.ndm_flags & NTF_PROXY)) {
    const ci = r.NDA_CACHEINFO;
    if (ci.ndm_refcnt) out.uint("ANY", "refcnt", " ref %u", ci.ndm_refcnt);
    out.uint("ANY", "used", " used %u", Math.floor(ci.ndm_used / 100));
    out.uint("ANY", "confirmed", "/%u", Math.floor(ci.ndm_confirmed / 100));
    out.uint("ANY", "updated", "/%u", Math.floor(ci.ndm_updated / 100));
    out.uint("ANY", "probes", "probes %u ", r.NDA_PROBES);
  }
  printNudState(out, r.ndm_state);
  out.string("FP", null, "\n", null);
  out.closeObject();
}

/** print_neigh_brief(): address, device and link-layer address in columns. */
function printNeighBrief(ctx: IpCtx, r: NdMsg, f: NeighFilter): void {
  const out = ctx.out;
  out.cstring("ANY", r.NDA_DST6 !== undefined ? "inet6" : "inet", "dst", "%-39s ", r.NDA_DST6 !== undefined ? formatIp6(r.NDA_DST6) : fmt4(r.NDA_DST));
  if (!f.index && r.ndm_ifindex) out.cstring("ANY", "ifname", "dev", "%-16s ", llIndexToName(ctx, r.ndm_ifindex));
  if (r.NDA_LLADDR) out.cstring("ANY", "mac", "lladdr", "%s", llAddrN2a(r.NDA_LLADDR));
  out.string("FP", null, "\n", null);
  out.closeObject();
}

async function ipneighListFlush(ctx: IpCtx, argv: string[], flush: boolean): Promise<number> {
  const f: NeighFilter = { index: 0, state: 0xff & ~NUD_NOARP, proxy: false, unused: false };
  if (flush) {
    if (argv.length === 0) {
      ctx.err("Flush requires arguments.\n");
      return 1;
    }
    f.state = ~(NUD_PERMANENT | NUD_NOARP);
  }
  let filterDev: string | undefined;
  let stateGiven = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const next = () => {
      if (i + 1 >= argv.length) incompleteCommand(ctx);
      return argv[++i]!;
    };
    if (a === "dev") filterDev = next();
    else if (a === "vrf") {
      vrfIndexArg(ctx, next());
    } else if (a === "master" || matches(a, "protocol")) next();
    else if (a === "unused") f.unused = true;
    else if (a === "nud") {
      const v = next();
      if (!stateGiven) {
        stateGiven = true;
        f.state = 0;
      }
      let s = nudA2n(v);
      if (s === undefined) {
        if (v !== "all") invarg(ctx, "nud state is bad", v);
        s = ~0;
        if (flush) s &= ~NUD_NOARP;
      }
      if (s === 0) s = 0x100;
      f.state |= s;
    } else if (a === "proxy") f.proxy = true;
    else {
      let v = a;
      if (v === "to") v = next();
      if (matches(v, "help")) usage(ctx);
      const p6 = ctx.family !== "inet" && v.includes(":") ? parsePrefix6(v) : undefined;
      if (p6) {
        f.pfx6 = p6;
        f.pfx = { family: "unspec", addr: 0, bitlen: 0, lenGiven: true, isDefault: false };
      } else if (ctx.family === "inet6" && v !== "all" && v !== "any" && v !== "default") {
        // get_prefix() for AF_INET6 names its family ("all", "any", "default" are every address).
        ctx.err(`Error: inet6 prefix is expected rather than "${v}".\n`);
        throw new IpExit(1);
      } else f.pfx = getPrefix(ctx, v, ctx.family === "inet" ? "inet" : "unspec");
    }
  }
  if (filterDev !== undefined) {
    f.index = llNameToIndex(ctx, filterDev);
    if (!f.index) {
      ctx.err(`Cannot find device "${filterDev}"\n`);
      return 1;
    }
  }
  const family = ctx.family === "inet" ? AF_INET : AF_UNSPEC;
  if (flush) return flushRounds(ctx, f, family);
  // An AF_UNSPEC dump walks arp_tbl, then nd_tbl (neigh_tables order); -6 only nd_tbl.
  const v4: NdMsg[] = [];
  // `proxy` asks for the proxy entries (ndm_flags NTF_PROXY) instead of the neighbours.
  const pf = f.proxy ? { ndm_flags: NTF_PROXY } : {};
  if (ctx.family !== "inet6") {
    const r = inetTalk(ctx, { type: "RTM_GETNEIGH", ndm_family: family, ndm_ifindex: f.index || undefined, ...pf });
    if (!r || r.type !== "neighs") return 2;
    v4.push(...r.neighs);
  }
  if (ctx.family !== "inet") {
    const r6 = inet6RtnlTalk(ctx.task, { type: "RTM_GETNEIGH", ndm_family: 10, ndm_ifindex: f.index || undefined, ...pf });
    if (r6.type === "neighs6") v4.push(...r6.neighs);
  }
  const list = v4.filter((n) => neighMatches(f, n));
  const out = ctx.out;
  out.newJsonObj(ctx.json, ctx.pretty);
  for (const n of list) printNeigh(ctx, n, f);
  out.deleteJsonObj();
  await out.flush();
  return 0;
}

/**
 * The flush loop of ipneigh_list_or_flush(): dump, delete what matches, again
 * until a dump finds nothing (at most MAX_ROUNDS = 10); FAILED entries stop
 * counting after the first round. With -s the rounds are reported, with -s -s
 * each entry is printed as it is queued for deletion.
 */
async function flushRounds(ctx: IpCtx, f: NeighFilter, family: number): Promise<number> {
  const out = ctx.out;
  for (let round = 0; round < 10; ) {
    const all: NdMsg[] = [];
    const pf = f.proxy ? { ndm_flags: NTF_PROXY } : {};
    if (ctx.family !== "inet6") {
      const r = inetTalk(ctx, { type: "RTM_GETNEIGH", ndm_family: family, ndm_ifindex: f.index || undefined, ...pf });
      if (!r || r.type !== "neighs") {
        await out.flush();
        return 2;
      }
      all.push(...r.neighs);
    }
    if (ctx.family !== "inet") {
      const r6 = inet6RtnlTalk(ctx.task, { type: "RTM_GETNEIGH", ndm_family: 10, ndm_ifindex: f.index || undefined, ...pf });
      if (r6.type === "neighs6") all.push(...r6.neighs);
    }
    const list = all.filter((n) => neighMatches(f, n));
    if (!list.length) {
      if (ctx.stats) out.raw(flushDoneMessage(round));
      await out.flush();
      return 0;
    }
    for (const n of list) if (ctx.stats >= 2) printNeigh(ctx, n, f);
    for (const n of list) {
      const nf = n.ndm_flags & NTF_PROXY;
      if (n.NDA_DST6 !== undefined) inet6RtnlTalk(ctx.task, { type: "RTM_DELNEIGH", ndm_family: 10, ndm_ifindex: n.ndm_ifindex, ndm_flags: nf, NDA_DST6: n.NDA_DST6 });
      else inetTalk(ctx, { type: "RTM_DELNEIGH", ndm_family: AF_INET, ndm_ifindex: n.ndm_ifindex, ndm_flags: nf, NDA_DST: n.NDA_DST });
    }
    round++;
    if (ctx.stats) out.raw(`\n*** Round ${round}, deleting ${list.length} entries ***\n`);
    f.state &= ~NUD_FAILED;
  }
  out.raw("*** Flush not complete bailing out after 10 rounds\n");
  await out.flush();
  return 1;
}

/**
 * ipneigh_get(): one entry by address and device (RTM_GETNEIGH without
 * NLM_F_DUMP: neigh_get() looks the key up as given, "Neighbour entry not
 * found" otherwise), printed as `ip neigh show` would with no device filter.
 */
async function ipneighGet(ctx: IpCtx, argv: string[]): Promise<number> {
  let dev: string | undefined;
  let dst: number | undefined;
  let dst6: bigint | undefined;
  let proxy = false;
  const fam = ctx.family === "inet" ? "inet" : "unspec";
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const next = () => {
      if (i + 1 >= argv.length) incompleteCommand(ctx);
      return argv[++i]!;
    };
    if (a === "dev") dev = next();
    else {
      let v = a;
      if (matches(a, "proxy")) {
        v = next();
        proxy = true;
      } else if (v === "to") v = next();
      if (matches(v, "help")) usage(ctx);
      if (dst !== undefined) duparg2(ctx, "to", v);
      // An IPv6 key asks nd_tbl (get_addr() gives the address its family).
      const p6 = ctx.family !== "inet" && v.includes(":") ? parsePrefix6(v) : undefined;
      if (p6 && p6.len === 128) {
        dst6 = p6.addr;
        dst = 0;
      } else dst = getAddr(ctx, v, fam);
    }
  }
  if (dev === undefined || dst === undefined) {
    ctx.err("Device and address are required arguments.\n");
    return 1;
  }
  const index = llNameToIndex(ctx, dev);
  if (!index) {
    ctx.err(`Cannot find device "${dev}"\n`);
    return 1;
  }
  // neigh_get(): a proxy entry by pneigh_lookup() (an entry without a device matches any).
  const key = proxy ? { ndm_flags: NTF_PROXY } : { ndm_ifindex: index };
  let list: NdMsg[];
  if (dst6 !== undefined) {
    const r6 = inet6RtnlTalk(ctx.task, { type: "RTM_GETNEIGH", ndm_family: 10, ...key });
    list = r6.type === "neighs6" ? r6.neighs : [];
  } else {
    const r = inetTalk(ctx, { type: "RTM_GETNEIGH", ndm_family: AF_INET, ...key });
    if (!r || r.type !== "neighs") return 2;
    list = r.neighs;
  }
  const n = list.find((x) => (x.ndm_ifindex === index || (proxy && !x.ndm_ifindex)) && (dst6 !== undefined ? x.NDA_DST6 === dst6 : x.NDA_DST === dst));
  if (!n) {
    ctx.err(proxy ? "Error: Proxy neighbour entry not found.\n" : "Error: Neighbour entry not found.\n");
    return 2;
  }
  const f: NeighFilter = { index: 0, state: ~0, proxy: false, unused: false };
  // ipneigh_get() opens no JSON object: `ip -j neigh get` prints text.
  printNeigh(ctx, n, f);
  await ctx.out.flush();
  return 0;
}

/** do_ipneigh() */
export async function doIpneigh(ctx: IpCtx, argv: string[]): Promise<number> {
  if (argv.length < 1) return ipneighListFlush(ctx, [], false);
  const a = argv[0]!;
  const rest = argv.slice(1);
  if (matches(a, "add")) return ipneighModify(ctx, "RTM_NEWNEIGH", NLM_F_CREATE | NLM_F_EXCL, rest);
  if (matches(a, "change") || a === "chg") return ipneighModify(ctx, "RTM_NEWNEIGH", NLM_F_REPLACE, rest);
  if (matches(a, "replace")) return ipneighModify(ctx, "RTM_NEWNEIGH", NLM_F_CREATE | NLM_F_REPLACE, rest);
  if (matches(a, "delete")) return ipneighModify(ctx, "RTM_DELNEIGH", 0, rest);
  if (matches(a, "get")) return ipneighGet(ctx, rest);
  if (matches(a, "list") || matches(a, "show") || matches(a, "lst")) return ipneighListFlush(ctx, rest, false);
  if (matches(a, "flush")) return ipneighListFlush(ctx, rest, true);
  if (matches(a, "help")) usage(ctx);
  ctx.err(`Command "${a}" is unknown, try "ip neigh help".\n`);
  throw new IpExit(255);
}

registerIpObject("neighbor", doIpneigh);
registerIpObject("neighbour", doIpneigh);
