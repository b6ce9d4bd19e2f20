// A small authoritative-and-recursive-looking DNS server, the part of
// dnsmasq a home router or QEMU's slirp offers at 10.0.2.3: it answers from
// a hosts-format zone file (read afresh for every query, like dnsmasq's
// /etc/hosts after SIGHUP) over UDP port 53, through the ordinary socket
// system calls of the task it runs in.
//
// Answers: A for a name in the zone (every address listed for it, in file
// order), PTR for the in-addr.arpa name of an address in the zone (its first
// name), NOERROR with no answer for a known name asked another type (NODATA),
// NXDOMAIN for anything else. Replies set AA and RA and copy RD, the id and
// the question; TTL 0 as dnsmasq gives local names (--local-ttl default).
// Not modelled: forwarding upstream, caching, TCP, EDNS0 (an OPT record in a
// query is ignored and not echoed), other record types, multiple questions
// (FORMERR, as dnsmasq answers them).

import { sysBind, sysRecv, sysSend, sysSocket } from "../../kernel/net/socket.js";
import type { Task } from "../../kernel/task/task.js";
import type { Program } from "../../kernel/task/program.js";
import { AF_INET, SOCK_DGRAM, sockaddrIn } from "../../uapi/socket.js";
import { parseIpv4Pton } from "../../wire/addr.js";
import {
  CLASS_IN,
  DNS_PORT,
  RCODE_FORMERR,
  RCODE_NOERROR,
  RCODE_NOTIMP,
  RCODE_NXDOMAIN,
  TYPE_A,
  TYPE_PTR,
  dnsMessage,
  emitDns,
  parseDns,
  reverseName4,
  type DnsMessage,
  type DnsRecord,
} from "../../wire/dns.js";

export interface ZoneEntry {
  addr: number;
  names: string[];
}

/** A hosts-format zone: "ADDRESS NAME [ALIAS…]" lines, '#' comments; IPv4 lines only. */
export function parseZone(text: string): ZoneEntry[] {
  const out: ZoneEntry[] = [];
  for (const raw of text.split("\n")) {
    const [a, ...names] = raw.replace(/#.*/, "").trim().split(/\s+/);
    const addr = a ? parseIpv4Pton(a) : undefined;
    if (addr !== undefined && names.length) out.push({ addr, names: names.map((n) => n.toLowerCase().replace(/\.$/, "")) });
  }
  return out;
}

/** The reply to one query, or undefined for something that is not a query. */
export function answer(zone: ZoneEntry[], q: DnsMessage): DnsMessage | undefined {
  if (q.response) return undefined;
  const reply = dnsMessage({
    id: q.id,
    response: true,
    opcode: q.opcode,
    authoritative: true,
    recursionDesired: q.recursionDesired,
    recursionAvailable: true,
    questions: q.questions.slice(0, 1),
  });
  if (q.opcode !== 0) return { ...reply, authoritative: false, rcode: RCODE_NOTIMP };
  const question = q.questions[0];
  if (q.questions.length !== 1 || !question) return { ...reply, authoritative: false, rcode: RCODE_FORMERR };
  const name = question.name.toLowerCase().replace(/\.$/, "");
  const rr = (r: Omit<DnsRecord, "name" | "class" | "ttl">): DnsRecord => ({ name: question.name, class: CLASS_IN, ttl: 0, ...r });
  const forward = zone.filter((e) => e.names.includes(name));
  const reverse = zone.find((e) => reverseName4(e.addr) === name);
  if (!forward.length && !reverse) return { ...reply, rcode: RCODE_NXDOMAIN };
  if (question.class === CLASS_IN && question.type === TYPE_A && forward.length)
    reply.answers = [...new Set(forward.map((e) => e.addr))].map((addr) => rr({ type: TYPE_A, addr }));
  else if (question.class === CLASS_IN && question.type === TYPE_PTR && reverse) reply.answers = [rr({ type: TYPE_PTR, target: reverse.names[0]! })];
  return { ...reply, rcode: RCODE_NOERROR };
}

/**
 * The server's main loop: binds `address`:53/udp and answers until killed.
 * Returns 1 if it cannot bind. It binds one address (dnsmasq's
 * --listen-address with --bind-interfaces) because replies leave from the
 * socket's address: on a wildcard socket they would come from the
 * interface's primary address, which a resolver's connected socket ignores
 * (real dnsmasq answers wildcard queries from the address asked, via IP_PKTINFO).
 */
export async function dnsServe(task: Task, zoneFile: string, address: number): Promise<number> {
  const s = sysSocket(task, AF_INET, SOCK_DGRAM);
  if (!s.ok) return 1;
  const fd = s.value;
  if (!sysBind(task, fd, sockaddrIn(address, DNS_PORT)).ok) return 1;
  for (;;) {
    const r = await sysRecv(task, fd);
    if (!r.ok) return 1;
    if (!r.value.from) continue;
    const p = parseDns(r.value.data);
    if (!p.ok) continue;
    let zone: ZoneEntry[] = [];
    try {
      zone = parseZone(new TextDecoder().decode(task.host.fs.readFile(task, "/", zoneFile)));
    } catch {
      // No zone file: every name is unknown.
    }
    const reply = answer(zone, p.repr);
    if (reply) await sysSend(task, fd, emitDns(reply), r.value.from);
  }
}

/**
 * `nslab-dns ADDRESS ZONEFILE`: the server as a command, installed only on the
 * hosts that run it (the default world's gateway), for its boot script to
 * start in the background once the address exists.
 */
export const nslabDnsMain: Program = async (ctx) => {
  const [address, zone] = ctx.argv.slice(1);
  const a = address === undefined ? undefined : parseIpv4Pton(address);
  if (a === undefined || zone === undefined) {
    await ctx.stderr.write("usage: nslab-dns ADDRESS ZONEFILE\n");
    return 2;
  }
  const r = await dnsServe(ctx.task, zone, a);
  if (r) await ctx.stderr.write(`nslab-dns: cannot bind ${address}:53\n`);
  return r;
};
