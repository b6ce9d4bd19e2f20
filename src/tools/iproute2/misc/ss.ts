// ss(8) from iproute2 6.1: the socket tables, families and states as ss.c's
// struct filter masks (default_dbs/default_afs, filter_db_set/filter_af_set,
// filter_merge_defaults; -t -u -d -S -M -w -x -0 -4 -6 -f FAMILY -A QUERY,
// -a/-l and `state`/`exclude` words), -n -p -H -e -o (the TCP timer as
// `timer:(on|timewait,TIME,RETRANS)` after users:, TIME as print_ms_timer
// writes it) and the filter expression (ssfilter.ts). Tables are shown in
// main()'s order: netlink (netlink_show_one; kernel/net/netlink_diag.ts),
// then UDP and TCP; DCCP has no diag handler in this kernel (error line).
// Sockets come from the kernel's dumps, processes from the fds of the host's
// tasks (as ss reads /proc/PID/fd). Layout follows ss's column renderer:
// every column as wide as its widest cell (header included), the address
// right-aligned with its colon, the port left-aligned, one space before each
// column but the first — and, as in ss, the width of the last row's final
// cell (Process) is never measured, so the header's Process is padded only to
// what earlier rows printed there.
//
// Left out: UNIX, raw, packet (tcpdump's p_raw), SCTP/MPTCP/vsock/tipc/xdp
// sockets (their tables are empty), -i/-m, -e's fwmark/v6only (ino, sk, cgroup and shutdown are shown), the keepalive
// and persist timers of -o. -s is ss-summary.ts (its TCP line counts
// tcp_sockets_allocated, a machine-wide counter).

import type { Program, ProgramContext } from "../../../kernel/task/program.js";
import { inetDiagDump, socketUsers, statComm, type InetDiagMsg } from "../../../kernel/ipv4/inet_diag.js";
import {
  TCP_CLOSE,
  TCP_CLOSE_WAIT,
  TCP_CLOSING,
  TCP_ESTABLISHED,
  TCP_FIN_WAIT1,
  TCP_FIN_WAIT2,
  TCP_LAST_ACK,
  TCP_LISTEN,
  TCP_SYN_RECV,
  TCP_SYN_SENT,
  TCP_TIME_WAIT,
} from "../../../uapi/socket.js";
import { formatIpv4 } from "../../lib/nss/inet.js";
import { formatIp6 } from "../../../wire/addr.js";
import { devGetByIndex } from "../../../kernel/core/dev.js";
import { serviceName } from "../../lib/nss/services.js";
import { SS_USAGE } from "./ss-usage.js";
import { netnsSwitch } from "../lib/namespace.js";
import { IpExit } from "../lib/utils.js";
import { KernelError, strerror } from "../../../uapi/errno.js";
import { printSummary } from "./ss-summary.js";
import { parseSsFilter, runSsFilter, SsFilterError, type SsFilter } from "./ssfilter.js";
import { netlinkDiagDump, type NetlinkDiagMsg } from "../../../kernel/net/netlink_diag.js";

const STATE_NAME: Record<number, string> = {
  [TCP_ESTABLISHED]: "ESTAB",
  [TCP_SYN_SENT]: "SYN-SENT",
  [TCP_SYN_RECV]: "SYN-RECV",
  [TCP_FIN_WAIT1]: "FIN-WAIT-1",
  [TCP_FIN_WAIT2]: "FIN-WAIT-2",
  [TCP_TIME_WAIT]: "TIME-WAIT",
  [TCP_CLOSE]: "UNCONN",
  [TCP_CLOSE_WAIT]: "CLOSE-WAIT",
  [TCP_LAST_ACK]: "LAST-ACK",
  [TCP_LISTEN]: "LISTEN",
  [TCP_CLOSING]: "CLOSING",
};

