// nc(1) from netcat-openbsd 1.219-1 (Debian 12): TCP and UDP clients and
// listeners over the socket syscalls. Client: each port of the list (single,
// range lo-hi, or service name) is tried in turn — -z only connects, -v says
// "Connection to HOST PORT port [tcp/SERVICE] succeeded!", failures print
// "nc: connect to HOST port PORT (tcp) failed: REASON" (only with -v, as the
// real one). Listener: -l [-p] PORT [ADDR], backlog 1, SO_REUSEADDR|SO_REUSEPORT, one connection then exit
// [ADDR], backlog 1, SO_REUSEADDR|SO_REUSEPORT, one connection then exit
// (-k: keep accepting). UDP listeners take the first datagram's sender as
// their peer. Data moves both ways at once (readwrite(): stdin to the
// network in a second thread, the network to stdout here): EOF on stdin
// shuts the socket down for writing with -N, quits after -q SECS (-q 0: at
// once); EOF from the network ends nc; -w SECS bounds connect and idleness.
//
// Knowingly left out: -U (UNIX sockets), -X/-x proxies, -T, -S, -I/-O, -t
// telnet negotiation, -r randomised ports, -C, -i. -4/-6 pick the family;
// without either, a listener binds 0.0.0.0 (getaddrinfo's first passive
// answer) and a client uses the first address a name resolves to, IPv4
// first. IPv6 peers are not looked up in reverse (getnameinfo fails as with
// no DNS) except ::, which glibc prints numerically.

import { resolveHost as nssResolve, reverseResolve } from "../lib/nss/resolve.js";
import type { Program, ProgramContext } from "../../kernel/task/program.js";
import type { Task } from "../../kernel/task/task.js";
import { readChunk, RegularFile } from "../../kernel/task/file.js";
import { Interrupted } from "../../sim/scheduler.js";
import { strerror, ERRNO } from "../../uapi/errno.js";
import {
  AF_INET,
  IP_TTL,
  SHUT_WR,
  SO_BROADCAST,
  SO_REUSEADDR,
  SO_REUSEPORT,
  SOCK_DGRAM,
  SOCK_STREAM,
  SOL_IP,
  SOL_SOCKET,
  sockaddrIn,
  sockaddrIn6,
  AF_INET6,
  type SockaddrIn,
} from "../../uapi/socket.js";
import {
  sysAccept,
  sysBind,
  sysClose,
  sysConnect,
  sysListen,
  sysRecv,
  sysSend,
  sysSetsockopt,
  sysShutdown,
  sysSocket,
  PollNotifier,
  sysPoll,
} from "../../kernel/net/socket.js";
import { POLLERR, POLLHUP, POLLIN, SHUT_RD } from "../../uapi/socket.js";
import { formatIpv4, EAI_AGAIN_TEXT } from "../lib/nss/inet.js";
import { formatIp6 } from "../../wire/addr.js";
import { devGetByIndex } from "../../kernel/core/dev.js";
import { serviceName, servicePort } from "../lib/nss/services.js";
import { startThread } from "./thread.js";
import { HELP, USAGE_SHORT, VERSION_LINE } from "./usage.js";

const SEC = 1_000_000_000;
/** UDP_SCAN_TIMEOUT: udptest()'s seconds without -w. */
const UDP_SCAN_TIMEOUT = 3;

interface Opts {
  listen: boolean;
  keep: boolean;
  zero: boolean;
  verbose: boolean;
  udp: boolean;
  numeric: boolean;
  /** -4 / -6: getaddrinfo(AF_INET / AF_INET6) (AF_UNSPEC otherwise: A and AAAA questions); the last one given wins. */
  family: "inet" | "inet6" | "unspec";
  shutdownOnEof: boolean;
  detach: boolean;
  broadcast: boolean;
  timeout?: number;
  quit?: number;
  source?: string;
  sport?: string;
  ttl?: number;
  /** -X given (it needs -x). */
  proxyProto?: boolean;
  args: string[];
}

class NcExit {
  constructor(readonly status: number) {}
}

async function errx(ctx: ProgramContext, msg: string, status = 1): Promise<never> {
  await ctx.stderr.write(`nc: ${msg}\n`);
  throw new NcExit(status);
}

