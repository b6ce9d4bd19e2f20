// The AF_INET rtnetlink handlers (devinet.c inet_rtm_newaddr/deladdr and
// inet_dump_ifaddr, fib_frontend.c inet_rtm_newroute/delroute and
// inet_dump_fib, route.c inet_rtm_getroute, neighbour.c neigh_add/neigh_delete
// and neigh_dump_table for arp_tbl). inetRtnlTalk() is the sendmsg+recvmsg a
// tool calls; it answers with typed messages or throws a KernelError (errno and
// extack), exactly what the tools render.

import { kerr } from "../../uapi/errno.js";
import { ifaLifetimesLeft, scheduleCheckLifetime, setIfaLifetime } from "./devinet_lifetime.js";
import {
  AF_INET,
  IFA_F_MCAUTOJOIN,
  IFA_F_PERMANENT,
  INFINITY_LIFE_TIME,
  IFA_F_SECONDARY,
  type IfAddrMsg,
  type RtmDelAddr,
  type RtmNewAddr,
} from "../../uapi/if_addr.js";
import type { InetRtnlReply, InetRtnlRequest } from "../../uapi/inet_rtnl.js";
import { NTF_PROXY, NUD_FAILED, type NdMsg, type RtmNewNeigh } from "../../uapi/neighbour.js";
import {
  RT_SCOPE_UNIVERSE,
  RT_TABLE_COMPAT,
  RT_TABLE_LOCAL,
  RT_TABLE_MAIN,
  RTCF_REDIRECTED,
  RTM_F_CLONED,
  RTM_F_FIB_MATCH,
  RTNH_F_LINKDOWN,
  RTAX_MTU,
  RTPROT_UNSPEC,
  type RtMsg,
  type RtNexthop,
  type RtmGetRoute,
  type RtmModRoute,
  type RtaMetrics,
} from "../../uapi/route.js";
import { NLM_F_CREATE, NLM_F_EXCL, NLM_F_REPLACE } from "../../uapi/rtnetlink.js";
import { devGetByIndex, devList, devListByIndex } from "../core/dev.js";
import { NEIGH_UPDATE_F_ADMIN, NEIGH_UPDATE_F_OVERRIDE, NUD_VALID, neighAdminFlags } from "../core/neighbour.js";
import { netCore } from "../core/net_namespace.js";
import { pneighAdd, pneighDelete, pneighDump } from "../core/pneigh.js";
import type { NetNamespace } from "../core/netns.js";
import { ipMcAutojoin, ipMcAutoleave } from "./igmp_autojoin.js";
import { isMulticast4 } from "../../wire/addr.js";
import type { Task } from "../task/task.js";
import { arpTbl } from "./arp.js";
import { inDevGet, inetDelIfa, inetIfaMatch, inetInsertIfa, inetMakeMask, newIfa, registerInetaddrNotifier, type InIfaddr } from "./devinet.js";
import { rtnlAddrListening, rtnlAddrNotify, rtnlRouteGroup } from "../core/rtnl_notify.js";
import { fibDumpAll, fibGetTable, nhFlags, type FibAlias } from "./fib.js";
import { fibRouteAdd, fibRouteDel, setFibNotify, type FibConfig } from "./fib_frontend.js";
import { nexthopFind } from "./nexthop.js";
import { ipRouteInput, ipRouteOutput, type Rtable } from "./route.js";
import { fibRulesCustom } from "./fib_rules.js";
import "./init.js";
import { utf8Length } from "../../wire/bytes.js";
import { expiresClockT, fnheDump, type Fnhe } from "./route_fnhe.js";

