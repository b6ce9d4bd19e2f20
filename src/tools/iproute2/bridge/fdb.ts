// bridge/fdb.c of iproute2 6.1: `bridge fdb add|append|replace|del ADDR dev DEV
// [self] [master] [local|permanent|static|dynamic] [vlan VID] [use] [sticky]`
// and `bridge fdb [show] [br BR] [brport|dev DEV] [vlan VID] [state STATE]
// [dynamic]`, with -s (used/updated seconds) and -j. Requests and the dump go
// through the PF_BRIDGE neighbour door of the kernel model (br_fdb_netlink.ts).
// VXLAN remotes (dst, port, vni, via) go to a vxlan device's own FDB and are
// printed back; src_vni and nhid are parsed but not sent (no metadata-mode
// vxlan, no nexthop groups). `get` (rtnl_fdb_get) and `flush` (RTM_DELNEIGH
// with NLM_F_BULK) as fdb_get()/fdb_flush().

import { brFdbTalk } from "../../../kernel/bridge/br_fdb_netlink.js";
import { KernelError } from "../../../uapi/errno.js";
import type { BrFdbMsg, BrFdbRequest, BrFdbReply } from "../../../uapi/if_bridge_fdb.js";
import { NLM_F_APPEND } from "../../../uapi/if_bridge_fdb.js";
import {
  NTF_EXT_LEARNED,
  NTF_MASTER,
  NTF_OFFLOADED,
  NTF_ROUTER,
  NTF_SELF,
  NTF_STICKY,
  NTF_USE,
  NUD_NOARP,
  NUD_PERMANENT,
  NUD_REACHABLE,
  NUD_STALE,
} from "../../../uapi/neighbour.js";
import { NLM_F_CREATE, NLM_F_EXCL, NLM_F_REPLACE } from "../../../uapi/rtnetlink.js";
import { atoi, duparg, duparg2, getUnsigned, invarg, IpExit, llIndexToName, llNameToIndex, matches, nlError } from "../lib/utils.js";
import { fmt4, getAddr, getAddrAf } from "../lib/inet.js";
import { formatIp6 } from "../../../wire/addr.js";
import type { BridgeCtx } from "./ctx.js";

const FDB_USAGE =
  "Usage: bridge fdb { add | append | del | replace } ADDR dev DEV\n" +
  "              [ self ] [ master ] [ use ] [ router ] [ extern_learn ]\n" +
  "              [ sticky ] [ local | static | dynamic ] [ vlan VID ]\n" +
  "              { [ dst IPADDR ] [ port PORT] [ vni VNI ] | [ nhid NHID ] }\n" +
  "\t       [ via DEV ] [ src_vni VNI ]\n" +
  "       bridge fdb [ show [ br BRDEV ] [ brport DEV ] [ vlan VID ]\n" +
  "              [ state STATE ] [ dynamic ] ]\n" +
  "       bridge fdb get [ to ] LLADDR [ br BRDEV ] { brport | dev } DEV\n" +
  "              [ vlan VID ] [ vni VNI ] [ self ] [ master ] [ dynamic ]\n" +
  "       bridge fdb flush dev DEV [ brport DEV ] [ vlan VID ]\n" +
  "              [ self ] [ master ] [ [no]permanent | [no]static | [no]dynamic ]\n" +
  "              [ [no]added_by_user ] [ [no]extern_learn ] [ [no]sticky ]\n" +
  "              [ [no]offloaded ]\n";

function usage(ctx: BridgeCtx): never {
  ctx.err(FDB_USAGE);
  throw new IpExit(255);
}

function incomplete(ctx: BridgeCtx): never {
  ctx.err('Command line is not complete. Try option "help"\n');
  throw new IpExit(255);
}

function brTalk(ctx: BridgeCtx, req: BrFdbRequest): BrFdbReply | undefined {
  try {
    return brFdbTalk(ctx.task, req);
  } catch (e) {
    if (!(e instanceof KernelError)) throw e;
    // rtnl_talk() with extack: rtnl_fdb_add/del word their device checks ("FDB add only
    // supported for Ethernet devices"); the bridge's own refusals come bare.
    nlError(ctx, e);
    return undefined;
  }
}

