// Nexthop objects (net/ipv4/nexthop.c) for IPv4: `ip nexthop` entries with an
// id, a gateway and device (or blackhole), and groups of them with weights
// (hash-threshold). Routes name one by id (RTA_NH_ID): their FibInfo's
// nexthops are derived from the object and derived again whenever it changes;
// a route whose object is deleted goes with it. A device going down or away
// deletes the nexthops through it (remove_nexthop_by_dev), which leaves their
// groups (a group left empty is deleted too). AF_INET6 nexthops are checked
// by the IPv6 side (setNexthop6Check) and IPv6 routes through them follow
// their objects as IPv4's do (setNexthopRoutes6Refresh, kernel/ipv6/route.ts).
// Left out: fdb nexthops, resilient groups, nexthop notifications, IPv4
// routes through IPv6 gateways.

import { rtnlNexthopGroup, type NexthopNotify } from "../core/rtnl_notify.js";
import { kerr } from "../../uapi/errno.js";
import { RT_SCOPE_HOST, RT_SCOPE_LINK, RT_SCOPE_NOWHERE, RTNH_F_ONLINK, RTN_LOCAL, RTN_UNICAST } from "../../uapi/route.js";
import { devGetByIndex, registerNetdevNotifier, type NetdevEvent } from "../core/dev.js";
import type { NetDevice } from "../core/netdevice.js";
import type { NetNamespace } from "../core/netns.js";
import { inDevGet } from "./devinet.js";
import { fibAliasGone, fibLookup, inetAddrType, type FibInfo, type FibNh } from "./fib.js";
import { fibRebalance, rebalance } from "./fib_multipath.js";
import { ipv4Of, rtCacheFlush } from "./netns_ipv4.js";

/** The fields a nexthop object and the request that makes it share. */
interface NhCommon {
  id: number;
  /** nh_info's family / nhm_family: AF_INET (2) or AF_INET6 (10); 0 (AF_UNSPEC) for a group. */
  family: number;
  protocol: number;
  blackhole: boolean;
  gw: number;
  /** An AF_INET6 nexthop's gateway. */
  gw6?: bigint;
  flags: number;
}

export interface NhObj extends NhCommon {
  dev?: NetDevice;
  scope: number;
  /** A group's members; `upper` is each one's bound in the 31-bit hash space (nh_group_rebalance). */
  group?: Array<{ id: number; weight: number; upper?: number }>;
}

/** RTM_NEWNEXTHOP as `ip nexthop add|replace` sends it. */
export interface NhConfig extends NhCommon {
  oif: number;
  group?: Array<{ id: number; weight: number }>;
  replace: boolean;
  excl: boolean;
}

interface NhState {
  byId: Map<number, NhObj>;
  lastId: number;
}

const states = new WeakMap<NetNamespace, NhState>();

function state(ns: NetNamespace): NhState {
  let s = states.get(ns);
  if (!s) states.set(ns, (s = { byId: new Map(), lastId: 0 }));
  return s;
}

export function nexthopFind(ns: NetNamespace, id: number): NhObj | undefined {
  return states.get(ns)?.byId.get(id);
}

/** Every nexthop, by id (the dump order). */
export function nexthopDump(ns: NetNamespace): NhObj[] {
  return [...(states.get(ns)?.byId.values() ?? [])].sort((a, b) => a.id - b.id);
}

/** nh_find_unused_id(): from the last id given on, the first one free. */
function unusedId(s: NhState): number {
  for (let i = 0; i < 0x7fffffff; i++) {
    let id = (s.lastId + 1 + i) >>> 0;
    if (id === 0 || id > 0x7fffffff) id = 1;
    if (!s.byId.has(id)) {
      s.lastId = id;
      return id;
    }
  }
  throw kerr("ENOSPC");
}

/**
 * nh_create_ipv6()'s fib6_nh_init(): the IPv6 side's gateway checks
 * (kernel/ipv6/addrconf_rtnl.ts registers them; ipv4 cannot import ipv6).
 */
let nh6Check: (ns: NetNamespace, gw: bigint | undefined, dev: NetDevice, onlink: boolean) => void = () => {};

export function setNexthop6Check(fn: typeof nh6Check): void {
  nh6Check = fn;
}

/** IPv6 routes follow their nexthop objects too (kernel/ipv6/route.ts registers how). */
let routes6Refresh: (ns: NetNamespace) => void = () => {};

export function setNexthopRoutes6Refresh(fn: typeof routes6Refresh): void {
  routes6Refresh = fn;
}