const STATE_WORDS: Record<string, number[]> = {
  established: [TCP_ESTABLISHED],
  "syn-sent": [TCP_SYN_SENT],
  "syn-recv": [TCP_SYN_RECV],
  "fin-wait-1": [TCP_FIN_WAIT1],
  "fin-wait-2": [TCP_FIN_WAIT2],
  "time-wait": [TCP_TIME_WAIT],
  closed: [TCP_CLOSE],
  "close-wait": [TCP_CLOSE_WAIT],
  "last-ack": [TCP_LAST_ACK],
  listening: [TCP_LISTEN],
  closing: [TCP_CLOSING],
  all: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
  connected: [1, 2, 3, 4, 5, 6, 8, 9, 11],
  synchronized: [1, 3, 4, 5, 6, 8, 9, 11],
  bucket: [3, 6],
  big: [1, 2, 4, 5, 7, 8, 9, 10, 11],
};

// ss.c's socket tables (enum { TCP_DB, … }) and states (SS_*: the TCP_* numbers, SS_UNKNOWN 0).
const TCP_DB = 0;
const MPTCP_DB = 1;
const DCCP_DB = 2;
const UDP_DB = 3;
const RAW_DB = 4;
const UNIX_DG_DB = 5;
const UNIX_ST_DB = 6;
const UNIX_SQ_DB = 7;
const PACKET_DG_DB = 8;
const PACKET_R_DB = 9;
const NETLINK_DB = 10;
const SCTP_DB = 11;
const VSOCK_ST_DB = 12;
const VSOCK_DG_DB = 13;
const TIPC_DB = 14;
const XDP_DB = 15;
const MAX_DB = 16;
const bit = (n: number) => 1 << n;
const PACKET_DBM = bit(PACKET_DG_DB) | bit(PACKET_R_DB);
const UNIX_DBM = bit(UNIX_DG_DB) | bit(UNIX_ST_DB) | bit(UNIX_SQ_DB);
const INET_L4_DBM = bit(TCP_DB) | bit(MPTCP_DB) | bit(UDP_DB) | bit(DCCP_DB) | bit(SCTP_DB);
const INET_DBM = INET_L4_DBM | bit(RAW_DB);
const VSOCK_DBM = bit(VSOCK_ST_DB) | bit(VSOCK_DG_DB);

const SS_MAX = 12;
const SS_ALL = bit(SS_MAX) - 1;
const SS_CONN = SS_ALL & ~(bit(TCP_LISTEN) | bit(TCP_CLOSE) | bit(TCP_TIME_WAIT) | bit(TCP_SYN_RECV));
const TIPC_SS_CONN = bit(TCP_ESTABLISHED) | bit(TCP_LISTEN) | bit(TCP_CLOSE);

const AF_UNIX = 1;
const AF_INET = 2;
const AF_INET6 = 10;
const AF_NETLINK = 16;
const AF_PACKET = 17;
const AF_TIPC = 30;
const AF_VSOCK = 40;
const AF_XDP = 44;
const fam = (af: number) => 2 ** af;
const INET_FAMS = fam(AF_INET) + fam(AF_INET6);

/** default_dbs[]: each table's states and families. */
const DEFAULT_DBS: readonly { states: number; families: number }[] = [
  { states: SS_CONN, families: INET_FAMS }, // TCP
  { states: SS_CONN, families: INET_FAMS }, // MPTCP
  { states: SS_CONN, families: INET_FAMS }, // DCCP
  { states: bit(TCP_ESTABLISHED), families: INET_FAMS }, // UDP
  { states: bit(TCP_ESTABLISHED), families: INET_FAMS }, // RAW
  { states: bit(TCP_CLOSE), families: fam(AF_UNIX) }, // UNIX_DG
  { states: SS_CONN, families: fam(AF_UNIX) }, // UNIX_ST
  { states: SS_CONN, families: fam(AF_UNIX) }, // UNIX_SQ
  { states: bit(TCP_CLOSE), families: fam(AF_PACKET) }, // PACKET_DG
  { states: bit(TCP_CLOSE), families: fam(AF_PACKET) }, // PACKET_R
  { states: bit(TCP_CLOSE), families: fam(AF_NETLINK) }, // NETLINK
  { states: SS_CONN, families: INET_FAMS }, // SCTP
  { states: SS_CONN, families: fam(AF_VSOCK) }, // VSOCK_ST
  { states: SS_CONN, families: fam(AF_VSOCK) }, // VSOCK_DG
  { states: TIPC_SS_CONN, families: fam(AF_TIPC) }, // TIPC
  { states: bit(TCP_CLOSE), families: fam(AF_XDP) }, // XDP
];