/** sscanf(addr, "%hhx:%hhx:%hhx:%hhx:%hhx:%hhx") == 6 */
function scanMac(s: string): Uint8Array | undefined {
  const out: number[] = [];
  let i = 0;
  for (let n = 0; n < 6; n++) {
    if (n > 0) {
      if (s[i] !== ":") return undefined;
      i++;
    }
    while (s[i] === " " || s[i] === "\t") i++;
    if (s[i] === "+") i++;
    if (s[i] === "0" && (s[i + 1] === "x" || s[i + 1] === "X") && /[0-9a-fA-F]/.test(s[i + 2] ?? "")) i += 2;
    const m = /^[0-9a-fA-F]+/.exec(s.slice(i));
    if (!m) return undefined;
    out.push(Number.parseInt(m[0].slice(-2), 16) & 0xff);
    i += m[0].length;
  }
  return new Uint8Array(out);
}

async function fdbModify(ctx: BridgeCtx, cmd: "RTM_NEWNEIGH" | "RTM_DELNEIGH", nlFlags: number, argv: string[]): Promise<number> {
  let dev: string | undefined;
  let addr: string | undefined;
  let state = NUD_NOARP;
  let flags = 0;
  let vid = -1;
  let dstOk = false;
  const vx: { NDA_DST?: number | bigint; NDA_PORT?: number; NDA_VNI?: number; NDA_IFINDEX?: number } = {};
  const next = (i: number) => {
    if (argv[i + 1] === undefined) incomplete(ctx);
    return argv[i + 1]!;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "dev") dev = next(i++);
    else if (a === "dst") {
      const v = next(i++);
      if (dstOk) duparg2(ctx, "dst", v);
      dstOk = true;
      vx.NDA_DST = getAddrAf(ctx, v, 0);
    } else if (a === "port") {
      const v = next(i++);
      const n = /^\d+$/.test(v) ? Number(v) : undefined;
      if (n === undefined || n > 0xffff) invarg(ctx, "invalid port\n", v);
      vx.NDA_PORT = n;
    } else if (a === "vni") {
      const v = next(i++);
      const n = /^\d+$/.test(v) ? Number(v) : undefined;
      if (n === undefined || n >= 1 << 24) invarg(ctx, "invalid VNI\n", v);
      vx.NDA_VNI = n;
    } else if (a === "via") {
      const v = next(i++);
      const idx = llNameToIndex(ctx, v);
      if (!idx) {
        ctx.err(`Cannot find device "${v}"\n`);
        throw new IpExit(1);
      }
      vx.NDA_IFINDEX = idx;
    } else if (a === "nhid" || a === "src_vni") next(i++);
    else if (a === "self") flags |= NTF_SELF;
    else if (matches(a, "master")) flags |= NTF_MASTER;
    else if (matches(a, "router")) flags |= NTF_ROUTER;
    else if (matches(a, "local") || matches(a, "permanent")) state |= NUD_PERMANENT;
    else if (matches(a, "temp") || matches(a, "static")) state |= NUD_REACHABLE;
    else if (matches(a, "dynamic")) {
      state |= NUD_REACHABLE;
      state &= ~NUD_NOARP;
    } else if (matches(a, "vlan")) {
      if (vid >= 0) duparg2(ctx, "vlan", a);
      const v = next(i++);
      vid = Number.parseInt(v, 10) || 0;
    } else if (matches(a, "use")) flags |= NTF_USE;
    else if (matches(a, "extern_learn")) flags |= NTF_EXT_LEARNED;
    else if (matches(a, "sticky")) flags |= NTF_STICKY;
    else {
      let w = a;
      if (w === "to") w = next(i++);
      if (matches(w, "help")) usage(ctx);
      if (addr !== undefined) duparg2(ctx, "to", w);
      addr = w;
    }
  }
  if (dev === undefined || addr === undefined) {
    ctx.err("Device and address are required arguments.\n");
    return 255;
  }
  if (!(flags & (NTF_SELF | NTF_MASTER))) flags |= NTF_SELF;
  if (!(state & (NUD_PERMANENT | NUD_REACHABLE))) state |= NUD_PERMANENT;
  const mac = scanMac(addr);
  if (!mac) {
    ctx.err(`Invalid mac address ${addr}\n`);
    return 255;
  }
  const ifindex = llNameToIndex(ctx, dev);
  if (!ifindex) {
    ctx.err(`Cannot find device "${dev}"\n`);
    return 255;
  }
  const base = { ndm_ifindex: ifindex, ndm_state: state, ndm_flags: flags, NDA_LLADDR: mac, ...(vid >= 0 ? { NDA_VLAN: vid & 0xffff } : {}), ...vx };
  const r = brTalk(ctx, cmd === "RTM_NEWNEIGH" ? { type: cmd, nlmsg_flags: nlFlags, ...base } : { type: cmd, ...base });
  return r ? 0 : 255;
}