async function usage(ctx: ProgramContext): Promise<never> {
  await ctx.stderr.write(USAGE_SHORT);
  throw new NcExit(1);
}

/** strtonum() as nc uses it: the error words it prints. */
function strtonum(s: string, lo: number, hi: number): { ok: true; v: number } | { ok: false; why: string } {
  if (!/^[-+]?\d+$/.test(s.trim()) || s.trim() !== s) return { ok: false, why: "invalid" };
  const v = Number(s);
  if (v < lo) return { ok: false, why: "too small" };
  if (v > hi) return { ok: false, why: "too large" };
  return { ok: true, v };
}

const FLAGS = "46bCDdFhklNnrStUuvZz";
const WITH_ARG = "IiMmOPpqsTVWwXx";

async function parseArgs(ctx: ProgramContext): Promise<Opts> {
  const o: Opts = { listen: false, keep: false, zero: false, verbose: false, udp: false, numeric: false, family: "unspec", shutdownOnEof: false, detach: false, broadcast: false, args: [] };
  const argv = ctx.argv.slice(1);
  let i = 0;
  // getopt() with GNU permutation: options may follow operands.
  const operands: string[] = [];
  while (i < argv.length) {
    const a = argv[i]!;
    if (a === "--") {
      operands.push(...argv.slice(i + 1));
      break;
    }
    if (!a.startsWith("-") || a === "-") {
      operands.push(a);
      i++;
      continue;
    }
    for (let j = 1; j < a.length; j++) {
      const c = a[j]!;
      if (WITH_ARG.includes(c)) {
        let val = a.slice(j + 1);
        if (!val) {
          i++;
          if (i >= argv.length) {
            await ctx.stderr.write(`nc: option requires an argument -- '${c}'\n`);
            await usage(ctx);
          }
          val = argv[i]!;
        }
        await applyArg(ctx, o, c, val);
        break;
      }
      if (!FLAGS.includes(c)) {
        await ctx.stderr.write(`nc: invalid option -- '${c}'\n`);
        await usage(ctx);
      }
      switch (c) {
        case "h":
          await ctx.stderr.write(VERSION_LINE + USAGE_SHORT + HELP);
          throw new NcExit(0);
        case "l":
          o.listen = true;
          break;
        case "k":
          o.keep = true;
          break;
        case "z":
          o.zero = true;
          break;
        case "v":
          o.verbose = true;
          break;
        case "u":
          o.udp = true;
          break;
        case "n":
          o.numeric = true;
          break;
        case "N":
          o.shutdownOnEof = true;
          break;
        case "d":
          o.detach = true;
          break;
        case "b":
          o.broadcast = true;
          break;
        case "6":
          o.family = "inet6";
          break;
        case "U":
        case "Z":
        case "S":
        case "t":
        case "r":
        case "C":
        case "D":
        case "F":
        case "4":
          o.family = "inet";
          break;
      }
    }
    i++;
  }
  o.args = operands;
  return o;
}

async function applyArg(ctx: ProgramContext, o: Opts, c: string, val: string): Promise<void> {
  switch (c) {
    case "w": {
      const r = strtonum(val, 0, 2147483);
      if (!r.ok) await errx(ctx, `timeout ${r.why}: ${val}`);
      else o.timeout = r.v;
      return;
    }
    case "q": {
      const r = strtonum(val, Number.MIN_SAFE_INTEGER, 2147483);
      if (!r.ok) await errx(ctx, `quit timer ${r.why}: ${val}`);
      else o.quit = r.v;
      return;
    }
    case "s":
      o.source = val;
      return;
    case "p":
      o.sport = val;
      return;
    case "M": {
      const r = strtonum(val, 0, 255);
      if (!r.ok) await errx(ctx, `ttl is ${r.why}`);
      else o.ttl = r.v;
      return;
    }
    // Checked as nc.c checks them; the values themselves change nothing the model shows.
    case "m": {
      const r = strtonum(val, 0, 255);
      if (!r.ok) await errx(ctx, `minttl is ${r.why}`);
      return;
    }
    case "I":
    case "O": {
      const r = strtonum(val, 1, 65536 << 14);
      if (!r.ok) await errx(ctx, `TCP ${c === "I" ? "receive" : "send"} window ${r.why}: ${val}`);
      return;
    }
    case "i": {
      const r = strtonum(val, 0, 0xffffffff);
      if (!r.ok) await errx(ctx, `interval ${r.why}: ${val}`);
      return;
    }
    case "W": {
      const r = strtonum(val, 1, 0x7fffffff);
      if (!r.ok) await errx(ctx, `receive limit ${r.why}: ${val}`);
      return;
    }
    case "T": {
      // map_tos() keywords, else a 0x number or a decimal, 0..255.
      if (TOS_WORDS.has(val)) return;
      const hex = val.length > 1 && val.startsWith("0x");
      const n = hex ? Number.parseInt(val.slice(2), 16) : strtonum(val, 0, 255);
      const bad = hex ? !(Number(n) >= 0 && Number(n) <= 255) : !(n as { ok: boolean }).ok;
      if (bad) await errx(ctx, `illegal tos value ${val}`);
      return;
    }
    case "V":
      // Debian's Linux build has no routing domains.
      await errx(ctx, "no alternate routing table support available");
      return;
    case "X":
      if (!["connect", "4", "5"].includes(val.toLowerCase())) await errx(ctx, "unsupported proxy protocol");
      o.proxyProto = true;
      return;
    case "x":
      await errx(ctx, "proxies are not available here");
  }
}

