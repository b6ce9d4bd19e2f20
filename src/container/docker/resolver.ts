// Docker's embedded DNS server (moby v28.2.2 libnetwork/resolver.go,
// resolver_unix.go, sandbox_dns_unix.go), one per container that joins a
// user-defined network:
//
// - SetupFunc, run in the container's network namespace: a UDP socket and a
//   listening TCP socket on 127.0.0.11 with kernel-chosen (random high) ports.
//   They belong to dockerd (its fd table), as Go's sockets do, made while
//   dockerd is switched into the namespace (InvokeFunc: setns on a locked
//   thread), so `ss -lunp` inside the container shows dockerd.
// - setupIptablesNAT, run in the namespace (ExecFunc): chains DOCKER_OUTPUT and
//   DOCKER_POSTROUTING in the nat table, jumps from OUTPUT and POSTROUTING for
//   -d 127.0.0.11, then four rules each *inserted* at the head (-I): DNAT of
//   udp/tcp 127.0.0.11:53 to the sockets' ports and SNAT of their replies back
//   to :53. Clients' queries to 127.0.0.11:53 are real packets on the
//   container's lo, translated by its netfilter.
// - serveDNS: A/AAAA for names the sandbox's networks know (the container name,
//   its --network-alias names, its short id and hostname: daemon
//   buildEndpointDNSNames), "NAME.NETWORK" too (Sandbox.ResolveName), PTR for
//   their addresses ("NAME.NETWORK."); answers TTL 600, RA set, AA clear
//   (createRespMsg). A known name asked for another family gets NOERROR with
//   no answer. Anything else is forwarded, the query as received, to the
//   external servers (resolv.conf's ExtServers) in turn: `host(ADDR)` ones from
//   dockerd's own (the host's) namespace and only while the container has
//   external access (proxyDNS), --dns ones from the container's namespace;
//   4 s per server (extIOTimeout); a SERVFAIL or REFUSED answer moves on;
//   when no server answers: SERVFAIL. An upstream NXDOMAIN is passed back.
//
// Where we differ: queries are served one at a time per socket (Go runs a
// goroutine per query), the forwarded reply is passed on byte for byte (miekg
// repacks it with compression), MX/SRV queries are forwarded rather than
// answered, and IPv6 external servers are skipped. The two serving loops
// are threads of dockerd (Tasks with their own ids, not in the process list).

import { sysAccept, sysBind, sysClose, sysConnect, sysGetsockname, sysListen, sysRecv, sysSend, sysSocket } from "../../kernel/net/socket.js";
import { Task } from "../../kernel/task/task.js";
import { SIGKILL } from "../../uapi/signal.js";
import { AF_INET, SOCK_DGRAM, SOCK_STREAM, sockaddrIn } from "../../uapi/socket.js";
import {
  CLASS_IN,
  DNS_PORT,
  RCODE_NOERROR,
  RCODE_REFUSED,
  RCODE_SERVFAIL,
  TYPE_A,
  TYPE_AAAA,
  TYPE_PTR,
  dnsMessage,
  emitDns,
  parseDns,
  reverseName4,
  type DnsMessage,
} from "../../wire/dns.js";
import type { Daemon } from "./daemon.js";
import { RESOLVER_IP, type ExtServer } from "./etc-files.js";
import { parseIp } from "./ipam.js";
import type { Container, Network } from "./model.js";
import { runTool } from "./syscalls.js";

const NS_PER_SEC = 1_000_000_000;
/** resolver.go respTTL. */
const RESP_TTL = 600;
/** resolver.go extIOTimeout. */
const EXT_IO_TIMEOUT = 4 * NS_PER_SEC;
/** resolver.go maxExtDNS. */
const MAX_EXT_DNS = 3;
const RESOLVER_ADDR = parseIp(RESOLVER_IP)!;
/** Bound on requests served per connection and datagrams per wake-up, so no loop can run away. */
const LOOP_BOUND = 1_000_000;

/** The DNS names of a container's endpoint on a user-defined network (buildEndpointDNSNames). */
export function endpointDnsNames(c: Container, n: Network): string[] {
  const ep = n.endpoints.get(c.id);
  const names = [c.name, ...(ep?.aliases ?? []), c.id.slice(0, 12), c.hostname].filter(Boolean);
  return [...new Set(names)];
}