/** state_n2a() */
function stateN2a(ctx: BridgeCtx, s: number): string {
  if (s & NUD_PERMANENT) return "permanent";
  if (s & NUD_NOARP) return "static";
  if (s & NUD_STALE) return "stale";
  if (s & NUD_REACHABLE) return "";
  return ctx.out.isJson ? `0x${s.toString(16)}` : `state=0x${s.toString(16)}`;
}

/** print_fdb() of a notification, unfiltered (bridge monitor). */
export function printFdbMon(ctx: BridgeCtx, m: BrFdbMsg, deleted: boolean, banner: boolean): void {
  printFdb(ctx, { index: 0, vlan: 0, state: 0, dynamic: false }, m, { deleted, banner });
}

/** state_a2n() */
function stateA2n(s: string): number | undefined {
  if (matches(s, "permanent")) return NUD_PERMANENT;
  if (matches(s, "static") || matches(s, "temp")) return NUD_NOARP;
  if (matches(s, "stale")) return NUD_STALE;
  if (matches(s, "reachable") || matches(s, "dynamic")) return NUD_REACHABLE;
  if (s === "all") return 0xffff_ffff;
  const n = Number(s);
  return Number.isInteger(n) && n >= 0 && /^(0x[0-9a-f]+|\d+)$/i.test(s) ? n : undefined;
}

interface ShowFilter {
  index: number;
  vlan: number;
  state: number;
  dynamic: boolean;
}

