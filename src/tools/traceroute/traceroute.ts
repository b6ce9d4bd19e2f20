// traceroute 2.1.2 (Debian 12, "Modern traceroute for Linux"): the default
// UDP method — one connected UDP socket per probe with IP_RECVERR, ports
// 33434 and up (one per probe), 32 bytes of payload for 60-byte packets —
// and ICMP ECHO (-I) over an ICMP socket, up to -N (16) probes in flight, a
// probe given up after MAX seconds or HERE x the RTT of an answer from its
// hop or NEAR x that of a later hop (-w MAX,HERE,NEAR = 5,3,10). Lines are
// printed a hop at a time as traceroute does: " N  ADDR (NAME)  T ms" with the
// address shown again only when it changes, "*" for no answer, and !H !N !P
// !X !S !F annotations for unreachables, which end the trace like reaching the
// target does. Times are virtual (0.000 ms for an immediate answer).
//
// Left out: -T/-U/-D/-P methods, -g, -A, -e, -F, --mtu, --back, IPv6.

import { resolveHost, reverseResolve } from "../lib/nss/resolve.js";
import type { Program, ProgramContext } from "../../kernel/task/program.js";
import type { Task } from "../../kernel/task/task.js";
import { ERRNO, strerror } from "../../uapi/errno.js";
import { AF_INET, IP_RECVERR, IP_TTL, POLLERR, POLLIN, SOCK_DGRAM, SOL_IP, SO_BINDTODEVICE, SOL_SOCKET, sockaddrIn } from "../../uapi/socket.js";
import { sysBind, sysClose, sysConnect, sysPoll, sysRecv, sysRecvErr, sysSend, sysSetsockopt, sysSocket } from "../../kernel/net/socket.js";
import { pingClose, pingRecv, pingSend, pingSocket, type PingSock } from "../../kernel/ipv4/ping.js";
import { KernelError } from "../../uapi/errno.js";
import { formatIpv4 } from "../lib/nss/inet.js";
import { TRACEROUTE_USAGE } from "./usage.js";

const SEC = 1e9;

interface Opts {
  numeric: boolean;
  icmp: boolean;
  first: number;
  max: number;
  queries: number;
  sim: number;
  port?: number;
  wait: [number, number, number];
  source?: string;
  device?: string;
  host?: string;
  packetlen?: number;
}

interface Probe {
  ttl: number;
  seq: number;
  sentAt?: number;
  fd?: number;
  done: boolean;
  addr?: number;
  recvAt?: number;
  err?: string;
  final: boolean;
}

class TrExit {
  constructor(readonly status: number) {}
}

const WITH_ARG: Record<string, string> = {
  f: "first_ttl",
  g: "gate,...",
  i: "device",
  m: "max_ttl",
  N: "squeries",
  p: "port",
  t: "tos",
  l: "flow_label",
  w: "MAX,HERE,NEAR",
  q: "nqueries",
  s: "src_addr",
  z: "sendwait",
  M: "name",
  O: "OPTS,...",
  P: "prot",
};

