// bridge/mdb.c of iproute2 6.1: `bridge mdb add|del dev BR port PORT grp GROUP
// [src SOURCE] [permanent|temp] [vid VID]` and `bridge mdb [show] [dev BR]
// [vid VID]` (-d: proto, -s: timers, -j/-p), and print_mdb_mon() for
// `bridge monitor mdb`. Talks to kernel/bridge/br_mdb.ts (brMdbTalk).

import { brMdbTalk } from "../../../kernel/bridge/br_mdb.js";
import { KernelError } from "../../../uapi/errno.js";
import {
  MDB_PERMANENT,
  MDB_RTR_TYPE_TEMP,
  MDB_RTR_TYPE_TEMP_QUERY,
  type BrMdbEntryMsg,
  type BrMdbMsg,
  type BrMdbReply,
  type BrMdbRequest,
  type BrMdbRouterPort,
  type BrMdbSetRequest,
} from "../../../uapi/if_bridge_mdb.js";
import { formatIp6, formatIpv4, parseIp6, parseIpv4Pton } from "../../../wire/addr.js";
import { protoN2a } from "../lib/inet.js";
import { atoi, duparg, incompleteCommand, IpExit, llAddrA2n, llIndexToName, llNameToIndex, matches, nlError } from "../lib/utils.js";
import type { BridgeCtx } from "./ctx.js";

const MDB_USAGE =
  "Usage: bridge mdb { add | del } dev DEV port PORT grp GROUP [src SOURCE] [permanent | temp] [vid VID]\n" +
  "       bridge mdb {show} [ dev DEV ] [ vid VID ]\n";

function usage(ctx: BridgeCtx): never {
  ctx.err(MDB_USAGE);
  throw new IpExit(255);
}

function mdbTalk(ctx: BridgeCtx, req: BrMdbRequest): BrMdbReply | undefined {
  try {
    return brMdbTalk(ctx.task, req);
  } catch (e) {
    if (!(e instanceof KernelError)) throw e;
    nlError(ctx, e);
    return undefined;
  }
}

function nodev(ctx: BridgeCtx, name: string): number {
  ctx.err(`Cannot find device "${name}"\n`);
  return 255;
}

function addrText(proto: 4 | 6, a: number | bigint): string {
  return proto === 4 ? formatIpv4(a as number) : formatIp6(a as bigint);
}

/** format_timer(ticks, align): clock_t (hundredths) as seconds with two decimals. */
function formatTimer(ticks: number): string {
  const sec = Math.floor(ticks / 100);
  return `${String(sec).padStart(4)}.${String(ticks % 100).padStart(2, "0")}`;
}

/** print_mdb_entry() */
function printMdbEntry(ctx: BridgeCtx, ifindex: number, e: BrMdbEntryMsg, filterVlan: number): void {
  if (filterVlan && e.vid !== filterVlan) return;
  const out = ctx.out;
  out.openObject(null);
  out.int("JSON", "index", "", ifindex);
  out.string("ANY", "dev", "dev %s", llIndexToName(ctx, ifindex));
  out.string("ANY", "port", " port %s", llIndexToName(ctx, e.ifindex));
  out.string("ANY", "grp", " grp %s", addrText(e.proto, e.grp));
  if (e.src !== undefined) out.string("ANY", "src", " src %s", addrText(e.proto, e.src));
  out.string("ANY", "state", " %s", e.state & MDB_PERMANENT ? "permanent" : "temp");
  if (ctx.details && e.rtprot !== undefined) out.string("ANY", "protocol", " proto %s ", protoN2a(e.rtprot));
  out.openArray("JSON", "flags");
  out.closeArray("JSON", "");
  if (e.vid) out.uint("ANY", "vid", " vid %u", e.vid);
  if (ctx.stats) out.string("ANY", "timer", " %s", formatTimer(e.timer));
  out.nl();
  out.closeObject();
}

function printEntries(ctx: BridgeCtx, m: BrMdbMsg, filterIndex: number, filterVlan: number): void {
  if (filterIndex && filterIndex !== m.ifindex) return;
  for (const e of m.entries) printMdbEntry(ctx, m.ifindex, e, filterVlan);
}

/** print_mdb_mon(): a notification; "[MDB]" only under `bridge monitor all`. */
export function printMdbMon(ctx: BridgeCtx, m: BrMdbMsg, banner: boolean): void {
  if (banner) ctx.out.raw("[MDB]");
  if (m.type === "RTM_DELMDB") ctx.out.bool("ANY", "deleted", "Deleted ", true);
  printEntries(ctx, m, 0, 0);
}

/** br_print_router_ports(): "router ports on BR: P1 P2 ", or with -s one line per port with its timer and type. */
function printRouterPorts(ctx: BridgeCtx, brIndex: number, ports: BrMdbRouterPort[]): void {
  const out = ctx.out;
  const brName = llIndexToName(ctx, brIndex);
  if (out.isJson) out.openArray("JSON", brName);
  else if (!ctx.stats) out.raw(`router ports on ${brName}: `);
  for (const r of ports) {
    const name = llIndexToName(ctx, r.ifindex);
    const stats = () => {
      out.string("ANY", "timer", " %s", formatTimer(r.timer));
      // is_temp_mcast_rtr(): temp_query and temp.
      out.string("ANY", "type", " %s", r.type === MDB_RTR_TYPE_TEMP_QUERY || r.type === MDB_RTR_TYPE_TEMP ? "temp" : "permanent");
    };
    if (out.isJson) {
      out.openObject(null);
      out.string("JSON", "port", "", name);
      if (ctx.stats) stats();
      out.closeObject();
    } else if (ctx.stats) {
      out.raw(`router ports on ${brName}: ${name}`);
      stats();
      out.raw("\n");
    } else out.raw(`${name} `);
  }
  if (!ctx.stats) out.nl();
  out.closeArray("JSON", "");
}