/** print_fdb(); `mon` for `bridge monitor` (its "[NEIGH]" banner and "Deleted "). */
function printFdb(ctx: BridgeCtx, f: ShowFilter, m: BrFdbMsg, mon?: { deleted: boolean; banner: boolean }): void {
  if (f.index && f.index !== m.ndm_ifindex) return;
  if (f.state && !(m.ndm_state & f.state)) return;
  const vid = m.NDA_VLAN ?? 0;
  if (f.vlan && f.vlan !== vid) return;
  if (f.dynamic && m.ndm_state & NUD_PERMANENT) return;
  const out = ctx.out;
  if (mon?.banner) out.raw("[NEIGH]");
  out.openObject(null);
  if (mon?.deleted) out.bool("ANY", "deleted", "Deleted ", true);
  out.string("ANY", "mac", "%s ", [...m.NDA_LLADDR].map((b) => b.toString(16).padStart(2, "0")).join(":"));
  if (!f.index && m.ndm_ifindex) {
    if (!out.isJson) out.raw("dev ");
    out.string("ANY", "ifname", "%s ", llIndexToName(ctx, m.ndm_ifindex));
  }
  if (m.NDA_DST !== undefined) out.string("ANY", "dst", "dst %s ", typeof m.NDA_DST === "bigint" ? formatIp6(m.NDA_DST) : fmt4(m.NDA_DST));
  if (vid) out.uint("ANY", "vlan", "vlan %hu ", vid);
  if (m.NDA_PORT !== undefined) out.uint("ANY", "port", "port %u ", m.NDA_PORT);
  if (m.NDA_VNI !== undefined) out.uint("ANY", "vni", "vni %d ", m.NDA_VNI);
  if (m.NDA_IFINDEX !== undefined) {
    if (m.NDA_LINK_NETNSID !== undefined) out.uint("ANY", "viaIfIndex", "via ifindex %u ", m.NDA_IFINDEX);
    else out.string("ANY", "viaIf", "via %s ", llIndexToName(ctx, m.NDA_IFINDEX));
  }
  if (m.NDA_LINK_NETNSID !== undefined) out.uint("ANY", "linkNetNsId", "link-netnsid %d ", m.NDA_LINK_NETNSID);
  if (ctx.stats && m.NDA_CACHEINFO) {
    out.uint("ANY", "used", "used %d/", Math.floor(m.NDA_CACHEINFO.ndm_used / 100));
    out.uint("ANY", "updated", "%d ", Math.floor(m.NDA_CACHEINFO.ndm_updated / 100));
  }
  out.openArray("JSON", "flags");
  const fl = m.ndm_flags;
  if (fl & NTF_SELF) out.string("ANY", null, "%s ", "self");
  if (fl & NTF_ROUTER) out.string("ANY", null, "%s ", "router");
  if (fl & NTF_EXT_LEARNED) out.string("ANY", null, "%s ", "extern_learn");
  if (fl & NTF_OFFLOADED) out.string("ANY", null, "%s ", "offload");
  if (fl & NTF_MASTER) out.string("ANY", null, "%s ", "master");
  if (fl & NTF_STICKY) out.string("ANY", null, "%s ", "sticky");
  out.closeArray("JSON", "");
  if (m.NDA_MASTER !== undefined) out.string("ANY", "master", "master %s ", llIndexToName(ctx, m.NDA_MASTER));
  out.string("ANY", "state", "%s\n", stateN2a(ctx, m.ndm_state));
  out.closeObject();
}

async function fdbShow(ctx: BridgeCtx, argv: string[]): Promise<number> {
  let filterDev: string | undefined;
  let br: string | undefined;
  const f: ShowFilter = { index: 0, vlan: 0, state: 0, dynamic: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const next = () => {
      if (argv[i + 1] === undefined) incomplete(ctx);
      return argv[++i]!;
    };
    if (a === "brport" || a === "dev") filterDev = next();
    else if (a === "br") br = next();
    else if (a === "vlan") {
      const v = next();
      if (f.vlan) duparg(ctx, "vlan", v);
      f.vlan = Number.parseInt(v, 10) || 0;
    } else if (a === "state") {
      const v = next();
      const s = stateA2n(v);
      if (s === undefined) invarg(ctx, "invalid state", v);
      f.state |= s;
    } else if (a === "dynamic") f.dynamic = true;
    else if (matches(a, "help")) usage(ctx);
  }
  let brIndex: number | undefined;
  if (br !== undefined) {
    brIndex = llNameToIndex(ctx, br);
    if (!brIndex) {
      ctx.err(`Cannot find bridge device "${br}"\n`);
      return 255;
    }
  }
  if (filterDev !== undefined) {
    f.index = llNameToIndex(ctx, filterDev);
    if (!f.index) {
      ctx.err(`Cannot find device "${filterDev}"\n`);
      return 255;
    }
  }
  const r = brTalk(ctx, { type: "RTM_GETNEIGH", ...(brIndex ? { NDA_MASTER: brIndex } : {}), ...(f.index ? { NDA_IFINDEX: f.index } : {}) });
  if (!r || r.type !== "fdb") return 255;
  return printFdbEntries(ctx, f, r.entries);
}

/** The entries of an fdb answer, as `bridge fdb show` and `bridge fdb get` print them (one JSON array). */
async function printFdbEntries(ctx: BridgeCtx, f: ShowFilter, entries: BrFdbMsg[]): Promise<number> {
  const out = ctx.out;
  out.newJsonObj(ctx.json, ctx.pretty);
  for (const m of entries) printFdb(ctx, f, m);
  out.deleteJsonObj();
  await out.flush();
  return 0;
}

