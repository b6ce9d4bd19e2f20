// IPv4 fragmentation (net/ipv4/ip_output.c: ip_fragment / ip_do_fragment) and
// reassembly (net/ipv4/ip_fragment.c: ip_defrag, inet_frag_queue), as observed
// on the kernel sandbox (test/golden/frag/).
//
// Fragmenting: every fragment carries the original header with its own total
// length, offset (in 8-byte units), MF on all but the last (the last keeps the
// MF of a datagram that was itself a fragment), the same IP id, and a fresh
// header checksum; payloads are (mtu - ihl) rounded down to 8 bytes.
// Reassembly: one queue per (saddr, daddr, id, protocol); a datagram is whole
// once the last fragment (MF clear) set its length and the received pieces
// cover it. After ipfrag_time (30 s) an incomplete queue is dropped with
// FRAG_REASM_TIMEOUT, and, if its first fragment came and the host is its
// destination, answered with ICMP time exceeded / fragment reassembly time
// exceeded quoting that first fragment (ip_expire).
// Knowingly simpler than Linux: IP options are copied into every fragment
// (Linux keeps only the "copied" ones after the first), overlapping fragments
// are accepted (first bytes win) instead of dropping the queue,
// ipfrag_high_thresh is a count of queued bytes per namespace (4 MiB) without
// the low-threshold eviction, and there is no per-peer ipfrag_max_dist check.

import { IPSTATS_REASMFAILS, IPSTATS_REASMOKS, IPSTATS_REASMREQDS, IPSTATS_REASMTIMEOUT, netMib } from "../core/snmp.js";
import { ipv4FixChecksum } from "../../wire/ipv4.js";
import { fragCopyPieces, fragWholeOffsets } from "./inet_fragment.js";
import { kfreeSkbReason } from "../core/dev_rx.js";
import { netCore } from "../core/net_namespace.js";
import type { NetNamespace } from "../core/netns.js";
import { skbClone, type SkBuff } from "../core/skbuff.js";
import { ipv4Sysctl } from "./netns_ipv4.js";

const ETH = 14;
const NS_S = 1_000_000_000;

/**
 * IPCB(skb)->frag_max_size: set on a datagram ip_defrag() rebuilt (its
 * largest fragment's length); output cuts it again no larger than that
 * (ip_do_fragment), so what a router reassembled for conntrack leaves in
 * pieces like those that came. An optional own property, as the nf_skb.ts
 * fields: only rebuilt datagrams carry it.
 */
export type IpcbSkb = SkBuff & { ipFragMax?: number };

/** Who asked for the reassembly (enum ip_defrag_users): each has its own queues. */
export type IpDefragUser = "local" | "conntrack-in";

/** ip_do_fragment(): the fragments of `skb` (Ethernet header + IPv4 datagram) for `mtu`. */
export function ipFragmentSkb(skb: SkBuff, mtuIn: number): SkBuff[] {
  const fragMax = (skb as IpcbSkb).ipFragMax;
  const mtu = fragMax && fragMax < mtuIn ? fragMax : mtuIn;
  const d = skb.data;
  const ihl = (d[ETH]! & 0xf) * 4;
  const total = (d[ETH + 2]! << 8) | d[ETH + 3]!;
  const fragField = (d[ETH + 6]! << 8) | d[ETH + 7]!;
  const baseOff = (fragField & 0x1fff) * 8;
  const origMf = (fragField & 0x2000) !== 0;
  const payload = d.subarray(ETH + ihl, ETH + total);
  const step = Math.max(8, (mtu - ihl) & ~7);
  const out: SkBuff[] = [];
  for (let off = 0; off < payload.length; off += step) {
    const len = Math.min(step, payload.length - off);
    const last = off + len >= payload.length;
    const frame = new Uint8Array(ETH + ihl + len);
    frame.set(d.subarray(0, ETH + ihl), 0);
    frame.set(payload.subarray(off, off + len), ETH + ihl);
    const tl = ihl + len;
    frame[ETH + 2] = tl >> 8;
    frame[ETH + 3] = tl & 0xff;
    const f = ((baseOff + off) / 8) | (!last || origMf ? 0x2000 : 0) | (fragField & 0x8000);
    frame[ETH + 6] = f >> 8;
    frame[ETH + 7] = f & 0xff;
    ipv4FixChecksum(frame.subarray(ETH));
    const fs = skbClone(skb) as IpcbSkb;
    fs.data = frame;
    if (fragMax) fs.ipFragMax = undefined;
    out.push(fs);
  }
  return out;
}

/** Whether the frame's datagram is a fragment (ip_is_fragment: MF or an offset). */
export function ipIsFragment(d: Uint8Array): boolean {
  return (((d[ETH + 6]! << 8) | d[ETH + 7]!) & 0x3fff) !== 0;
}

interface FragQueue {
  key: string;
  /** Received pieces: byte offset in the payload → bytes. */
  pieces: Map<number, Uint8Array>;
  /** Payload length once the last fragment came, else -1. */
  len: number;
  /** The fragment at offset 0 (its header becomes the datagram's). */
  first?: SkBuff;
  /** Bytes queued (for ipfrag_high_thresh). */
  mem: number;
  /** The largest fragment's total length (q.max_size). */
  maxSize: number;
  cancel: () => void;
}

