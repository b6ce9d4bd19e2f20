// net-tools 2.10 netstat: the routing table (-r, route's listing with
// netstat's own column choice), the interface table (-i, ifconfig's short
// rows, or its long form with -e), and the IPv4 TCP/UDP sockets with
// -t/-u/-l/-a/-n/-e/-p, from the same socket table /proc/net/tcp and
// /proc/net/udp show (read here through the sock_diag dump), names through
// /etc/hosts and /etc/services unless -n. The UNIX-socket section prints its
// header only: the model has no AF_UNIX sockets.
// -s prints the SNMP counters (statistics.ts).
// -g lists the multicast memberships of /proc/net/igmp and igmp6.
// -o adds the timer column; -M answers as every kernel since 2.4 (no ip_masquerade).
// Not modelled: -c,
// raw sockets, IPv6 sockets and the IPv6 routing table (-6 -r prints nothing
// after the IPv4 table's place), -Z (answers as on a machine without SELinux).

import { TCP_CLOSE, TCP_ESTABLISHED, TCP_LISTEN } from "../../uapi/socket.js";
import { inetDiagDump, socketUsers, type InetDiagMsg } from "../../kernel/ipv4/inet_diag.js";
import type { Program, ProgramContext } from "../../kernel/task/program.js";
import { serviceName } from "../lib/nss/services.js";
import { ifaceList, printLong, printShort, readInet6 } from "./ifconfig.js";
import { Exit, fmtIp, inet6Rresolve, inetSprint, readTextIfAny, runTool, unknownAf, type Io } from "./lib.js";
import { formatIp6 } from "../../wire/addr.js";
import { showBoth as routeShowBoth } from "./route.js";
import { parseSnmp } from "./statistics.js";
import { NETSTAT_AFLIST, NETSTAT_USAGE } from "./usage.js";

const SHORT_OPTS = "A:CFMacdeghilnNoprsStuUvVWw2fx64?Z";
const LONG_OPTS: Record<string, string> = {
  interfaces: "i",
  help: "h",
  route: "r",
  masquerade: "M",
  protocol: "A",
  tcp: "t",
  sctp: "S",
  udp: "u",
  udplite: "U",
  raw: "w",
  unix: "x",
  l2cap: "2",
  rfcomm: "f",
  listening: "l",
  all: "a",
  timers: "o",
  continuous: "c",
  extend: "e",
  programs: "p",
  verbose: "v",
  statistics: "s",
  wide: "W",
  numeric: "n",
  "numeric-hosts": "!",
  "numeric-ports": "@",
  "numeric-users": "#",
  symbolic: "N",
  cache: "C",
  fib: "F",
  groups: "g",
  context: "Z",
  version: "V",
  inet: "4",
  inet6: "6",
};

const TCP_STATES = ["", "ESTABLISHED", "SYN_SENT", "SYN_RECV", "FIN_WAIT1", "FIN_WAIT2", "TIME_WAIT", "CLOSE", "CLOSE_WAIT", "LAST_ACK", "LISTEN", "CLOSING"];

interface Flags {
  [k: string]: number;
}

async function usage(io: Io, rc: number): Promise<never> {
  if (rc) await io.err(NETSTAT_USAGE);
  else await io.out(NETSTAT_USAGE);
  await io.err(NETSTAT_AFLIST);
  throw new Exit(rc);
}