/** Sends one request as `task` and returns the kernel's answer (throws KernelError). */
export function inetRtnlTalk(task: Task, req: InetRtnlRequest): InetRtnlReply {
  const ns = task.netns;
  switch (req.type) {
    case "RTM_NEWADDR":
      newAddr(ns, req);
      return { type: "ack" };
    case "RTM_DELADDR":
      delAddr(ns, req);
      return { type: "ack" };
    case "RTM_GETADDR":
      if (req.ifa_family !== AF_INET && req.ifa_family !== 0) return { type: "addrs", addrs: [] };
      return { type: "addrs", addrs: dumpAddrs(ns, req.ifa_index) };
    case "RTM_NEWROUTE":
    case "RTM_DELROUTE":
      modRoute(ns, req);
      return { type: "ack" };
    case "RTM_GETROUTE":
      return { type: "routes", routes: getRoute(task, ns, req) };
    case "RTM_NEWNEIGH":
      newNeigh(ns, req);
      return { type: "ack" };
    case "RTM_DELNEIGH": {
      if (req.ndm_family !== AF_INET) throw kerr("EAFNOSUPPORT");
      const dev = req.ndm_ifindex ? devGetByIndex(ns, req.ndm_ifindex) : undefined;
      if (req.ndm_ifindex && !dev) throw kerr("ENODEV");
      if (req.ndm_flags && req.ndm_flags & NTF_PROXY) {
        if (!pneighDelete(ns, req.NDA_DST, dev)) throw kerr("ENOENT");
        return { type: "ack" };
      }
      if (!dev) throw kerr("EINVAL");
      const n = arpTbl.lookup(dev, req.NDA_DST);
      if (!n) throw kerr("ENOENT");
      arpTbl.update(n, undefined, NUD_FAILED, NEIGH_UPDATE_F_OVERRIDE | NEIGH_UPDATE_F_ADMIN);
      arpTbl.remove(n);
      return { type: "ack" };
    }
    case "RTM_GETNEIGH":
      if (req.ndm_family !== AF_INET && req.ndm_family !== 0) return { type: "neighs", neighs: [] };
      // neigh_dump_info(): ndm_flags == NTF_PROXY dumps the proxy entries instead.
      if (req.ndm_flags === NTF_PROXY) return { type: "neighs", neighs: pneighDump(ns, false, req.ndm_ifindex) };
      return { type: "neighs", neighs: dumpNeighs(ns, req.ndm_ifindex) };
  }
}

// ---------------------------------------------------------------- addresses

function newAddr(ns: NetNamespace, r: RtmNewAddr): void {
  if (r.ifa_family !== AF_INET) throw kerr("EOPNOTSUPP");
  // ifa_ipv4_policy: IFA_LABEL is an NLA_STRING of at most IFNAMSIZ - 1 bytes.
  if (r.IFA_LABEL !== undefined && utf8Length(r.IFA_LABEL) > 15) {
    throw kerr("EINVAL", "Attribute failed policy validation");
  }
  if (r.ifa_prefixlen > 32) throw kerr("EINVAL");
  const ci = r.IFA_CACHEINFO;
  if (ci && (!ci.ifa_valid || ci.ifa_prefered > ci.ifa_valid)) throw kerr("EINVAL");
  const dev = devGetByIndex(ns, r.ifa_index);
  if (!dev) throw kerr("ENODEV");
  const inDev = inDevGet(dev);
  if (!inDev) throw kerr("ENOBUFS");
  if (r.IFA_LOCAL === undefined) throw kerr("EINVAL");
  const address = r.IFA_ADDRESS ?? r.IFA_LOCAL;
  const ifa = newIfa(dev, {
    local: r.IFA_LOCAL,
    address,
    prefixlen: r.ifa_prefixlen,
    broadcast: r.IFA_BROADCAST ?? 0,
    scope: r.ifa_scope,
    flags: (r.IFA_FLAGS ?? 0) | IFA_F_PERMANENT,
    label: r.IFA_LABEL ?? dev.name,
    rtPriority: r.IFA_RT_PRIORITY ?? 0,
  });
  const now = netCore(ns).host.clock.now;
  const valid = ci ? ci.ifa_valid : INFINITY_LIFE_TIME;
  const preferred = ci ? ci.ifa_prefered : INFINITY_LIFE_TIME;
  setIfaLifetime(ifa, valid, preferred, now);
  const existing = inDev.ifaList.find((i) => i.mask === ifa.mask && inetIfaMatch(i.address, ifa) && i.local === ifa.local);
  if (!existing) {
    // inet_rtm_newaddr(): IFA_F_MCAUTOJOIN joins the group before the address goes in.
    if (ifa.flags & IFA_F_MCAUTOJOIN) ipMcAutojoin(dev, ifa.address);
    inetInsertIfa(ifa);
    scheduleCheckLifetime(ns);
    return;
  }
  if (r.nlmsg_flags & NLM_F_EXCL || !(r.nlmsg_flags & NLM_F_REPLACE)) throw kerr("EEXIST", "ipv4: Address already assigned.");
  existing.rtPriority = ifa.rtPriority;
  setIfaLifetime(existing, valid, preferred, now);
  scheduleCheckLifetime(ns);
}

