// dnsmasq 2.90 (Debian 12's dnsmasq-base) as a small local DNS server, the
// options a lab uses to serve a few names (recorded in the kernel sandbox,
// test/golden/dns/dnsmasq.sh):
//   -k/--keep-in-foreground, -d/--no-daemon (foreground, log to stderr),
//   --log-facility=- (log to stderr as "dnsmasq[PID]: …"), -R/--no-resolv,
//   -h/--no-hosts, -a/--listen-address=A[,A…], -z/--bind-interfaces,
//   -p/--port=N, --host-record=NAME[,NAME…],ADDR[,ADDR6][,TTL],
//   -A/--address=/DOMAIN/[DOMAIN/…]ADDR, --local=/DOMAIN/[DOMAIN/…], -C/--conf-file (only /dev/null or an
//   empty file), -u/--user, --version.
// Answers: names of --host-record and /etc/hosts (unless -h) with their A and
// AAAA records, TTL 0, AA set; their addresses' PTR names; --address domains
// and their subdomains with that address; in --local domains, NODATA for a
// known name's other types and NXDOMAIN for unknown names. Everything else would go upstream —
// with --no-resolv and no --server there is none, so the reply is REFUSED
// (also for the AAAA of a name known only by an IPv4 address, as the real one
// answers). RA is always set, RD and the question copied.
//
// Left out: forwarding (--server, /etc/resolv.conf), caching, DHCP/TFTP,
// TCP, EDNS0 echoing, one socket per listen address (with no -a, or several,
// it binds 0.0.0.0 and replies leave from the interface's primary address,
// not necessarily the one asked), daemonising (without -k/-d it also stays in the
// foreground), other options (reported as bad command line options).

import type { Program, ProgramContext } from "../../kernel/task/program.js";
import type { Task } from "../../kernel/task/task.js";
import { sysBind, sysRecv, sysSend, sysSocket } from "../../kernel/net/socket.js";
import { Interrupted } from "../../sim/scheduler.js";
import { AF_INET, SOCK_DGRAM, sockaddrIn } from "../../uapi/socket.js";
import { KernelError, strerror } from "../../uapi/errno.js";
import { SIGTERM } from "../../uapi/signal.js";
import { formatIpv4, ip6ToBytes, parseIp6, parseIpv4Pton, type Ip6Addr } from "../../wire/addr.js";
import { CLASS_IN, RCODE_NOERROR, RCODE_NXDOMAIN, RCODE_REFUSED, TYPE_A, TYPE_AAAA, TYPE_PTR, dnsMessage, emitDns, parseDns, reverseName4, type DnsMessage, type DnsRecord } from "../../wire/dns.js";
import { readHostsFile } from "../lib/nss/hosts.js";

const VERSION = "2.90";
const COMPILE_OPTS = "IPv6 GNU-getopt DBus no-UBus i18n IDN2 DHCP DHCPv6 no-Lua TFTP conntrack ipset nftset auth cryptohash DNSSEC loop-detect inotify dumpfile";

interface HostRec {
  names: string[];
  v4: number[];
  v6: Ip6Addr[];
}

interface Conf {
  log: "none" | "plain" | "pid";
  noResolv: boolean;
  noHosts: boolean;
  listen: number[];
  port: number;
  records: HostRec[];
  addresses: { domains: string[]; addr: number }[];
  /** --local domains: answered from local data only (NXDOMAIN/NODATA, never forwarded). */
  locals: string[];
}

class BadOpt extends Error {}

