// IPv4 header options (net/ipv4/ip_options.c), the record-route part:
//
// - setsockopt(IP_OPTIONS) (ip_options_get): the bytes are checked as
//   ip_options_compile checks them without a packet, which already moves a
//   record-route option's pointer past the slot the sender fills;
// - ip_options_build: the options after the 20-byte header, the sender's own
//   source address in that first slot;
// - ip_rcv_options / ip_options_compile on input (after the route lookup):
//   the option walk with its parameter-problem errors, and a record-route
//   option gets the receiving host's spec_dst in its next free slot;
// - ip_forward_options: a router overwrites that slot with the address it
//   forwards from (ip_rt_get_source), then fixes the header checksum;
// - ip_options_echo: what an ICMP echo reply carries back (the record-route
//   option with its pointer moved on, padded with EOL).
//
// Left out: source routing (LSRR/SSRR), timestamps, CIPSO, router alert
// processing: their bytes are walked (length checks) and left alone; ICMP
// errors do not echo options (icmp_send's __ip_options_echo); fragments of a
// datagram with options copy all of them (ip_fragment copies only the
// "copied" ones; record route is not one).

import { kerr } from "../../uapi/errno.js";
import { get32, put32 } from "../../wire/bytes.js";
import { IPOPT_EOL as IPOPT_END, IPOPT_NOP as IPOPT_NOOP, IPOPT_RR, IPV4_MIN_HLEN, ipv4FixChecksum } from "../../wire/ipv4.js";
import type { SkBuff } from "../core/skbuff.js";
import { fibPrefsrcOrSelect, specDst } from "./fib.js";
import type { Rtable } from "./route.js";

/** The smallest pointer value (the first slot's, counted from 1). */
const IPOPT_MINOFF = 4;
const MAX_IPOPTLEN = 40;

/** struct ip_options as a socket keeps it: the bytes (padded to 4) and where record route is. */
export interface IpOptions {
  data: Uint8Array;
  /** Offset of the record-route option from the start of the IP header, 0 when none. */
  rr: number;
  /** The record-route option has a free slot for the next address. */
  rrNeedaddr: boolean;
}

/** What ip_options_compile found in a received header (IPCB(skb)->opt, the part used later). */
export interface RcvOptions {
  rr: number;
  rrNeedaddr: boolean;
}

/** The IPv4 header length with these options (IPV4_MIN_HLEN without; the data is padded to 4). */
export function ipOptionsLen(opt: IpOptions | undefined): number {
  return IPV4_MIN_HLEN + (opt ? opt.data.length : 0);
}

/**
 * ip_options_compile over header bytes `h` (options from 20 to `hlen`). `fill`
 * gives the address for a record-route slot on input (undefined for
 * setsockopt). Returns the header offset of the faulty byte on error.
 */
function compile(h: Uint8Array, hlen: number, fill: (() => number) | undefined): RcvOptions | { error: number } {
  const res: RcvOptions = { rr: 0, rrNeedaddr: false };
  let p = IPV4_MIN_HLEN;
  for (let l = hlen - IPV4_MIN_HLEN; l > 0; ) {
    const type = h[p]!;
    if (type === IPOPT_END) {
      for (p++; p < hlen; p++) h[p] = IPOPT_END;
      return res;
    }
    if (type === IPOPT_NOOP) {
      l--;
      p++;
      continue;
    }
    if (l < 2) return { error: p };
    const optlen = h[p + 1]!;
    if (optlen < 2 || optlen > l) return { error: p };
    if (type === IPOPT_RR) {
      if (res.rr) return { error: p };
      if (optlen < 3) return { error: p + 1 };
      if (h[p + 2]! < IPOPT_MINOFF) return { error: p + 2 };
      if (h[p + 2]! <= optlen) {
        if (h[p + 2]! + 3 > optlen) return { error: p + 2 };
        if (fill) put32(h, p + h[p + 2]! - 1, fill());
        h[p + 2] = h[p + 2]! + 4;
        res.rrNeedaddr = true;
      }
      res.rr = p;
    }
    l -= optlen;
    p += optlen;
  }
  return res;
}

