// What matches and targets read from a packet (struct xt_action_param plus the
// IPv4 header ipt_do_table() looks at): the IPv4 header fields, where the
// transport header starts, whether this is a later fragment, the devices the
// packet crosses and the hook. Parsed once per hook traversal.
//
// Where the IPv4 header starts: skb.data holds the frame from its Ethernet
// header on (core/skbuff.ts), so at ETH_HLEN, unless the IPv4 path marks a
// different network-header offset (`networkHeader`, for packets it builds
// before the link layer adds its header).

import type { NfInetHook } from "../../uapi/x_tables.js";
import type { NetDevice } from "../core/netdevice.js";
import { ETH_HLEN, type SkBuff } from "../core/skbuff.js";
import type { NfHookState } from "./core.js";
import type { NfSkb } from "./nf_skb.js";
import type { Ipv6View } from "./pktinfo6.js";

export interface Ipv4View {
  ihl: number;
  tos: number;
  totLen: number;
  id: number;
  /** Flags and fragment offset (host order, as in the header). */
  fragOff: number;
  ttl: number;
  protocol: number;
  saddr: number;
  daddr: number;
}

export interface XtPkt {
  skb: NfSkb;
  state: NfHookState;
  hook: NfInetHook;
  in?: NetDevice;
  out?: NetDevice;
  /** Offset of the IPv4 header in skb.data. */
  nhoff: number;
  /** Offset of the transport header. */
  thoff: number;
  iph: Ipv4View;
  /** Set for an IPv6 packet (pktinfo6.ts): then `iph` holds only the family-neutral fields. */
  ip6?: Ipv6View;
  /** Non-zero for second and later fragments (par->fragoff). */
  fragoff: number;
  /** Set by a match that found the packet malformed (par->hotdrop). */
  hotdrop: boolean;
  /** A frame that is neither IPv4 nor IPv6 (netdev/bridge chains see every protocol): no network header to read. */
  l2only?: boolean;
}

export function networkOffset(skb: SkBuff): number {
  return (skb as NfSkb).networkHeader ?? ETH_HLEN;
}

/** Parses the IPv4 header; undefined when the bytes are not a whole IPv4 header. */
export function parseIpv4At(data: Uint8Array, off: number): Ipv4View | undefined {
  if (data.length < off + 20) return undefined;
  const vihl = data[off]!;
  if (vihl >> 4 !== 4) return undefined;
  const ihl = (vihl & 0x0f) * 4;
  if (ihl < 20 || data.length < off + ihl) return undefined;
  const u16 = (o: number) => (data[off + o]! << 8) | data[off + o + 1]!;
  const u32 = (o: number) => ((data[off + o]! << 24) | (data[off + o + 1]! << 16) | (data[off + o + 2]! << 8) | data[off + o + 3]!) >>> 0;
  return {
    ihl,
    tos: data[off + 1]!,
    totLen: u16(2),
    id: u16(4),
    fragOff: u16(6),
    ttl: data[off + 8]!,
    protocol: data[off + 9]!,
    saddr: u32(12),
    daddr: u32(16),
  };
}

export function makePkt(skb: SkBuff, state: NfHookState): XtPkt | undefined {
  const nhoff = networkOffset(skb);
  const iph = parseIpv4At(skb.data, nhoff);
  if (!iph) return undefined;
  return {
    skb: skb as NfSkb,
    state,
    hook: state.hook,
    in: state.in,
    out: state.out,
    nhoff,
    thoff: nhoff + iph.ihl,
    iph,
    fragoff: iph.fragOff & 0x1fff,
    hotdrop: false,
  };
}

/** Bytes of the IPv4 packet (what rule counters add: skb->len at the IP layer). */
export function ipLength(p: XtPkt): number {
  return Math.max(0, p.skb.data.length - p.nhoff);
}

export function u16At(data: Uint8Array, off: number): number | undefined {
  if (off + 2 > data.length) return undefined;
  return (data[off]! << 8) | data[off + 1]!;
}