/** getopt_long(): the letters seen, in order, with -A's argument; errors as glibc words them. */
async function parse(io: Io, args: string[]): Promise<{ f: Flags; af: string }> {
  const f: Flags = {};
  let af = "";
  const setAf = async (name: string) => {
    const bad = unknownAf(name);
    if (bad !== undefined) {
      await io.err(`Unknown address family \`${bad}'.\n`);
      throw new Exit(1);
    }
    if (!["inet", "inet6", "unix"].includes(name)) {
      await io.err(`netstat: unsupported address family ${name}\n`);
      throw new Exit(1);
    }
    af = name;
    if (name === "inet") f.inet = 1;
    else if (name === "inet6") f.inet6 = 1;
    else f.x = 1;
  };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === "--") break;
    if (a.startsWith("--")) {
      const [name, val] = a.slice(2).split("=", 2) as [string, string | undefined];
      const hits = Object.keys(LONG_OPTS).filter((k) => k.startsWith(name));
      const exact = hits.includes(name) ? name : hits.length === 1 ? hits[0] : undefined;
      if (!exact) {
        await io.err(hits.length > 1 ? `netstat: option '${a}' is ambiguous\n` : `netstat: unrecognized option '${a}'\n`);
        await usage(io, 3);
      }
      const c = LONG_OPTS[exact!]!;
      if (c === "A") {
        const v = val ?? args[++i];
        if (v === undefined) {
          await io.err(`netstat: option '--${exact}' requires an argument\n`);
          await usage(io, 3);
        }
        await setAf(v!);
      } else await apply(c);
      continue;
    }
    if (!a.startsWith("-") || a === "-") continue;
    for (let j = 1; j < a.length; j++) {
      const c = a[j]!;
      const k = SHORT_OPTS.indexOf(c);
      if (k < 0 || c === ":") {
        await io.err(`netstat: invalid option -- '${c}'\n`);
        await usage(io, 3);
      }
      if (SHORT_OPTS[k + 1] === ":") {
        const v = a.slice(j + 1) || args[++i];
        if (v === undefined) {
          await io.err(`netstat: option requires an argument -- '${c}'\n`);
          await usage(io, 3);
        }
        await setAf(v!);
        break;
      }
      await apply(c);
    }
  }
  return { f, af };

  async function apply(c: string): Promise<void> {
    if (c === "?") await usage(io, 3);
    if (c === "h") await usage(io, 0);
    if (c === "V") {
      await io.out(
        "net-tools 2.10\nFred Baumgarten, Alan Cox, Bernd Eckenfels, Phil Blundell, Tuan Hoang, Brian Micek and others\n" +
          "+NEW_ADDRT +RTF_IRTT +RTF_REJECT +FW_MASQUERADE +I18N +SELINUX\n" +
          "AF: (inet) +UNIX +INET +INET6 +IPX +AX25 +NETROM +X25 +ATALK +ECONET +ROSE -BLUETOOTH\n" +
          "HW:  +ETHER +ARC +SLIP +PPP +TUNNEL -TR +AX25 +NETROM +X25 +FR +ROSE +ASH +SIT +FDDI +HIPPI +HDLC/LAPB +EUI64 \n",
      );
      throw new Exit(0);
    }
    if (c === "Z") {
      await io.err("SELinux is not enabled on this machine.\n");
      throw new Exit(1);
    }
    if (c === "4") return setAf("inet");
    if (c === "6") return setAf("inet6");
    if (c === "x") return setAf("unix");
    f[c] = (f[c] ?? 0) + 1;
  }
}

/** addr_do_one(): "ADDR:PORT", cut to 22 characters unless -W, keeping (most of) the port. */
async function addrPort(pc: ProgramContext, f: Flags, addr: number, port: number, proto: "tcp" | "udp", addr6?: bigint): Promise<string> {
  const numHost = f.n || f["!"];
  const numPort = f.n || f["@"];
  // An IPv6 wildcard resolves to "[::]"; other addresses are looked up in reverse (hosts, then DNS).
  let saddr: string;
  if (addr6 !== undefined) saddr = numHost ? formatIp6(addr6) : addr6 === 0n ? "[::]" : await inet6Rresolve(pc, addr6);
  else saddr = numHost || addr === 0 ? fmtIp(addr) : await inetSprint(pc, addr);
  const sport = port === 0 ? "*" : numPort ? String(port) : (serviceName(pc.task, port, proto) ?? String(port));
  if (!f.W && saddr.length + sport.length > 22) {
    const portLen = Math.min(sport.length, 22 - 4);
    return `${saddr.slice(0, 22 - portLen)}:${sport.slice(0, portLen)}`;
  }
  return `${saddr}:${sport}`;
}

const TIMER_NAMES = ["off", "on", "keepalive", "timewait", "probe"];

/** -o: tcp_do_one()'s timer column from /proc's "tr tm->when retrnsmt timeout" (clock ticks at 100 Hz). */
function timerText(m: InetDiagMsg): string {
  const ticks = Math.floor(m.expiresMs / 10);
  const secs = m.timer === 0 ? "0.00" : (ticks / 100).toFixed(2);
  const name = TIMER_NAMES[m.timer] ?? `unkn-${m.timer}`;
  return `${name} (${secs}/${m.retrans}/0)`;
}

/** /proc/net/tcp then /proc/net/tcp6 (likewise udp): IPv4 sockets first; -4/-6 keep one family. */
function byFamily(f: Flags, l: InetDiagMsg[]): InetDiagMsg[] {
  const v4 = !f.inet6 || !!f.inet;
  const v6 = !f.inet || !!f.inet6;
  return [...(v4 ? l.filter((m) => m.family === 4) : []), ...(v6 ? l.filter((m) => m.family === 6) : [])];
}