/** nh_create_ipv4() with fib_check_nh(): the gateway must be reachable on the device; nh_create_ipv6() for AF_INET6. */
function checkSingle(ns: NetNamespace, cfg: NhConfig): NhObj {
  if (cfg.blackhole) {
    const lo = devGetByIndex(ns, 1);
    if (!lo || !lo.isUp) throw kerr("ENETDOWN", "Device for nexthop is not up");
    return { id: cfg.id, family: cfg.family, protocol: cfg.protocol, blackhole: true, gw: 0, dev: lo, scope: RT_SCOPE_NOWHERE, flags: 0 };
  }
  if (!cfg.oif) throw kerr("EINVAL", "Device attribute required for non-blackhole and non-fdb nexthops");
  const dev = devGetByIndex(ns, cfg.oif);
  if (!dev) throw kerr("ENODEV", "Invalid device index");
  if (!dev.isUp) throw kerr("ENETDOWN", "Nexthop device is not up");
  if (cfg.family === 10) {
    nh6Check(ns, cfg.gw6, dev, !!(cfg.flags & RTNH_F_ONLINK));
    const nh: NhObj = { id: cfg.id, family: 10, protocol: cfg.protocol, blackhole: false, gw: 0, dev, scope: cfg.gw6 !== undefined ? RT_SCOPE_LINK : RT_SCOPE_HOST, flags: cfg.flags & RTNH_F_ONLINK };
    if (cfg.gw6 !== undefined) nh.gw6 = cfg.gw6;
    return nh;
  }
  if (!cfg.gw) {
    if (cfg.flags & RTNH_F_ONLINK) throw kerr("EINVAL", "Invalid flags for nexthop - can not contain DEAD or ONLINK");
    if (!inDevGet(dev)) throw kerr("ENODEV");
    return { id: cfg.id, family: 2, protocol: cfg.protocol, blackhole: false, gw: 0, dev, scope: RT_SCOPE_HOST, flags: 0 };
  }
  if (cfg.flags & RTNH_F_ONLINK) {
    if (inetAddrType(ns, cfg.gw, dev) !== RTN_UNICAST) throw kerr("EINVAL", "Nexthop has invalid gateway");
    return { id: cfg.id, family: 2, protocol: cfg.protocol, blackhole: false, gw: cfg.gw, dev, scope: RT_SCOPE_LINK, flags: RTNH_F_ONLINK };
  }
  const r = fibLookup(ns, { dst: cfg.gw, tos: 0, scope: RT_SCOPE_LINK, oif: cfg.oif });
  if (r.kind !== "ok" || (r.res.type !== RTN_UNICAST && r.res.type !== RTN_LOCAL)) throw kerr("EINVAL", "Nexthop has invalid gateway");
  return { id: cfg.id, family: 2, protocol: cfg.protocol, blackhole: false, gw: cfg.gw, dev, scope: RT_SCOPE_LINK, flags: 0 };
}

/** nh_check_attr_group(): members must exist, be single nexthops, and not repeat. */
function checkGroup(ns: NetNamespace, cfg: NhConfig): NhObj {
  const s = state(ns);
  const seen = new Set<number>();
  for (const m of cfg.group!) {
    const nh = s.byId.get(m.id);
    if (!nh || m.id === cfg.id) throw kerr("EINVAL", "Invalid nexthop id");
    // A hash-threshold (the only kind modelled) group cannot be a member (6.x wording).
    if (nh.group) throw kerr("EINVAL", "Hash-threshold group can not be a nexthop within a group");
    if (seen.has(m.id)) throw kerr("EINVAL", "Nexthop id can not be used twice in a group");
    seen.add(m.id);
  }
  const members = cfg.group!.map((m) => s.byId.get(m.id)!);
  if (members.some((m) => m.blackhole) && members.length > 1) throw kerr("EINVAL", "Blackhole nexthop can not be used in a group with more than 1 path");
  const group = cfg.group!.map((m) => ({ ...m }));
  nhGroupRebalance(group);
  return { id: cfg.id, family: 0, protocol: cfg.protocol, blackhole: false, gw: 0, scope: 0, flags: 0, group };
}

/** nh_group_rebalance(): hash-threshold upper bounds by weight over all members. */
function nhGroupRebalance(group: NonNullable<NhObj["group"]>): void {
  rebalance(group, () => true);
}

/** rtm_new_nexthop() */
export function nexthopAdd(ns: NetNamespace, cfg: NhConfig): void {
  const s = state(ns);
  if (cfg.id && s.byId.has(cfg.id) && !cfg.replace) throw kerr("EEXIST");
  if (cfg.replace && !cfg.id) throw kerr("EINVAL", "Replace requires nexthop id");
  const nh = cfg.group ? checkGroup(ns, cfg) : checkSingle(ns, cfg);
  if (!cfg.id) nh.id = unusedId(s);
  const old = s.byId.get(nh.id);
  if (old && old.group && !nh.group) throw kerr("EINVAL", "Can not replace a nexthop group with a nexthop.");
  if (old && !old.group && nh.group) throw kerr("EINVAL", "Can not replace a nexthop with a nexthop group.");
  s.byId.set(nh.id, nh);
  nexthopRoutesRefresh(ns);
  nexthopNotify(ns, "RTM_NEWNEXTHOP", nh);
}

