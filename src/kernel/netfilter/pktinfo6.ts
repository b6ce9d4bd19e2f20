// The IPv6 view of a packet that ip6_do_table()/nft_do_chain_ipv6 build
// before the rules run (net/ipv6/netfilter/ip6_tables.c, nf_tables_ipv6.h):
// the fixed header, and the upper-layer protocol with its offset found by
// walking the extension headers as ipv6_find_hdr() does (hop-by-hop,
// routing, destination options, fragment, AH), so "-p icmpv6" matches an MLD
// report behind its hop-by-hop header.
//
// Matches written for both families read `p.iph`: for an IPv6 packet it is
// filled with what they may meaningfully use (protocol = the upper-layer
// protocol, totLen = payload length + 40 as xt_length does for IPv6, ttl =
// hop limit, tos = traffic class); the IPv4 addresses stay 0.

import type { NfHookState } from "./core.js";
import { networkOffset, type XtPkt } from "./pktinfo.js";
import type { SkBuff } from "../core/skbuff.js";
import type { NfSkb } from "./nf_skb.js";

export interface Ipv6View {
  src: bigint;
  dst: bigint;
  trafficClass: number;
  flowLabel: number;
  hopLimit: number;
  payloadLen: number;
  /** The first next-header value (in the fixed header). */
  nexthdr: number;
  /** The upper-layer protocol after the extension headers (ipv6_find_hdr with target -1). */
  proto: number;
}

const EXTHDRS = new Set([0, 43, 44, 51, 60]);

function addrAt(b: Uint8Array, o: number): bigint {
  let v = 0n;
  for (let i = 0; i < 16; i++) v = (v << 8n) | BigInt(b[o + i]!);
  return v;
}

/** Parses the IPv6 header at the skb's network offset; undefined when not a whole IPv6 header. */
export function makePkt6(skb: SkBuff, state: NfHookState): XtPkt | undefined {
  const b = skb.data;
  const nhoff = networkOffset(skb);
  if (b.length < nhoff + 40 || b[nhoff]! >> 4 !== 6) return undefined;
  const w = ((b[nhoff]! << 24) | (b[nhoff + 1]! << 16) | (b[nhoff + 2]! << 8) | b[nhoff + 3]!) >>> 0;
  const payloadLen = (b[nhoff + 4]! << 8) | b[nhoff + 5]!;
  const nexthdr = b[nhoff + 6]!;
  let proto = nexthdr;
  let off = nhoff + 40;
  let fragoff = 0;
  // Bounded by the packet: each extension header is at least 8 bytes.
  while (EXTHDRS.has(proto) && off + 8 <= b.length) {
    if (proto === 44) {
      fragoff = ((b[off + 2]! << 8) | b[off + 3]!) & 0xfff8;
      if (fragoff) break; // a later fragment: the upper-layer header is not here
      proto = b[off]!;
      off += 8;
      continue;
    }
    const len = proto === 51 ? (b[off + 1]! + 2) * 4 : (b[off + 1]! + 1) * 8;
    proto = b[off]!;
    off += len;
  }
  const ip6: Ipv6View = {
    src: addrAt(b, nhoff + 8),
    dst: addrAt(b, nhoff + 24),
    trafficClass: (w >>> 20) & 0xff,
    flowLabel: w & 0xfffff,
    hopLimit: b[nhoff + 7]!,
    payloadLen,
    nexthdr,
    proto,
  };
  return {
    skb: skb as NfSkb,
    state,
    hook: state.hook,
    in: state.in,
    out: state.out,
    nhoff,
    thoff: off,
    iph: { ihl: off - nhoff, tos: ip6.trafficClass, totLen: payloadLen + 40, id: 0, fragOff: fragoff >> 3, ttl: ip6.hopLimit, protocol: proto, saddr: 0, daddr: 0 },
    ip6,
    fragoff: fragoff >> 3,
    hotdrop: false,
  };
}
