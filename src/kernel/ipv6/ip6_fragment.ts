// IPv6 fragmentation at the source (net/ipv6/ip6_output.c: ip6_fragment) and
// reassembly (net/ipv6/reassembly.c: ipv6_frag_rcv, ip6_frag_queue,
// ip6_frag_reasm, ip6_frag_expire), as recorded on the kernel sandbox
// (test/golden/frag/pmtu6-*).
//
// Fragmenting: the model's packets have no extension headers, so the
// unfragmentable part is the IPv6 header alone; each fragment carries it
// (next header 44, its own payload length), then a fragment header (the
// original next header, offset in 8-byte units, M on all but the last, one
// identification for all) and (mtu - 48) & ~7 bytes of the payload.
// FragCreates per fragment and FragOKs per datagram count on the output
// device. The identification comes from a per-namespace generator seeded
// from the host's RNG (the kernel hashes the addresses into ip_idents, whose
// start is random).
// Reassembly: one queue per (saddr, daddr, identification); ReasmReqds per
// fragment (on the local route's device, lo), ReasmOKs per datagram (on the
// device the last fragment came in on); the whole packet (the first
// fragment's header, next header restored) goes back to the upper-layer
// dispatch, as ipv6_frag_rcv's return of 1 resubmits it. A fragment header
// with neither an offset nor M (an atomic fragment) passes at once. After
// net.ipv6.ip6frag_time (60 s) an incomplete queue is dropped
// (FRAG_REASM_TIMEOUT): ReasmFails and ReasmTimeout, and ICMPv6 time
// exceeded / fragment reassembly time exceeded quoting the first fragment
// if it came. Knowingly simpler than Linux: overlapping fragments are
// accepted (first bytes win) instead of dropping the queue, a middle
// fragment whose length is not a multiple of 8 is dropped without the
// parameter problem, and there is no memory threshold.

import { IPSTATS_FRAGCREATES, IPSTATS_FRAGOKS, IPSTATS_REASMFAILS, IPSTATS_REASMOKS, IPSTATS_REASMREQDS, IPSTATS_REASMTIMEOUT } from "../core/snmp.js";
import { devGetByIndex } from "../core/dev.js";
import { kfreeSkbReason } from "../core/dev_rx.js";
import { netCore } from "../core/net_namespace.js";
import type { NetNamespace } from "../core/netns.js";
import type { NetDevice } from "../core/netdevice.js";
import { skbClone, type SkBuff } from "../core/skbuff.js";
import { sysctlInt } from "../fs/procfs-sys.js";
import { ip6Stats } from "./mib6.js";
import { get16, put16, put32 } from "../../wire/bytes.js";
import { fragCopyPieces, fragWholeOffsets } from "../ipv4/inet_fragment.js";

const ETH = 14;
const IP6 = 40;
const FRAG_HLEN = 8;
/** NEXTHDR_FRAGMENT */
export const NEXTHDR_FRAGMENT = 44;
const NS_S = 1_000_000_000;

/**
 * IP6CB(skb)->frag_max_size: set on a packet netfilter's defrag rebuilt (its
 * largest fragment's length); ip6_forward and ip6_fragment cut it again no
 * larger than that. An optional own property: only rebuilt packets carry it.
 */
export type Ip6cbSkb = SkBuff & { ip6FragMax?: number };

interface Frag6State {
  queues: Map<string, FragQueue>;
  ident?: number;
}

interface FragQueue {
  key: string;
  pieces: Map<number, Uint8Array>;
  /** Payload length once the last fragment came, else -1. */
  len: number;
  /** The fragment at offset 0 and the next header its fragment header named. */
  first?: SkBuff;
  nexthdr: number;
  /** The device the latest fragment came in on (fq->iif). */
  iif: number;
  /** The largest fragment's payload length, fragment header included (q.max_size). */
  maxSize: number;
  cancel: () => void;
}

function stateOf(ns: NetNamespace): Frag6State {
  return ns.get<Frag6State>("ipv6-frags", () => ({ queues: new Map() }));
}

/** ipv6_select_ident(): the identification of one fragmented datagram. */
function selectIdent(ns: NetNamespace): number {
  const s = stateOf(ns);
  if (s.ident === undefined) s.ident = netCore(ns).host.rng.int(0, 0x7fffffff);
  s.ident = (s.ident + 1) >>> 0;
  return s.ident;
}

/** /proc/net/sockstat6's FRAG6 line: the queues pending. */
export function ip6FragQueues(ns: NetNamespace): number {
  return stateOf(ns).queues.size;
}

/**
 * ip6_fragment(): the fragments of `skb` (Ethernet header + IPv6 packet
 * without extension headers) for `mtu`, counted on `dev`.
 */
export function ip6FragmentSkb(skb: SkBuff, mtu: number, dev: NetDevice): SkBuff[] {
  const d = skb.data;
  const rebuilt = (skb as Ip6cbSkb).ip6FragMax !== undefined;
  const plen = get16(d, ETH + 4);
  const nexthdr = d[ETH + 6]!;
  const payload = d.subarray(ETH + IP6, ETH + IP6 + plen);
  const step = Math.max(8, (mtu - IP6 - FRAG_HLEN) & ~7);
  const id = selectIdent(dev.net);
  const out: SkBuff[] = [];
  for (let off = 0; off < payload.length; off += step) {
    const len = Math.min(step, payload.length - off);
    const last = off + len >= payload.length;
    const frame = new Uint8Array(ETH + IP6 + FRAG_HLEN + len);
    frame.set(d.subarray(0, ETH + IP6), 0);
    const fplen = FRAG_HLEN + len;
    put16(frame, ETH + 4, fplen);
    frame[ETH + 6] = NEXTHDR_FRAGMENT;
    const h = ETH + IP6;
    frame[h] = nexthdr;
    frame[h + 1] = 0;
    const fo = off | (last ? 0 : 1);
    put16(frame, h + 2, fo);
    put32(frame, h + 4, id);
    frame.set(payload.subarray(off, off + len), h + FRAG_HLEN);
    const fs = skbClone(skb) as Ip6cbSkb;
    fs.data = frame;
    if (rebuilt) fs.ip6FragMax = undefined;
    out.push(fs);
    ip6Stats(dev, IPSTATS_FRAGCREATES);
  }
  ip6Stats(dev, IPSTATS_FRAGOKS);
  return out;
}