/** Whether a network has Docker's service discovery (user-defined bridge networks; not the default bridge). */
export function hasDns(n: Network): boolean {
  return n.driver === "bridge" && !n.isDefault;
}

/**
 * A thread of dockerd serving one socket: it holds dockerd's file for `fd`
 * (under the same number) and blocks on its own. Only that fd, so another
 * resolver's sockets are not kept alive by this thread once dockerd closes them.
 */
function dockerdThread(d: Daemon, fd: number, body: (t: Task) => Promise<void>): Task {
  const owner = d.task;
  const t = new Task(d.host, d.host.allocPid(), owner, owner.pgid, owner.netns, "/", owner.comm);
  const f = owner.getFd(fd);
  if (f) t.setFd(fd, f);
  void t.start(async (self) => {
    await body(self);
    return 0;
  });
  return t;
}

export class EmbeddedResolver {
  private udpFd = -1;
  private tcpFd = -1;
  udpPort = 0;
  tcpPort = 0;
  ext: ExtServer[] = [];
  /** Whether queries may be forwarded from the host's namespace (Sandbox.hasExternalAccess). */
  proxyDNS = false;
  /** An ndots option came from the host's file (Sandbox.ndotsSet). */
  ndotsSet = false;
  private threads: Task[] = [];

  constructor(
    private readonly d: Daemon,
    private readonly c: Container,
  ) {}

  /** SetExtServers, less the resolver's own address unless it is the host's (filterExtServers). */
  setExtServers(ext: ExtServer[]): void {
    this.ext = ext.filter((e) => e.hostLoopback || e.addr !== RESOLVER_IP).slice(0, MAX_EXT_DNS);
  }

  /** SetupFunc in the container's namespace, then setupNAT and the two servers (Resolver.Start). */
  async start(caller: Task): Promise<void> {
    const d = this.d;
    const ns = this.c.netns!;
    const t = d.task;
    const home = t.netns;
    t.setns(ns);
    try {
      const u = sysSocket(t, AF_INET, SOCK_DGRAM);
      const s = sysSocket(t, AF_INET, SOCK_STREAM);
      if (!u.ok || !s.ok) throw new Error("resolver: socket");
      this.udpFd = u.value;
      this.tcpFd = s.value;
      if (!sysBind(t, this.udpFd, sockaddrIn(RESOLVER_ADDR, 0)).ok) throw new Error("error in opening name server socket");
      if (!sysBind(t, this.tcpFd, sockaddrIn(RESOLVER_ADDR, 0)).ok || !sysListen(t, this.tcpFd, 4096).ok) {
        throw new Error("error in opening name TCP server socket");
      }
      const ua = sysGetsockname(t, this.udpFd);
      const ta = sysGetsockname(t, this.tcpFd);
      this.udpPort = ua.ok ? ua.value.port : 0;
      this.tcpPort = ta.ok ? ta.value.port : 0;
    } finally {
      t.setns(home);
    }
    await this.setupIptablesNAT(caller);
    const udpFd = this.udpFd;
    const tcpFd = this.tcpFd;
    this.threads.push(dockerdThread(d, udpFd, (self) => this.serveUdp(self, udpFd)));
    this.threads.push(dockerdThread(d, tcpFd, (self) => this.serveTcp(self, tcpFd)));
  }