/** map_tos(): the names -T takes. */
const TOS_WORDS = new Set([
  "af11", "af12", "af13", "af21", "af22", "af23", "af31", "af32", "af33", "af41", "af42", "af43",
  "critical", "cs0", "cs1", "cs2", "cs3", "cs4", "cs5", "cs6", "cs7", "ef", "inetcontrol", "lowcost",
  "lowdelay", "netcontrol", "reliability", "throughput",
]);

/**
 * A port as getaddrinfo() takes a service (-p, and the port `nc -l` listens on): digits are a number
 * (glibc keeps its low 16 bits), a name comes from /etc/services, anything else is EAI_SERVICE.
 */
async function gaiPort(ctx: ProgramContext, o: Opts, s: string): Promise<number> {
  if (/^\d+$/.test(s)) return Number(BigInt(s) & 0xffffn);
  const p = servicePort(ctx.task, s, o.udp ? "udp" : "tcp");
  if (p !== undefined) return p;
  return await errx(ctx, "getaddrinfo: Servname not supported for ai_socktype");
}

/** Port list: N, lo-hi, or a service name (getservbyname). */
async function buildPorts(ctx: ProgramContext, o: Opts, spec: string): Promise<number[]> {
  const proto = o.udp ? "udp" : "tcp";
  // A range only when the spec starts with a digit (so "http-alt" is a
  // service name), split at its first dash.
  const dash = spec.indexOf("-");
  if (/^[0-9]/.test(spec) && dash >= 0) {
    const hi = await onePort(ctx, o, spec.slice(dash + 1), proto);
    const lo = await onePort(ctx, o, spec.slice(0, dash), proto);
    const out: number[] = [];
    for (let p = Math.min(lo, hi); p <= Math.max(lo, hi); p++) out.push(p);
    return out;
  }
  return [await onePort(ctx, o, spec, proto)];
}

async function onePort(ctx: ProgramContext, o: Opts, s: string, proto: "tcp" | "udp"): Promise<number> {
  // strtonum(3): strtoll's leading white space and sign, then 1..65535.
  if (/^[ \t\n\v\f\r]*[+-]?\d+$/.test(s)) {
    const v = Number(s.trim());
    if (v > 65535) await errx(ctx, `port number too large: ${s}`);
    if (v < 1) await errx(ctx, `port number too small: ${s}`);
    return v;
  }
  const p = servicePort(ctx.task, s, proto);
  if (p !== undefined) return p;
  return await errx(ctx, `port number invalid: ${s}`);
}

function serviceLabel(task: Task, o: Opts, port: number): string {
  const proto = o.udp ? "udp" : "tcp";
  const name = o.numeric ? undefined : serviceName(task, port, proto);
  return `[${proto}/${name ?? "*"}]`;
}

