// /proc/net/if_inet6 (if6_seq_show: what ifconfig reads for its inet6 lines),
// /proc/net/igmp6 (igmp6_mc_seq_show: what `ip maddr` reads) and
// /proc/net/ipv6_route (ipv6_route_native_seq_show: what `route -A inet6`
// reads), for the reading task's namespace. if_inet6 is a hash walk on Linux; here devices
// come in list order and addresses in each device's list order.

import { devList } from "../core/dev.js";
import { registerProcEntry } from "../fs/procfs.js";
import { procTextFile } from "../fs/proc_text.js";
import { in6DevGet } from "./inet6_dev.js";
import { rt6Dump, rt6ProcFlags, rt6Refcnt } from "./route.js";
import { RT_TABLE_LOCAL, RT_TABLE_MAIN } from "../../uapi/route.js";
import { RTF6_NONEXTHOP, RTF6_REJECT } from "../../uapi/in6.js";

function hex128(a: bigint): string {
  return a.toString(16).padStart(32, "0");
}

function hex2(n: number): string {
  return n.toString(16).padStart(2, "0");
}

registerProcEntry("net", "if_inet6", () =>
  procTextFile((task) => {
    let s = "";
    for (const dev of devList(task.netns)) {
      const idev = in6DevGet(dev);
      if (!idev) continue;
      for (const ifp of idev.addrs) {
        s += `${hex128(ifp.addr)} ${hex2(dev.ifindex)} ${hex2(ifp.prefixlen)} ${hex2(ifp.scope)} ${hex2(ifp.flags & 0xff)} ${dev.name.padStart(8)}\n`;
      }
    }
    return s;
  }),
);

registerProcEntry("net", "igmp6", () =>
  procTextFile((task) => {
    let s = "";
    for (const dev of devList(task.netns)) {
      const idev = in6DevGet(dev);
      if (!idev) continue;
      for (const mc of idev.mc) {
        const flags = (mc.loaded ? 4 : 0) | (mc.noreport ? 8 : 0);
        s += `${String(dev.ifindex).padEnd(4)} ${dev.name.padEnd(15)} ${hex128(mc.addr)} ${String(mc.users).padStart(5)} ${flags.toString(16).toUpperCase().padStart(8, "0")} 0\n`;
      }
    }
    return s;
  }),
);

function hex8(n: number): string {
  return (n >>> 0).toString(16).padStart(8, "0");
}

/**
 * ipv6_route_seq: every table (by hash bucket, id & 255: main before local) walked
 * as the fib6 walker goes (rt6Dump's order), each route as
 * "dst plen src slen nexthop metric refcnt use flags dev". A table's root
 * holds ip6_null_entry (metric 0xffffffff, reject, lo) while no default route
 * takes its place; it comes last, the walk visiting the root after its children.
 */
registerProcEntry("net", "ipv6_route", () =>
  procTextFile((task) => {
    const ns = task.netns;
    const lo = devList(ns).find((d) => d.ifindex === 1);
    const zero = hex128(0n);
    const all = rt6Dump(ns);
    let s = "";
    const tables = [...new Set([RT_TABLE_MAIN, RT_TABLE_LOCAL, ...all.map((r) => r.table)])].sort((a, b) => (a & 255) - (b & 255) || a - b);
    for (const table of tables) {
      const routes = all.filter((r) => r.table === table);
      for (const r of routes) {
        s += `${hex128(r.dst)} ${hex2(r.dstLen)} ${zero} 00 ${hex128(r.gw ?? 0n)} ${hex8(r.metric)} ${hex8(rt6Refcnt(r))} ${hex8(0)} ${hex8(rt6ProcFlags(r))} ${r.dev.name.padStart(8)}\n`;
      }
      if (!routes.some((r) => r.dstLen === 0)) {
        s += `${zero} 00 ${zero} 00 ${zero} ffffffff ${hex8(1)} ${hex8(0)} ${hex8(RTF6_REJECT | RTF6_NONEXTHOP)} ${(lo?.name ?? "lo").padStart(8)}\n`;
      }
    }
    return s;
  }),
);