/** fdb_get(): one entry from the bridge (br/brport/dev) or a device's own table (self). */
async function fdbGet(ctx: BridgeCtx, argv: string[]): Promise<number> {
  let d: string | undefined;
  let br: string | undefined;
  let addr: string | undefined;
  let vlan = -1;
  let vni: number | undefined;
  let flags = 0;
  const f: ShowFilter = { index: 0, vlan: 0, state: 0, dynamic: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const next = () => {
      if (argv[i + 1] === undefined) incomplete(ctx);
      return argv[++i]!;
    };
    if (a === "brport" || a === "dev") d = next();
    else if (a === "br") br = next();
    else if (a === "vni") {
      // strtoul(..., 0): the whole word, below 2^24.
      const v = next();
      const n = getUnsigned(v);
      if (n === undefined || n >= 1 << 24) invarg(ctx, "invalid VNI\n", v);
      vni = n;
    } else if (a === "self") flags |= NTF_SELF;
    else if (matches(a, "master")) flags |= NTF_MASTER;
    else if (matches(a, "vlan")) {
      if (vlan >= 0) duparg2(ctx, "vlan", a);
      vlan = atoi(next());
    } else if (matches(a, "dynamic")) f.dynamic = true;
    else {
      let w = a;
      if (w === "to") w = next();
      if (matches(w, "help")) usage(ctx);
      if (addr !== undefined) duparg2(ctx, "to", w);
      addr = w;
    }
  }
  if ((d === undefined && br === undefined) || addr === undefined) {
    ctx.err("Device or master and address are required arguments.\n");
    return 255;
  }
  const mac = scanMac(addr);
  if (!mac) {
    ctx.err(`Invalid mac address ${addr}\n`);
    return 255;
  }
  let ifindex = 0;
  if (d !== undefined) {
    ifindex = llNameToIndex(ctx, d);
    if (!ifindex) {
      ctx.err(`Cannot find device "${d}"\n`);
      return 255;
    }
  }
  let brIndex = 0;
  if (br !== undefined) {
    brIndex = llNameToIndex(ctx, br);
    if (!brIndex) {
      ctx.err(`Cannot find bridge device "${br}"\n`);
      return 255;
    }
  }
  const r = brTalk(ctx, {
    type: "RTM_GETNEIGH_ONE",
    ndm_ifindex: ifindex,
    ndm_flags: flags,
    NDA_LLADDR: mac,
    ...(vlan >= 0 ? { NDA_VLAN: vlan & 0xffff } : {}),
    ...(vni !== undefined ? { NDA_VNI: vni } : {}),
    ...(brIndex ? { NDA_MASTER: brIndex } : {}),
  });
  // rtnl_talk() < 0: return -2.
  if (!r || r.type !== "fdb") return 254;
  return printFdbEntries(ctx, f, r.entries);
}