function delAddr(ns: NetNamespace, r: RtmDelAddr): void {
  if (r.ifa_family !== AF_INET) throw kerr("EOPNOTSUPP");
  const dev = devGetByIndex(ns, r.ifa_index);
  const inDev = dev && inDevGet(dev);
  if (!inDev) throw kerr("ENODEV", "ipv4: Device not found");
  for (const ifa of inDev.ifaList) {
    if (r.IFA_LOCAL !== undefined && ifa.local !== r.IFA_LOCAL) continue;
    if (r.IFA_LABEL !== undefined && ifa.label !== r.IFA_LABEL) continue;
    if (r.IFA_ADDRESS !== undefined && (r.ifa_prefixlen !== ifa.prefixlen || !inetIfaMatch(r.IFA_ADDRESS, ifa))) continue;
    // inet_rtm_deladdr(): a multicast address leaves its group (joined or not).
    if (isMulticast4(ifa.address)) ipMcAutoleave(dev!, ifa.address);
    inetDelIfa(inDev, ifa);
    return;
  }
  throw kerr("EADDRNOTAVAIL", "ipv4: Address not found.");
}

// rtmsg_ifa() just before the inetaddr chain (__inet_insert_ifa, __inet_del_ifa): RTNLGRP_IPV4_IFADDR
// listeners hear of the address before the routes fib_add_ifaddr/fib_del_ifaddr change for it.
registerInetaddrNotifier((event, ifa) => {
  const net = ifa.dev.net;
  if (rtnlAddrListening(net)) rtnlAddrNotify(net, { type: event === "UP" ? "RTM_NEWADDR" : "RTM_DELADDR", family: 2, msg: fillIfaddr(ifa) });
}, true);

/** inet_fill_ifaddr() */
export function fillIfaddr(ifa: InIfaddr): IfAddrMsg {
  const cs = (t: number) => Math.floor(t / 10_000_000);
  const left = ifaLifetimesLeft(ifa, netCore(ifa.dev.net).host.clock.now);
  const m: IfAddrMsg = {
    ifa_family: AF_INET,
    ifa_prefixlen: ifa.prefixlen,
    ifa_flags: ifa.flags & 0xff,
    ifa_scope: ifa.scope,
    ifa_index: ifa.dev.ifindex,
    IFA_ADDRESS: ifa.address,
    IFA_LOCAL: ifa.local,
    IFA_LABEL: ifa.label,
    IFA_FLAGS: ifa.flags,
    IFA_CACHEINFO: { ifa_prefered: left.preferred, ifa_valid: left.valid, cstamp: cs(ifa.cstamp), tstamp: cs(ifa.tstamp) },
  };
  if (ifa.broadcast) m.IFA_BROADCAST = ifa.broadcast;
  if (ifa.rtPriority) m.IFA_RT_PRIORITY = ifa.rtPriority;
  return m;
}

function dumpAddrs(ns: NetNamespace, ifindex?: number): IfAddrMsg[] {
  const out: IfAddrMsg[] = [];
  for (const dev of devListByIndex(ns)) {
    if (ifindex && dev.ifindex !== ifindex) continue;
    const id = inDevGet(dev);
    if (id) for (const ifa of id.ifaList) out.push(fillIfaddr(ifa));
  }
  return out;
}

// ---------------------------------------------------------------- routes

/** The congestion controls tcp_ca_get_key_by_name() finds (tcp_available_congestion_control). */
const TCP_CA_NAMES = new Set(["reno", "bbr", "cubic"]);

/** ip_metrics_convert() (both families): RTAX_CC_ALGO names an algorithm the kernel has. */
export function ipMetricsCheck(mx: { cc?: string } | undefined): void {
  if (mx?.cc !== undefined && !TCP_CA_NAMES.has(mx.cc)) throw kerr("EINVAL", "Unknown tcp congestion algorithm");
}

