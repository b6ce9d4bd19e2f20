// The port and connection tables of one namespace (net/ipv4/inet_hashtables.c,
// inet_connection_sock.c's bind conflict check, udp.c's udp_lib_get_port):
// bhash (every socket holding a local port), TCP's ehash (connections by
// 4-tuple, TIME_WAIT included) and the listeners. Ephemeral ports come from
// net.ipv4.ip_local_port_range through the world RNG (the kernel hashes the
// 4-tuple with a random secret: only "in range and free" is observable);
// connect() takes even ports and bind(0) odd ones, as Linux prefers since 4.6.

import { kerr } from "../../uapi/errno.js";
import { TCP_LISTEN, TCP_TIME_WAIT } from "../../uapi/socket.js";
import { sysctlGet } from "../fs/procfs-sys.js";
import { netCore } from "../core/net_namespace.js";
import type { NetNamespace } from "../core/netns.js";
import type { InetSock, SockProto } from "./inet_sock.js";

/** A socket as the tables see it; TCP sockets also carry a state. */
export interface HashedSock extends InetSock {
  state?: number;
}

export interface InetHashinfo {
  /** bhash: local port -> sockets bound to it, in bind order. */
  readonly bhash: Map<number, Set<HashedSock>>;
  /** ehash: "laddr:lport:raddr:rport" -> the connection (TCP only). */
  readonly ehash: Map<string, HashedSock>;
  /** Every hashed socket in the order it was hashed (what ss walks). */
  readonly all: Set<HashedSock>;
}

const KEY = { tcp: "inet_hashinfo_tcp", udp: "inet_hashinfo_udp" } as const;

export function hashinfo(ns: NetNamespace, proto: SockProto): InetHashinfo {
  return ns.get<InetHashinfo>(KEY[proto], () => ({ bhash: new Map(), ehash: new Map(), all: new Set() }));
}

export function ehashKey(laddr: number, lport: number, raddr: number, rport: number): string {
  return `${laddr >>> 0}:${lport}:${raddr >>> 0}:${rport}`;
}

export function localPortRange(ns: NetNamespace): [number, number] {
  const v = sysctlGet(ns, "net.ipv4.ip_local_port_range") ?? "32768\t60999";
  const [a, b] = v.split(/\s+/).map((x) => Number.parseInt(x, 10));
  const lo = Number.isFinite(a) ? a! : 32768;
  const hi = Number.isFinite(b) ? b! : 60999;
  return lo <= hi ? [lo, hi] : [hi, lo];
}

function addrsOverlap(a: number, b: number): boolean {
  return a === 0 || b === 0 || a === b;
}

/**
 * Whether two sockets' bound addresses overlap, across families: an IPv6
 * socket bound to :: (IPV6_V6ONLY off, the default) also holds the port for
 * IPv4, as inet_bind_conflict's ipv6_rcv_saddr_equal does; an IPv6 socket
 * bound to a specific address never overlaps an IPv4 one.
 */
function sockAddrsOverlap(a: HashedSock, b: HashedSock): boolean {
  if (a.family === 4 && b.family === 4) return addrsOverlap(a.rcvSaddr, b.rcvSaddr);
  if (a.family === 6 && b.family === 6) return a.rcvSaddr6 === 0n || b.rcvSaddr6 === 0n || a.rcvSaddr6 === b.rcvSaddr6;
  const v6 = a.family === 6 ? a : b;
  return v6.rcvSaddr6 === 0n;
}

/** The ehash key of a connected socket (the family keeps IPv4 and IPv6 tuples apart). */
export function sockEhashKey(sk: HashedSock): string {
  return sk.family === 6 && !sk.v4mapped ? ehash6Key(sk.saddr6, sk.sport, sk.daddr6, sk.dport) : ehashKey(sk.saddr, sk.sport, sk.daddr, sk.dport);
}

export function ehash6Key(laddr: bigint, lport: number, raddr: bigint, rport: number): string {
  return `6:${laddr}:${lport}:${raddr}:${rport}`;
}

/** inet_csk_bind_conflict() / udp_lib_lport_inuse(): may `sk` share `port` with what holds it? */
function conflicts(sk: HashedSock, port: number, hi: InetHashinfo): boolean {
  const holders = hi.bhash.get(port);
  if (!holders) return false;
  for (const o of holders) {
    if (o === sk) continue;
    if (sk.boundDev && o.boundDev && sk.boundDev !== o.boundDev) continue;
    if (!sockAddrsOverlap(sk, o)) continue;
    if (sk.reuseport && o.reuseport) continue;
    if (sk.proto === "tcp") {
      if (o.state === TCP_TIME_WAIT && sk.reuseaddr) continue;
      if (sk.reuseaddr && o.reuseaddr && o.state !== TCP_LISTEN) continue;
    } else if (sk.reuseaddr && o.reuseaddr) continue;
    return true;
  }
  return false;
}