/** What ip6_frag_expire() sends about a timed-out queue's first fragment (set by icmp.ts's importer). */
let expireHook: ((first: SkBuff, dev: NetDevice) => void) | undefined;
export function setFrag6ExpireHook(fn: (first: SkBuff, dev: NetDevice) => void): void {
  expireHook = fn;
}

/**
 * ipv6_frag_rcv(): `skb` is a local packet whose next header is a fragment
 * header. Returns the reassembled packet (no fragment header) when this
 * fragment completed one, else undefined (queued or dropped).
 */
export function ipv6FragRcv(skb: SkBuff, conntrack = false): SkBuff | undefined {
  const dev = skb.dev;
  const ns = dev.net;
  const d = skb.data;
  const lo = devGetByIndex(ns, 1) ?? dev;
  // nf_ct_frag6_gather() counts nothing in the IPv6 MIB.
  const mib = conntrack ? () => {} : ip6Stats;
  mib(lo, IPSTATS_REASMREQDS);
  const plen = get16(d, ETH + 4);
  const h = ETH + IP6;
  if (plen < FRAG_HLEN) {
    kfreeSkbReason(skb, "PKT_TOO_SMALL");
    return undefined;
  }
  const nexthdr = d[h]!;
  const fo = get16(d, h + 2);
  const off = fo & 0xfff8;
  const mf = (fo & 1) !== 0;
  const data = d.slice(h + FRAG_HLEN, ETH + IP6 + plen);
  if (!off && !mf) {
    // An atomic fragment: nothing to wait for.
    mib(dev, IPSTATS_REASMOKS);
    return unfragmented(skb, nexthdr, data);
  }
  if (off + data.length > 65535 || (mf && data.length % 8)) {
    mib(dev, IPSTATS_REASMFAILS);
    kfreeSkbReason(skb, "IP_INHDR");
    return undefined;
  }
  const st = stateOf(ns);
  const key = `${d.subarray(ETH + 8, ETH + 40).join(",")}/${d[h + 4]},${d[h + 5]},${d[h + 6]},${d[h + 7]}${conntrack ? "/ct" : ""}`;
  let q = st.queues.get(key);
  if (!q) {
    const clock = netCore(ns).host.clock;
    const nq: FragQueue = { key, pieces: new Map(), len: -1, nexthdr, iif: dev.ifindex, maxSize: 0, cancel: () => {} };
    const t = clock.at(clock.now + sysctlInt(ns, "net.ipv6.ip6frag_time") * NS_S, () => {
      if (st.queues.get(key) !== nq) return;
      st.queues.delete(key);
      // ip6_frag_expire() -> ip6frag_expire_frag_queue()
      const idev = devGetByIndex(ns, nq.iif);
      if (!idev) return;
      ip6Stats(idev, IPSTATS_REASMFAILS);
      ip6Stats(idev, IPSTATS_REASMTIMEOUT);
      if (!nq.first) return;
      expireHook?.(nq.first, idev);
      kfreeSkbReason(nq.first, "FRAG_REASM_TIMEOUT");
    });
    nq.cancel = () => t.cancel();
    st.queues.set(key, (q = nq));
  }
  q.iif = dev.ifindex;
  if (!mf) {
    if (q.len >= 0 && q.len !== off + data.length) {
      q.cancel();
      st.queues.delete(key);
      mib(dev, IPSTATS_REASMFAILS);
      kfreeSkbReason(skb, "IP_INHDR");
      return undefined;
    }
    q.len = off + data.length;
  }
  if (plen > q.maxSize) q.maxSize = plen;
  if (!q.pieces.has(off)) q.pieces.set(off, data);
  if (off === 0 && !q.first) {
    q.first = skbClone(skb);
    q.nexthdr = nexthdr;
  }
  if (q.len < 0 || !q.first) return undefined;
  const offs = fragWholeOffsets(q.pieces, q.len);
  if (!offs) return undefined;
  q.cancel();
  st.queues.delete(key);
  // ip6_frag_reasm(): the first fragment's header over the whole payload.
  const whole = new Uint8Array(q.len);
  fragCopyPieces(whole, 0, q.pieces, offs, q.len);
  mib(dev, IPSTATS_REASMOKS);
  const out = unfragmented(q.first, q.nexthdr, whole) as Ip6cbSkb;
  out.dev = dev;
  out.iif = dev.ifindex;
  if (conntrack) out.ip6FragMax = IP6 + q.maxSize;
  return out;
}

/** The packet with `payload` after the first fragment's IPv6 header, next header restored. */
function unfragmented(first: SkBuff, nexthdr: number, payload: Uint8Array): SkBuff {
  const f = first.data;
  const frame = new Uint8Array(ETH + IP6 + payload.length);
  frame.set(f.subarray(0, ETH + IP6), 0);
  put16(frame, ETH + 4, payload.length);
  frame[ETH + 6] = nexthdr;
  frame.set(payload, ETH + IP6);
  const skb = skbClone(first);
  skb.data = frame;
  return skb;
}