/** fdb_flush(): RTM_DELNEIGH with NLM_F_BULK and the state/flag masks the words give. */
async function fdbFlush(ctx: BridgeCtx, argv: string[]): Promise<number> {
  let d: string | undefined;
  let port: string | undefined;
  let vid = -1;
  let flags = 0;
  let flagsMask = 0;
  let state = 0;
  let stateMask = 0;
  const bit = (on: boolean, st: number, mask: number, isFlag: boolean) => {
    if (isFlag) {
      flags = on ? flags | st : flags & ~st;
      flagsMask |= mask;
    } else {
      state = on ? state | st : state & ~st;
      stateMask |= mask;
    }
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const next = () => {
      if (argv[i + 1] === undefined) incomplete(ctx);
      return argv[++i]!;
    };
    if (a === "dev") d = next();
    else if (a === "master") flags |= NTF_MASTER;
    else if (a === "self") flags |= NTF_SELF;
    else if (a === "permanent") bit(true, NUD_PERMANENT, NUD_PERMANENT, false);
    else if (a === "nopermanent") bit(false, NUD_PERMANENT, NUD_PERMANENT, false);
    else if (a === "static") bit(true, NUD_NOARP, NUD_NOARP | NUD_PERMANENT, false);
    else if (a === "nostatic") bit(false, NUD_NOARP, NUD_NOARP, false);
    // `ndm_state &= ~NUD_NOARP | NUD_PERMANENT`: only NOARP is cleared.
    else if (a === "dynamic") bit(false, NUD_NOARP, NUD_NOARP | NUD_PERMANENT, false);
    else if (a === "nodynamic") bit(true, NUD_NOARP, NUD_NOARP, false);
    else if (a === "added_by_user") bit(true, NTF_USE, NTF_USE, true);
    else if (a === "noadded_by_user") bit(false, NTF_USE, NTF_USE, true);
    else if (a === "extern_learn") bit(true, NTF_EXT_LEARNED, NTF_EXT_LEARNED, true);
    else if (a === "noextern_learn") bit(false, NTF_EXT_LEARNED, NTF_EXT_LEARNED, true);
    else if (a === "sticky") bit(true, NTF_STICKY, NTF_STICKY, true);
    else if (a === "nosticky") bit(false, NTF_STICKY, NTF_STICKY, true);
    else if (a === "offloaded") bit(true, NTF_OFFLOADED, NTF_OFFLOADED, true);
    else if (a === "nooffloaded") bit(false, NTF_OFFLOADED, NTF_OFFLOADED, true);
    else if (a === "brport") {
      if (port !== undefined) duparg2(ctx, "brport", a);
      port = next();
    } else if (a === "vlan") {
      if (vid >= 0) duparg2(ctx, "vlan", a);
      // atoi() into a short.
      vid = (atoi(next()) << 16) >> 16;
    } else if (a === "help") next();
  }
  if (d === undefined) {
    ctx.err("Device is a required argument.\n");
    return 255;
  }
  const ifindex = llNameToIndex(ctx, d);
  if (!ifindex) {
    ctx.err(`Cannot find bridge device "${d}"\n`);
    return 255;
  }
  let portIdx = -1;
  if (port !== undefined) {
    portIdx = llNameToIndex(ctx, port);
    if (!portIdx) {
      ctx.err(`Cannot find bridge port device "${port}"\n`);
      return 255;
    }
  }
  if (vid >= 4096) {
    ctx.err(`Invalid VLAN ID "${vid}"\n`);
    return 255;
  }
  if (!(flags & (NTF_SELF | NTF_MASTER))) flags |= NTF_SELF;
  const r = brTalk(ctx, {
    type: "RTM_DELNEIGH_BULK",
    ndm_ifindex: ifindex,
    ndm_state: state & 0xffff,
    ndm_flags: flags & 0xff,
    ...(portIdx > -1 ? { NDA_IFINDEX: portIdx } : {}),
    ...(vid > -1 ? { NDA_VLAN: vid } : {}),
    ...(flagsMask ? { NDA_NDM_FLAGS_MASK: flagsMask } : {}),
    ...(stateMask ? { NDA_NDM_STATE_MASK: stateMask } : {}),
  });
  return r ? 0 : 255;
}

export async function doFdb(ctx: BridgeCtx, argv: string[]): Promise<number> {
  if (!argv.length) return fdbShow(ctx, []);
  const a = argv[0]!;
  const rest = argv.slice(1);
  if (matches(a, "add")) return fdbModify(ctx, "RTM_NEWNEIGH", NLM_F_CREATE | NLM_F_EXCL, rest);
  if (matches(a, "append")) return fdbModify(ctx, "RTM_NEWNEIGH", NLM_F_CREATE | NLM_F_APPEND, rest);
  if (matches(a, "replace")) return fdbModify(ctx, "RTM_NEWNEIGH", NLM_F_CREATE | NLM_F_REPLACE, rest);
  if (matches(a, "delete")) return fdbModify(ctx, "RTM_DELNEIGH", 0, rest);
  if (matches(a, "show") || matches(a, "lst") || matches(a, "list")) return fdbShow(ctx, rest);
  if (matches(a, "get")) return fdbGet(ctx, rest);
  if (matches(a, "flush")) return fdbFlush(ctx, rest);
  if (matches(a, "help")) usage(ctx);
  ctx.err(`Command "${a}" is unknown, try "bridge fdb help".\n`);
  throw new IpExit(255);
}