/**
 * ip_metrics_convert() into the metrics array: a metric given as 0 is the same
 * as one not given (rtnetlink_put_metrics() reports only non-zero slots), so it
 * is not kept; undefined when nothing is left.
 */
export function ipMetricsConvert(mx: RtaMetrics | undefined): RtaMetrics | undefined {
  if (!mx) return undefined;
  const vals = mx.vals.filter(([, v]) => v !== 0);
  if (!vals.length && !mx.lock && mx.cc === undefined) return undefined;
  return vals.length === mx.vals.length ? mx : { ...mx, vals };
}

function toConfig(req: RtmModRoute): FibConfig {
  const m = req.msg;
  ipMetricsCheck(m.RTA_METRICS);
  const f = req.nlmsg_flags;
  return {
    dst: m.RTA_DST ?? 0,
    dstLen: m.rtm_dst_len,
    tos: m.rtm_tos,
    // fib_new_table() / fib_get_table(): table 0 is main.
    table: (m.RTA_TABLE ?? m.rtm_table) || RT_TABLE_MAIN,
    protocol: m.rtm_protocol,
    scope: m.rtm_scope,
    type: m.rtm_type,
    prefsrc: m.RTA_PREFSRC ?? 0,
    priority: m.RTA_PRIORITY ?? 0,
    oif: m.RTA_OIF ?? 0,
    gw: m.RTA_GATEWAY ?? 0,
    ...(m.RTA_VIA6 !== undefined ? { gw6: m.RTA_VIA6 } : {}),
    flags: m.rtm_flags,
    flow: m.RTA_FLOW,
    ...(m.RTA_NH_ID !== undefined ? { nhid: m.RTA_NH_ID } : {}),
    ...(m.RTA_MULTIPATH ? { mp: m.RTA_MULTIPATH.map((x) => ({ oif: x.rtnh_ifindex, gw: x.RTA_GATEWAY ?? 0, ...(x.RTA_VIA6 !== undefined ? { gw6: x.RTA_VIA6 } : {}), flags: x.rtnh_flags, weight: x.rtnh_hops + 1, flow: x.RTA_FLOW })) } : {}),
    metrics: ipMetricsConvert(m.RTA_METRICS),
    nlflags: {
      replace: (f & NLM_F_REPLACE) !== 0,
      excl: (f & NLM_F_EXCL) !== 0,
      append: (f & 0x800) !== 0,
      create: (f & NLM_F_CREATE) !== 0,
    },
  };
}

function modRoute(ns: NetNamespace, req: RtmModRoute): void {
  const m = req.msg;
  if (m.rtm_family !== AF_INET) throw kerr("EOPNOTSUPP");
  // rtm_to_fib_config(): inet_validate_dscp().
  if (m.rtm_tos & 0x03) throw kerr("EINVAL", "Invalid dsfield (tos): ECN bits must be 0");
  if (m.rtm_type > 11) throw kerr("EINVAL", "Invalid route type");
  if (m.rtm_dst_len > 32) throw kerr("EINVAL", "Invalid prefix length");
  const cfg = toConfig(req);
  // rtm_to_fib_config(): a nexthop id names an existing object, and nothing else describes the nexthop.
  if (cfg.nhid !== undefined) {
    if (cfg.oif || cfg.gw || cfg.mp) throw kerr("EINVAL", "Nexthop specification and nexthop id are mutually exclusive");
    if (!nexthopFind(ns, cfg.nhid)) throw kerr("EINVAL", "Nexthop id does not exist");
  }
  if (cfg.oif && !devGetByIndex(ns, cfg.oif)) throw kerr("ENODEV");
  // fib_nh_init() of each nexthop: its device must exist.
  if (req.type === "RTM_NEWROUTE" && cfg.mp?.some((x) => x.oif && !devGetByIndex(ns, x.oif))) throw kerr("ENODEV");
  if (req.type === "RTM_NEWROUTE") fibRouteAdd(ns, cfg);
  else fibRouteDel(ns, cfg);
}

/** fib_dump_info() */
// rtmsg_fib(): the route as fib_dump_info() fills it, to RTNLGRP_IPV4_ROUTE.
setFibNotify((type, ns, fa) => {
  if (rtnlRouteGroup.listening(ns)) rtnlRouteGroup.notify(ns, { type, family: 2, msg: fillRoute(fa) });
});

