// ss(8) from iproute2 6.1, for TCP and UDP over IPv4: -t -u -l -a -n -p -H
// -4 -e(ignored), -o (the TCP timer as `timer:(on|timewait,TIME,RETRANS)` after
// users:, TIME as print_ms_timer writes it), `state STATE` and the filter
// expression (ssfilter.ts).
// Sockets come from the kernel's inet_diag dump, processes from the fds of
// the host's tasks (as ss reads /proc/PID/fd). Layout follows ss's column
// renderer: every column as wide as its widest cell (header included), the
// address right-aligned with its colon, the port left-aligned, one space
// before each column but the first — and, as in ss, the width of the last
// row's final cell (Process) is never measured, so the header's Process is
// padded only to what earlier rows printed there.
//
// Left out: UNIX, netlink, raw and packet sockets (without -t/-u only TCP and
// UDP are listed; -x and -w print their header over no sockets), IPv6,
// -i/-m/-e details, the keepalive and persist timers of -o. -s is ss-summary.ts
// (its TCP line counts tcp_sockets_allocated, a machine-wide counter).

import type { Program, ProgramContext } from "../../../kernel/task/program.js";
import { inetDiagDump, socketUsers, type InetDiagMsg } from "../../../kernel/ipv4/inet_diag.js";
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
import { printSummary } from "./ss-summary.js";
import { parseSsFilter, runSsFilter, SsFilterError, type SsFilter } from "./ssfilter.js";

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

/** SS_CONN: what ss lists without -a or -l. */
const DEFAULT_STATES = [TCP_ESTABLISHED, TCP_SYN_SENT, TCP_FIN_WAIT1, TCP_FIN_WAIT2, TCP_CLOSE_WAIT, TCP_LAST_ACK, TCP_CLOSING];

interface Opts {
  tcp: boolean;
  udp: boolean;
  listening: boolean;
  all: boolean;
  numeric: boolean;
  processes: boolean;
  /** -o: the socket's timer (timer:(NAME,TIME,RETRANS)). */
  options?: boolean;
  noHeader: boolean;
  states?: number[];
  filter?: SsFilter;
  /** -x / -w: UNIX and raw sockets, of which the model has none (their headers still print). */
  unix: boolean;
  raw: boolean;
  /**
   * -d / -S / -M: DCCP, SCTP and MPTCP tables (none of their sockets are modelled). The kernel here has no
   * DCCP diag handler, so asking for that table (also part of the default set) fails with EINVAL.
   */
  dccp: boolean;
  sctp: boolean;
  mptcp: boolean;
  /** -4 / -6: only AF_INET / AF_INET6 sockets. */
  family?: 4 | 6;
  /** -s: print_summary() first; alone (no table chosen, no filter) it is all ss prints. */
  summary: boolean;
  filterWords: number;
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
  "--extended": "e",
  "--summary": "s",
  "--help": "h",
  "--version": "V",
};

async function parse(ctx: ProgramContext): Promise<Opts> {
  const o: Opts = { tcp: false, udp: false, listening: false, all: false, numeric: false, processes: false, noHeader: false, unix: false, raw: false, dccp: false, sctp: false, mptcp: false, summary: false, filterWords: 0 };
  const rest: string[] = [];
  for (const a of ctx.argv.slice(1)) {
    if (a.startsWith("--")) {
      const c = LONG[a];
      if (!c) {
        await ctx.stderr.write(`ss: unrecognized option '${a}'\n${SS_USAGE}`);
        throw new SsExit(255);
      }
      await flag(ctx, o, c);
      continue;
    }
    if (a.startsWith("-") && a.length > 1) {
      for (const c of a.slice(1)) await flag(ctx, o, c);
      continue;
    }
    rest.push(a);
  }
  o.filterWords = rest.length;
  await parseFilter(ctx, o, rest);
  return o;
}

async function flag(ctx: ProgramContext, o: Opts, c: string): Promise<void> {
  switch (c) {
    case "t":
      o.tcp = true;
      return;
    case "u":
      o.udp = true;
      return;
    case "l":
      o.listening = true;
      return;
    case "a":
      o.all = true;
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
    case "H":
      o.noHeader = true;
      return;
    case "x":
      o.unix = true;
      return;
    case "w":
      o.raw = true;
      return;
    case "d":
      o.dccp = true;
      return;
    case "S":
      o.sctp = true;
      return;
    case "M":
      o.mptcp = true;
      return;
    case "4":
      o.family = 4;
      return;
    case "6":
      o.family = 6;
      return;
    case "e":
      return;
    case "s":
      o.summary = true;
      return;
    case "h":
      await ctx.stdout.write(SS_USAGE);
      throw new SsExit(0);
    case "V":
      await ctx.stdout.write("ss utility, iproute2-6.1.0\n");
      throw new SsExit(0);
    case "Z":
    case "z":
      // is_selinux_enabled() is 0 on Debian's default kernel command line.
      await ctx.stderr.write("ss: SELinux is not enabled.\n");
      throw new SsExit(1);
  }
  await ctx.stderr.write(`ss: invalid option -- '${c}'\n${SS_USAGE}`);
  throw new SsExit(255);
}