async function sockets(pc: ProgramContext, f: Flags, listOf: boolean[]): Promise<string> {
  const [tcp, udp] = listOf;
  const a6 = (m: InetDiagMsg, a: bigint) => (m.family === 6 ? a : undefined);
  const exp = 1 + (f.e ?? 0);
  const users = f.p ? socketUsers(pc.task.host) : undefined;
  const finish = (m: InetDiagMsg): string => {
    let s = "";
    if (exp > 1) s += ` ${(f.n || f["#"] ? "0" : "root").padEnd(10)} ${String(m.ino).padEnd(10)}`;
    if (users) {
      const u = users.get(m.ino)?.[0];
      // prg_cache: "PID/name" in a 20-byte buffer.
      s += ` ${(u ? `${u.pid}/${u.comm}`.slice(0, 19) : "-").padEnd(20)}`;
    }
    if (f.o) s += ` ${timerText(m)}`;
    return s + "\n";
  };
  let out = "";
  if (tcp) {
    for (const m of byFamily(f, inetDiagDump(pc.task.netns, "tcp"))) {
      if (!f.a && ((f.l && m.dport) || (!f.l && !m.dport))) continue;
      const l = await addrPort(pc, f, m.saddr, m.sport, "tcp", a6(m, m.saddr6));
      const r = await addrPort(pc, f, m.daddr, m.dport, "tcp", a6(m, m.daddr6));
      // /proc/net/tcp: a listener's tx_queue is 0 (sock_diag's Send-Q, its backlog, is not there).
      const sendQ = m.state === TCP_LISTEN ? 0 : m.sendQ;
      out += `${(m.family === 6 ? "tcp6" : "tcp").padEnd(4)}  ${String(m.recvQ).padStart(6)} ${String(sendQ).padStart(6)} ${l.padEnd(23)} ${r.padEnd(23)} ${(TCP_STATES[m.state] ?? "").padEnd(11)}`;
      out += finish(m);
    }
  }
  if (udp) {
    for (const m of byFamily(f, inetDiagDump(pc.task.netns, "udp"))) {
      const remote = m.daddr !== 0 || m.daddr6 !== 0n;
      if (!(f.a || (remote && !f.l) || (!remote && f.l))) continue;
      const st = m.state === TCP_ESTABLISHED ? "ESTABLISHED" : m.state === TCP_CLOSE ? "" : "UNKNOWN";
      const l = await addrPort(pc, f, m.saddr, m.sport, "udp", a6(m, m.saddr6));
      const r = await addrPort(pc, f, m.daddr, m.dport, "udp", a6(m, m.daddr6));
      out += `${(m.family === 6 ? "udp6" : "udp").padEnd(5)} ${String(m.recvQ).padStart(6)} ${String(m.sendQ).padStart(6)} ${l.padEnd(23)} ${r.padEnd(23)} ${st.padEnd(11)}`;
      out += finish(m);
    }
  }
  return out;
}