export function fillRoute(fa: FibAlias): RtMsg {
  const fi = fa.fi;
  const m: RtMsg = {
    rtm_family: AF_INET,
    rtm_dst_len: fa.dstLen,
    rtm_src_len: 0,
    rtm_tos: fa.tos,
    rtm_table: fa.table < 256 ? fa.table : RT_TABLE_COMPAT,
    rtm_protocol: fi.protocol,
    rtm_scope: fi.scope,
    rtm_type: fa.type,
    rtm_flags: nhFlags(fa) & ~1,
    RTA_TABLE: fa.table,
  };
  if (fa.dstLen) m.RTA_DST = fa.dst;
  if (fi.priority) m.RTA_PRIORITY = fi.priority;
  if (fi.prefsrc) m.RTA_PREFSRC = fi.prefsrc;
  // fib_add_multipath(): RTA_MULTIPATH instead of the gateway and device.
  if (!fi.nhs && fi.nh.gw) m.RTA_GATEWAY = fi.nh.gw;
  if (!fi.nhs && fi.nh.gw6 !== undefined) m.RTA_VIA6 = fi.nh.gw6;
  if (!fi.nhs && fi.nh.dev) m.RTA_OIF = fi.nh.dev.ifindex;
  if (fi.metrics) m.RTA_METRICS = fi.metrics;
  if (fi.flow) m.RTA_FLOW = fi.flow;
  if (fi.nhid !== undefined) m.RTA_NH_ID = fi.nhid;
  if (fi.nhs) {
    // fib_dump_info() starts from fi->fib_flags (FibInfo.linkdown), which `ip route` prints
    // as "default linkdown" above the nexthops.
    m.rtm_flags = fi.linkdown ? RTNH_F_LINKDOWN : 0;
    m.RTA_MULTIPATH = fi.nhs.map((nh) => {
      const x: RtNexthop = { rtnh_flags: nh.flags, rtnh_hops: (nh.weight ?? 1) - 1, rtnh_ifindex: nh.dev?.ifindex ?? 0 };
      if (nh.gw) x.RTA_GATEWAY = nh.gw;
      if (nh.gw6 !== undefined) x.RTA_VIA6 = nh.gw6;
      if (nh.flow) x.RTA_FLOW = nh.flow;
      return x;
    });
    return m;
  }
  // RTNH_F_DEAD is reported too (a route kept with a dead nexthop).
  m.rtm_flags = fi.nh.flags;
  return m;
}

