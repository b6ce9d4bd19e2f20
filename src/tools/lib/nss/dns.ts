// glibc's stub resolver (resolv/res_send.c behaviour, nss_dns): questions go
// over UDP port 53 to the nameservers of /etc/resolv.conf, through the same
// socket system calls any program uses, so they cross the host's routes,
// netfilter and the wire like real traffic (and tcpdump sees them).
//
// What it keeps from glibc:
// - at most 3 `nameserver` lines; none (or no file) means 127.0.0.1;
//   `options timeout:N attempts:N` (defaults 5 s and 2, capped at 30 and 5);
// - per attempt, every server in turn; each try waits (timeout << i) / count
//   seconds for server i>0 (the first server waits the full timeout), at least 1 s;
// - a server that cannot be reached (connect/sendto fails: no route) or
//   answers with ICMP port unreachable (ECONNREFUSED) is skipped at once;
// - replies must come from the server's address and port, carry the query's id
//   and question; others are ignored while the try's time runs;
// - NXDOMAIN → HOST_NOT_FOUND (getaddrinfo: EAI_NONAME); NOERROR without the
//   type asked → NO_DATA (EAI_NODATA); SERVFAIL/REFUSED/no answer at all →
//   TRY_AGAIN (EAI_AGAIN);
// - the query is a plain RFC 1035 one with RD set and no EDNS0 (Debian's
//   resolv.conf has no `options edns0`), a random id per query.
// Where we differ: only A (or PTR) is asked — glibc's getaddrinfo(AF_UNSPEC)
// sends A and AAAA in parallel on one socket; `search`/`domain` lists are not
// applied; no TCP fallback for truncated replies; no `rotate`.

import { ERRNO } from "../../../uapi/errno.js";
import { AF_INET, SOCK_DGRAM, sockaddrIn } from "../../../uapi/socket.js";
import { sysClose, sysConnect, sysRecv, sysSend, sysSocket } from "../../../kernel/net/socket.js";
import type { Task } from "../../../kernel/task/task.js";
import { CLASS_IN, DNS_PORT, RCODE_NOERROR, RCODE_NXDOMAIN, TYPE_A, TYPE_CNAME, TYPE_PTR, dnsMessage, emitDns, parseDns, reverseName4, type DnsMessage } from "../../../wire/dns.js";
import { NS_PER_SEC } from "../../../sim/clock.js";

export interface ResolvConf {
  nameservers: number[];
  timeoutSec: number;
  attempts: number;
}

const MAXNS = 3;
const LOOPBACK = 0x7f000001;

function parseQuad(s: string): number | undefined {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(s);
  if (!m || m.slice(1).some((p) => Number(p) > 255)) return undefined;
  return m.slice(1).reduce((a, p) => ((a << 8) | Number(p)) >>> 0, 0);
}

/** /etc/resolv.conf as res_init reads it. */
export function readResolvConf(task: Task): ResolvConf {
  const conf: ResolvConf = { nameservers: [], timeoutSec: 5, attempts: 2 };
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
    } else if (words[0] === "options") {
      for (const o of words.slice(1)) {
        const m = /^(timeout|attempts):(\d+)$/.exec(o);
        if (!m) continue;
        const n = Number(m[2]);
        if (m[1] === "timeout") conf.timeoutSec = Math.min(Math.max(n, 1), 30);
        else conf.attempts = Math.min(Math.max(n, 1), 5);
      }
    }
  }
  if (!conf.nameservers.length) conf.nameservers.push(LOOPBACK);
  return conf;
}

/** h_errno of a failed lookup. */
export type DnsFailure = "HOST_NOT_FOUND" | "NO_DATA" | "TRY_AGAIN";

export type DnsResult = { ok: true; reply: DnsMessage } | { ok: false; herr: DnsFailure };