/** ip_options_get(): setsockopt(IP_OPTIONS) bytes, checked and padded; EINVAL when malformed. */
export function ipOptionsGet(raw: Uint8Array): IpOptions | undefined {
  if (raw.length > MAX_IPOPTLEN) throw kerr("EINVAL");
  if (raw.length === 0) return undefined;
  const len = (raw.length + 3) & ~3;
  const h = new Uint8Array(IPV4_MIN_HLEN + len);
  h.set(raw, IPV4_MIN_HLEN);
  const r = compile(h, h.length, undefined);
  if ("error" in r) throw kerr("EINVAL");
  return { data: h.subarray(IPV4_MIN_HLEN), rr: r.rr, rrNeedaddr: r.rrNeedaddr };
}

/**
 * ip_options_build(): the header at `off` already carries the options (and its
 * saddr); the source goes into a record-route slot, then the checksum again.
 */
export function ipOptionsBuild(frame: Uint8Array, off: number, opt: IpOptions): void {
  if (!opt.rrNeedaddr) return;
  const slot = off + opt.rr + frame[off + opt.rr + 2]! - 5;
  frame.copyWithin(slot, off + 12, off + 16);
  ipv4FixChecksum(frame.subarray(off));
}

/** IPCB(skb)->opt: set on a received packet whose header has options. */
const ipcb = new WeakMap<SkBuff, RcvOptions>();

export function ipcbOptions(skb: SkBuff): RcvOptions | undefined {
  return ipcb.get(skb);
}

/**
 * ip_rcv_options(): compiles a received header's options (the caller checked
 * ihl > 5). Returns what later stages need, or the offset of the faulty byte
 * (the caller answers with a parameter problem and drops: InHdrErrors).
 */
export function ipRcvOptions(skb: SkBuff, rt: Rtable): RcvOptions | number {
  // skb_cow(): the bytes may be shared (a tap, a flood); write into our own.
  skb.data = skb.data.slice();
  const h = skb.data.subarray(14);
  const r = compile(h, (h[0]! & 0xf) * 4, () => specDst(skb, rt, get32(h, 12), get32(h, 16)));
  if ("error" in r) return r.error;
  ipcb.set(skb, r);
  return r;
}

/** A parameter problem's pointer as icmp_send() takes it (htonl(ptr << 24)). */
export function paramProbInfo(ptr: number): number {
  return (ptr << 24) >>> 0;
}

/** ip_forward_options(): a router's outgoing address into the slot input filled; the checksum again. */
export function ipForwardOptions(skb: SkBuff, rt: Rtable, opt: RcvOptions): void {
  if (!opt.rrNeedaddr) return;
  const h = skb.data.subarray(14);
  const daddr = get32(h, 16);
  // ip_rt_get_source() for an input route: the preferred source of the route to the destination.
  const src = fibPrefsrcOrSelect(rt.ns, daddr, h[1]! & 0x1e, rt.dev, rt.gw || daddr);
  put32(h, opt.rr + h[opt.rr + 2]! - 5, src);
  ipv4FixChecksum(h);
}

/**
 * ip_options_echo(): the options an ICMP reply to this header carries (record route only):
 * undefined for none, null when they cannot be echoed (-EINVAL: no reply is sent).
 */
export function ipOptionsEcho(h: Uint8Array, opt: RcvOptions): IpOptions | undefined | null {
  if (!opt.rr) return undefined;
  const optlen = h[opt.rr + 1]!;
  const soffset = h[opt.rr + 2]!;
  const data = new Uint8Array((optlen + 3) & ~3);
  data.set(h.subarray(opt.rr, opt.rr + optlen));
  let needaddr = false;
  if (opt.rrNeedaddr && soffset <= optlen) {
    if (soffset + 3 > optlen) return null;
    data[2] = soffset + 4;
    needaddr = true;
  }
  return { data, rr: IPV4_MIN_HLEN, rrNeedaddr: needaddr };
}
