// The IPv6 half of iputils 20221126 ping (ping6_common.c): chosen by -6, by
// a target written as an IPv6 address, or by running it as ping6 (Debian's
// symlink). Sets up an ICMPv6 ping socket (kernel/ipv6/ping.ts) — scope from
// `addr%dev` or -I, the connect that picks the source and reports
// "connect: Network is unreachable" — prints the "PING a(b) N data bytes"
// header, and hands ping.ts's common main loop a PingFamily that prints IPv6
// addresses and ICMPv6 errors as print_icmp6 words them.
// Names: getaddrinfo's IPv6 answers (the first is used); replies print
// "NAME (ADDR)" with the name from /etc/hosts (no PTR lookups for IPv6 here).
// Knowingly left out: flow labels (-F), node information queries (-N), -v.

import { KernelError, strerror } from "../../uapi/errno.js";
import { formatIp6, parseIp6, type Ip6Addr } from "../../wire/addr.js";
import { ICMPV6_DEST_UNREACH, ICMPV6_PARAMPROB, ICMPV6_PKT_TOOBIG, ICMPV6_TIME_EXCEED } from "../../wire/icmpv6.js";
import { devGetByIndex, devGetByName } from "../../kernel/core/dev.js";
import { ip6DatagramConnect, ping6CheckBindAddr, ping6Close, ping6Send, ping6Socket, type Ping6Event } from "../../kernel/ipv6/ping.js";
import type { ProgramContext } from "../../kernel/task/program.js";
import { ipv6ChkAddr } from "../../kernel/ipv6/saddr.js";
import { readHostsFile } from "../lib/nss/hosts.js";
import { resolveHost } from "../lib/nss/resolve.js";
import { Exit, type Opts, type PingFamily } from "./ping.js";

/**
 * Does this run speak IPv6: -6, ping6, or a target that is an IPv6 address.
 * An IPv6 address under -4 is getaddrinfo's EAI_ADDRFAMILY.
 */
export function isIpv6Target(o: Opts, argv0: string, err: (s: string) => void): boolean {
  const t = o.target ?? "";
  const literal = parseIp6(t.split("%")[0]!) !== undefined;
  if (o.only4) {
    if (!literal) return false;
    err(`ping: ${t}: Address family for hostname not supported\n`);
    throw new Exit(2);
  }
  return o.only6 || /(^|\/)ping6$/.test(argv0) || literal;
}

/** print_icmp6()'s words for an error. */
function icmp6Text(type: number, code: number, info: number): string {
  if (type === ICMPV6_DEST_UNREACH) {
    const why = ["No route", "Administratively prohibited", "Beyond scope of source address", "Address unreachable", "Port unreachable"][code];
    return `Destination unreachable: ${why ?? `Unknown code ${code}`}`;
  }
  if (type === ICMPV6_PKT_TOOBIG) return `Packet too big: mtu=${info >>> 0}`;
  if (type === ICMPV6_TIME_EXCEED) {
    if (code === 0) return "Time exceeded: Hop limit";
    if (code === 1) return "Time exceeded: Defragmentation failure";
    return `Time exceeded: code ${code}`;
  }
  if (type === ICMPV6_PARAMPROB) {
    const what = ["Wrong header field ", "Unknown header ", "Unknown option "][code] ?? "code ";
    return `Parameter problem: ${what}at ${info >>> 0}`;
  }
  return `Bad ICMP type: ${type}`;
}