interface FragState {
  queues: Map<string, FragQueue>;
  mem: number;
}

const states = new WeakMap<NetNamespace, FragState>();
function stateOf(ns: NetNamespace): FragState {
  let s = states.get(ns);
  if (!s) states.set(ns, (s = { queues: new Map(), mem: 0 }));
  return s;
}

/** /proc/net/sockstat's FRAG line: the queues pending and the bytes they hold (the kernel counts skb truesize). */
export function ipFragStats(ns: NetNamespace): { inuse: number; memory: number } {
  const st = states.get(ns);
  return { inuse: st?.queues.size ?? 0, memory: st?.mem ?? 0 };
}

/** What ip_expire() does with the first fragment of a timed-out queue (set by ip_input). */
let expireHook: ((first: SkBuff) => void) | undefined;
export function setFragExpireHook(fn: (first: SkBuff) => void): void {
  expireHook = fn;
}

function dropQueue(st: FragState, q: FragQueue): void {
  q.cancel();
  st.queues.delete(q.key);
  st.mem -= q.mem;
}

/**
 * ip_defrag(): queues a fragment; returns the whole datagram (as an skb like
 * the first fragment's, header fixed up) when this fragment completed it.
 */
export function ipDefrag(skb: SkBuff, user: IpDefragUser = "local"): SkBuff | undefined {
  const ns = skb.dev.net;
  const st = stateOf(ns);
  const d = skb.data;
  const ihl = (d[ETH]! & 0xf) * 4;
  const total = (d[ETH + 2]! << 8) | d[ETH + 3]!;
  const fragField = (d[ETH + 6]! << 8) | d[ETH + 7]!;
  const off = (fragField & 0x1fff) * 8;
  const mf = (fragField & 0x2000) !== 0;
  const data = d.slice(ETH + ihl, ETH + total);
  const key = [...d.subarray(ETH + 12, ETH + 20), d[ETH + 4], d[ETH + 5], d[ETH + 9], user].join(",");
  const ip = netMib(ns).ip;
  ip[IPSTATS_REASMREQDS]++;
  // A fragment that would end past 64 KiB, or a middle one not a multiple of 8: dropped (ip_frag_queue).
  if (off + data.length > 65535 - ihl || (mf && data.length % 8)) {
    ip[IPSTATS_REASMFAILS]++;
    kfreeSkbReason(skb, "IP_INHDR");
    return undefined;
  }
  let q = st.queues.get(key);
  if (!q) {
    if (st.mem >= ipv4Sysctl(ns, "ipfrag_high_thresh", 4 * 1024 * 1024)) {
      kfreeSkbReason(skb, "NOMEM");
      return undefined;
    }
    const clock = netCore(ns).host.clock;
    const timeout = ipv4Sysctl(ns, "ipfrag_time", 30) * NS_S;
    const nq: FragQueue = { key, pieces: new Map(), len: -1, mem: 0, maxSize: 0, cancel: () => {} };
    const t = clock.at(clock.now + timeout, () => {
      if (st.queues.get(key) !== nq) return;
      dropQueue(st, nq);
      // ip_expire()
      ip[IPSTATS_REASMFAILS]++;
      ip[IPSTATS_REASMTIMEOUT]++;
      if (nq.first) {
        expireHook?.(nq.first);
        kfreeSkbReason(nq.first, "FRAG_REASM_TIMEOUT");
      }
    });
    nq.cancel = () => t.cancel();
    st.queues.set(key, (q = nq));
  }
  if (!mf) {
    if (q.len >= 0 && q.len !== off + data.length) {
      // Two different ends: the queue is corrupt and goes (ipq_kill).
      dropQueue(st, q);
      ip[IPSTATS_REASMFAILS]++;
      kfreeSkbReason(skb, "IP_INHDR");
      return undefined;
    }
    q.len = off + data.length;
  }
  if (total > q.maxSize) q.maxSize = total;
  if (!q.pieces.has(off)) {
    q.pieces.set(off, data);
    q.mem += data.length;
    st.mem += data.length;
  }
  if (off === 0 && !q.first) q.first = skbClone(skb);
  if (q.len < 0 || !q.first) return undefined;
  // Whole? The pieces, in order, must leave no hole up to len.
  const offs = fragWholeOffsets(q.pieces, q.len);
  if (!offs) return undefined;
  dropQueue(st, q);
  ip[IPSTATS_REASMOKS]++;
  // ip_frag_reasm(): the first fragment's header over the whole payload.
  const f = q.first.data;
  const fihl = (f[ETH]! & 0xf) * 4;
  const frame = new Uint8Array(ETH + fihl + q.len);
  frame.set(f.subarray(0, ETH + fihl), 0);
  fragCopyPieces(frame, ETH + fihl, q.pieces, offs, q.len);
  const tl = fihl + q.len;
  frame[ETH + 2] = tl >> 8;
  frame[ETH + 3] = tl & 0xff;
  frame[ETH + 6] &= 0x40; // DF survives, MF and the offset do not
  frame[ETH + 7] = 0;
  ipv4FixChecksum(frame.subarray(ETH));
  const whole = skbClone(skb) as IpcbSkb;
  whole.data = frame;
  whole.ipFragMax = q.maxSize;
  whole.dev = q.first.dev;
  whole.iif = q.first.iif;
  return whole;
}