  /** resolver_unix.go setupIptablesNAT, with the host's iptables run in the container's namespace. */
  private async setupIptablesNAT(caller: Task): Promise<void> {
    const d = this.d;
    const ns = this.c.netns!;
    const ipt = (args: string[]) => runTool(d.task, caller, ["iptables", "--wait", ...args], ns);
    const ip = RESOLVER_IP;
    for (const [hook, chain] of [["OUTPUT", "DOCKER_OUTPUT"], ["POSTROUTING", "DOCKER_POSTROUTING"]] as const) {
      if ((await ipt(["-t", "nat", "-C", hook, "-d", ip, "-j", chain])).status === 0) await ipt(["-t", "nat", "-F", chain]);
      else {
        await ipt(["-t", "nat", "-N", chain]);
        await ipt(["-t", "nat", "-I", hook, "-d", ip, "-j", chain]);
      }
    }
    const rules = [
      ["-t", "nat", "-I", "DOCKER_OUTPUT", "-d", ip, "-p", "udp", "--dport", "53", "-j", "DNAT", "--to-destination", `${ip}:${this.udpPort}`],
      ["-t", "nat", "-I", "DOCKER_POSTROUTING", "-s", ip, "-p", "udp", "--sport", String(this.udpPort), "-j", "SNAT", "--to-source", ":53"],
      ["-t", "nat", "-I", "DOCKER_OUTPUT", "-d", ip, "-p", "tcp", "--dport", "53", "-j", "DNAT", "--to-destination", `${ip}:${this.tcpPort}`],
      ["-t", "nat", "-I", "DOCKER_POSTROUTING", "-s", ip, "-p", "tcp", "--sport", String(this.tcpPort), "-j", "SNAT", "--to-source", ":53"],
    ];
    for (const r of rules) await ipt(r);
  }

  /** Resolver.Stop: the servers end and dockerd closes the sockets. */
  stop(): void {
    for (const t of this.threads) if (t.alive) t.signal(SIGKILL);
    this.threads = [];
    if (this.udpFd >= 0) sysClose(this.d.task, this.udpFd);
    if (this.tcpFd >= 0) sysClose(this.d.task, this.tcpFd);
    this.udpFd = this.tcpFd = -1;
  }

  private async serveUdp(t: Task, fd: number): Promise<void> {
    for (let i = 0; i < LOOP_BOUND; i++) {
      const r = await sysRecv(t, fd);
      if (!r.ok) return;
      if (!r.value.from) continue;
      const reply = await this.serveDNS(t, r.value.data, "udp");
      if (reply) await sysSend(t, fd, reply, r.value.from);
    }
  }

  /** DNS over TCP: two-byte length, then the message; several per connection. */
  private async serveTcp(t: Task, lfd: number): Promise<void> {
    for (let i = 0; i < LOOP_BOUND; i++) {
      const a = await sysAccept(t, lfd);
      if (!a.ok) return;
      const cfd = a.value.fd;
      try {
        let buf = new Uint8Array(0);
        for (let j = 0; j < LOOP_BOUND; j++) {
          const r = await sysRecv(t, cfd, { timeoutNs: 8 * NS_PER_SEC });
          if (!r.ok || !r.value.data.length) break;
          const joined = new Uint8Array(buf.length + r.value.data.length);
          joined.set(buf);
          joined.set(r.value.data, buf.length);
          buf = joined;
          while (buf.length >= 2 && buf.length >= 2 + ((buf[0]! << 8) | buf[1]!)) {
            const len = (buf[0]! << 8) | buf[1]!;
            const reply = await this.serveDNS(t, buf.subarray(2, 2 + len), "tcp");
            buf = buf.slice(2 + len);
            if (!reply) continue;
            const out = new Uint8Array(2 + reply.length);
            out[0] = reply.length >> 8;
            out[1] = reply.length & 0xff;
            out.set(reply, 2);
            await sysSend(t, cfd, out);
          }
        }
      } finally {
        sysClose(t, cfd);
      }
    }
  }

  /** Resolver.serveDNS: the reply's bytes, or undefined for something that is not a query. */
  async serveDNS(t: Task, data: Uint8Array, proto: "udp" | "tcp"): Promise<Uint8Array | undefined> {
    const p = parseDns(data);
    if (!p.ok) return undefined;
    const q = p.repr;
    const question = q.questions[0];
    if (q.response || !question) return undefined;
    let resp: DnsMessage | undefined;
    if (question.type === TYPE_A || question.type === TYPE_AAAA) resp = this.handleIPQuery(q, question.type);
    else if (question.type === TYPE_PTR) resp = this.handlePTRQuery(q);
    if (resp) return packUncompressed(resp);
    // ndots set by the user and a single-label name: an empty answer, so the
    // client goes on with its search domains.
    if ((question.type === TYPE_A || question.type === TYPE_AAAA) && this.ndotsSet && !question.name.replace(/\.$/, "").includes(".")) {
      return packUncompressed(reply(q));
    }
    const fwd = await this.forwardExtDNS(t, data, q.id, proto);
    return fwd ?? packUncompressed({ ...reply(q, false), rcode: RCODE_SERVFAIL });
  }

