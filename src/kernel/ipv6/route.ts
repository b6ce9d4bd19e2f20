// The IPv6 routes addrconf installs (net/ipv6/route.c, ip6_fib.c), reduced to
// what `ip -6 route` shows of them: the connected prefix of each address
// (fe80::/64 ... metric 256, table main), the multicast route ff00::/8 of
// each usable device (table local), and a local /128 route per address once
// DAD has passed (table local, metric 0). No lookups: nothing forwards IPv6
// in the model.
//
// Dump order follows the fib6 tree walk: tables by id (main 254 before local
// 255), within a table by address bits with a longer prefix before the
// shorter one that contains it (the walk visits children before a node's own
// routes), and routes of one prefix by metric, then insertion.

import { RT_TABLE_LOCAL, RT_TABLE_MAIN, RTN_LOCAL, RTN_MULTICAST, RTN_UNICAST } from "../../uapi/route.js";
import type { Ip6Addr } from "../../wire/addr.js";
import type { NetDevice } from "../core/netdevice.js";
import type { NetNamespace } from "../core/netns.js";

export interface Rt6Info {
  table: number;
  type: number;
  dst: Ip6Addr;
  dstLen: number;
  dev: NetDevice;
  metric: number;
  /** Insertion order, for routes of one prefix and metric. */
  seq: number;
}

interface NetIpv6Routes {
  routes: Rt6Info[];
  seq: number;
}

function state(ns: NetNamespace): NetIpv6Routes {
  return ns.get<NetIpv6Routes>("ipv6-routes", () => ({ routes: [], seq: 0 }));
}

function add(dev: NetDevice, r: Omit<Rt6Info, "seq" | "dev">): void {
  const s = state(dev.net);
  const dup = s.routes.some(
    (x) => x.table === r.table && x.dst === r.dst && x.dstLen === r.dstLen && x.dev === dev && x.type === r.type && x.metric === r.metric,
  );
  if (dup) return;
  s.routes.push({ ...r, dev, seq: ++s.seq });
}

/** addrconf_prefix_route(): the connected route of an address's prefix. */
export function addrconfPrefixRoute(dev: NetDevice, prefix: Ip6Addr, len: number): void {
  add(dev, { table: RT_TABLE_MAIN, type: RTN_UNICAST, dst: prefix, dstLen: len, metric: 256 });
}

/** addrconf_add_mroute(): ff00::/8 in table local. */
export function addrconfAddMroute(dev: NetDevice): void {
  add(dev, { table: RT_TABLE_LOCAL, type: RTN_MULTICAST, dst: 0xff00n << 112n, dstLen: 8, metric: 256 });
}

/** The host route of a local address (addrconf_f6i_alloc + ip6_ins_rt). */
export function addLocalRoute(dev: NetDevice, addr: Ip6Addr): void {
  add(dev, { table: RT_TABLE_LOCAL, type: RTN_LOCAL, dst: addr, dstLen: 128, metric: 0 });
}

export function delLocalRoute(dev: NetDevice, addr: Ip6Addr): void {
  const s = state(dev.net);
  s.routes = s.routes.filter((r) => !(r.dev === dev && r.type === RTN_LOCAL && r.dst === addr));
}

/** Removes the connected prefix route when the last address of the prefix goes. */
export function delPrefixRoute(dev: NetDevice, prefix: Ip6Addr, len: number): void {
  const s = state(dev.net);
  s.routes = s.routes.filter(
    (r) => !(r.dev === dev && r.type === RTN_UNICAST && r.table === RT_TABLE_MAIN && r.dst === prefix && r.dstLen === len),
  );
}

/** rt6_disable_ip() / rt6_ifdown(): every route through the device goes. */
export function rt6Ifdown(dev: NetDevice): void {
  const s = state(dev.net);
  s.routes = s.routes.filter((r) => r.dev !== dev);
}

function bitsCompare(a: Rt6Info, b: Rt6Info): number {
  const n = Math.min(a.dstLen, b.dstLen);
  const shift = BigInt(128 - n);
  const pa = n === 0 ? 0n : a.dst >> shift;
  const pb = n === 0 ? 0n : b.dst >> shift;
  if (pa !== pb) return pa < pb ? -1 : 1;
  return b.dstLen - a.dstLen;
}

/** Every route of the namespace in dump order (table main, then local). */
export function rt6Dump(ns: NetNamespace): Rt6Info[] {
  return [...state(ns).routes].sort(
    (a, b) => a.table - b.table || bitsCompare(a, b) || a.metric - b.metric || a.seq - b.seq,
  );
}