/** The socket every connection attempt starts from (with -s / -p bound). */
async function clientSocket(ctx: ProgramContext, o: Opts, srcAddr: NcAddr | undefined, v6: boolean): Promise<number> {
  const r = sysSocket(ctx.task, v6 ? AF_INET6 : AF_INET, o.udp ? SOCK_DGRAM : SOCK_STREAM);
  if (!r.ok) return await errx(ctx, `socket: ${strerror(r.errno)}`);
  const fd = r.value;
  if (o.ttl !== undefined) sysSetsockopt(ctx.task, fd, SOL_IP, IP_TTL, o.ttl);
  if (o.broadcast) sysSetsockopt(ctx.task, fd, SOL_SOCKET, SO_BROADCAST, 1);
  // No SO_REUSEADDR/SO_REUSEPORT before this bind (strace of Debian's nc on the
  // kernel): a -p port still held by a TIME_WAIT socket is "Address already in use".
  if (srcAddr !== undefined || o.sport !== undefined) {
    const port = o.sport !== undefined ? await gaiPort(ctx, o, o.sport) : 0;
    const b = sysBind(ctx.task, fd, v6 ? sockaddrIn6(srcAddr?.addr6 ?? 0n, port) : sockaddrIn(srcAddr?.addr ?? 0, port));
    if (!b.ok) {
      sysClose(ctx.task, fd);
      await errx(ctx, `bind failed: ${strerror(b.errno)}`);
    }
  }
  return fd;
}

/** An address of either family: the IPv4 one in `addr`, an IPv6 one in `addr6`. */
interface NcAddr {
  addr: number;
  addr6?: bigint;
  /** sin6_scope_id (a link-local address's device). */
  scope?: number;
}

function firstAddr(r: { addrs: number[]; addrs6: bigint[]; scope6?: number }): NcAddr {
  return r.addrs.length ? { addr: r.addrs[0]! } : { addr: 0, addr6: r.addrs6[0]!, scope: r.scope6 };
}

function formatAddr(a: NcAddr): string {
  return a.addr6 !== undefined ? formatIp6(a.addr6) : formatIpv4(a.addr);
}

async function resolveHost(ctx: ProgramContext, o: Opts, host: string, port: string): Promise<NcAddr> {
  const r = await nssResolve(ctx.task, host, { numeric: o.numeric, family: o.family, v6ok: true });
  if (r.kind === "error") return await errx(ctx, `getaddrinfo for host "${host}" port ${port}: ${r.text}`);
  return firstAddr(r);
}

async function client(ctx: ProgramContext, o: Opts): Promise<number> {
  if (o.args.length < 2) {
    if (o.args.length === 1) await errx(ctx, "missing port number");
    await usage(ctx);
  }
  // Debian's nc takes several port operands: "nc -z host 80 81 90-95".
  const [host, ...portSpecs] = o.args as [string, ...string[]];
  const portSpec = portSpecs[0]!;
  const ports: number[] = [];
  for (const spec of portSpecs) ports.push(...(await buildPorts(ctx, o, spec)));
  const daddr = await resolveHost(ctx, o, host, portSpec);
  const v6 = daddr.addr6 !== undefined;
  let srcAddr: NcAddr | undefined;
  if (o.source !== undefined) {
    const s = await nssResolve(ctx.task, o.source, { numeric: o.numeric, family: v6 ? "inet6" : "inet", v6ok: v6 });
    if (s.kind === "error") await errx(ctx, `getaddrinfo: ${s.text}`);
    else srcAddr = firstAddr(s);
  }
  // A name is shown with its address: "localhost (127.0.0.1)".
  const shown = formatAddr(daddr) === host ? host : `${host} (${formatAddr(daddr)})`;
  let status = 1;
  for (const port of ports) {
    const fd = await clientSocket(ctx, o, srcAddr, v6);
    const sa = v6 ? sockaddrIn6(daddr.addr6!, port, daddr.scope ?? 0) : sockaddrIn(daddr.addr, port);
    const c = await sysConnect(ctx.task, fd, sa, { timeoutNs: o.timeout !== undefined ? o.timeout * SEC : undefined });
    if (!c.ok) {
      sysClose(ctx.task, fd);
      const proto = o.udp ? "udp" : "tcp";
      if (!o.verbose) continue;
      if (c.errno === ERRNO.EINPROGRESS) await ctx.stderr.write(`nc: connect to ${shown} port ${port} (${proto}) timed out: ${strerror(c.errno)}\n`);
      else await ctx.stderr.write(`nc: connect to ${shown} port ${port} (${proto}) failed: ${strerror(c.errno)}\n`);
      continue;
    }
    // Debian's nc probes UDP only when verbose (with or without -z): -uz alone sends nothing and succeeds.
    if (o.udp && o.verbose && !(await udptest(ctx, fd, o.timeout))) {
      sysClose(ctx.task, fd);
      continue;
    }
    status = 0;
    if (o.verbose) await ctx.stderr.write(`Connection to ${shown} ${port} port ${serviceLabel(ctx.task, o, port)} succeeded!\n`);
    if (!o.zero) await readwrite(ctx, o, fd);
    sysClose(ctx.task, fd);
  }
  return status;
}

