// glibc's stub resolver (resolv/res_send.c, res_query.c behaviour, nss_dns):
// questions go over UDP port 53 to the nameservers of /etc/resolv.conf,
// through the same socket system calls any program uses, so they cross the
// host's routes, netfilter and the wire like real traffic (and tcpdump sees them).
//
// What it keeps from glibc 2.36 (observed with tcpdump in the kernel sandbox,
// test/dns/cases/):
// - at most 3 `nameserver` lines (IPv4 ones; IPv6 servers are skipped); none
//   (or no file) means 127.0.0.1; `search`/`domain` (the last line wins, at
//   most 6 domains); `options timeout:N attempts:N ndots:N rotate
//   single-request single-request-reopen` (defaults 5 s, 2, 1; capped at 30,
//   5, 15);
// - one socket per nameserver for a whole res_send (the same source port on
//   retries), a fresh one for every name tried;
// - A and AAAA together (getaddrinfo's gethostbyname4): both queries leave the
//   one socket back to back with two random ids, and the try ends when both
//   replies are in; `single-request` sends AAAA only after A's reply,
//   `single-request-reopen` does that from a new socket;
// - per attempt, every server in turn (`rotate`: a process's first lookup
//   starts at the first server, each further lookup one on); each try waits
//   (timeout << i) / count seconds for server i>0 (the first server the full
//   timeout), at least 1 s;
// - a server that cannot be reached (connect/send fails) or answers with any
//   ICMP error (IP_RECVERR is set: port unreachable's ECONNREFUSED, a host
//   unreachable after a failed ARP) is skipped at once; SERVFAIL, NOTIMP and
//   REFUSED move on to the next server (a single question on a new socket, a
//   pair on the same one), unless the other half of a pair was answered;
// - replies must come from the server's address and port, carry a query's id
//   and question; others are ignored while the try's time runs;
// - res_search: a name with at least `ndots` dots (or a trailing dot) is tried
//   as given first; then name.DOMAIN for each search domain; then, if not yet
//   tried, the name as given. NXDOMAIN moves on; NOERROR without data
//   remembers NO_DATA and moves on; the first name with an answer wins;
// - NXDOMAIN → HOST_NOT_FOUND (getaddrinfo: EAI_NONAME); NOERROR without the
//   type asked → NO_DATA (EAI_NODATA); SERVFAIL/REFUSED/no answer at all →
//   TRY_AGAIN (EAI_AGAIN);
// - the query is a plain RFC 1035 one with RD set and no EDNS0 (Debian's
//   resolv.conf has no `options edns0`).
// Where we differ: no TCP fallback for truncated replies; when only one of the
// two replies arrives the whole pair is asked again on the next try (glibc
// switches to single-request mode then); the search list is never derived
// from the host name's domain.

import { ERRNO } from "../../../uapi/errno.js";
import { AF_INET, IP_RECVERR, POLLERR, POLLIN, SOCK_DGRAM, SOL_IP, sockaddrIn } from "../../../uapi/socket.js";
import { sysClose, sysConnect, sysPoll, sysRecv, sysSend, sysSetsockopt, sysSocket } from "../../../kernel/net/socket.js";
import type { Task } from "../../../kernel/task/task.js";
import { ip6FromBytes, type Ip6Addr } from "../../../wire/addr.js";
import {
  CLASS_IN,
  DNS_PORT,
  RCODE_NOERROR,
  RCODE_NXDOMAIN,
  TYPE_A,
  TYPE_AAAA,
  TYPE_CNAME,
  TYPE_PTR,
  dnsMessage,
  emitDns,
  parseDns,
  reverseName4,
  reverseName6,
  type DnsMessage,
} from "../../../wire/dns.js";
import { NS_PER_SEC } from "../../../sim/clock.js";

export interface ResolvConf {
  nameservers: number[];
  search: string[];
  ndots: number;
  timeoutSec: number;
  attempts: number;
  rotate: boolean;
  singleRequest: boolean;
  singleRequestReopen: boolean;
}

const MAXNS = 3;
const MAXDNSRCH = 6;
const LOOPBACK = 0x7f000001;

function parseQuad(s: string): number | undefined {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(s);
  if (!m || m.slice(1).some((p) => Number(p) > 255)) return undefined;
  return m.slice(1).reduce((a, p) => ((a << 8) | Number(p)) >>> 0, 0);
}