/** One question to one server: the reply, "skip" (unreachable/refused) or "timeout". */
async function askOne(task: Task, server: number, query: Uint8Array, id: number, qname: string, qtype: number, waitNs: number): Promise<DnsMessage | "skip" | "timeout"> {
  const s = sysSocket(task, AF_INET, SOCK_DGRAM);
  if (!s.ok) return "skip";
  const fd = s.value;
  try {
    const c = await sysConnect(task, fd, sockaddrIn(server, DNS_PORT));
    if (!c.ok) return "skip";
    const sent = await sysSend(task, fd, query);
    if (!sent.ok) return "skip";
    const deadline = task.host.clock.now + waitNs;
    for (let i = 0; i < 64; i++) {
      const left = deadline - task.host.clock.now;
      if (left <= 0) return "timeout";
      const r = await sysRecv(task, fd, { timeoutNs: left });
      if (!r.ok) return r.errno === ERRNO.EAGAIN ? "timeout" : "skip";
      const p = parseDns(r.value.data);
      if (!p.ok) continue;
      const m = p.repr;
      const q = m.questions[0];
      if (!m.response || m.id !== id || !q || q.type !== qtype || q.name.toLowerCase() !== qname.toLowerCase()) continue;
      return m;
    }
    return "timeout";
  } finally {
    sysClose(task, fd);
  }
}

/** res_query(): asks the configured servers for `qname`/`qtype` as glibc does. */
export async function resQuery(task: Task, qname: string, qtype: number): Promise<DnsResult> {
  const conf = readResolvConf(task);
  let query: Uint8Array | undefined;
  let id = 0;
  const n = conf.nameservers.length;
  for (let attempt = 0; attempt < conf.attempts; attempt++) {
    for (let i = 0; i < n; i++) {
      // The id is drawn only when a query is really about to go out, so a host
      // without any route to its nameservers leaves the world's RNG alone.
      if (!query) {
        id = task.host.rng.int(0, 0xffff);
        query = emitDns(dnsMessage({ id, recursionDesired: true, questions: [{ name: qname, type: qtype, class: CLASS_IN }] }));
      }
      let secs = conf.timeoutSec << i;
      if (i > 0) secs = Math.floor(secs / n);
      if (secs <= 0) secs = 1;
      const r = await askOne(task, conf.nameservers[i]!, query, id, qname, qtype, secs * NS_PER_SEC);
      if (r === "skip" || r === "timeout") continue;
      if (r.rcode === RCODE_NXDOMAIN) return { ok: false, herr: "HOST_NOT_FOUND" };
      if (r.rcode !== RCODE_NOERROR) continue;
      return { ok: true, reply: r };
    }
  }
  return { ok: false, herr: "TRY_AGAIN" };
}

/** The A records for `name` in a reply, following its CNAME chain; and the canonical name. */
export function addressesIn(reply: DnsMessage, name: string): { addrs: number[]; canonical: string } {
  let cur = name.toLowerCase();
  let canonical = name;
  for (let hops = 0; hops < 16; hops++) {
    const cn = reply.answers.find((r) => r.type === TYPE_CNAME && r.name.toLowerCase() === cur && r.target);
    if (!cn) break;
    canonical = cn.target!;
    cur = canonical.toLowerCase();
  }
  const addrs = reply.answers.filter((r) => r.type === TYPE_A && r.class === CLASS_IN && r.name.toLowerCase() === cur && r.addr !== undefined).map((r) => r.addr!);
  return { addrs, canonical };
}

/** gethostbyname-style A lookup over DNS. */
export async function dnsLookupA(task: Task, name: string): Promise<{ ok: true; addrs: number[]; canonical: string } | { ok: false; herr: DnsFailure }> {
  const r = await resQuery(task, name.replace(/\.$/, ""), TYPE_A);
  if (!r.ok) return r;
  const a = addressesIn(r.reply, name.replace(/\.$/, ""));
  if (!a.addrs.length) return { ok: false, herr: "NO_DATA" };
  return { ok: true, ...a };
}

/** A PTR lookup (getnameinfo over DNS): the name, or undefined. */
export async function dnsLookupPtr(task: Task, addr: number): Promise<string | undefined> {
  const q = reverseName4(addr);
  const r = await resQuery(task, q, TYPE_PTR);
  if (!r.ok) return undefined;
  return r.reply.answers.find((x) => x.type === TYPE_PTR && x.name.toLowerCase() === q && x.target)?.target;
}