/** ping6_run()'s setup: socket, scope, connect, header. */
export async function ping6Setup(pc: ProgramContext, write: (s: string) => Promise<void>, err: (s: string) => void, o: Opts): Promise<PingFamily> {
  const task = pc.task;
  const ns = task.netns;
  const target = o.target!;
  const pct = target.indexOf("%");
  let dst = parseIp6(pct >= 0 ? target.slice(0, pct) : target);
  const numericTarget = dst !== undefined;
  let hostname = target;
  if (dst === undefined) {
    // getaddrinfo(AF_INET6): iputils asks A and AAAA together, then keeps the IPv6 answers.
    const r = await resolveHost(task, target, { both: true, family: "unspec" });
    if (r.kind === "error") {
      err(`ping: ${target}: ${r.text}\n`);
      throw new Exit(2);
    }
    if (!r.addrs6.length) {
      err(`ping: ${target}: Address family for hostname not supported\n`);
      throw new Exit(2);
    }
    dst = r.addrs6[0]!;
    hostname = r.canonical;
  }
  const lookupNames = !numericTarget && !o.numeric;
  /** pr_addr(): "NAME (ADDR)" when names are looked up (/etc/hosts only: no PTR for IPv6 here). */
  const prAddr = (a: Ip6Addr, text: string): string => {
    if (!lookupNames) return text;
    const name = readHostsFile(task).find((e) => parseIp6(e.address) === a)?.names[0];
    return `${name ?? text} (${text})`;
  };
  // -I: an address of ours to send from, or a device to bind to.
  let source: Ip6Addr | undefined;
  let device = o.device;
  if (device !== undefined) {
    const a = parseIp6(device);
    if (a !== undefined) {
      source = a;
      device = undefined;
    }
  }
  let oif = 0;
  const scopeName = pct >= 0 ? target.slice(pct + 1) : undefined;
  if (scopeName !== undefined) {
    const d = devGetByName(ns, scopeName) ?? (/^\d+$/.test(scopeName) ? devGetByIndex(ns, Number(scopeName)) : undefined);
    if (!d) {
      err(`ping: ${target}: Name or service not known\n`);
      throw new Exit(2);
    }
    oif = d.ifindex;
  }
  if (device !== undefined) {
    const d = devGetByName(ns, device);
    if (!d) {
      err(`ping: unknown iface: ${device}\n`);
      throw new Exit(2);
    }
    oif = d.ifindex;
  }
  const linkLocal = dst >> 118n === 0x3fan;
  // A link-local target without a scope goes where the routes lead
  // (recorded: the only link with fe80::/64 is used, replies say %dev).
  if (source !== undefined) {
    try {
      ping6CheckBindAddr(ns, source, oif);
    } catch (e) {
      if (!(e instanceof KernelError)) throw e;
      err(`ping: bind icmp socket: ${strerror(e.errno)}\n`);
      throw new Exit(2);
    }
  }
  let src: Ip6Addr;
  try {
    src = ip6DatagramConnect(ns, dst, source ?? 0n, oif).src;
  } catch (e) {
    if (!(e instanceof KernelError)) throw e;
    err(`ping: connect: ${strerror(e.errno)}\n`);
    throw new Exit(2);
  }
  const sock = ping6Socket(task);
  sock.boundDev = oif;
  sock.daddr6 = dst;
  sock.saddr6 = source ?? 0n;
  if (o.ttl !== undefined) sock.hops = o.ttl;
  // -M: IPV6_MTU_DISCOVER (the same numbers as IPv4's modes).
  if (o.pmtudisc !== undefined) sock.pmtudisc = o.pmtudisc;
  let out = `PING ${hostname}(${prAddr(dst, formatIp6(dst) + (scopeName !== undefined ? `%${scopeName}` : ""))}) `;
  if (o.device !== undefined) {
    // ping6_run(): with -I and a link-local target the source stays
    // unknown (::) and the warning comes whatever the kernel would pick.
    const dev = oif ? devGetByIndex(ns, oif) : undefined;
    const owns = source !== undefined || (!linkLocal && dev && ipv6ChkAddr(ns, src, dev)?.idev.dev === dev);
    if (!owns) err(`ping: Warning: source address might be selected on device other than: ${o.device}\n`);
    out += `from ${formatIp6(linkLocal ? 0n : src)} ${device ?? ""}: `;
  }
  out += `${o.datalen} data bytes\n`;
  await write(out);
  return {
    sock,
    hostname,
    // The common loop's own lookups are IPv4's: names are added here, in addr().
    numericTarget: true,
    send: (seq, data) => ping6Send(sock, seq, data),
    close: () => ping6Close(sock),
    addr: (ev) => {
      // getnameinfo(NI_NUMERICHOST) adds the scope of a link-local source.
      const e = ev as Ping6Event;
      const text = formatIp6(e.from6);
      if (e.from6 >> 118n !== 0x3fan) return prAddr(e.from6, text);
      return prAddr(e.from6, `${text}%${devGetByIndex(ns, e.iif)?.name ?? e.iif}`);
    },
    errText: (ev) => (ev.kind === "error" ? icmp6Text(ev.type, ev.code, ev.info) : ""),
  };
}