/** default_afs[]: each family's tables and states. */
const DEFAULT_AFS: ReadonlyMap<number, { dbs: number; states: number }> = new Map([
  [AF_INET, { dbs: INET_DBM, states: SS_CONN }],
  [AF_INET6, { dbs: INET_DBM, states: SS_CONN }],
  [AF_UNIX, { dbs: UNIX_DBM, states: SS_CONN }],
  [AF_PACKET, { dbs: PACKET_DBM, states: bit(TCP_CLOSE) }],
  [AF_NETLINK, { dbs: bit(NETLINK_DB), states: bit(TCP_CLOSE) }],
  [AF_VSOCK, { dbs: VSOCK_DBM, states: SS_CONN }],
  [AF_TIPC, { dbs: bit(TIPC_DB), states: TIPC_SS_CONN }],
  [AF_XDP, { dbs: bit(XDP_DB), states: bit(TCP_CLOSE) }],
]);

/** filter_db_parse()'s table names (-A). */
const DB_NAMES: Record<string, number[]> = {
  all: [UDP_DB, DCCP_DB, TCP_DB, MPTCP_DB, RAW_DB, UNIX_ST_DB, UNIX_DG_DB, UNIX_SQ_DB, PACKET_R_DB, PACKET_DG_DB, NETLINK_DB, SCTP_DB, VSOCK_ST_DB, VSOCK_DG_DB, XDP_DB],
  inet: [UDP_DB, DCCP_DB, TCP_DB, MPTCP_DB, SCTP_DB, RAW_DB],
  udp: [UDP_DB],
  dccp: [DCCP_DB],
  tcp: [TCP_DB],
  mptcp: [MPTCP_DB],
  sctp: [SCTP_DB],
  raw: [RAW_DB],
  unix: [UNIX_ST_DB, UNIX_DG_DB, UNIX_SQ_DB],
  unix_stream: [UNIX_ST_DB],
  u_str: [UNIX_ST_DB],
  unix_dgram: [UNIX_DG_DB],
  u_dgr: [UNIX_DG_DB],
  unix_seqpacket: [UNIX_SQ_DB],
  u_seq: [UNIX_SQ_DB],
  packet: [PACKET_R_DB, PACKET_DG_DB],
  packet_raw: [PACKET_R_DB],
  p_raw: [PACKET_R_DB],
  packet_dgram: [PACKET_DG_DB],
  p_dgr: [PACKET_DG_DB],
  netlink: [NETLINK_DB],
  tipc: [TIPC_DB],
  vsock: [VSOCK_ST_DB, VSOCK_DG_DB],
  vsock_stream: [VSOCK_ST_DB],
  v_str: [VSOCK_ST_DB],
  vsock_dgram: [VSOCK_DG_DB],
  v_dgr: [VSOCK_DG_DB],
  xdp: [XDP_DB],
};

/** -f FAMILY */
const FAMILY_NAMES: Record<string, number> = {
  inet: AF_INET,
  inet6: AF_INET6,
  link: AF_PACKET,
  unix: AF_UNIX,
  netlink: AF_NETLINK,
  tipc: AF_TIPC,
  vsock: AF_VSOCK,
  xdp: AF_XDP,
};

/** ss.c's struct filter plus the option flags ss's printing reads. */
interface Opts {
  dbs: number;
  families: number;
  /** SS_* bitmask. */
  states: number;
  doDefault: boolean;
  /** -a / -l (state_filter before the STATE words). */
  stateFilter: number;
  sawQuery: boolean;
  numeric: boolean;
  processes: boolean;
  /** -o: the socket's timer (timer:(NAME,TIME,RETRANS)). */
  options?: boolean;
  /** -e: show_details (netlink rows print sk/cb/groups). */
  details: boolean;
  noHeader: boolean;
  /** -F FILE: the filter's words (ssfilter_parse reads the file instead of the command line). */
  filterWords?: string[];
  filter?: SsFilter;
  /** -s: print_summary() first; alone (no table chosen, no filter) it is all ss prints. */
  summary: boolean;
}