function parseArgs(argv: string[]): Conf | "version" {
  const c: Conf = { log: "none", noResolv: false, noHosts: false, listen: [], port: 53, records: [], addresses: [], locals: [] };
  const shortVal: Record<string, string> = { a: "listen-address", p: "port", A: "address", C: "conf-file", u: "user", "8": "log-facility" };
  const shortFlag: Record<string, string> = { k: "keep-in-foreground", d: "no-daemon", R: "no-resolv", h: "no-hosts", z: "bind-interfaces", v: "version" };
  const longVal = new Set(["listen-address", "port", "address", "conf-file", "user", "log-facility", "host-record", "local"]);
  const longFlag = new Set(["keep-in-foreground", "no-daemon", "no-resolv", "no-hosts", "bind-interfaces", "version"]);
  const opts: [string, string | undefined][] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a.startsWith("--")) {
      const eq = a.indexOf("=");
      const name = eq < 0 ? a.slice(2) : a.slice(2, eq);
      if (longFlag.has(name) && eq < 0) opts.push([name, undefined]);
      else if (longVal.has(name)) {
        const v = eq >= 0 ? a.slice(eq + 1) : argv[++i];
        if (v === undefined) throw new BadOpt("try --help");
        opts.push([name, v]);
      } else throw new BadOpt("try --help");
    } else if (a.startsWith("-") && a.length > 1) {
      for (let j = 1; j < a.length; j++) {
        const ch = a[j]!;
        if (shortFlag[ch]) opts.push([shortFlag[ch]!, undefined]);
        else if (shortVal[ch]) {
          const v = a.slice(j + 1) || argv[++i];
          if (v === undefined) throw new BadOpt("try --help");
          opts.push([shortVal[ch]!, v]);
          break;
        } else throw new BadOpt("try --help");
      }
    } else throw new BadOpt("try --help");
  }
  for (const [name, v] of opts) {
    switch (name) {
      case "version":
        return "version";
      case "no-daemon":
        c.log = "plain";
        break;
      case "log-facility":
        if (v === "-" && c.log === "none") c.log = "pid";
        break;
      case "no-resolv":
        c.noResolv = true;
        break;
      case "no-hosts":
        c.noHosts = true;
        break;
      case "listen-address":
        for (const s of v!.split(",")) {
          const x = parseIpv4Pton(s);
          if (x === undefined) throw new BadOpt("bad address");
          c.listen.push(x);
        }
        break;
      case "port": {
        if (!/^\d+$/.test(v!) || Number(v) > 65535) throw new BadOpt("bad port");
        c.port = Number(v);
        break;
      }
      case "host-record": {
        const rec: HostRec = { names: [], v4: [], v6: [] };
        for (const part of v!.split(",")) {
          const a4 = parseIpv4Pton(part);
          const a6 = a4 === undefined && part.includes(":") ? parseIp6(part) : undefined;
          if (a4 !== undefined) rec.v4.push(a4);
          else if (a6 !== undefined) rec.v6.push(a6);
          else if (/^\d+$/.test(part) && rec.names.length) continue; // the TTL
          else if (/^[A-Za-z0-9_.-]+$/.test(part)) rec.names.push(part.toLowerCase().replace(/\.$/, ""));
          else throw new BadOpt("Bad host-record");
        }
        if (!rec.names.length || (!rec.v4.length && !rec.v6.length)) throw new BadOpt("Bad host-record");
        c.records.push(rec);
        break;
      }
      case "address": {
        const parts = v!.split("/");
        if (parts.length < 3 || parts[0] !== "") throw new BadOpt("Bad address in --address");
        const addr = parseIpv4Pton(parts[parts.length - 1]!);
        if (addr === undefined) throw new BadOpt("Bad address in --address");
        c.addresses.push({ domains: parts.slice(1, -1).filter(Boolean).map((d) => d.toLowerCase()), addr });
        break;
      }
      case "local": {
        const parts = v!.split("/");
        if (parts.length < 3 || parts[0] !== "" || parts[parts.length - 1] !== "") throw new BadOpt("try --help");
        c.locals.push(...parts.slice(1, -1).filter(Boolean).map((d) => d.toLowerCase()));
        break;
      }
      default:
        // keep-in-foreground, bind-interfaces, conf-file, user: nothing more to do here.
        break;
    }
  }
  return c;
}

/** The reply to one query. */
export function dnsmasqAnswer(c: Conf, hosts: HostRec[], q: DnsMessage): DnsMessage | undefined {
  if (q.response || q.questions.length !== 1) return undefined;
  const question = q.questions[0]!;
  const reply = dnsMessage({ id: q.id, response: true, opcode: q.opcode, recursionDesired: q.recursionDesired, recursionAvailable: true, questions: [question] });
  const name = question.name.toLowerCase().replace(/\.$/, "");
  const rr = (r: Omit<DnsRecord, "name" | "class" | "ttl">): DnsRecord => ({ name: question.name, class: CLASS_IN, ttl: 0, ...r });
  const local = [...c.records, ...hosts].filter((h) => h.names.includes(name));
  const ok = (answers: DnsRecord[]) => ({ ...reply, authoritative: true, rcode: RCODE_NOERROR, answers });
  if (question.class === CLASS_IN) {
    if (question.type === TYPE_A && local.some((h) => h.v4.length)) return ok([...new Set(local.flatMap((h) => h.v4))].map((addr) => rr({ type: TYPE_A, addr })));
    if (question.type === TYPE_AAAA && local.some((h) => h.v6.length))
      return ok([...new Set(local.flatMap((h) => h.v6))].map((a) => rr({ type: TYPE_AAAA, rdata: ip6ToBytes(a) })));
    if (question.type === TYPE_PTR) {
      const hit = [...c.records, ...hosts].find((h) => h.v4.some((a) => reverseName4(a) === name));
      if (hit) return ok([rr({ type: TYPE_PTR, target: hit.names[0]! })]);
    }
    const dom = c.addresses.find((x) => x.domains.some((d) => name === d || name.endsWith(`.${d}`)));
    if (dom && question.type === TYPE_A) return ok([rr({ type: TYPE_A, addr: dom.addr })]);
  }
  // A --local domain: not forwarded; a known name's other type is NODATA, the rest NXDOMAIN (AA clear).
  if (c.locals.some((d) => name === d || name.endsWith(`.${d}`))) return { ...reply, rcode: local.length ? RCODE_NOERROR : RCODE_NXDOMAIN };
  // Not local: it would be forwarded, and there is no upstream server.
  return { ...reply, rcode: RCODE_REFUSED };
}