/**
 * udptest() as Debian patches it (udp-scan-timeout): two one-byte datagrams, then one more a second for
 * -w seconds (3 without -w). The first must go; a later one failing with ECONNREFUSED (an ICMP port
 * unreachable came back) fails the test.
 */
async function udptest(ctx: ProgramContext, fd: number, timeout: number | undefined): Promise<boolean> {
  const refused = (r: { ok: boolean; errno?: number }) => !r.ok && r.errno === ERRNO.ECONNREFUSED;
  if (!(await sysSend(ctx.task, fd, new Uint8Array([0x58]))).ok) return false;
  // Let the network deliver what the datagram provoked.
  await ctx.task.sleep(0);
  if (refused(await sysSend(ctx.task, fd, new Uint8Array([0x58])))) return false;
  const rounds = timeout ?? UDP_SCAN_TIMEOUT;
  for (let i = 0; i < rounds; i++) {
    await ctx.task.sleep(SEC);
    if (refused(await sysSend(ctx.task, fd, new Uint8Array([0x58])))) return false;
  }
  return true;
}

async function listener(ctx: ProgramContext, o: Opts): Promise<number> {
  // nc -l [ADDR] PORT, or nc -l -p PORT [ADDR]
  let addrArg: string | undefined;
  let portArg: string | undefined;
  // Debian's nc: with -s, a listener takes its address from -s and its port from -p, no operands.
  if (o.source !== undefined && o.args.length > 0) await usage(ctx);
  if (o.sport !== undefined) {
    portArg = o.sport;
    if (o.args.length > 1) await usage(ctx);
    addrArg = o.args[0];
  } else if (o.args.length === 1) portArg = o.args[0];
  else if (o.args.length === 2) [addrArg, portArg] = o.args as [string, string];
  else if (o.args.length === 0) await errx(ctx, "missing port number");
  else await usage(ctx);
  if (o.zero) await errx(ctx, "cannot use -z and -l");
  if (o.source !== undefined && addrArg === undefined) addrArg = o.source;
  const port = await gaiPort(ctx, o, portArg!);
  // getaddrinfo(NULL, port, AI_PASSIVE): 0.0.0.0 comes first unless -6 asks for ::.
  let addr: NcAddr = o.family === "inet6" ? { addr: 0, addr6: 0n } : { addr: 0 };
  if (addrArg !== undefined) {
    const r = await nssResolve(ctx.task, addrArg, { numeric: o.numeric, family: o.family, v6ok: o.family !== "inet" });
    if (r.kind === "error") await errx(ctx, `getaddrinfo: ${r.text}`);
    else addr = firstAddr(r);
  }
  const v6 = addr.addr6 !== undefined;
  const t = ctx.task;
  const s = sysSocket(t, v6 ? AF_INET6 : AF_INET, o.udp ? SOCK_DGRAM : SOCK_STREAM);
  if (!s.ok) return await errx(ctx, `socket: ${strerror(s.errno)}`);
  const lfd = s.value;
  sysSetsockopt(t, lfd, SOL_SOCKET, SO_REUSEADDR, 1);
  sysSetsockopt(t, lfd, SOL_SOCKET, SO_REUSEPORT, 1);
  if (o.ttl !== undefined) sysSetsockopt(t, lfd, SOL_IP, IP_TTL, o.ttl);
  const b = sysBind(t, lfd, v6 ? sockaddrIn6(addr.addr6!, port) : sockaddrIn(addr.addr, port));
  if (!b.ok) await errx(ctx, strerror(b.errno));
  if (o.udp) {
    if (o.verbose) await report(ctx, o, "Bound on", addr, port);
    // Wait for the first datagram, then talk to its sender only.
    const first = await sysRecv(t, lfd, { peek: true });
    if (first.ok && first.value.from) {
      const from = first.value.from;
      if (!o.keep) sysConnect(t, lfd, from);
      if (o.verbose) await report(ctx, o, "Connection received on", sockAddr(from), from.port);
    }
    await readwrite(ctx, o, lfd);
    return 0;
  }
  const l = sysListen(t, lfd, 1);
  if (!l.ok) await errx(ctx, `listen: ${strerror(l.errno)}`);
  if (o.verbose) await report(ctx, o, "Listening on", addr, port);
  for (let n = 0; n < 1_000_000; n++) {
    const a = await sysAccept(t, lfd);
    if (!a.ok) await errx(ctx, `accept: ${strerror(a.errno)}`);
    else {
      if (o.verbose) await report(ctx, o, "Connection received on", sockAddr(a.value.peer), a.value.peer.port);
      await readwrite(ctx, o, a.value.fd);
      sysClose(t, a.value.fd);
    }
    if (!o.keep) break;
  }
  sysClose(t, lfd);
  return 0;
}

