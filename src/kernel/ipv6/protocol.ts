// inet6_protos[] (net/ipv6/protocol.c): the upper-layer handlers IPv6 hands a
// local packet to by next header (UDP, TCP), and their err_handler, which
// icmpv6_notify() calls for an ICMPv6 error quoting one of their packets.
// A table of its own so ip6_input.ts and icmp.ts need not import UDP/TCP.

import type { Ip6Addr } from "../../wire/addr.js";
import type { NetNamespace } from "../core/netns.js";
import type { SkBuff } from "../core/skbuff.js";

/** An ICMPv6 error about a packet we sent: `quoted` starts at its IPv6 header. */
export interface Icmp6ErrInfo {
  type: number;
  code: number;
  info: number;
  /** Who sent the error. */
  from: Ip6Addr;
  quoted: Uint8Array;
  hops: number;
  /**
   * For a redirect (NDISC_REDIRECT): what the socket's err handler calls to take it
   * (ip6_sk_redirect: the lookup's oif is the socket's bound device).
   */
  redirect?: (oif: number) => void;
}

type Rcv = (skb: SkBuff) => void;
type Err = (ns: NetNamespace, e: Icmp6ErrInfo) => void;

const rcv = new Map<number, Rcv>();
const err = new Map<number, Err>();

export function inet6AddProtocol(nexthdr: number, handler: Rcv, errHandler: Err): void {
  rcv.set(nexthdr, handler);
  err.set(nexthdr, errHandler);
}

export function inet6Protocol(nexthdr: number): Rcv | undefined {
  return rcv.get(nexthdr);
}

export function inet6ErrHandler(nexthdr: number): Err | undefined {
  return err.get(nexthdr);
}

/** ::ffff:0:0/96, the IPv4-mapped prefix. */
export const V4MAPPED = 0xffff00000000n;
export function isV4Mapped(a: Ip6Addr): boolean {
  return a >> 32n === 0xffffn;
}

/** The 128-bit address at offset `o` of `b`. */
export function addr6At(b: Uint8Array, o: number): Ip6Addr {
  let a = 0n;
  for (let i = o; i < o + 16; i++) a = (a << 8n) | BigInt(b[i]!);
  return a;
}

/** A local packet's transport header and its addresses (the frame has the IPv6 header at 14). */
export function ip6Upper(skb: SkBuff): { seg: Uint8Array; saddr: Ip6Addr; daddr: Ip6Addr } {
  const b = skb.data;
  const plen = (b[18]! << 8) | b[19]!;
  return { seg: b.subarray(54, 54 + plen), saddr: addr6At(b, 22), daddr: addr6At(b, 38) };
}

/** The addresses and ports of the UDP or TCP packet an ICMPv6 error quotes (undefined if cut short). */
export function quotedFlow(q: Uint8Array): { saddr: Ip6Addr; daddr: Ip6Addr; sport: number; dport: number } | undefined {
  if (q.length < 44) return undefined;
  return { saddr: addr6At(q, 8), daddr: addr6At(q, 24), sport: (q[40]! << 8) | q[41]!, dport: (q[42]! << 8) | q[43]! };
}

/** icmpv6_err_convert(): the errno of an ICMPv6 error, and whether it is fatal. */
export function icmpv6ErrConvert(type: number, code: number): { errno: number; fatal: boolean } {
  // Numbers from errno.h: ENETUNREACH 101, EACCES 13, EHOSTUNREACH 113, ECONNREFUSED 111, EPROTO 71.
  if (type === 1) {
    const t: Array<[number, boolean]> = [
      [101, false], // NOROUTE
      [13, true], // ADM_PROHIBITED
      [113, false], // NOT_NEIGHBOUR
      [113, false], // ADDR_UNREACH
      [111, true], // PORT_UNREACH
      [13, true], // POLICY_FAIL
      [13, true], // REJECT_ROUTE
    ];
    const e = t[code];
    return e ? { errno: e[0], fatal: e[1] } : { errno: 71, fatal: false };
  }
  if (type === 2) return { errno: 90, fatal: false }; // EMSGSIZE
  if (type === 3) return { errno: 113, fatal: false };
  return { errno: 71, fatal: true }; // PARAMPROB: EPROTO
}