/** /etc/hosts as dnsmasq loads it, and the number of names it logs. */
function loadHosts(task: Task): { recs: HostRec[]; count: number } {
  const recs: HostRec[] = [];
  let count = 0;
  for (const e of readHostsFile(task)) {
    const a4 = parseIpv4Pton(e.address);
    const a6 = a4 === undefined ? parseIp6(e.address) : undefined;
    if (a4 === undefined && a6 === undefined) continue;
    count += e.names.length;
    recs.push({ names: e.names.map((n) => n.toLowerCase()), v4: a4 !== undefined ? [a4] : [], v6: a6 !== undefined ? [a6] : [] });
  }
  return { recs, count };
}

async function serve(ctx: ProgramContext, c: Conf): Promise<number> {
  const t = ctx.task;
  const log = async (s: string) => {
    if (c.log === "plain") await ctx.stderr.write(`dnsmasq: ${s}\n`);
    else if (c.log === "pid") await ctx.stderr.write(`dnsmasq[${t.pid}]: ${s}\n`);
  };
  // One socket: the -a address, or 0.0.0.0 for none or several (see the header).
  const bindAddr = c.listen.length === 1 ? c.listen[0]! : 0;
  const s = sysSocket(t, AF_INET, SOCK_DGRAM);
  if (!s.ok) return 2;
  const fd = s.value;
  const b = sysBind(t, fd, sockaddrIn(bindAddr, c.port));
  if (!b.ok) {
    await ctx.stderr.write(`\ndnsmasq: failed to create listening socket for ${bindAddr ? formatIpv4(bindAddr) : `port ${c.port}`}: ${strerror(b.errno)}\n`);
    return 2;
  }
  await log(`started, version ${VERSION} cachesize 150`);
  await log(`compile time options: ${COMPILE_OPTS}`);
  if (c.noResolv) await log("warning: no upstream servers configured");
  let hosts: HostRec[] = [];
  if (c.noHosts) await log("cleared cache");
  else {
    const h = loadHosts(t);
    hosts = h.recs;
    await log(`read /etc/hosts - ${h.count} names`);
  }
  let term = false;
  t.handlers.set(SIGTERM, () => {
    term = true;
  });
  try {
    for (;;) {
      const r = await sysRecv(t, fd);
      if (!r.ok) return 2;
      if (!r.value.from) continue;
      const p = parseDns(r.value.data);
      if (!p.ok) continue;
      const reply = dnsmasqAnswer(c, hosts, p.repr);
      if (reply) await sysSend(t, fd, emitDns(reply), r.value.from);
    }
  } catch (e) {
    if (!(e instanceof Interrupted)) throw e;
    if (term || e.signal === SIGTERM) {
      await log("exiting on receipt of SIGTERM");
      return 0;
    }
    return 128 + e.signal;
  }
}

export const dnsmasqMain: Program = async (ctx) => {
  let c: Conf | "version";
  try {
    c = parseArgs(ctx.argv.slice(1));
  } catch (e) {
    if (!(e instanceof BadOpt)) throw e;
    await ctx.stderr.write(`\ndnsmasq: bad command line options: ${e.message}\n`);
    return 1;
  }
  if (c === "version") {
    await ctx.stdout.write(
      `Dnsmasq version ${VERSION}  Copyright (c) 2000-2024 Simon Kelley\nCompile time options: ${COMPILE_OPTS}\n\nThis software comes with ABSOLUTELY NO WARRANTY.\nDnsmasq is free software, and you are welcome to redistribute it\nunder the terms of the GNU General Public License, version 2 or 3.\n`,
    );
    return 0;
  }
  try {
    return await serve(ctx, c);
  } catch (e) {
    if (e instanceof KernelError) {
      await ctx.stderr.write(`\ndnsmasq: ${strerror(e.errno)}\n`);
      return 2;
    }
    throw e;
  }
};