/**
 * report_sock(): "PREFIX HOST PORT" with the address numeric under -n, else
 * its name; a failed reverse lookup prints getnameinfo's warning instead.
 */
function sockAddr(sa: SockaddrIn): NcAddr {
  return sa.family === AF_INET6 ? { addr: 0, addr6: sa.addr6 ?? 0n, scope: sa.scope } : { addr: sa.addr };
}

async function report(ctx: ProgramContext, o: Opts, prefix: string, a: NcAddr, port: number): Promise<void> {
  // getnameinfo(NI_NUMERICHOST) appends a link-local address's interface: fe80::1%eth0.
  const zone = a.addr6 !== undefined && a.scope ? devGetByIndex(ctx.task.netns, a.scope)?.name : undefined;
  let host: string | undefined = formatAddr(a) + (zone ? `%${zone}` : "");
  // glibc's getnameinfo answers :: numerically; other IPv6 addresses go to the
  // resolver, which the model does not ask in reverse for IPv6 (it fails, as with no DNS).
  if (!o.numeric && a.addr6 !== undefined) host = a.addr6 === 0n ? "::" : undefined;
  else if (!o.numeric) host = await reverseResolve(ctx.task, a.addr);
  if (host === undefined) await ctx.stderr.write(`nc: getnameinfo: ${EAI_AGAIN_TEXT}\n`);
  else await ctx.stderr.write(`${prefix} ${host} ${port}\n`);
}

/**
 * readwrite() as Debian's netcat.c keeps it: four poll slots — stdin, the
 * network out, the network in, stdout — each open or gone (fd -1). Stdin is
 * read and written to the network in a thread (a blocking read of a pipe or
 * terminal is what poll() waits on); the network is read here. The rules:
 * - stdin gone with nothing left to send closes the network-out slot
 *   (shutdown(SHUT_WR) with -N); with -q SECS (SECS >= 0) it also shuts the
 *   network-in slot (SHUT_RD) and ends -k;
 * - EOF from the network shuts it for reading and closes stdout's slot (the two
 *   slots always close together, so netinOpen stands for both);
 * - both inputs gone, both outputs gone, or (listening) the network in gone:
 *   done — at once without -q or with -q 0, else delay_exit: close the
 *   socket and quit SECS later (alarm);
 * - POLLERR (an ICMP error on UDP, a reset) closes both network slots, and no
 *   network out stops stdin;
 * - -w SECS: a poll() that sees nothing for SECS returns.
 * So a client whose peer closed stays in CLOSE-WAIT sending stdin until
 * stdin ends, and a listener leaves on the network's EOF.
 */