function hashBind(sk: HashedSock, port: number, hi: InetHashinfo): void {
  let set = hi.bhash.get(port);
  if (!set) hi.bhash.set(port, (set = new Set()));
  set.add(sk);
  hi.all.add(sk);
  sk.sport = port;
}

/**
 * inet_csk_get_port() / udp_lib_get_port(): binds `sk` to `port`, or to a free
 * ephemeral port when `port` is 0. Throws EADDRINUSE.
 */
export function inetGetPort(sk: HashedSock, port: number, purpose: "bind" | "connect" = "bind"): void {
  const hi = hashinfo(sk.ns, sk.proto);
  if (port) {
    if (conflicts(sk, port, hi)) throw kerr("EADDRINUSE");
    hashBind(sk, port, hi);
    return;
  }
  const [lo, hiPort] = localPortRange(sk.ns);
  const n = hiPort - lo + 1;
  const rng = netCore(sk.ns).host.rng;
  const start = rng.int(lo, hiPort);
  // TCP: connect() takes even ports, bind(0) odd ones (the other parity is tried second).
  const parities = sk.proto === "tcp" ? (purpose === "connect" ? [0, 1] : [1, 0]) : [-1];
  for (const parity of parities) {
    for (let i = 0; i < n; i++) {
      const p = lo + ((start - lo + i) % n);
      if (parity >= 0 && (p & 1) !== parity) continue;
      if (hi.bhash.get(p)?.size) continue;
      sk.autoPort = true;
      hashBind(sk, p, hi);
      return;
    }
  }
  throw kerr("EADDRINUSE");
}

/** inet_put_port() + unhash: the socket gives its port and table entries back. */
export function inetUnhash(sk: HashedSock): void {
  const hi = hashinfo(sk.ns, sk.proto);
  const set = hi.bhash.get(sk.sport);
  if (set) {
    set.delete(sk);
    if (!set.size) hi.bhash.delete(sk.sport);
  }
  const k = sockEhashKey(sk);
  if (hi.ehash.get(k) === sk) hi.ehash.delete(k);
  hi.all.delete(sk);
}

/** Adds a connected socket to ehash; false if the 4-tuple is taken (EADDRNOTAVAIL for connect). */
export function inetEhashInsert(sk: HashedSock): boolean {
  const hi = hashinfo(sk.ns, sk.proto);
  const k = sockEhashKey(sk);
  const have = hi.ehash.get(k);
  if (have && have !== sk) return false;
  hi.ehash.set(k, sk);
  hi.all.add(sk);
  return true;
}

/** A connection-table child (accepted connection) sharing its listener's port. */
export function inetInheritPort(child: HashedSock): void {
  const hi = hashinfo(child.ns, child.proto);
  hashBind(child, child.sport, hi);
}

/** __inet_lookup_established() */
export function inetLookupEstablished(ns: NetNamespace, proto: SockProto, laddr: number, lport: number, raddr: number, rport: number): HashedSock | undefined {
  return hashinfo(ns, proto).ehash.get(ehashKey(laddr, lport, raddr, rport));
}

/**
 * __inet_lookup_listener() / udp's scoring: the best socket bound to `lport`
 * for a packet to `laddr` arriving on `iif`: an exact address beats a
 * wildcard, a bound device beats none. `accept` filters candidates.
 */
export function inetLookupBound(
  ns: NetNamespace,
  proto: SockProto,
  laddr: number,
  lport: number,
  iif: number,
  accept: (sk: HashedSock) => boolean,
  /** For an IPv6 packet: its destination (only AF_INET6 sockets match it). */
  laddr6?: bigint,
): HashedSock | undefined {
  const set = hashinfo(ns, proto).bhash.get(lport);
  if (!set) return undefined;
  let best: HashedSock | undefined;
  let bestScore = -1;
  for (const sk of set) {
    if (!accept(sk)) continue;
    // An IPv4 packet may also reach a socket bound to :: (dual stack: inet6_bind
    // makes a socket bound to a specific IPv6 address IPv6-only), scored below
    // an AF_INET one as compute_score does.
    if (laddr6 !== undefined && sk.family !== 6) continue;
    if (laddr6 === undefined && sk.family === 6 && sk.rcvSaddr6 !== 0n) continue;
    let score = laddr6 === undefined && sk.family === 4 ? 2 : 1;
    if (laddr6 !== undefined) {
      if (sk.rcvSaddr6) {
        if (sk.rcvSaddr6 !== laddr6) continue;
        score += 4;
      }
    } else if (sk.rcvSaddr) {
      if (sk.rcvSaddr !== laddr) continue;
      score += 4;
    }
    if (sk.boundDev) {
      if (sk.boundDev !== iif) continue;
      score += 4;
    }
    if (score > bestScore) {
      best = sk;
      bestScore = score;
    }
  }
  return best;
}