async function parse(ctx: ProgramContext): Promise<Opts> {
  const o: Opts = { numeric: false, icmp: false, first: 1, max: 30, queries: 3, sim: 16, wait: [5, 3, 10] };
  const argv = ctx.argv.slice(1);
  if (!argv.length) {
    await ctx.stderr.write(TRACEROUTE_USAGE);
    throw new TrExit(0);
  }
  const operands: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const pos = i + 1;
    if (a === "--help") {
      await ctx.stdout.write(TRACEROUTE_USAGE);
      throw new TrExit(0);
    }
    if (a.startsWith("-") && a.length > 1 && !/^-\d/.test(a)) {
      for (let j = 1; j < a.length; j++) {
        const c = a[j]!;
        if (WITH_ARG[c]) {
          let v = a.slice(j + 1);
          if (!v) {
            if (i + 1 >= argv.length) {
              await ctx.stderr.write(`Option \`-${c}' (argc ${pos}) requires an argument: \`-${c} ${WITH_ARG[c]}'\n`);
              throw new TrExit(2);
            }
            v = argv[++i]!;
          }
          await optArg(ctx, o, c, v, pos);
          break;
        }
        switch (c) {
          case "n":
            o.numeric = true;
            break;
          case "I":
            o.icmp = true;
            break;
          case "4":
          case "d":
          case "F":
          case "r":
          case "e":
          case "A":
            break;
          case "V":
            await ctx.stdout.write("Modern traceroute for Linux, version 2.1.2\nCopyright (c) 2016  Dmitry Butskoy,   License: GPL v2 or any later\n");
            throw new TrExit(0);
          default:
            await ctx.stderr.write(`Bad option \`-${c}' (argc ${pos})\n`);
            throw new TrExit(2);
        }
      }
      continue;
    }
    operands.push(a);
    if (operands.length === 1) o.host = a;
    else if (operands.length === 2) {
      if (!/^\d+$/.test(a)) {
        await ctx.stderr.write(`Cannot handle "packetlen" cmdline arg \`${a}' on position ${pos} (argc ${pos})\n`);
        throw new TrExit(2);
      }
      o.packetlen = Number(a);
    } else {
      await ctx.stderr.write(`Extra arg \`${a}' (position ${operands.length}, argnum ${pos})\n`);
      throw new TrExit(2);
    }
  }
  if (o.host === undefined) {
    await ctx.stderr.write('Specify "host" missing argument.\n');
    throw new TrExit(2);
  }
  return o;
}

async function optArg(ctx: ProgramContext, o: Opts, c: string, v: string, pos: number): Promise<void> {
  const num = async (): Promise<number> => {
    if (!/^\d+$/.test(v)) {
      await ctx.stderr.write(`Cannot handle \`-${c}' option with arg \`${v}' (argc ${pos})\n`);
      throw new TrExit(2);
    }
    return Number(v);
  };
  switch (c) {
    case "f":
      o.first = await num();
      return;
    case "m":
      o.max = await num();
      return;
    case "q":
      o.queries = await num();
      return;
    case "N":
      o.sim = await num();
      return;
    case "p":
      o.port = await num();
      return;
    case "s":
      o.source = v;
      return;
    case "i":
      o.device = v;
      return;
    case "w": {
      const parts = v.split(/[,/]/).map(Number);
      if (parts.some((x) => Number.isNaN(x))) {
        await ctx.stderr.write(`Cannot handle \`-w' option with arg \`${v}' (argc ${pos})\n`);
        throw new TrExit(2);
      }
      o.wait = [parts[0] ?? 5, parts[1] ?? 3, parts[2] ?? 10];
      return;
    }
    default:
      return;
  }
}

const PAYLOAD_BASE = 0x40;