/** nexthop_notify(): RTNLGRP_NEXTHOP listeners get the object as it is now. */
function nexthopNotify(ns: NetNamespace, type: NexthopNotify["type"], nh: NhObj): void {
  if (!rtnlNexthopGroup.listening(ns)) return;
  const msg: NhObj = { ...nh };
  if (nh.group) msg.group = nh.group.map((m) => ({ id: m.id, weight: m.weight }));
  rtnlNexthopGroup.notify(ns, { type, msg });
}

/** rtm_del_nexthop() */
export function nexthopDel(ns: NetNamespace, id: number): void {
  const s = state(ns);
  if (!s.byId.has(id)) throw kerr("ENOENT");
  removeNexthop(ns, id, true);
  nexthopRoutesRefresh(ns);
}

/**
 * remove_nexthop(): out of every group (an emptied group goes too). A user's
 * delete (`notify`) announces the object, then each group it left; a device
 * going away (nexthop_flush_dev, no nlinfo) announces nothing.
 */
function removeNexthop(ns: NetNamespace, id: number, notify = false): void {
  const s = state(ns);
  const nh = s.byId.get(id);
  s.byId.delete(id);
  if (notify && nh) nexthopNotify(ns, "RTM_DELNEXTHOP", nh);
  for (const g of [...s.byId.values()]) {
    if (!g.group) continue;
    if (!g.group.some((m) => m.id === id)) continue;
    g.group = g.group.filter((m) => m.id !== id);
    nhGroupRebalance(g.group);
    if (g.group.length === 0) s.byId.delete(g.id);
    else if (notify) nexthopNotify(ns, "RTM_NEWNEXTHOP", g);
  }
}

/** The FibInfo nexthops a route through `obj` carries (a group of one reads as that nexthop). */
function deriveNhs(ns: NetNamespace, obj: NhObj): FibNh[] {
  const s = state(ns);
  const single = (o: NhObj, weight: number): FibNh => ({ gw: o.gw, dev: o.dev, scope: o.scope, flags: o.flags & RTNH_F_ONLINK, weight });
  if (!obj.group) return [single(obj, 1)];
  return obj.group.map((m) => single(s.byId.get(m.id)!, m.weight));
}

/** Gives a new route through nexthop `id` its nexthops (fib_create_info with fc_nh_id). */
export function nexthopBind(ns: NetNamespace, fi: FibInfo, id: number): void {
  const obj = nexthopFind(ns, id);
  if (!obj) throw kerr("EINVAL", "Nexthop id does not exist");
  fi.nhid = id;
  applyNhs(ns, fi, obj);
}

/** nexthop_is_blackhole(): a route through it is a blackhole route. */
export function nexthopIsBlackhole(ns: NetNamespace, id: number): boolean {
  const obj = nexthopFind(ns, id);
  if (!obj) return false;
  if (obj.group) return obj.group.length === 1 && !!nexthopFind(ns, obj.group[0]!.id)?.blackhole;
  return obj.blackhole;
}

function applyNhs(ns: NetNamespace, fi: FibInfo, obj: NhObj): void {
  const nhs = deriveNhs(ns, obj);
  fi.nh = nhs[0]!;
  if (nhs.length > 1) {
    fi.nhs = nhs;
    fibRebalance(fi);
  } else delete fi.nhs;
  fi.dead = false;
}

/** Routes follow their nexthop objects: re-derived, or deleted with them. */
function nexthopRoutesRefresh(ns: NetNamespace): void {
  for (const t of ipv4Of(ns).tables.values()) {
    let changed = false;
    const keep = t.aliases.filter((fa) => {
      if (fa.fi.nhid === undefined) return true;
      const obj = nexthopFind(ns, fa.fi.nhid);
      changed = true;
      if (!obj) {
        fibAliasGone(t, fa.dst, fa.seq);
        return false;
      }
      applyNhs(ns, fa.fi, obj);
      return true;
    });
    if (changed) {
      t.aliases = keep;
      t.ver = (t.ver ?? 0) + 1;
    }
  }
  rtCacheFlush(ns);
  routes6Refresh(ns);
}

/** `ip nexthop flush`: each listed nexthop deleted (one a deletion before took already is passed over). */
export function nexthopFlushAll(ns: NetNamespace, ids: number[]): void {
  for (const id of ids) if (state(ns).byId.has(id)) removeNexthop(ns, id, true);
  nexthopRoutesRefresh(ns);
}

/** nexthop_flush_dev(): a device going down or away takes its nexthops. */
function nhNetdevEvent(event: NetdevEvent, dev: NetDevice): void {
  if (event !== "DOWN" && event !== "UNREGISTER") return;
  const s = states.get(dev.net);
  if (!s) return;
  let any = false;
  for (const nh of [...s.byId.values()]) {
    if (nh.group || nh.dev !== dev) continue;
    removeNexthop(dev.net, nh.id);
    any = true;
  }
  if (any) nexthopRoutesRefresh(dev.net);
}

registerNetdevNotifier(nhNetdevEvent, ["DOWN", "UNREGISTER"]);