function dbSet(o: Opts, db: number): void {
  o.states |= DEFAULT_DBS[db]!.states;
  o.dbs |= bit(db);
  o.doDefault = false;
}

function afSet(o: Opts, af: number): void {
  o.states |= DEFAULT_AFS.get(af)!.states;
  o.families = famOr(o.families, fam(af));
  o.doDefault = false;
}

/** filter_merge_defaults(): a table brings its families, a family its tables. */
function mergeDefaults(o: Opts): void {
  for (let db = 0; db < MAX_DB; db++) {
    if (!(o.dbs & bit(db))) continue;
    const f = DEFAULT_DBS[db]!.families;
    if (!famAny(o.families, f)) o.families = famOr(o.families, f);
  }
  for (const [af, d] of DEFAULT_AFS) {
    if (!famAny(o.families, fam(af))) continue;
    if (!(d.dbs & o.dbs)) o.dbs |= d.dbs;
  }
}

// Family masks reach bit 44 (AF_XDP): kept as numbers below 2^53, combined without 32-bit operators.
function famAny(a: number, b: number): boolean {
  return (BigInt(a) & BigInt(b)) !== 0n;
}
function famOr(a: number, b: number): number {
  return Number(BigInt(a) | BigInt(b));
}

const TMR_NAME = ["off", "on", "keepalive", "timewait", "persist", "unknown"];

/** ss's print_ms_timer(): minutes, then seconds ("sec" alone, or "." before the milliseconds), then "NNNms". */
function printMsTimer(timeout: number): string {
  let secs = Math.floor(timeout / 1000);
  const minutes = Math.floor(secs / 60);
  secs %= 60;
  let msecs = timeout % 1000;
  let s = "";
  if (minutes) {
    msecs = 0;
    s += `${minutes}min`;
    if (minutes > 9) secs = 0;
  }
  if (secs) {
    if (secs > 9) msecs = 0;
    s += `${secs}${msecs ? "." : "sec"}`;
  }
  if (msecs) s += String(msecs).padStart(3, "0") + "ms";
  return s;
}

class SsExit {
  constructor(readonly status: number) {}
}

const LONG: Record<string, string> = {
  "--tcp": "t",
  "--udp": "u",
  "--listening": "l",
  "--all": "a",
  "--numeric": "n",
  "--processes": "p",
  "--options": "o",
  "--no-header": "H",
  "--unix": "x",
  "--raw": "w",
  "--dccp": "d",
  "--sctp": "S",
  "--mptcp": "M",
  "--ipv4": "4",
  "--ipv6": "6",
  "--packet": "0",
  "--extended": "e",
  "--summary": "s",
  "--help": "h",
  "--version": "V",
  "--family": "f",
  "--socket": "A",
  "--query": "A",
  "--net": "N",
  "--filter": "F",
};

/** Options taking an argument (getopt's "f:", "A:", "N:" and "F:"). */
const WITH_ARG = new Set(["f", "A", "N", "F"]);