async function parseFilter(ctx: ProgramContext, o: Opts, words: string[]): Promise<void> {
  let i = 0;
  // Leading state/exclude words are ss's own; the rest is the filter expression.
  for (; i < words.length; i++) {
    const w = words[i]!;
    if (w !== "state" && w !== "exclude") break;
    const s = STATE_WORDS[words[i + 1] ?? ""];
    if (!s) {
      await ctx.stderr.write(`ss: wrong state name: ${words[i + 1] ?? ""}\n`);
      throw new SsExit(255);
    }
    o.states = w === "state" ? [...new Set([...(o.states ?? []), ...s])] : (o.states ?? STATE_WORDS.all!).filter((x) => !s.includes(x));
    i++;
  }
  try {
    o.filter = parseSsFilter(ctx.task, words.slice(i));
  } catch (e) {
    if (!(e instanceof SsFilterError)) throw e;
    await ctx.stderr.write(e.text + (e.usage ? SS_USAGE : ""));
    throw new SsExit(e.status);
  }
}

function wantedStates(o: Opts): number[] {
  if (o.states) return o.states;
  if (o.all) return STATE_WORDS.all!;
  if (o.listening) return [TCP_LISTEN, TCP_CLOSE];
  return DEFAULT_STATES;
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
  return m.saddr6 !== 0n ? "[::]" : "*";
}

export const ssMain: Program = async (ctx) => {
  let o: Opts;
  try {
    o = await parse(ctx);
  } catch (e) {
    if (e instanceof SsExit) return e.status;
    throw e;
  }
  if (o.summary) {
    await printSummary(ctx);
  }
  const chosen = o.tcp || o.udp || o.unix || o.raw || o.dccp || o.sctp || o.mptcp;
  if (o.summary && !chosen && o.filterWords === 0) return 0;
  if (!chosen) {
    // filter_default_dbs(): every table, DCCP's among them.
    o.tcp = true;
    o.udp = true;
    o.dccp = true;
  }
  // dccp_show(): inet_diag has no DCCP handler in this kernel; the dump's error comes before the
  // (buffered) table.
  if (o.dccp) await ctx.stderr.write("RTNETLINK answers: Invalid argument\n");
  let states = wantedStates(o);
  // A datagram-only query without -a/-l/state asks for connected sockets only (one state: no State column).
  if (!o.tcp && !o.dccp && !o.sctp && !o.mptcp && o.udp && !o.states && !o.all && !o.listening) states = [TCP_ESTABLISHED];
  const ns = ctx.task.netns;
  // More than one socket table (UNIX alone has three: u_str, u_dgr, u_seq) adds Netid;
  // raw sockets alone are listed in one state, without the State column.
  const showNetid = [o.tcp, o.udp, o.raw, o.dccp, o.sctp, o.mptcp].filter(Boolean).length > 1 || o.unix;
  const showState = (o.tcp || o.udp || o.unix || o.dccp || o.sctp || o.mptcp) && states.length !== 1;
  const users = o.processes ? socketUsers(ctx.task.host) : undefined;
  const port = (p: number, proto: "tcp" | "udp"): string => {
    if (p === 0) return "*";
    if (o.numeric) return String(p);
    return serviceName(ctx.task, p, proto) ?? String(p);
  };
  const msgs: InetDiagMsg[] = [];
  // ss asks sock_diag once per family, AF_INET first: each table's IPv4 sockets come before its IPv6 ones.
  const byFamily = (l: InetDiagMsg[]) => [...l.filter((m) => m.family === 4), ...l.filter((m) => m.family === 6)];
  if (o.udp) msgs.push(...byFamily(inetDiagDump(ns, "udp")));
  if (o.tcp) msgs.push(...byFamily(inetDiagDump(ns, "tcp")));
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
  for (const m of msgs) {
    if (!states.includes(m.state)) continue;
    if (o.family && m.family !== o.family) continue;
    if (o.filter && !runSsFilter(o.filter, m)) continue;
    const cells: string[] = [];
    if (showNetid) cells.push(m.proto);
    if (showState) cells.push(STATE_NAME[m.state] ?? "UNKNOWN");
    // sock_state_print(): out("%-6d") for both queues.
    cells.push(String(m.recvQ).padEnd(6), String(m.sendQ).padEnd(6));
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
    cells.push(proc);
    rows.push({ cells });
  }
  await ctx.stdout.write(render(rows, aligns));
  return 0;
};
