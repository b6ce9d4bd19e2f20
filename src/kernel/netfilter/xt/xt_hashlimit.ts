// hashlimit match (net/netfilter/xt_hashlimit.c, revision 3): one token bucket
// per key (the parts of source/destination address and port the mode names,
// masked) in a table per rule, refilled from the virtual clock. Packets mode
// spends avg (µs) per packet from a bucket of avg*burst; bytes mode spends the
// packet's length from a bucket of max(burst, rate) bytes refilled at the rate.
// "above" inverts the answer. Where we differ: buckets refill per nanosecond
// rather than per jiffy, entries never expire, --hashlimit-rate-match is judged
// like the plain mode.

import { XT_HL_BYTES, XT_HL_DIP, XT_HL_DPT, XT_HL_INVERT, XT_HL_SIP, XT_HL_SPT, type XtHashlimit } from "../../../uapi/xt_ext_hashlimit.js";
import { ip6PrefixMask } from "../../../wire/addr.js";
import { netCore } from "../../core/net_namespace.js";
import type { XtPkt } from "../pktinfo.js";
import { xtRegisterMatch } from "../xt_registry.js";

interface Bucket {
  prevNs: number;
  credit: number;
}

const tables = new WeakMap<object, Map<string, Bucket>>();

const maskOf = (bits: number) => (bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0);

function keyOf(p: XtPkt, d: XtHashlimit): string {
  const b = p.skb.data;
  const ports = !p.fragoff && [6, 17, 132, 33, 136].includes(p.iph.protocol) && p.thoff + 4 <= b.length;
  const parts: (number | bigint)[] = [];
  if (p.ip6) {
    // hashlimit_init_dst() for IPv6: the addresses under their prefix masks (default 128)
    if (d.mode & XT_HL_SIP) parts.push(p.ip6.src & ip6PrefixMask(Math.min(d.srcMask, 128)));
    if (d.mode & XT_HL_DIP) parts.push(p.ip6.dst & ip6PrefixMask(Math.min(d.dstMask, 128)));
  } else {
    if (d.mode & XT_HL_SIP) parts.push((p.iph.saddr & maskOf(d.srcMask)) >>> 0);
    if (d.mode & XT_HL_DIP) parts.push((p.iph.daddr & maskOf(d.dstMask)) >>> 0);
  }
  if (d.mode & XT_HL_SPT) parts.push(ports ? (b[p.thoff]! << 8) | b[p.thoff + 1]! : 0);
  if (d.mode & XT_HL_DPT) parts.push(ports ? (b[p.thoff + 2]! << 8) | b[p.thoff + 3]! : 0);
  return parts.join(",");
}

function hashlimitMatch(p: XtPkt, data: object): boolean {
  const d = data as XtHashlimit;
  const now = netCore(p.state.net).host.clock.now;
  let t = tables.get(data);
  if (!t) tables.set(data, (t = new Map()));
  const key = keyOf(p, d);
  const bytes = (d.mode & XT_HL_BYTES) !== 0;
  const cap = bytes ? Math.max(d.burst, d.avg) : d.avg * d.burst;
  let bk = t.get(key);
  if (!bk) t.set(key, (bk = { prevNs: now, credit: cap }));
  const elapsed = now - bk.prevNs;
  bk.prevNs = now;
  // Packets: credit in µs of allowance; bytes: credit in bytes at avg bytes/s.
  bk.credit = Math.min(cap, bk.credit + (bytes ? (elapsed * d.avg) / 1e9 : elapsed / 1e3));
  const cost = bytes ? ipLen(p) : d.avg;
  let within = false;
  if (bk.credit >= cost) {
    bk.credit -= cost;
    within = true;
  }
  return within !== ((d.mode & XT_HL_INVERT) !== 0);
}

function ipLen(p: XtPkt): number {
  return Math.max(0, p.skb.data.length - p.nhoff);
}

xtRegisterMatch({
  name: "hashlimit",
  revisions: [3],
  match: hashlimitMatch,
  check: (_ctx, data) => {
    const d = data as XtHashlimit;
    if (d.name.length === 0 || d.avg === 0) return "EINVAL";
    return undefined;
  },
});