async function parse(ctx: ProgramContext): Promise<Opts> {
  const o: Opts = { dbs: 0, families: 0, states: 0, doDefault: true, stateFilter: 0, sawQuery: false, numeric: false, processes: false, details: false, noHeader: false, summary: false };
  const rest: string[] = [];
  const argv = ctx.argv.slice(1);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--") {
      rest.push(...argv.slice(i + 1));
      break;
    }
    if (a.startsWith("--")) {
      const eq = a.indexOf("=");
      const name = eq < 0 ? a : a.slice(0, eq);
      const c = LONG[name];
      if (!c) {
        await ctx.stderr.write(`ss: unrecognized option '${a}'\n${SS_USAGE}`);
        throw new SsExit(255);
      }
      let arg: string | undefined;
      if (WITH_ARG.has(c)) {
        arg = eq >= 0 ? a.slice(eq + 1) : argv[++i];
        if (arg === undefined) {
          await ctx.stderr.write(`ss: option '${name}' requires an argument\n${SS_USAGE}`);
          throw new SsExit(255);
        }
      } else if (eq >= 0) {
        await ctx.stderr.write(`ss: option '${name}' doesn't allow an argument\n${SS_USAGE}`);
        throw new SsExit(255);
      }
      await flag(ctx, o, c, arg);
      continue;
    }
    if (a.startsWith("-") && a.length > 1) {
      for (let j = 1; j < a.length; j++) {
        const c = a[j]!;
        if (WITH_ARG.has(c)) {
          const arg = j + 1 < a.length ? a.slice(j + 1) : argv[++i];
          if (arg === undefined) {
            await ctx.stderr.write(`ss: option requires an argument -- '${c}'\n${SS_USAGE}`);
            throw new SsExit(255);
          }
          await flag(ctx, o, c, arg);
          break;
        }
        await flag(ctx, o, c);
      }
      continue;
    }
    rest.push(a);
  }
  if (o.summary) await printSummary(ctx);
  if (o.summary && o.doDefault && rest.length === 0) throw new SsExit(0);
  const words = await parseStates(ctx, o, rest);
  if (o.doDefault) {
    o.stateFilter ||= SS_CONN;
    for (const db of DB_NAMES.all!) dbSet(o, db);
  }
  if (o.stateFilter) o.states = o.stateFilter;
  mergeDefaults(o);
  if (o.dbs === 0) {
    await ctx.stderr.write("ss: no socket tables to show with such filter.\n");
    throw new SsExit(0);
  }
  if (o.families === 0) {
    await ctx.stderr.write("ss: no families to show with such filter.\n");
    throw new SsExit(0);
  }
  if (o.states === 0) {
    await ctx.stderr.write("ss: no socket states to show with such filter.\n");
    throw new SsExit(0);
  }
  try {
    o.filter = parseSsFilter(ctx.task, o.filterWords ?? words);
  } catch (e) {
    if (!(e instanceof SsFilterError)) throw e;
    await ctx.stderr.write(e.text + (e.usage ? SS_USAGE : ""));
    throw new SsExit(e.status);
  }
  return o;
}

async function flag(ctx: ProgramContext, o: Opts, c: string, arg?: string): Promise<void> {
  switch (c) {
    case "t":
      return dbSet(o, TCP_DB);
    case "u":
      return dbSet(o, UDP_DB);
    case "d":
      return dbSet(o, DCCP_DB);
    case "S":
      return dbSet(o, SCTP_DB);
    case "M":
      return dbSet(o, MPTCP_DB);
    case "w":
      return dbSet(o, RAW_DB);
    case "x":
      return afSet(o, AF_UNIX);
    case "0":
      return afSet(o, AF_PACKET);
    case "4":
      return afSet(o, AF_INET);
    case "6":
      return afSet(o, AF_INET6);
    case "l":
      o.stateFilter = bit(TCP_LISTEN) | bit(TCP_CLOSE);
      return;
    case "a":
      o.stateFilter = SS_ALL;
      return;
    case "n":
      o.numeric = true;
      return;
    case "p":
      o.processes = true;
      return;
    case "o":
      o.options = true;
      return;
    case "e":
      o.options = true;
      o.details = true;
      return;
    case "H":
      o.noHeader = true;
      return;
    case "s":
      o.summary = true;
      return;
    case "f": {
      const af = FAMILY_NAMES[arg!];
      if (af !== undefined) return afSet(o, af);
      if (arg === "help") {
        await ctx.stderr.write(SS_USAGE);
        throw new SsExit(0);
      }
      await ctx.stderr.write(`ss: "${arg}" is invalid family\n${SS_USAGE}`);
      throw new SsExit(255);
    }
    case "A": {
      if (!o.sawQuery) {
        o.dbs = 0;
        o.stateFilter ||= SS_CONN;
        o.sawQuery = true;
        o.doDefault = false;
      }
      for (const name of arg!.split(",")) {
        const enable = !name.startsWith("!");
        const dbs = DB_NAMES[enable ? name : name.slice(1)];
        if (!dbs) {
          await ctx.stderr.write(`ss: "${name}" is illegal socket table id\n${SS_USAGE}`);
          throw new SsExit(255);
        }
        for (const db of dbs) {
          if (enable) dbSet(o, db);
          else {
            o.dbs &= ~bit(db);
            o.doDefault = false;
          }
        }
      }
      return;
    }
    case "h":
      await ctx.stdout.write(SS_USAGE);
      throw new SsExit(0);
    case "v":
    case "V":
      await ctx.stdout.write("ss utility, iproute2-6.1.0\n");
      throw new SsExit(0);
    case "N": {
      // netns_switch(); a failure ends ss with status 1.
      let msg = "";
      try {
        netnsSwitch({ task: ctx.task, err: (t) => (msg += t) }, arg!);
      } catch (e) {
        if (!(e instanceof IpExit)) throw e;
        await ctx.stderr.write(msg);
        throw new SsExit(1);
      }
      return;
    }
    case "F": {
      if (o.filterWords) {
        await ctx.stderr.write("More than one filter file\n");
        throw new SsExit(255);
      }
      let text: string;
      try {
        text = new TextDecoder().decode(ctx.task.host.fs.readFile(ctx.task, ctx.task.cwd, arg!));
      } catch (e) {
        await ctx.stderr.write(`fopen filter file: ${strerror(e instanceof KernelError ? e.errno : 2)}\n`);
        throw new SsExit(255);
      }
      // The lexer skips lines starting with '#'.
      o.filterWords = text.split("\n").filter((l) => !l.trimStart().startsWith("#")).join(" ").split(/\s+/).filter((w) => w);
      return;
    }
    case "Z":
    case "z":
      // is_selinux_enabled() is 0 on Debian's default kernel command line.
      await ctx.stderr.write("ss: SELinux is not enabled.\n");
      throw new SsExit(1);
  }
  await ctx.stderr.write(`ss: invalid option -- '${c}'\n${SS_USAGE}`);
  throw new SsExit(255);
}