async function readwrite(ctx: ProgramContext, o: Opts, fd: number): Promise<void> {
  const t = ctx.task;
  const quit = o.quit ?? -1;
  const notify = new PollNotifier();
  const stdinFile = o.detach ? undefined : t.getFd(0);
  let stdinOpen = !!stdinFile;
  let netoutOpen = true;
  let netinOpen = true;
  // Set by the thread: stdin's EOF (or read error), a chunk in flight (stdinbufpos > 0), a failed write.
  let stdinEnded = false;
  let sending = false;
  let sendFailed = false;
  let thread = stdinFile
    ? startThread(t, async (th) => {
        for (;;) {
          let c: Uint8Array | null;
          try {
            c = await readChunk(stdinFile, th);
          } catch {
            c = null;
          }
          if (c === null) break;
          sending = true;
          const r = await sysSend(th, fd, c);
          sending = false;
          notify.fire();
          if (!r.ok) {
            sendFailed = true;
            return;
          }
        }
        stdinEnded = true;
        notify.fire();
      })
    : undefined;
  const stopStdin = () => {
    stdinOpen = false;
    thread?.stop();
    thread = undefined;
  };
  try {
    for (let guard = 0; guard < 10_000_000; guard++) {
      if (
        (!stdinOpen && !netinOpen && !sending) ||
        (!netoutOpen && !netinOpen) ||
        (o.listen && !netinOpen && !sending)
      ) {
        if (quit <= 0) return;
        return await delayExit(ctx, o, fd, quit);
      }
      notify.pending = false;
      const watch = netinOpen || netoutOpen;
      const p = await sysPoll(t, watch ? [{ fd, events: netinOpen ? POLLIN : 0 }] : [], o.timeout !== undefined ? o.timeout * SEC : undefined, notify);
      if (!p.ok) return;
      const rev = p.value[0] ?? 0;
      // Timeout happened.
      if (rev === 0 && !notify.pending && o.timeout !== undefined) return;
      if (rev & POLLERR) {
        netinOpen = false;
        netoutOpen = false;
      }
      if (netinOpen && rev & POLLHUP && !(rev & POLLIN)) netinOpen = false;
      if (netoutOpen && rev & POLLHUP) {
        if (o.shutdownOnEof) await sysShutdown(t, fd, SHUT_WR);
        netoutOpen = false;
      }
      if (stdinEnded) stdinOpen = false;
      if (sendFailed) netoutOpen = false;
      if (!netoutOpen && stdinOpen) stopStdin();
      if (netinOpen && rev & POLLIN) {
        const r = await sysRecv(t, fd, { timeoutNs: 0 });
        if (!r.ok) {
          if (r.errno !== ERRNO.EAGAIN) netinOpen = false;
        } else if (!r.value.data.length) {
          await sysShutdown(t, fd, SHUT_RD);
          netinOpen = false;
        } else {
          await ctx.stdout.write(r.value.data);
        }
      }
      // Stdin gone and its queue empty?
      if (!stdinOpen && !sending) {
        if (netoutOpen && o.shutdownOnEof) await sysShutdown(t, fd, SHUT_WR);
        netoutOpen = false;
        if (netinOpen && quit >= 0) {
          await sysShutdown(t, fd, SHUT_RD);
          netinOpen = false;
          o.keep = false;
        }
      }
    }
  } finally {
    thread?.stop();
  }
}

/**
 * delay_exit: close the socket (the peer sees FIN, or RST with unread data)
 * and quit SECS later (alarm(qflag), whose handler exits 0); a -w timeout
 * running out first returns instead.
 */
async function delayExit(ctx: ProgramContext, o: Opts, fd: number, quit: number): Promise<void> {
  sysClose(ctx.task, fd);
  if (o.timeout !== undefined && o.timeout < quit) {
    await ctx.task.sleep(o.timeout * SEC);
    return;
  }
  await ctx.task.sleep(quit * SEC);
  throw new NcExit(0);
}

/**
 * The real nc keeps one descriptor open before its socket (ss -p shows its
 * sockets at fd 4): the services database, held open as setservent(1) does.
 */
function holdServicesFd(task: Task): void {
  try {
    const n = task.host.fs.lookup(task, "/", "/etc/services");
    if (n.kind === "file") task.setFd(task.freeFd(3), new RegularFile(task.host.fs, n, { read: true, write: false }, "/etc/services"));
  } catch {
    // No /etc/services: nothing held.
  }
}

export const ncMain: Program = async (ctx) => {
  holdServicesFd(ctx.task);
  try {
    const o = await parseArgs(ctx);
    if (o.listen) {
      if (o.keep && o.udp) void 0;
      return await listener(ctx, o);
    }
    if (o.keep) await errx(ctx, "must use -l with -k");
    return await client(ctx, o);
  } catch (e) {
    if (e instanceof NcExit) return e.status;
    if (e instanceof Interrupted) throw e;
    throw e;
  }
};