function getRoute(_task: Task, ns: NetNamespace, req: RtmGetRoute): RtMsg[] {
  if (req.dump && req.rtm_flags && req.rtm_flags & RTM_F_CLONED) return fnheDump(ns).map((f) => fillFnhe(ns, f));
  if (req.dump) {
    if (req.RTA_TABLE) {
      const t = fibGetTable(ns, req.RTA_TABLE);
      if (!t) throw kerr("ENOENT", "ipv4: FIB table does not exist.");
      return t.aliases.map(fillRoute);
    }
    return fibDumpAll(ns).map(fillRoute);
  }
  const m = req.msg;
  const dst = m.RTA_DST ?? 0;
  const src = m.RTA_SRC ?? 0;
  const mark = m.RTA_MARK ?? 0;
  // rtm_getroute_parse_ip_proto(): only these three carry ports or ICMP keys in a flow.
  if (m.RTA_IP_PROTO !== undefined && m.RTA_IP_PROTO !== 1 && m.RTA_IP_PROTO !== 6 && m.RTA_IP_PROTO !== 17)
    throw kerr("EOPNOTSUPP", "Unsupported ip proto");
  let rt: Rtable;
  if (m.RTA_IIF) {
    // An input route, as if a packet with this mark arrived on the device.
    const dev = devGetByIndex(ns, m.RTA_IIF);
    if (!dev) throw kerr("ENODEV");
    const r = ipRouteInput(dev, dst, src, m.rtm_tos & 0x1c, { mark, proto: m.RTA_IP_PROTO, sport: m.RTA_SPORT, dport: m.RTA_DPORT });
    // 6.13+: ip_route_input_rcu() answers with a drop reason, and any reason is EINVAL (an rp_filter drop too).
    if (r.kind === "drop") throw kerr("EINVAL");
    rt = r.rt;
    if (rt.input === "error") throw kerr(rt.error ?? "EHOSTUNREACH");
  } else {
    // inet_rtm_getroute(): the flow as asked (uid defaults to the caller's: root).
    const flow = { proto: m.RTA_IP_PROTO, sport: m.RTA_SPORT, dport: m.RTA_DPORT, uid: m.RTA_UID ?? 0 };
    rt = ipRouteOutput(ns, { daddr: dst, saddr: src, oif: m.RTA_OIF ?? 0, tos: m.rtm_tos & 0x1c, mark, ...flow });
  }
  // The table the answer came from; while no policy rule was ever set the
  // kernel keeps local and main merged, so local routes report main.
  let table = rt.fa?.table ?? RT_TABLE_MAIN;
  if (table === RT_TABLE_LOCAL && !fibRulesCustom(ns)) table = RT_TABLE_MAIN;
  if (m.rtm_flags & RTM_F_FIB_MATCH) {
    // fibmatch: the FIB entry the lookup ended at, as a dump shows it (in the table the lookup walked).
    if (!rt.fa) throw kerr("EHOSTUNREACH");
    const e = fillRoute(rt.fa);
    e.rtm_table = table < 256 ? table : RT_TABLE_COMPAT;
    e.RTA_TABLE = table;
    return [e];
  }
  const r: RtMsg = {
    rtm_family: AF_INET,
    rtm_dst_len: 32,
    rtm_src_len: src ? 32 : 0,
    rtm_tos: 0,
    rtm_table: table < 256 ? table : RT_TABLE_COMPAT,
    rtm_protocol: RTPROT_UNSPEC,
    rtm_scope: RT_SCOPE_UNIVERSE,
    rtm_type: rt.type,
    rtm_flags: ((rt.flags & ~0xffff) | RTM_F_CLONED) >>> 0,
    RTA_TABLE: table,
    RTA_DST: dst,
    RTA_OIF: rt.dev.ifindex,
  };
  if (src) r.RTA_SRC = src;
  if (m.RTA_IIF) r.RTA_IIF = m.RTA_IIF;
  else {
    if (rt.src !== src) r.RTA_PREFSRC = rt.src;
    r.RTA_UID = m.RTA_UID ?? 0;
  }
  if (rt.gw) r.RTA_GATEWAY = rt.gw;
  else if (rt.gw6 !== undefined) r.RTA_VIA6 = rt.gw6;
  if (mark) r.RTA_MARK = mark;
  // rt_set_nexthop(): the dst carries its nexthop's realms (dst.tclassid).
  if (rt.fa?.fi.flow) r.RTA_FLOW = rt.fa.fi.flow;
  // The cached dst starts from its route's metrics (rt_fill_info's RTA_METRICS).
  if (rt.fa?.fi.metrics) r.RTA_METRICS = rt.fa.fi.metrics;
  if (rt.expires) pmtuInfo(ns, r, rt.pmtu ?? 0, rt.pmtuLocked ?? false, rt.expires);
  return [r];
}

/** rt_fill_info()'s RTA_CACHEINFO expiry and the learned MTU merged into RTA_METRICS. */
function pmtuInfo(ns: NetNamespace, r: RtMsg, pmtu: number, locked: boolean, expires: number): void {
  const exp = expiresClockT(ns, expires);
  if (!exp) return;
  r.RTA_CACHEINFO = { rta_clntref: 0, rta_lastuse: 0, rta_expires: exp, rta_error: 0, rta_used: 0, rta_id: 0, rta_ts: 0, rta_tsage: 0 };
  if (!pmtu) return;
  const base = r.RTA_METRICS;
  const vals = (base?.vals ?? []).filter(([k]) => k !== RTAX_MTU);
  vals.push([RTAX_MTU, pmtu]);
  vals.sort((a, b) => a[0] - b[0]);
  r.RTA_METRICS = { lock: (base?.lock ?? 0) | (locked ? 1 << RTAX_MTU : 0), vals };
}