/** The leading `state X` / `exclude X` words; returns the filter expression's words. */
async function parseStates(ctx: ProgramContext, o: Opts, words: string[]): Promise<string[]> {
  let i = 0;
  let sawStates = false;
  for (; i < words.length; i++) {
    const w = words[i]!;
    if (w !== "state" && w !== "exclude" && w !== "excl") break;
    const s = STATE_WORDS[words[i + 1] ?? ""];
    if (!s) {
      await ctx.stderr.write(`ss: wrong state name: ${words[i + 1] ?? ""}\n`);
      throw new SsExit(255);
    }
    const mask = s.reduce((m, x) => m | bit(x), 0);
    if (w === "state") {
      if (!sawStates) o.stateFilter = 0;
      o.stateFilter |= mask;
    } else {
      if (!sawStates) o.stateFilter = SS_ALL;
      o.stateFilter &= ~mask;
    }
    sawStates = true;
    i++;
  }
  return words.slice(i);
}

interface Row {
  cells: string[];
}

/** ss's render(): widths from every cell but the last row's last one; ldelim " " before all but the first. */
function render(rows: Row[], aligns: ("l" | "r")[]): string {
  const n = aligns.length;
  const width = new Array<number>(n).fill(0);
  rows.forEach((r, ri) => {
    r.cells.forEach((c, ci) => {
      if (ri === rows.length - 1 && ci === n - 1) return;
      width[ci] = Math.max(width[ci]!, c.length);
    });
  });
  let out = "";
  for (const r of rows) {
    let line = "";
    r.cells.forEach((c, ci) => {
      const delim = ci > 0 && LDELIM[ci] ? " " : "";
      const w = width[ci]!;
      line += delim + (aligns[ci] === "r" ? c.padStart(w) : c.padEnd(w));
    });
    out += line + "\n";
  }
  return out;
}

// Which columns take a leading space (ss's ldelim), by position in the full row below.
let LDELIM: boolean[] = [];

/**
 * inet_addr_print(): an IPv6 address in brackets; the IPv6 wildcard as "*" on
 * a dual-stack socket, "[::]" on an IPv6-only one. inet6_bind() makes a socket
 * bound to a specific IPv6 address IPv6-only (the IPV6_V6ONLY option itself is
 * not modelled), so a listener's peer wildcard follows its local address.
 */