export const tracerouteMain: Program = async (ctx) => {
  let o: Opts;
  try {
    o = await parse(ctx);
  } catch (e) {
    if (e instanceof TrExit) return e.status;
    throw e;
  }
  const t = ctx.task;
  if (o.first < 1 || o.first > o.max) {
    await ctx.stderr.write("first hop out of range\n");
    return 2;
  }
  if (o.max > 255) {
    await ctx.stderr.write("max hops cannot be more than 255\n");
    return 2;
  }
  if (o.queries < 1 || o.queries > 10) {
    await ctx.stderr.write("no more than 10 probes per hop\n");
    return 2;
  }
  const look = await resolveHost(t, o.host!, { family: "unspec" });
  if (look.kind === "error") {
    await ctx.stderr.write(`${o.host}: ${look.text}\nCannot handle "host" cmdline arg \`${o.host}' on position 1 (argc 1)\n`);
    return 2;
  }
  const dst = look.addrs[0]!;
  const headerLen = o.icmp ? 28 : 28;
  const packetlen = o.packetlen ?? 60;
  if (packetlen > 65000) {
    await ctx.stderr.write(`too big packetlen ${packetlen} specified\n`);
    return 2;
  }
  const dataLen = Math.max(packetlen, headerLen) - headerLen;
  const data = new Uint8Array(dataLen).map((_, i) => PAYLOAD_BASE + (i % 64));
  await ctx.stdout.write(`traceroute to ${o.host} (${formatIpv4(dst)}), ${o.max} hops max, ${Math.max(packetlen, headerLen)} byte packets\n`);
  let srcAddr = 0;
  if (o.source !== undefined) {
    const s = await resolveHost(t, o.source, { numeric: true });
    if (s.kind === "error") {
      await ctx.stderr.write(`${o.source}: ${s.text}\n`);
      return 2;
    }
    srcAddr = s.addrs[0]!;
  }

  const probes: Probe[] = [];
  const basePort = o.port ?? (o.icmp ? 1 : 33434);
  for (let ttl = o.first; ttl <= o.max; ttl++) for (let q = 0; q < o.queries; q++) probes.push({ ttl, seq: basePort + probes.length, done: false, final: false });

  let ping: PingSock | undefined;
  if (o.icmp) {
    ping = pingSocket(t);
    ping.daddr = dst;
    ping.boundAddr = srcAddr;
  }
  const clock = t.host.clock;
  let next = 0;
  let printed = 0;
  let stopTtl = Number.POSITIVE_INFINITY;
  try {
    for (let guard = 0; guard < 100_000 && printed < probes.length; guard++) {
      // Send while the window allows (never past a hop known to be final).
      while (next < probes.length && next - printed < o.sim && probes[next]!.ttl <= stopTtl) {
        const p = probes[next++]!;
        const e = await sendProbe(t, o, p, dst, srcAddr, data, ping);
        if (e !== undefined) {
          await ctx.stderr.write(`send: ${strerror(e)}\n`);
          return 1;
        }
      }
      // Wait for an answer or the earliest give-up time.
      const outstanding = probes.slice(printed, next).filter((p) => !p.done);
      const deadline = outstanding.length ? Math.min(...outstanding.map((p) => probeDeadline(o, p, probes))) : clock.now;
      if (outstanding.length) await collect(t, o, probes, outstanding, dst, deadline, ping);
      for (const p of outstanding) if (!p.done && clock.now >= probeDeadline(o, p, probes)) p.done = true;
      for (const p of probes) if (p.done && p.final) stopTtl = Math.min(stopTtl, p.ttl);
      // Print finished hops in order.
      while (printed < next) {
        const ttl = probes[printed]!.ttl;
        const hop = probes.filter((p) => p.ttl === ttl);
        if (!hop.every((p) => p.done)) break;
        await ctx.stdout.write(await hopLine(t, o, ttl, hop));
        printed += hop.length;
        if (ttl >= stopTtl) return 0;
      }
      if (next >= probes.length && printed >= probes.length) break;
      if (stopTtl !== Number.POSITIVE_INFINITY && printed >= probes.findIndex((p) => p.ttl > stopTtl) && probes.findIndex((p) => p.ttl > stopTtl) >= 0) break;
    }
  } finally {
    for (const p of probes) if (p.fd !== undefined) sysClose(t, p.fd);
    if (ping) pingClose(ping);
  }
  return 0;
};

function probeDeadline(o: Opts, p: Probe, all: Probe[]): number {
  const sent = p.sentAt ?? 0;
  let limit = o.wait[0] * SEC;
  // HERE: an answer from the same hop; NEAR: from a later hop.
  for (const q of all) {
    if (!q.done || q.recvAt === undefined || q.sentAt === undefined || q === p) continue;
    const rtt = q.recvAt - q.sentAt;
    if (q.ttl === p.ttl && o.wait[1] > 0) limit = Math.min(limit, o.wait[1] * rtt);
    else if (q.ttl > p.ttl && o.wait[2] > 0) limit = Math.min(limit, o.wait[2] * rtt);
  }
  return sent + limit;
}