/** mdb_show() */
async function mdbShow(ctx: BridgeCtx, argv: string[]): Promise<number> {
  let filterDev: string | undefined;
  let filterVlan = 0;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "dev") {
      if (++i >= argv.length) incompleteCommand(ctx);
      if (filterDev !== undefined) duparg(ctx, "dev", argv[i]!);
      filterDev = argv[i]!;
    } else if (a === "vid") {
      if (++i >= argv.length) incompleteCommand(ctx);
      if (filterVlan) duparg(ctx, "vid", argv[i]!);
      filterVlan = atoi(argv[i]!) >>> 0;
    }
  }
  let filterIndex = 0;
  if (filterDev !== undefined) {
    filterIndex = llNameToIndex(ctx, filterDev);
    if (!filterIndex) return nodev(ctx, filterDev);
  }
  const out = ctx.out;
  out.newJsonObj(ctx.json, ctx.pretty);
  out.openObject(null);
  const r = mdbTalk(ctx, { type: "RTM_GETMDB" });
  if (!r || r.type !== "mdb") return 255;
  out.openArray("JSON", "mdb");
  for (const m of r.msgs) printEntries(ctx, m, filterIndex, filterVlan);
  out.closeArray("JSON", "");
  // The second dump, for router ports (print_rtrs).
  const r2 = mdbTalk(ctx, { type: "RTM_GETMDB" });
  if (!r2 || r2.type !== "mdb") return 255;
  out.openObject("router");
  for (const m of r2.msgs) {
    if (filterIndex && filterIndex !== m.ifindex) continue;
    if (m.router && ctx.details) printRouterPorts(ctx, m.ifindex, m.router);
  }
  out.closeObject();
  out.closeObject();
  out.deleteJsonObj();
  await out.flush();
  return 0;
}

/** mdb_parse_grp(): IPv4, IPv6, then a MAC address. */
function parseGrp(ctx: BridgeCtx, grp: string): BrMdbSetRequest["entry"] | undefined {
  const v4 = parseIpv4Pton(grp);
  if (v4 !== undefined) return { ifindex: 0, state: 0, vid: 0, proto: 4, grp: v4 };
  const v6 = parseIp6(grp);
  if (v6 !== undefined) return { ifindex: 0, state: 0, vid: 0, proto: 6, grp: v6 };
  const mac = llAddrA2n({ ...ctx, err: () => {} }, grp, 6);
  if (mac?.length === 6) return { ifindex: 0, state: 0, vid: 0, proto: 0, grp: 0, mac };
  if (mac === undefined) llAddrA2n(ctx, grp, 6);
  return undefined;
}

/** mdb_modify() */
async function mdbModify(ctx: BridgeCtx, cmd: "RTM_NEWMDB" | "RTM_DELMDB", argv: string[]): Promise<number> {
  let d: string | undefined;
  let p: string | undefined;
  let grp: string | undefined;
  let src: string | undefined;
  let state = 0;
  let vid = 0;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const next = (): string => {
      if (++i >= argv.length) incompleteCommand(ctx);
      return argv[i]!;
    };
    if (a === "dev") d = next();
    else if (a === "grp") grp = next();
    else if (a === "port") p = next();
    else if (a === "permanent") {
      if (cmd === "RTM_NEWMDB") state |= MDB_PERMANENT;
    } else if (a === "temp") {
      // nothing
    } else if (a === "vid") vid = atoi(next()) & 0xffff;
    else if (a === "src") src = next();
    else if (matches(a, "help")) usage(ctx);
  }
  if (d === undefined || grp === undefined || p === undefined) {
    ctx.err("Device, group address and port name are required arguments.\n");
    return 255;
  }
  const bridx = llNameToIndex(ctx, d);
  if (!bridx) return nodev(ctx, d);
  const pidx = llNameToIndex(ctx, p);
  if (!pidx) return nodev(ctx, p);
  const entry = parseGrp(ctx, grp);
  if (!entry) {
    ctx.err(`Invalid address "${grp}"\n`);
    return 255;
  }
  entry.ifindex = pidx;
  entry.state = state;
  entry.vid = vid;
  const req: BrMdbSetRequest = { type: cmd, ifindex: bridx, entry };
  if (src !== undefined) {
    const s4 = parseIpv4Pton(src);
    const s6 = s4 === undefined ? parseIp6(src) : undefined;
    if (s4 === undefined && s6 === undefined) {
      ctx.err(`Invalid source address "${src}"\n`);
      return 255;
    }
    req.src = s4 !== undefined ? { proto: 4, addr: s4 } : { proto: 6, addr: s6! };
  }
  return mdbTalk(ctx, req) ? 0 : 255;
}

export async function doMdb(ctx: BridgeCtx, argv: string[]): Promise<number> {
  if (!argv.length) return mdbShow(ctx, []);
  const a = argv[0]!;
  const rest = argv.slice(1);
  if (matches(a, "add")) return mdbModify(ctx, "RTM_NEWMDB", rest);
  if (matches(a, "delete")) return mdbModify(ctx, "RTM_DELMDB", rest);
  if (matches(a, "show") || matches(a, "lst") || matches(a, "list")) return mdbShow(ctx, rest);
  if (matches(a, "help")) usage(ctx);
  ctx.err(`Command "${a}" is unknown, try "bridge mdb help".\n`);
  throw new IpExit(255);
}