function hostOf(m: InetDiagMsg, a4: number, a6: bigint): string {
  if (m.family === 4) return formatIpv4(a4);
  if (a6 !== 0n) return `[${formatIp6(a6)}]`;
  return m.v6only || m.saddr6 !== 0n ? "[::]" : "*";
}

/**
 * sock_details() and inet_show_sock()'s shutdown arrows for -e: ` uid:N` (not for root), ` ino:N sk:COOKIE`,
 * then for a full socket ` cgroup:PATH` and ` <->` (`-` where that direction is shut). The cgroup id is
 * the root cgroup's (1); as in the kernel sandbox, its cgroup2 mount cannot be opened, so cg_id_to_path()
 * cannot name it: "unreachable:1", after lib/fs.c's "Failed to open cgroup2 mount" on stderr, once per
 * socket (nothing is cached).
 */
async function sockDetails(ctx: ProgramContext, m: InetDiagMsg): Promise<string> {
  let out = "";
  if (m.uid) out += ` uid:${m.uid}`;
  out += ` ino:${m.ino} sk:${(m.cookie ?? 0).toString(16)}`;
  if (m.shutdown === undefined) return out;
  await ctx.stderr.write("Failed to open cgroup2 mount\n");
  out += " cgroup:unreachable:1";
  out += ` ${m.shutdown & 1 ? "-" : "<"}-${m.shutdown & 2 ? "-" : ">"}`;
  return out;
}

/** nl_proto_n2a()'s names (lib/rt_names.c). */
const NL_PROTO_NAMES = ["rtnl", "unused", "usersock", "fw", "tcpdiag", "nflog", "xfrm", "selinux", "iscsi", "audit", "fiblookup", "connector", "nft", "ip6fw", "dec-rt", "uevent", "genl", "scsi-trans", "ecryptfs", "rdma", "crypto"];

/**
 * netlink_show_one()'s sockstat as run_ssfilter() sees it: lport the portid, local.data[0] the
 * protocol (its bytes in memory order, so protocol 4 compares like 4.0.0.0), rport -1.
 */
function netlinkAsInet(m: NetlinkDiagMsg): InetDiagMsg {
  return { proto: "tcp", state: m.state, recvQ: m.rmem, sendQ: m.wmem, saddr: (m.protocol << 24) >>> 0, sport: m.portid, daddr: 0, dport: -1, ino: 0, boundDev: 0, family: 4, saddr6: 0n, daddr6: 0n, timer: 0, expiresMs: 0, retrans: 0 };
}

