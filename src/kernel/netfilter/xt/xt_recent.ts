// recent match (net/netfilter/xt_recent.c): per network namespace, named
// tables of addresses (masked), each with the times it was last seen (up to
// ip_pkt_list_tot = 20) and the TTL of the packet that added it. --set adds or
// refreshes, --rcheck looks, --update looks and refreshes, --remove deletes;
// --seconds/--hitcount count the stamps within the window, --rttl also wants
// the same TTL. Where we differ: tables do not show up under
// /proc/net/xt_recent, and --reap prunes only the entry looked at.

import {
  XT_RECENT_CHECK,
  XT_RECENT_REAP,
  XT_RECENT_REMOVE,
  XT_RECENT_SET,
  XT_RECENT_TTL,
  XT_RECENT_UPDATE,
  type XtRecent,
} from "../../../uapi/xt_ext_recent.js";
import { netCore } from "../../core/net_namespace.js";
import type { NetNamespace } from "../../core/netns.js";
import type { XtPkt } from "../pktinfo.js";
import { xtRegisterMatch } from "../xt_registry.js";

const IP_PKT_LIST_TOT = 20;

interface Entry {
  stamps: number[];
  ttl: number;
}

const tablesOf = new WeakMap<NetNamespace, Map<string, Map<number, Entry>>>();

function table(net: NetNamespace, name: string): Map<number, Entry> {
  let all = tablesOf.get(net);
  if (!all) tablesOf.set(net, (all = new Map()));
  let t = all.get(name);
  if (!t) all.set(name, (t = new Map()));
  return t;
}

function recentMatch(p: XtPkt, data: object): boolean {
  const d = data as XtRecent;
  const net = p.state.net;
  const now = netCore(net).host.clock.now;
  const addr = ((d.side ? p.iph.daddr : p.iph.saddr) & d.mask) >>> 0;
  const t = table(net, d.name);
  const ttl = p.iph.ttl;
  let e = t.get(addr);
  if (d.checkSet & XT_RECENT_SET) {
    if (!e) t.set(addr, (e = { stamps: [], ttl }));
    e.stamps.push(now);
    if (e.stamps.length > IP_PKT_LIST_TOT) e.stamps.shift();
    e.ttl = ttl;
    return !d.invert;
  }
  if (!e) return d.invert;
  if (d.checkSet & XT_RECENT_REMOVE) {
    t.delete(addr);
    return !d.invert;
  }
  if (d.checkSet & XT_RECENT_TTL && e.ttl !== ttl) return d.invert;
  let hit = true;
  if (d.seconds || d.hitCount) {
    const since = now - d.seconds * 1e9;
    const n = e.stamps.filter((s) => !d.seconds || s >= since).length;
    hit = n >= (d.hitCount || 1);
    if (d.checkSet & XT_RECENT_REAP && d.seconds) e.stamps = e.stamps.filter((s) => s >= since);
  }
  if (hit && d.checkSet & XT_RECENT_UPDATE) {
    e.stamps.push(now);
    if (e.stamps.length > IP_PKT_LIST_TOT) e.stamps.shift();
  }
  return hit !== d.invert;
}

xtRegisterMatch({
  name: "recent",
  revisions: [1],
  match: recentMatch,
  check: (_ctx, data) => {
    const d = data as XtRecent;
    const cmds = d.checkSet & (XT_RECENT_SET | XT_RECENT_CHECK | XT_RECENT_UPDATE | XT_RECENT_REMOVE);
    if (cmds === 0 || (cmds & (cmds - 1)) !== 0 || d.name.length === 0) return "EINVAL";
    return undefined;
  },
});
