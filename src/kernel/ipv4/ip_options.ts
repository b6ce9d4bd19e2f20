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
// Timestamps (IPOPT_TS, flags tsonly/tsandaddr) take the same path: the
// sender stamps in ip_options_build, every host and router that compiles the
// header on input stamps the next free slot (milliseconds since midnight UT,
// inet_current_timestamp) or counts an overflow, the echo reply carries the
// option on with its pointer moved past the replying host's slot.
//
// Left out: source routing (LSRR/SSRR), prespecified timestamps (walked, left
// alone), CIPSO, router alert processing: their bytes are walked (length
// checks) and left alone; ICMP
// errors do not echo options (icmp_send's __ip_options_echo); fragments of a
// datagram with options copy all of them (ip_fragment copies only the
// "copied" ones; record route is not one).

import { kerr } from "../../uapi/errno.js";
import { get32, put32 } from "../../wire/bytes.js";
import { IPOPT_EOL as IPOPT_END, IPOPT_NOP as IPOPT_NOOP, IPOPT_RR, IPOPT_TS, IPOPT_TS_PRESPEC, IPOPT_TS_TSANDADDR, IPOPT_TS_TSONLY, IPV4_MIN_HLEN, ipv4FixChecksum } from "../../wire/ipv4.js";
import type { SkBuff } from "../core/skbuff.js";
import { netCore } from "../core/net_namespace.js";
import { fibPrefsrcOrSelect, specDst } from "./fib.js";
import type { Rtable } from "./route.js";

/** The smallest pointer value (the first slot's, counted from 1). */
const IPOPT_MINOFF = 4;

/** inet_current_timestamp(): milliseconds since midnight UT of the virtual clock (ns; its epoch is a midnight). */
function inetCurrentTimestamp(nowNs: number): number {
  return Math.floor(nowNs / 1e6) % 86_400_000;
}
const MAX_IPOPTLEN = 40;

/** struct ip_options as a socket keeps it: the bytes (padded to 4) and where record route is. */
export interface IpOptions {
  data: Uint8Array;
  /** Offset of the record-route option from the start of the IP header, 0 when none. */
  rr: number;
  /** The record-route option has a free slot for the next address. */
  rrNeedaddr: boolean;
  /** Offset of the timestamp option, 0 when none; what its next slot wants. */
  ts: number;
  tsNeedtime: boolean;
  tsNeedaddr: boolean;
}