async function sendProbe(t: Task, o: Opts, p: Probe, dst: number, src: number, data: Uint8Array, ping?: PingSock): Promise<number | undefined> {
  p.sentAt = t.host.clock.now;
  if (ping) {
    ping.ttl = p.ttl;
    try {
      pingSend(ping, p.seq & 0xffff, data);
    } catch (e) {
      if (e instanceof KernelError) return e.errno;
      throw e;
    }
    return undefined;
  }
  const s = sysSocket(t, AF_INET, SOCK_DGRAM);
  if (!s.ok) return s.errno;
  const fd = s.value;
  p.fd = fd;
  if (o.device !== undefined) {
    const r = sysSetsockopt(t, fd, SOL_SOCKET, SO_BINDTODEVICE, o.device);
    if (!r.ok) return r.errno;
  }
  if (src) {
    const b = sysBind(t, fd, sockaddrIn(src, 0));
    if (!b.ok) return b.errno;
  }
  sysSetsockopt(t, fd, SOL_IP, IP_TTL, p.ttl);
  sysSetsockopt(t, fd, SOL_IP, IP_RECVERR, 1);
  const c = await sysConnect(t, fd, sockaddrIn(dst, p.seq & 0xffff));
  if (!c.ok) return c.errno;
  const r = await sysSend(t, fd, data);
  if (!r.ok) return r.errno;
  return undefined;
}

const UNREACH: Record<number, string> = { 0: "!N", 1: "!H", 2: "!P", 4: "!F", 5: "!S", 6: "!N", 7: "!H", 9: "!X", 10: "!X", 11: "!N", 12: "!H", 13: "!X", 14: "!V", 15: "!C" };

function record(t: Task, p: Probe, from: number, type: number, code: number, dst: number, echoReply: boolean): void {
  p.done = true;
  p.addr = from;
  p.recvAt = t.host.clock.now;
  if (echoReply) {
    p.final = true;
    return;
  }
  if (type === 11) return; // time exceeded: an intermediate hop
  if (type === 3) {
    p.final = true;
    if (code === 3 && from === dst) return; // port unreachable from the target: arrived
    if (code === 3) return;
    p.err = UNREACH[code] ?? `!<${code}>`;
  }
}

/** Waits until `deadline` or an answer, recording what arrived. */
async function collect(t: Task, o: Opts, probes: Probe[], outstanding: Probe[], dst: number, deadline: number, ping?: PingSock): Promise<void> {
  const clock = t.host.clock;
  if (ping) {
    const ev = await pingRecv(t, ping, deadline);
    for (let e = ev; e; e = ping.queue.shift()) {
      const p = probes.find((x) => (x.seq & 0xffff) === e!.seq && !x.done);
      if (!p) continue;
      if (e.kind === "reply") record(t, p, e.from, 0, 0, dst, true);
      else if (e.kind === "error") record(t, p, e.from, e.type, e.code, dst, false);
    }
    return;
  }
  const fds = outstanding.filter((p) => p.fd !== undefined).map((p) => ({ fd: p.fd!, events: POLLIN | POLLERR }));
  const r = await sysPoll(t, fds, Math.max(0, deadline - clock.now));
  if (!r.ok) return;
  for (const p of outstanding) {
    if (p.fd === undefined) continue;
    const e = sysRecvErr(t, p.fd);
    if (e.ok) {
      record(t, p, e.value.offender, e.value.type, e.value.code, dst, false);
      continue;
    }
    // A UDP answer from a listening service also means we got there.
    const d = await sysRecv(t, p.fd, { timeoutNs: 0 });
    if (d.ok && d.value.from) {
      record(t, p, d.value.from.addr, 0, 0, dst, true);
    } else if (!d.ok && d.errno !== ERRNO.EAGAIN && d.errno !== ERRNO.ECONNREFUSED) {
      p.done = true;
    }
  }
}

async function hopLine(t: Task, o: Opts, ttl: number, hop: Probe[]): Promise<string> {
  let line = `${String(ttl).padStart(2)} `;
  let last: number | undefined;
  for (const p of hop) {
    if (p.addr === undefined) {
      line += " *";
      continue;
    }
    if (p.addr !== last) {
      const a = formatIpv4(p.addr);
      line += o.numeric ? ` ${a}` : ` ${(await reverseResolve(t, p.addr)) ?? a} (${a})`;
      last = p.addr;
    }
    line += `  ${((p.recvAt! - p.sentAt!) / 1e6).toFixed(3)} ms`;
    if (p.err) line += ` ${p.err}`;
  }
  return `${line}\n`;
}