/** /etc/resolv.conf as res_init reads it. */
export function readResolvConf(task: Task): ResolvConf {
  const conf: ResolvConf = { nameservers: [], search: [], ndots: 1, timeoutSec: 5, attempts: 2, rotate: false, singleRequest: false, singleRequestReopen: false };
  let text = "";
  try {
    text = new TextDecoder().decode(task.host.fs.readFile(task, "/", "/etc/resolv.conf"));
  } catch {
    // No file: the defaults (the local host as nameserver).
  }
  for (const raw of text.split("\n")) {
    const words = raw.replace(/[#;].*/, "").trim().split(/\s+/);
    if (words[0] === "nameserver" && words[1] !== undefined && conf.nameservers.length < MAXNS) {
      // IPv6 nameservers are not modelled: glibc would use them; we skip them.
      const a = parseQuad(words[1]);
      if (a !== undefined) conf.nameservers.push(a);
    } else if ((words[0] === "search" || words[0] === "domain") && words.length > 1) {
      conf.search = words.slice(1, words[0] === "domain" ? 2 : 1 + MAXDNSRCH).map((d) => d.replace(/\.$/, ""));
    } else if (words[0] === "options") {
      for (const o of words.slice(1)) {
        if (o === "rotate") conf.rotate = true;
        else if (o === "single-request") conf.singleRequest = true;
        else if (o === "single-request-reopen") conf.singleRequestReopen = true;
        const m = /^(timeout|attempts|ndots):(\d+)$/.exec(o);
        if (!m) continue;
        const n = Number(m[2]);
        if (m[1] === "timeout") conf.timeoutSec = Math.min(Math.max(n, 1), 30);
        else if (m[1] === "attempts") conf.attempts = Math.min(Math.max(n, 1), 5);
        else conf.ndots = Math.min(n, 15);
      }
    }
  }
  if (!conf.nameservers.length) conf.nameservers.push(LOOPBACK);
  return conf;
}

/** h_errno of a failed lookup. */
export type DnsFailure = "HOST_NOT_FOUND" | "NO_DATA" | "TRY_AGAIN";

/** The replies to the questions asked (one per type, in order). */
export type DnsResult = { ok: true; replies: DnsMessage[] } | { ok: false; herr: DnsFailure; refused?: boolean };

/**
 * `rotate`: where the next lookup starts, per process (glibc's resolver
 * state): a new process starts at the first server, each lookup one further.
 */
const rotation = new WeakMap<object, number>();

interface Question {
  type: number;
  id: number;
  query: Uint8Array;
}

/** A reply that answers `q` (id, QR, the question echoed). */
function matches(m: DnsMessage, q: Question, qname: string): boolean {
  const x = m.questions[0];
  return m.response && m.id === q.id && !!x && x.type === q.type && x.name.toLowerCase() === qname.toLowerCase();
}

type TryOutcome = { kind: "replies"; replies: DnsMessage[] } | { kind: "skip"; refused?: boolean } | { kind: "timeout" };

/** One try at one server over the socket `fd` (opened and connected by the caller). */
async function tryServer(task: Task, open: () => Promise<number | undefined>, fd: number, qs: Question[], qname: string, waitNs: number, conf: ResolvConf): Promise<TryOutcome> {
  const got: (DnsMessage | undefined)[] = qs.map(() => undefined);
  const deadline = task.host.clock.now + waitNs;
  const serial = conf.singleRequest || conf.singleRequestReopen;
  const socks = [fd];
  const send = async (i: number): Promise<boolean> => (await sysSend(task, socks[socks.length - 1]!, qs[i]!.query)).ok;
  if (!(await send(0))) return { kind: "skip" };
  let sent = 1;
  if (!serial && qs.length > 1) {
    // glibc sends the pair with one sendmmsg(): both leave before an ICMP
    // error about the first can fail the second send. Here the first one's
    // error may already be pending (delivery is synchronous); the failed
    // send consumed it, so the second datagram is sent again.
    if (!(await send(1)) && !(await send(1))) return { kind: "skip" };
    sent = 2;
  }
  try {
    for (let n = 0; n < 64; n++) {
      if (got.every((g) => g)) return { kind: "replies", replies: got as DnsMessage[] };
      const left = deadline - task.host.clock.now;
      if (left <= 0) return { kind: "timeout" };
      // send_dg() waits in poll(): with IP_RECVERR a queued ICMP error makes it
      // POLLERR even once sk_err was consumed (by a failed send of the pair),
      // and POLLERR without POLLIN ends the try (close_and_return_error).
      const fdNow = socks[socks.length - 1]!;
      const pr = await sysPoll(task, [{ fd: fdNow, events: POLLIN }], left);
      const ev = pr.ok ? pr.value[0]! : POLLERR;
      if (ev === 0) return { kind: "timeout" };
      const r = await sysRecv(task, fdNow, { timeoutNs: 0 });
      if (!(ev & POLLIN)) return { kind: "skip", refused: !r.ok && r.errno === ERRNO.ECONNREFUSED };
      if (!r.ok) return r.errno === ERRNO.EAGAIN ? { kind: "timeout" } : { kind: "skip", refused: r.errno === ERRNO.ECONNREFUSED };
      const p = parseDns(r.value.data);
      if (!p.ok) continue;
      const i = qs.findIndex((q, k) => k < sent && !got[k] && matches(p.repr, q, qname));
      if (i < 0) continue;
      got[i] = p.repr;
      if (sent < qs.length) {
        // single-request(-reopen): the second question after the first reply.
        if (conf.singleRequestReopen) {
          const s2 = await open();
          if (s2 === undefined) return { kind: "skip" };
          socks.push(s2);
        }
        if (!(await send(sent))) return { kind: "skip" };
        sent++;
      }
    }
    return { kind: "timeout" };
  } finally {
    for (const s of socks.slice(1)) sysClose(task, s);
  }
}

/**
 * res_send(): asks the configured servers the questions `types` about
 * `qname` (one or two of them, together on one socket) as glibc does.
 */
export async function resSend(task: Task, qname: string, types: number[]): Promise<DnsResult> {
  const conf = readResolvConf(task);
  const n = conf.nameservers.length;
  let start = 0;
  if (conf.rotate && n > 1) {
    start = rotation.get(task) ?? 0;
    rotation.set(task, (start + 1) % n);
  }
  let qs: Question[] | undefined;
  const socks = new Map<number, number>();
  const openTo = async (server: number): Promise<number | undefined> => {
    const s = sysSocket(task, AF_INET, SOCK_DGRAM);
    if (!s.ok) return undefined;
    // __res_enable_icmp(): every ICMP error ends the try, the soft ones too (a
    // gateway whose ARP fails answers host unreachable after ~3 s; without
    // IP_RECVERR the socket would ignore it and wait the whole timeout).
    sysSetsockopt(task, s.value, SOL_IP, IP_RECVERR, 1);
    const c = await sysConnect(task, s.value, sockaddrIn(server, DNS_PORT));
    if (!c.ok) {
      sysClose(task, s.value);
      return undefined;
    }
    return s.value;
  };
  // errno of the last try: ECONNREFUSED ends a search list walk at once (res_search).
  let refused = false;
  try {
    for (let attempt = 0; attempt < conf.attempts; attempt++) {
      for (let k = 0; k < n; k++) {
        const i = (start + k) % n;
        const server = conf.nameservers[i]!;
        // Ids are drawn only when queries are really about to go out, so a
        // host without any route to its nameservers leaves the world's RNG alone.
        let fd = socks.get(i);
        if (fd === undefined) {
          fd = await openTo(server);
          if (fd === undefined) continue;
          socks.set(i, fd);
        }
        qs ??= types.map((type) => {
          const id = task.host.rng.int(0, 0xffff);
          return { type, id, query: emitDns(dnsMessage({ id, recursionDesired: true, questions: [{ name: qname, type, class: CLASS_IN }] })) };
        });
        let secs = conf.timeoutSec << k;
        if (k > 0) secs = Math.floor(secs / n);
        if (secs <= 0) secs = 1;
        const r = await tryServer(task, () => openTo(server), fd, qs, qname, secs * NS_PER_SEC, conf);
        refused = r.kind === "skip" && !!r.refused;
        if (r.kind === "skip") {
          sysClose(task, fd);
          socks.delete(i);
          continue;
        }
        if (r.kind === "timeout") continue;
        const good = (m: DnsMessage) => m.rcode === RCODE_NOERROR || m.rcode === RCODE_NXDOMAIN;
        if (r.replies.some(good)) {
          if (r.replies.every((m) => m.rcode === RCODE_NXDOMAIN)) return { ok: false, herr: "HOST_NOT_FOUND" };
          // One half of a pair refused (SERVFAIL, REFUSED…) while the other
          // answered: the answer stands, the refused half counts as empty.
          return { ok: true, replies: r.replies.map((m) => (good(m) ? m : { ...m, rcode: RCODE_NOERROR, answers: [] })) };
        }
        // SERVFAIL, NOTIMP, REFUSED: on to the next server. A single
        // question's socket is closed (its retry comes from a new port); a
        // pair keeps its socket (as captures of glibc show).
        if (qs.length === 1) {
          sysClose(task, fd);
          socks.delete(i);
        }
      }
    }
  } finally {
    for (const fd of socks.values()) sysClose(task, fd);
  }
  return { ok: false, herr: "TRY_AGAIN", refused };
}

/** res_query() for one type: the reply, or the failure. */
export async function resQuery(task: Task, qname: string, qtype: number): Promise<{ ok: true; reply: DnsMessage } | { ok: false; herr: DnsFailure }> {
  const r = await resSend(task, qname, [qtype]);
  return r.ok ? { ok: true, reply: r.replies[0]! } : r;
}

/** The records of `type` for `name` in a reply, following its CNAME chain; and the canonical name. */
function recordsIn(reply: DnsMessage, name: string, type: number): { addrs4: number[]; addrs6: Ip6Addr[]; canonical: string } {
  let cur = name.toLowerCase();
  let canonical = name;
  for (let hops = 0; hops < 16; hops++) {
    const cn = reply.answers.find((r) => r.type === TYPE_CNAME && r.name.toLowerCase() === cur && r.target);
    if (!cn) break;
    canonical = cn.target!;
    cur = canonical.toLowerCase();
  }
  const mine = reply.answers.filter((r) => r.type === type && r.class === CLASS_IN && r.name.toLowerCase() === cur);
  return {
    addrs4: type === TYPE_A ? mine.filter((r) => r.addr !== undefined).map((r) => r.addr!) : [],
    addrs6: type === TYPE_AAAA ? mine.filter((r) => r.rdata?.length === 16).map((r) => ip6FromBytes(r.rdata!)) : [],
    canonical,
  };
}

/** The A records for `name` in a reply, following its CNAME chain; and the canonical name. */
export function addressesIn(reply: DnsMessage, name: string): { addrs: number[]; canonical: string } {
  const r = recordsIn(reply, name, TYPE_A);
  return { addrs: r.addrs4, canonical: r.canonical };
}

export type HostLookup = { ok: true; addrs4: number[]; addrs6: Ip6Addr[]; canonical: string } | { ok: false; herr: DnsFailure; refused?: boolean };

/** One candidate name (no search): the addresses of the types asked. */
async function lookupOne(task: Task, qname: string, types: number[]): Promise<HostLookup> {
  const r = await resSend(task, qname, types);
  if (!r.ok) return r;
  const out = { addrs4: [] as number[], addrs6: [] as Ip6Addr[], canonical: qname };
  let canonSet = false;
  r.replies.forEach((reply, i) => {
    const x = recordsIn(reply, qname, types[i]!);
    out.addrs4.push(...x.addrs4);
    out.addrs6.push(...x.addrs6);
    if (!canonSet && (x.addrs4.length || x.addrs6.length)) {
      out.canonical = x.canonical;
      canonSet = true;
    }
  });
  if (!out.addrs4.length && !out.addrs6.length) return { ok: false, herr: "NO_DATA" };
  return { ok: true, ...out };
}

/**
 * res_search() over the search list, asking `types` (TYPE_A, TYPE_AAAA or
 * both together) for each candidate name: gethostbyname2/gethostbyname4.
 */
export async function dnsLookupHost(task: Task, name: string, types: number[]): Promise<HostLookup> {
  const conf = readResolvConf(task);
  const absolute = name.endsWith(".");
  const bare = name.replace(/\.$/, "");
  const dots = bare.split(".").length - 1;
  let triedAsIs = false;
  let saved: DnsFailure | undefined;
  let gotNodata = false;
  let last: DnsFailure = "HOST_NOT_FOUND";
  if (absolute || dots >= conf.ndots) {
    const r = await lookupOne(task, bare, types);
    if (r.ok) return r;
    saved = r.herr;
    triedAsIs = true;
  }
  if (!absolute) {
    for (const d of conf.search) {
      const r = await lookupOne(task, `${bare}.${d}`, types);
      if (r.ok) return r;
      if (r.refused) return { ok: false, herr: "TRY_AGAIN" };
      last = r.herr;
      if (r.herr === "NO_DATA") gotNodata = true;
      else if (r.herr === "TRY_AGAIN") break;
    }
  }
  if (!triedAsIs) {
    const r = await lookupOne(task, bare, types);
    if (r.ok) return r;
    last = r.herr;
    if (r.herr === "NO_DATA") gotNodata = true;
  }
  if (saved !== undefined) return { ok: false, herr: saved };
  if (gotNodata) return { ok: false, herr: "NO_DATA" };
  return { ok: false, herr: last };
}

/** gethostbyname-style A lookup over DNS. */
export async function dnsLookupA(task: Task, name: string): Promise<{ ok: true; addrs: number[]; canonical: string } | { ok: false; herr: DnsFailure }> {
  const r = await dnsLookupHost(task, name, [TYPE_A]);
  if (!r.ok) return r;
  return { ok: true, addrs: r.addrs4, canonical: r.canonical };
}

/** A PTR lookup (getnameinfo over DNS): the name, or undefined. An IPv6 address asks under ip6.arpa. */
export async function dnsLookupPtr(task: Task, addr: number | bigint): Promise<string | undefined> {
  const q = typeof addr === "bigint" ? reverseName6(addr) : reverseName4(addr);
  const r = await resQuery(task, q, TYPE_PTR);
  if (!r.ok) return undefined;
  return r.reply.answers.find((x) => x.type === TYPE_PTR && x.name.toLowerCase() === q && x.target)?.target;
}