  /** Sandbox.ResolveName: the name in any of the container's networks, or NAME.NETWORK. */
  resolveName(qname: string): number[] | undefined {
    const name = qname.replace(/\.$/, "");
    const reqs: Array<[string, string]> = [[name, ""]];
    let dup = name;
    for (let i = 0; i < 128; i++) {
      const k = dup.lastIndexOf(".");
      if (k < 0) break;
      reqs.push([name.slice(0, k), name.slice(k + 1)]);
      dup = dup.slice(0, k);
    }
    const nets = this.c.networks.map((id) => this.d.networks.find((n) => n.id === id)).filter((n): n is Network => !!n && hasDns(n));
    for (const [req, netName] of reqs) {
      const want = req.toLowerCase();
      for (const n of nets) {
        if (netName && netName !== n.name) continue;
        const addrs: number[] = [];
        for (const [cid, ep] of n.endpoints) {
          const other = this.d.containers.find((x) => x.id === cid);
          if (other && endpointDnsNames(other, n).some((x) => x.toLowerCase() === want) && !addrs.includes(ep.ip)) addrs.push(ep.ip);
        }
        if (addrs.length) return addrs;
      }
    }
    return undefined;
  }

  private handleIPQuery(q: DnsMessage, type: number): DnsMessage | undefined {
    const question = q.questions[0]!;
    const addrs = this.resolveName(question.name);
    if (!addrs) return undefined;
    const resp = reply(q);
    // No IPv6 on these networks: a known name has no AAAA (NOERROR, no answer).
    if (type === TYPE_A) {
      const list = shuffle(this.d, [...addrs]);
      resp.answers = list.map((addr) => ({ name: question.name, type: TYPE_A, class: CLASS_IN, ttl: RESP_TTL, addr }));
    }
    return resp;
  }

  /** Sandbox.ResolveIP: the first DNS name of the endpoint holding the address, with the network's name. */
  private handlePTRQuery(q: DnsMessage): DnsMessage | undefined {
    const question = q.questions[0]!;
    const ptr = question.name.toLowerCase().replace(/\.$/, "");
    for (const id of this.c.networks) {
      const n = this.d.networks.find((x) => x.id === id);
      if (!n || !hasDns(n)) continue;
      for (const [cid, ep] of n.endpoints) {
        if (reverseName4(ep.ip) !== ptr) continue;
        const other = this.d.containers.find((x) => x.id === cid);
        if (!other) continue;
        const resp = reply(q);
        resp.answers = [{ name: question.name, type: TYPE_PTR, class: CLASS_IN, ttl: RESP_TTL, target: `${endpointDnsNames(other, n)[0]}.${n.name}` }];
        return resp;
      }
    }
    return undefined;
  }

  /** forwardExtDNS: each external server in turn; the first usable answer, byte for byte. */
  private async forwardExtDNS(t: Task, query: Uint8Array, id: number, proto: "udp" | "tcp"): Promise<Uint8Array | undefined> {
    for (const e of this.ext.slice(0, MAX_EXT_DNS)) {
      if (!this.proxyDNS && e.hostLoopback) continue;
      const addr = parseIp(e.addr);
      if (addr === undefined) continue;
      const r = await this.exchange(t, addr, e.hostLoopback, query, id, proto);
      if (!r) continue;
      const p = parseDns(r);
      if (!p.ok) continue;
      if (p.repr.rcode === RCODE_SERVFAIL || p.repr.rcode === RCODE_REFUSED) continue;
      return r;
    }
    return undefined;
  }