/** fib_dump_info_fnhe() -> rt_fill_info() without a flow: an exception as `ip route show cache` lists it. */
function fillFnhe(ns: NetNamespace, f: Fnhe): RtMsg {
  const table = f.fa.table === RT_TABLE_LOCAL && !fibRulesCustom(ns) ? RT_TABLE_MAIN : f.fa.table;
  const r: RtMsg = {
    rtm_family: AF_INET,
    rtm_dst_len: 32,
    rtm_src_len: 0,
    rtm_tos: 0,
    rtm_table: table < 256 ? table : RT_TABLE_COMPAT,
    rtm_protocol: RTPROT_UNSPEC,
    rtm_scope: RT_SCOPE_UNIVERSE,
    rtm_type: f.fa.type,
    rtm_flags: RTM_F_CLONED,
    RTA_TABLE: table,
    RTA_DST: f.daddr,
  };
  if (f.fa.fi.nh.dev) r.RTA_OIF = f.fa.fi.nh.dev.ifindex;
  if (f.fa.fi.nh.gw) r.RTA_GATEWAY = f.fa.fi.nh.gw;
  // The bound route's fill_route_from_fnhe(): a redirect's gateway and RTCF_REDIRECTED.
  if (f.gw) {
    r.RTA_GATEWAY = f.gw;
    r.rtm_flags = (RTCF_REDIRECTED | RTM_F_CLONED) >>> 0;
  }
  if (f.fa.fi.metrics) r.RTA_METRICS = f.fa.fi.metrics;
  pmtuInfo(ns, r, f.pmtu, f.locked, f.expires);
  return r;
}

// ---------------------------------------------------------------- neighbours

function newNeigh(ns: NetNamespace, r: RtmNewNeigh): void {
  if (r.ndm_family !== AF_INET) throw kerr("EAFNOSUPPORT");
  const dev = r.ndm_ifindex ? devGetByIndex(ns, r.ndm_ifindex) : undefined;
  if (r.ndm_ifindex && !dev) throw kerr("ENODEV");
  if (dev && r.NDA_LLADDR && r.NDA_LLADDR.length < dev.addr.length) throw kerr("EINVAL", "Invalid link address");
  if (r.ndm_flags & NTF_PROXY) {
    pneighAdd(ns, r.NDA_DST, dev, r.ndm_flags, r.NDA_PROTOCOL ?? 0);
    return;
  }
  if (!dev) throw kerr("EINVAL", "Device not specified");
  let n = arpTbl.lookup(dev, r.NDA_DST);
  const replace = !n || (r.nlmsg_flags & NLM_F_REPLACE) !== 0;
  if (!n) {
    if (!(r.nlmsg_flags & NLM_F_CREATE)) throw kerr("ENOENT");
    n = arpTbl.create(dev, r.NDA_DST);
  } else if (r.nlmsg_flags & NLM_F_EXCL) throw kerr("EEXIST");
  const flags = neighAdminFlags(r.ndm_flags, replace);
  if (r.ndm_flags & 0x01) {
    // NTF_USE: resolve as if a packet were sent.
    arpTbl.eventSend(n, undefined);
    return;
  }
  // __neigh_update() copies dev->addr_len bytes of a longer address.
  arpTbl.update(n, r.NDA_LLADDR?.subarray(0, dev.addr.length), r.ndm_state, flags);
}

function dumpNeighs(ns: NetNamespace, ifindex?: number): NdMsg[] {
  const out: NdMsg[] = [];
  for (const n of arpTbl.entries(ns)) {
    if (ifindex && n.dev.ifindex !== ifindex) continue;
    const ci = arpTbl.cacheinfo(n);
    const m: NdMsg = {
      ndm_family: AF_INET,
      ndm_ifindex: n.dev.ifindex,
      ndm_state: n.state,
      ndm_flags: n.flags,
      ndm_type: 1,
      NDA_DST: n.key,
      NDA_CACHEINFO: { ndm_used: ci.used, ndm_confirmed: ci.confirmed, ndm_updated: ci.updated, ndm_refcnt: ci.refcnt },
      NDA_PROBES: n.probes,
    };
    if (n.state & NUD_VALID) m.NDA_LLADDR = n.ha;
    out.push(m);
  }
  return out;
}

export { IFA_F_SECONDARY, inetMakeMask };