/** What ip_options_compile found in a received header (IPCB(skb)->opt, the part used later). */
export interface RcvOptions {
  rr: number;
  rrNeedaddr: boolean;
  ts: number;
  tsNeedtime: boolean;
  tsNeedaddr: boolean;
  /** opt->is_changed: the header was written (a timestamp), its checksum is stale. */
  changed: boolean;
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
function compile(h: Uint8Array, hlen: number, fill: (() => number) | undefined, nowNs = 0): RcvOptions | { error: number } {
  const res: RcvOptions = { rr: 0, rrNeedaddr: false, ts: 0, tsNeedtime: false, tsNeedaddr: false, changed: false };
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
    } else if (type === IPOPT_TS) {
      if (res.ts) return { error: p };
      if (optlen < 4) return { error: p + 1 };
      const ptr = h[p + 2]!;
      if (ptr < 5) return { error: p + 2 };
      const flags = h[p + 3]! & 0xf;
      if (ptr <= optlen) {
        if (ptr + 3 > optlen) return { error: p + 2 };
        let timeAt = -1;
        if (flags === IPOPT_TS_TSONLY) {
          if (fill) timeAt = p + ptr - 1;
          res.tsNeedtime = true;
          h[p + 2] = ptr + 4;
        } else if (flags === IPOPT_TS_TSANDADDR) {
          if (ptr + 7 > optlen) return { error: p + 2 };
          if (fill) {
            put32(h, p + ptr - 1, fill());
            timeAt = p + ptr + 3;
          }
          res.tsNeedaddr = true;
          res.tsNeedtime = true;
          h[p + 2] = ptr + 8;
        } else if (flags === IPOPT_TS_PRESPEC) {
          if (ptr + 7 > optlen) return { error: p + 2 };
          // (prespecified addresses: not modelled, the option is left alone)
        }
        if (timeAt >= 0) {
          put32(h, timeAt, inetCurrentTimestamp(nowNs));
          res.changed = true;
        }
      } else if (flags !== IPOPT_TS_PRESPEC) {
        const overflow = h[p + 3]! >> 4;
        if (overflow === 15) return { error: p + 3 };
        if (fill) {
          h[p + 3] = flags | ((overflow + 1) << 4);
          res.changed = true;
        }
      }
      res.ts = p;
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
  return { data: h.subarray(IPV4_MIN_HLEN), rr: r.rr, rrNeedaddr: r.rrNeedaddr, ts: r.ts, tsNeedtime: r.tsNeedtime, tsNeedaddr: r.tsNeedaddr };
}

/**
 * ip_options_build(): the header at `off` already carries the options (and its
 * saddr); the source goes into a record-route slot, then the checksum again.
 */
export function ipOptionsBuild(frame: Uint8Array, off: number, opt: IpOptions, nowNs: number): void {
  if (!opt.rrNeedaddr && !opt.tsNeedaddr && !opt.tsNeedtime) return;
  if (opt.rrNeedaddr) frame.copyWithin(off + opt.rr + frame[off + opt.rr + 2]! - 5, off + 12, off + 16);
  // ip_rt_get_source() of an output route: the packet's own source.
  if (opt.tsNeedaddr) frame.copyWithin(off + opt.ts + frame[off + opt.ts + 2]! - 9, off + 12, off + 16);
  if (opt.tsNeedtime) put32(frame, off + opt.ts + frame[off + opt.ts + 2]! - 5, inetCurrentTimestamp(nowNs));
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
  const r = compile(h, (h[0]! & 0xf) * 4, () => specDst(skb, rt, get32(h, 12), get32(h, 16)), netCore(rt.ns).host.clock.now);
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
  if (!opt.rrNeedaddr && !opt.changed) return;
  const h = skb.data.subarray(14);
  if (opt.rrNeedaddr) {
    const daddr = get32(h, 16);
    // ip_rt_get_source() for an input route: the preferred source of the route to the destination.
    const src = fibPrefsrcOrSelect(rt.ns, daddr, h[1]! & 0x1e, rt.dev, rt.gw || daddr);
    put32(h, opt.rr + h[opt.rr + 2]! - 5, src);
  }
  ipv4FixChecksum(h);
}

/**
 * ip_options_echo(): the options an ICMP reply to this header carries (record
 * route, then timestamp, padded with EOL): undefined for none, null when they
 * cannot be echoed (-EINVAL: no reply is sent).
 */
export function ipOptionsEcho(h: Uint8Array, opt: RcvOptions): IpOptions | undefined | null {
  if (!opt.rr && !opt.ts) return undefined;
  const parts: Uint8Array[] = [];
  const out: IpOptions = { data: new Uint8Array(0), rr: 0, rrNeedaddr: false, ts: 0, tsNeedtime: false, tsNeedaddr: false };
  let optlenTotal = 0;
  if (opt.rr) {
    const optlen = h[opt.rr + 1]!;
    const soffset = h[opt.rr + 2]!;
    const d = h.slice(opt.rr, opt.rr + optlen);
    out.rr = IPV4_MIN_HLEN + optlenTotal;
    if (opt.rrNeedaddr && soffset <= optlen) {
      if (soffset + 3 > optlen) return null;
      d[2] = soffset + 4;
      out.rrNeedaddr = true;
    }
    parts.push(d);
    optlenTotal += optlen;
  }
  if (opt.ts) {
    const optlen = h[opt.ts + 1]!;
    let soffset = h[opt.ts + 2]!;
    const d = h.slice(opt.ts, opt.ts + optlen);
    out.ts = IPV4_MIN_HLEN + optlenTotal;
    if (soffset <= optlen) {
      if (opt.tsNeedaddr) {
        if (soffset + 3 > optlen) return null;
        out.tsNeedaddr = true;
        soffset += 4;
      }
      if (opt.tsNeedtime) {
        if (soffset + 3 > optlen) return null;
        if ((d[3]! & 0xf) !== IPOPT_TS_PRESPEC) {
          out.tsNeedtime = true;
          soffset += 4;
        }
      }
      d[2] = soffset;
    }
    parts.push(d);
    optlenTotal += optlen;
  }
  const data = new Uint8Array((optlenTotal + 3) & ~3);
  let o = 0;
  for (const d of parts) {
    data.set(d, o);
    o += d.length;
  }
  out.data = data;
  return out;
}