  /** One exchange with one server, from the host's namespace or (ExecFunc) the container's. */
  private async exchange(t: Task, server: number, hostLoopback: boolean, query: Uint8Array, id: number, proto: "udp" | "tcp"): Promise<Uint8Array | undefined> {
    const home = t.netns;
    if (!hostLoopback && this.c.netns) t.setns(this.c.netns);
    const s = sysSocket(t, AF_INET, proto === "tcp" ? SOCK_STREAM : SOCK_DGRAM);
    t.setns(home);
    if (!s.ok) return undefined;
    const fd = s.value;
    try {
      const c = await sysConnect(t, fd, sockaddrIn(server, DNS_PORT), { timeoutNs: EXT_IO_TIMEOUT });
      if (!c.ok) return undefined;
      if (proto === "tcp") {
        const out = new Uint8Array(2 + query.length);
        out[0] = query.length >> 8;
        out[1] = query.length & 0xff;
        out.set(query, 2);
        if (!(await sysSend(t, fd, out)).ok) return undefined;
      } else if (!(await sysSend(t, fd, query)).ok) return undefined;
      const deadline = t.host.clock.now + EXT_IO_TIMEOUT;
      let buf = new Uint8Array(0);
      for (let i = 0; i < 64; i++) {
        const left = deadline - t.host.clock.now;
        if (left <= 0) return undefined;
        const r = await sysRecv(t, fd, { timeoutNs: left });
        // A timeout (EAGAIN) or an ICMP error (ECONNREFUSED): no answer from this server.
        if (!r.ok) return undefined;
        if (proto === "udp") {
          const p = parseDns(r.value.data);
          // miekg's exchange: a reply with another id is an error (ErrId).
          if (!p.ok || p.repr.id !== id) return undefined;
          return r.value.data;
        }
        if (!r.value.data.length) return undefined;
        const joined = new Uint8Array(buf.length + r.value.data.length);
        joined.set(buf);
        joined.set(r.value.data, buf.length);
        buf = joined;
        if (buf.length >= 2 && buf.length >= 2 + ((buf[0]! << 8) | buf[1]!)) return buf.slice(2, 2 + ((buf[0]! << 8) | buf[1]!));
      }
      return undefined;
    } finally {
      sysClose(t, fd);
    }
  }
}

/** createRespMsg: SetReply (id, opcode, RD and CD copied, the first question) with RA set; SetRcode leaves RA clear. */
function reply(q: DnsMessage, ra = true): DnsMessage {
  return dnsMessage({
    id: q.id,
    response: true,
    opcode: q.opcode,
    recursionDesired: q.opcode === 0 ? q.recursionDesired : false,
    cd: q.opcode === 0 ? q.cd : false,
    recursionAvailable: ra,
    rcode: RCODE_NOERROR,
    questions: q.questions.slice(0, 1),
  });
}

const enc = new TextEncoder();

function packName(name: string): number[] {
  const out: number[] = [];
  for (const label of name.split(".").filter(Boolean)) {
    const b = enc.encode(label).subarray(0, 63);
    out.push(b.length, ...b);
  }
  out.push(0);
  return out;
}

/**
 * The resolver's own answers as miekg/dns packs them: Msg.Truncate leaves
 * Compress off for a message that fits (every one here), so answer names are
 * written in full rather than as pointers to the question.
 */
function packUncompressed(m: DnsMessage): Uint8Array {
  const head = emitDns({ ...m, answers: [], authority: [], additional: [] });
  const out = [...head];
  out[6] = m.answers.length >> 8;
  out[7] = m.answers.length & 0xff;
  for (const rr of m.answers) {
    out.push(...packName(rr.name), rr.type >> 8, rr.type & 0xff, rr.class >> 8, rr.class & 0xff);
    out.push((rr.ttl >>> 24) & 0xff, (rr.ttl >>> 16) & 0xff, (rr.ttl >>> 8) & 0xff, rr.ttl & 0xff);
    const rdata = rr.type === TYPE_A ? [(rr.addr! >>> 24) & 0xff, (rr.addr! >>> 16) & 0xff, (rr.addr! >>> 8) & 0xff, rr.addr! & 0xff] : packName(rr.target ?? "");
    out.push(rdata.length >> 8, rdata.length & 0xff, ...rdata);
  }
  return Uint8Array.from(out);
}

/** shuffleAddr: Fisher–Yates, from the world's RNG (Docker seeds its own from the clock). */
function shuffle(d: Daemon, a: number[]): number[] {
  for (let i = a.length - 1; i > 0; i--) {
    const r = d.rng.int(0, i);
    [a[i], a[r]] = [a[r]!, a[i]!];
  }
  return a;
}

