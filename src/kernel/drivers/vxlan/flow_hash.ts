// The flow hash a tunnel derives its UDP source port from (skb_get_hash() via
// net/core/flow_dissector.c, then udp_flow_src_port() in include/net/udp.h).
// What is modelled is what shows on the wire: the hash is symmetric (both
// directions of a flow share it: __flow_hash_consistentify), covers the inner
// IPv4/IPv6 addresses, the L4 protocol and TCP/UDP/SCTP ports (not ICMP's echo
// id: flow_keys_dissector has no FLOW_DISSECTOR_KEY_ICMP, so two pings with
// different ids between the same hosts share a source port, as recorded),
// and is keyed by a per-host random seed (hashrnd), so its values differ per
// boot while the same flow keeps its port. Frames the dissector cannot look
// into (ARP) all hash alike. The mixing function is our own (the kernel uses
// siphash); only equality between flows is observable.

import type { Rng } from "../../../sim/rng.js";

const seeds = new WeakMap<object, number>();

function seedOf(host: object, rng: Rng): number {
  let s = seeds.get(host);
  if (s === undefined) seeds.set(host, (s = rng.int(1, 0xffffffff)));
  return s;
}

function mix(h: number, v: number): number {
  h = Math.imul(h ^ (v >>> 0), 0x9e3779b1);
  h ^= h >>> 15;
  h = Math.imul(h, 0x85ebca77);
  return (h ^ (h >>> 13)) >>> 0;
}

const g16 = (d: Uint8Array, o: number) => (d[o]! << 8) | d[o + 1]!;
const g32 = (d: Uint8Array, o: number) => ((d[o]! << 24) | (d[o + 1]! << 16) | (d[o + 2]! << 8) | d[o + 3]!) >>> 0;

/** skb_get_hash() of an Ethernet frame: never 0. */
export function flowHash(frame: Uint8Array, host: object, rng: Rng): number {
  let h = seedOf(host, rng);
  const proto = frame.length >= 14 ? g16(frame, 12) : 0;
  h = mix(h, proto);
  if (proto === 0x0800 && frame.length >= 34) {
    const ihl = (frame[14]! & 0xf) * 4;
    const l4 = frame[23]!;
    let a = g32(frame, 26);
    let b = g32(frame, 30);
    let pa = 0;
    let pb = 0;
    const o = 14 + ihl;
    const frag = g16(frame, 20) & 0x3fff;
    if (!frag && (l4 === 6 || l4 === 17 || l4 === 132) && frame.length >= o + 4) {
      pa = g16(frame, o);
      pb = g16(frame, o + 2);
    }
    if (a > b || (a === b && pa > pb)) {
      [a, b] = [b, a];
      [pa, pb] = [pb, pa];
    }
    h = mix(mix(mix(mix(mix(h, l4), a), b), pa), pb);
  } else if (proto === 0x86dd && frame.length >= 54) {
    const l4 = frame[20]!;
    const a: number[] = [];
    const b: number[] = [];
    for (let i = 0; i < 16; i += 4) {
      a.push(g32(frame, 22 + i));
      b.push(g32(frame, 38 + i));
    }
    let pa = 0;
    let pb = 0;
    if ((l4 === 6 || l4 === 17) && frame.length >= 58) {
      pa = g16(frame, 54);
      pb = g16(frame, 56);
    }
    const swap = a.join(",") > b.join(",");
    const [x, y] = swap ? [b, a] : [a, b];
    h = mix(h, l4);
    for (const v of [...x, ...y]) h = mix(h, v);
    h = swap ? mix(mix(h, pb), pa) : mix(mix(h, pa), pb);
  }
  return h || 1;
}

/** udp_flow_src_port(): the hash scaled into [min, max). */
export function udpFlowSrcPort(hash: number, min: number, max: number): number {
  const h = (hash ^ (hash << 16)) >>> 0;
  return Math.floor((h * (max - min)) / 0x1_0000_0000) + min;
}