export const ssMain: Program = async (ctx) => {
  let o: Opts;
  try {
    o = await parse(ctx);
  } catch (e) {
    if (e instanceof SsExit) return e.status;
    throw e;
  }
  const has = (db: number) => (o.dbs & bit(db)) !== 0;
  const hasAf = (af: number) => famAny(o.families, fam(af));
  const hasState = (st: number) => (o.states & bit(st)) !== 0;
  const ns = ctx.task.netns;
  // print_header(): Netid when more than one table, State when more than one state.
  const showNetid = (o.dbs & (o.dbs - 1)) !== 0;
  const showState = (o.states & (o.states - 1)) !== 0;
  const users = o.processes ? socketUsers(ctx.task.host) : undefined;
  const port = (p: number, proto: "tcp" | "udp"): string => {
    if (p === 0) return "*";
    if (o.numeric) return String(p);
    return serviceName(ctx.task, p, proto) ?? String(p);
  };
  const rows: Row[] = [];
  const header: string[] = [];
  const aligns: ("l" | "r")[] = [];
  LDELIM = [];
  const col = (h: string, a: "l" | "r", delim: boolean) => {
    header.push(h);
    aligns.push(a);
    LDELIM.push(delim);
  };
  if (showNetid) col("Netid", "l", false);
  if (showState) col("State", "l", showNetid);
  col("Recv-Q", "l", showNetid || showState);
  col("Send-Q", "l", true);
  col("Local Address:", "r", true);
  col("Port", "l", false);
  col("Peer Address:", "r", true);
  col("Port", "l", false);
  col("Process", "l", false);
  if (!o.noHeader) rows.push({ cells: header });
  const lead = (netid: string, state: number, rq: number, wq: number): string[] => {
    const cells: string[] = [];
    if (showNetid) cells.push(netid);
    if (showState) cells.push(STATE_NAME[state] ?? "UNKNOWN");
    // sock_state_print(): out("%-6d") for both queues.
    cells.push(String(rq).padEnd(6), String(wq).padEnd(6));
    return cells;
  };
  // netlink_show(): only when the netlink family and the CLOSE state are asked for.
  if (has(NETLINK_DB) && hasAf(AF_NETLINK) && hasState(TCP_CLOSE)) {
    for (const m of netlinkDiagDump(ctx.task.pid)) {
      if (o.filter && !runSsFilter(o.filter, netlinkAsInet(m))) continue;
      const cells = lead("nl", TCP_CLOSE, m.rmem, m.wmem);
      const prot = o.numeric ? String(m.protocol) : (NL_PROTO_NAMES[m.protocol] ?? String(m.protocol));
      let who = String(m.portid);
      if (!o.numeric && m.portid === 0) who = "kernel";
      else if (!o.numeric && m.portid > 0) {
        // /proc/PID/stat's comm when the portid is a live process's pid.
        const t = ctx.task.host.tasks.get(m.portid);
        if (t?.alive) who = `${statComm(t.comm)}/${m.portid}`;
      }
      cells.push(`${prot}:`, who, "*", "");
      cells.push(o.details ? ` sk=0 cb=0 groups=0x${m.groups.toString(16).padStart(8, "0")}` : "");
      rows.push({ cells });
    }
  }
  // dccp_show(): inet_diag has no DCCP handler in this kernel; the dump's error comes before the
  // (buffered) table.
  if (has(DCCP_DB)) await ctx.stderr.write("RTNETLINK answers: Invalid argument\n");
  const msgs: InetDiagMsg[] = [];
  // ss asks sock_diag once per family, AF_INET first: each table's IPv4 sockets come before its IPv6 ones.
  const byFamily = (l: InetDiagMsg[]) => [...(hasAf(AF_INET) ? l.filter((m) => m.family === 4) : []), ...(hasAf(AF_INET6) ? l.filter((m) => m.family === 6) : [])];
  if (has(UDP_DB)) msgs.push(...byFamily(inetDiagDump(ns, "udp")));
  if (has(TCP_DB)) msgs.push(...byFamily(inetDiagDump(ns, "tcp")));
  for (const m of msgs) {
    if (!hasState(m.state)) continue;
    if (o.filter && !runSsFilter(o.filter, m)) continue;
    const cells = lead(m.proto, m.state, m.recvQ, m.sendQ);
    // A socket bound to a device shows it after the local address: [fe80::1]%eth0:8080.
    const zone = m.family === 6 && m.boundDev ? devGetByIndex(ns, m.boundDev)?.name : undefined;
    cells.push(`${hostOf(m, m.saddr, m.saddr6)}${zone ? `%${zone}` : ""}:`, port(m.sport, m.proto));
    cells.push(`${hostOf(m, m.daddr, m.daddr6)}:`, port(m.dport, m.proto));
    let proc = "";
    const us = users && m.ino ? users.get(m.ino) : undefined;
    if (us?.length) {
      // ss prepends each process found while walking /proc upwards: highest pid first.
      const list = [...us].sort((a, b) => b.pid - a.pid || a.fd - b.fd).map((u) => `("${u.comm}",pid=${u.pid},fd=${u.fd})`);
      proc = ` users:(${list.join(",")})`;
    }
    if (o.options && m.timer) proc += ` timer:(${TMR_NAME[m.timer] ?? "unknown"},${printMsTimer(m.expiresMs)},${m.retrans})`;
    if (o.details) proc += await sockDetails(ctx, m);
    cells.push(proc);
    rows.push({ cells });
  }
  await ctx.stdout.write(render(rows, aligns));
  return 0;
};