async function main(pc: ProgramContext, io: Io): Promise<number> {
  const { f, af } = await parse(io, pc.argv.slice(1));
  if ((f.i ?? 0) + (f.r ?? 0) + (f.M ?? 0) + (f.s ?? 0) > 1) await usage(io, 3);
  const exp = 1 + (f.e ?? 0);
  if (f.M) {
    // No /proc/net/ip_masquerade (the 2.2 kernel's table) on any modern kernel.
    await io.err("netstat: no support for `ip_masquerade' on this system.\n");
    return 1;
  }
  if (f.s) {
    // -s alone means every protocol; -t/-u/-w/-S/-U pick sections.
    const any = !!(f.t || f.u || f.w || f.S || f.U);
    const flags = { raw: !any || !!f.w, tcp: !any || !!f.t, udp: !any || !!f.u, sctp: !any || !!f.S };
    const name = af || "inet";
    if (name === "inet") await parseSnmp(pc, io, flags, false);
    else if (name === "inet6") await parseSnmp(pc, io, flags, true);
    else {
      await io.out(`netstat: No statistics support for specified address family: ${name}\n`);
      return 1;
    }
    return 0;
  }
  if (f.r) {
    // flag_cf: -F and/or -C (the table by default).
    // netstat swaps route's first two listing formats: MSS/Window/irtt by default, Metric/Ref/Use with -e.
    const ext = exp === 1 ? 1 : exp === 2 ? 0 : 2;
    return routeShowBoth(pc, io, af === "inet6", !!(f.n || f["!"]), ext, !!f.F || !f.C, !!f.C);
  }
  if (f.i) {
    let s = "Kernel Interface table\n";
    const list = ifaceList(pc).filter((i) => f.a || i.link.ifi_flags & 1);
    if (exp < 2) {
      s += "Iface             MTU    RX-OK RX-ERR RX-DRP RX-OVR    TX-OK TX-ERR TX-DRP TX-OVR Flg\n";
      s += list.map(printShort).join("");
    } else {
      const inet6 = await readInet6(pc);
      s += list.map((i) => printLong(pc, i, inet6)).join("");
    }
    await io.out(s);
    return 0;
  }
  const sockFlags = (f.t ?? 0) + (f.u ?? 0) + (f.S ?? 0) + (f.U ?? 0) + (f.w ?? 0);
  let tcp = !!f.t;
  let udp = !!f.u;
  if ((f.inet || f.inet6) && !sockFlags) tcp = udp = true;
  const unix = !!f.x;
  const flagArg = sockFlags + (unix ? 1 : 0) + (f.g ?? 0) || (f.inet || f.inet6 ? 1 : 0);
  const kind = f.a ? "(servers and established)" : f.l ? "(only servers)" : "(w/o servers)";
  let s = "";
  if (!flagArg || tcp || udp || f.S || f.U || f.w) {
    s += `Active Internet connections ${kind}\nProto Recv-Q Send-Q Local Address           Foreign Address         State      `;
    if (exp > 1) s += " User       Inode     ";
    if (f.p) s += ` ${"PID/Program name".padEnd(20)}`;
    if (f.o) s += " Timer";
    s += "\n";
  }
  s += await sockets(pc, f, [!flagArg || tcp, !flagArg || udp]);
  if (f.g) s += await groups(pc, f);
  if (!flagArg || unix) {
    s += `Active UNIX domain sockets ${kind}\nProto RefCnt Flags       Type       State         I-Node  `;
    if (f.p) s += ` ${"PID/Program name".padEnd(20)}`;
    s += " Path\n";
  }
  await io.out(s);
  return 0;
}

/**
 * igmp_info(): the memberships of /proc/net/igmp (IPv4, unless only -6 was
 * asked for) then /proc/net/igmp6 (unless only -4), one "DEV REFCNT GROUP"
 * row each, names from /etc/hosts unless -n.
 */
async function groups(pc: ProgramContext, f: Flags): Promise<string> {
  const v4 = !!f.inet || !f.inet6;
  const v6 = !!f.inet6 || !f.inet;
  const numeric = f.n || f["!"];
  const row = (dev: string, refcnt: number, addr: string): string => `${dev.padEnd(15)} ${String(refcnt).padEnd(6)} ${addr}\n`;
  let s = "IPv6/IPv4 Group Memberships\nInterface       RefCnt Group\n--------------- ------ ---------------------\n";
  if (v4) {
    let dev = "";
    for (const line of (await readTextIfAny(pc, "/proc/net/igmp"))?.split("\n").slice(1) ?? []) {
      if (!line.startsWith("\t")) {
        // "IDX\tDEVICE    : COUNT QUERIER": the name ends at the first blank or colon.
        dev = line.split("\t")[1]?.split(/[ :]/)[0] ?? "";
        continue;
      }
      const w = line.trim().split(/\s+/);
      if (w.length < 2) continue;
      // The group as the kernel's %08X of a big-endian word on a little-endian host.
      const le = Number.parseInt(w[0]!, 16) >>> 0;
      const addr = (((le & 0xff) << 24) | ((le & 0xff00) << 8) | ((le >>> 8) & 0xff00) | (le >>> 24)) >>> 0;
      s += row(dev, Number(w[1]), numeric ? fmtIp(addr) : await inetSprint(pc, addr));
    }
  }
  if (v6) {
    for (const line of (await readTextIfAny(pc, "/proc/net/igmp6"))?.split("\n") ?? []) {
      const w = line.trim().split(/\s+/);
      if (w.length < 4 || w[2]!.length !== 32) continue;
      const addr = BigInt(`0x${w[2]}`);
      s += row(w[1]!, Number(w[3]), numeric ? formatIp6(addr) : await inet6Rresolve(pc, addr));
    }
  }
  return s;
}

export const netstatMain: Program = (pc) => runTool(pc, main);
