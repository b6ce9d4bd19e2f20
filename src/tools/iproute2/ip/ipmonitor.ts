// ip/ipmonitor.c: `ip monitor [all | OBJECTS] [label] [all-nsid] [dev DEV]`.
// It joins the rtnetlink groups of the objects asked for (all of them without
// one; -4/-6 keep one family's address, route, netconf and rule groups) in its
// namespace, fills the link cache (ll_init_map), and prints every notification
// as it arrives, flushed at once, until a signal ends it (`kill %1`,
// `timeout`): links as print_linkinfo (no qlen: the monitor's filter never
// sets showqueue; the link cache follows each RTM_NEWLINK/RTM_DELLINK, so a
// peer's M-DOWN is as the monitor last heard, and its name the one it first
// heard: 6.1 never updates a cached name), addresses as `ip -o
// addr` prefixes them ("IDX: NAME    inet ..."), routes (both families, every
// table, "table local" shown), neighbours, rules, netconf. "Deleted " marks
// RTM_DEL*, "miss " an RTM_GETNEIGH; `label` (and `all`) prefix [LINK],
// [ADDR], [ROUTE], [NEIGH], [RULE], [NETCONF], [NEXTHOP]; -t/-ts a timestamp (the
// virtual clock from the fixed epoch); `dev` keeps one device's messages.
//
// Nexthop objects print as `ip nexthop` lists them ([NEXTHOP]).
//
// Known differences: the model sends no RTM_NEWPREFIX/mroute or
// stats notifications (those groups stay silent), and `file` (replaying a
// saved dump) is refused.

import { netnsGetName, netnsMapInit } from "./ipnetns.js";
import {
  rtnlAddrListen,
  rtnlLinkGroup,
  rtnlNeighListen,
  rtnlNetconfGroup,
  rtnlNexthopGroup,
  rtnlNsidGroup,
  rtnlRouteGroup,
  rtnlRuleGroup,
  type AddrNotify,
  type LinkNotify,
  type NeighNotify,
  type NetconfNotify,
  type NexthopNotify,
  type NsidNotify,
  type RouteNotify,
  type RuleNotify,
} from "../../../kernel/core/rtnl_notify.js";
import type { IfAddrMsg } from "../../../uapi/if_addr.js";
import type { IfInfoMsg } from "../../../uapi/if_link.js";
import type { In6IfAddrMsg, Rt6Msg } from "../../../uapi/in6.js";
import { NTF_EXT_LEARNED, NTF_OFFLOADED, NTF_PROXY, NTF_ROUTER } from "../../../uapi/neighbour.js";
import type { RtMsg } from "../../../uapi/route.js";
import type { FibRuleMsg } from "../../../uapi/fib_rules.js";
import { formatIp6, formatIpv4 } from "../../../wire/addr.js";
import { ctime } from "../../iptables/save.js";
import { virtualDate } from "../../../sim/epoch.js";
import { invarg, IpExit, llIndexToName, llNameToIndex, llInitMap, matches } from "../lib/utils.js";
import { linkPrintOpts, type IpCtx } from "./iplink.js";
import { registerIpObject } from "./ip.js";
import { printNudState } from "./ipneigh.js";
import { printAddrinfo } from "./ipaddress.js";
import { newFilter, printRoute } from "./iproute.js";
import { printRoute6 } from "./iproute6.js";
import { printRule } from "./iprule.js";
import { printNexthop } from "./ipnexthop.js";
import type { NhObj } from "../../../kernel/ipv4/nexthop.js";
import { printLinkinfo } from "./print_link.js";
import { printNetconf } from "./ipnetconf.js";
import { MonitorQueue } from "../lib/monitor_queue.js";

const USAGE =
  "Usage: ip monitor [ all | OBJECTS ] [ FILE ] [ label ] [ all-nsid ]\n" +
  "                  [ dev DEVICE ]\n" +
  "OBJECTS :=  address | link | mroute | neigh | netconf |\n" +
  "            nexthop | nsid | prefix | route | rule | stats\n" +
  "FILE := file FILENAME\n";

function usage(ctx: IpCtx): never {
  ctx.err(USAGE);
  throw new IpExit(255);
}

/** What the monitor prints before each message: print_headers(). */
interface Mon {
  ctx: IpCtx;
  index: number;
  banner: boolean;
  /** -t (1) / -ts (2) */
  timestamp: number;
}

/** print_timestamp(): the time of day the message is printed (asctime, or ISO with -ts). */
function printTimestamp(mon: Mon): void {
  const ns = mon.ctx.task.host.clock.now;
  const usec = String(Math.floor(ns / 1000) % 1_000_000).padStart(6, "0");
  if (mon.timestamp === 2) {
    // strftime("%Y-%m-%dT%H:%M:%S") of the same instant
    const d = virtualDate(ns);
    const p2 = (n: number) => String(n).padStart(2, "0");
    const ymd = `${d.getUTCFullYear()}-${p2(d.getUTCMonth() + 1)}-${p2(d.getUTCDate())}`;
    mon.ctx.out.raw(`[${ymd}T${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}.${usec}] `);
  } else mon.ctx.out.raw(`Timestamp: ${ctime(ns).slice(0, -1)} ${Number(usec)} usec\n`);
}

function headers(mon: Mon, label: string): void {
  if (mon.timestamp) printTimestamp(mon);
  if (mon.banner) mon.ctx.out.raw(label);
}

/** print_neigh() for a notification (filter: state ~0, the monitor's ifindex). */
function printNeigh(mon: Mon, m: NeighNotify): void {
  const { ctx, index } = mon;
  if (index && index !== m.ndm_ifindex) return;
  const out = ctx.out;
  headers(mon, "[NEIGH]");
  out.openObject(null);
  if (m.type === "RTM_DELNEIGH") out.bool("ANY", "deleted", "Deleted ", true);
  else if (m.type === "RTM_GETNEIGH") {
    // print_null(PRINT_ANY, "miss", "%s ", "miss")
    if (out.isJson) out.null("JSON", "miss", "");
    else out.string("FP", null, "%s ", "miss");
  }
  if (m.NDA_DST) out.string("ANY", "dst", "%s ", m.NDA_DST.family === 4 ? formatIpv4(m.NDA_DST.addr) : formatIp6(m.NDA_DST.addr));
  if (!index && m.ndm_ifindex) out.string("ANY", "dev", "dev %s ", llIndexToName(ctx, m.ndm_ifindex));
  if (m.NDA_LLADDR) {
    if (!out.isJson) out.string("FP", null, "lladdr ", null);
    out.string("ANY", "lladdr", "%s ", [...m.NDA_LLADDR].map((b) => b.toString(16).padStart(2, "0")).join(":"));
  }
  if (m.ndm_flags & NTF_ROUTER) out.null("ANY", "router", " router");
  if (m.ndm_flags & NTF_PROXY) out.null("ANY", "proxy", " proxy");
  if (m.ndm_flags & NTF_EXT_LEARNED) out.null("ANY", "extern_learn", " extern_learn ");
  if (m.ndm_flags & NTF_OFFLOADED) out.null("ANY", "offload", " offload ");
  printNudState(out, m.ndm_state);
  out.string("FP", null, "\n", null);
  out.closeObject();
}

/** print_addrinfo() of a notification (ipaddr_reset_filter(1, ifindex): oneline's "IDX: NAME" prefix). */
function printAddr(mon: Mon, m: AddrNotify): void {
  const { ctx, index } = mon;
  const a: IfAddrMsg =
    m.family === 2 ? (m.msg as IfAddrMsg) : { ...(m.msg as In6IfAddrMsg), IFA_ADDRESS: undefined, IFA_ADDRESS6: (m.msg as In6IfAddrMsg).IFA_ADDRESS };
  if (index && index !== a.ifa_index) return;
  const out = ctx.out;
  headers(mon, "[ADDR]");
  if (m.type === "RTM_DELADDR") out.bool("ANY", "deleted", "Deleted ", true);
  out.raw(`${a.ifa_index}: ${llIndexToName(ctx, a.ifa_index)}`);
  printAddrinfo(ctx, a, false);
}

/** accept_msg()'s RTM_NEWLINK/RTM_DELLINK: ll_remember_index(), then print_linkinfo(). */
function printLink(mon: Mon, n: LinkNotify): void {
  const { ctx, index } = mon;
  const m = n.msg as IfInfoMsg;
  const cache = ctx.llCache!;
  // ll_remember_index() of iproute2 6.1 updates a known entry's flags only: after
  // a rename the monitor goes on naming the device by its old name ("d0@d1").
  const known = cache.get(m.ifi_index);
  if (n.type === "RTM_DELLINK") cache.delete(m.ifi_index);
  else if (known) known.flags = m.ifi_flags;
  else cache.set(m.ifi_index, { name: m.IFLA_IFNAME, flags: m.ifi_flags });
  if (index && m.ifi_index !== index) return;
  headers(mon, "[LINK]");
  const opts = linkPrintOpts(ctx, false);
  opts.noQueue = true;
  opts.deleted = n.type === "RTM_DELLINK";
  ctx.out.openObject(null);
  printLinkinfo(ctx, ctx.out, m, opts);
  ctx.out.closeObject();
}

/** print_route() of a notification (iproute_reset_filter(ifindex): every table, `dev` filters and hides dev). */
function printRouteMsg(mon: Mon, n: RouteNotify): void {
  const { ctx, index } = mon;
  if (n.family === 2) {
    const r = n.msg as RtMsg;
    if (index && r.RTA_OIF !== index) return;
    headers(mon, "[ROUTE]");
    if (n.type === "RTM_DELROUTE") ctx.out.bool("ANY", "deleted", "Deleted ", true);
    const f = newFilter();
    f.tb = 0;
    if (index) {
      f.oif = index;
      f.oifmask = -1;
    }
    printRoute(ctx, r, f);
  } else {
    const r = n.msg as Rt6Msg;
    if (index && r.RTA_OIF !== index) return;
    headers(mon, "[ROUTE]");
    if (n.type === "RTM_DELROUTE") ctx.out.bool("ANY", "deleted", "Deleted ", true);
    printRoute6(ctx, r, { tb: 0, oif: index });
  }
}

/** print_rule() of a notification. */
function printRuleMsg(mon: Mon, n: RuleNotify): void {
  headers(mon, "[RULE]");
  if (n.type === "RTM_DELRULE") mon.ctx.out.bool("ANY", "deleted", "Deleted ", true);
  printRule(mon.ctx, n.msg as FibRuleMsg);
}

/** print_cache_nexthop(): "Deleted " for RTM_DELNEXTHOP (do_ipmonitor resets no nexthop filter: `dev` keeps all). */
function printNexthopMsg(mon: Mon, n: NexthopNotify): void {
  const nh = n.msg as NhObj;
  const out = mon.ctx.out;
  headers(mon, "[NEXTHOP]");
  out.openObject(null);
  if (n.type === "RTM_DELNEXTHOP") out.bool("ANY", "deleted", "Deleted ", true);
  printNexthop(mon.ctx, nh);
  out.closeObject();
  out.string("FP", null, "\n", null);
}

/** ipmonitor.c: the [NETCONF] header, then ipnetconf.c's print_netconf() (ipnetconf_reset_filter(ifindex)). */
function printNetconfMsg(mon: Mon, n: NetconfNotify): void {
  if (mon.index && n.ifindex !== mon.index) return;
  headers(mon, "[NETCONF]");
  printNetconf(mon.ctx, n, n.type === "RTM_DELNETCONF");
}

/**
 * print_nsid(): "Deleted " for RTM_DELNSID, the id, and the name from the monitor's cache (an entry
 * is dropped once printed); a new id missing from it is looked up under /var/run/netns and cached.
 */
function printNsidMsg(mon: Mon, m: NsidNotify, names: Map<number, string>): void {
  const ctx = mon.ctx;
  const out = ctx.out;
  headers(mon, "[NSID]");
  out.openObject(null);
  if (m.type === "RTM_DELNSID") out.bool("ANY", "deleted", "Deleted ", true);
  if (m.nsid < 0) out.string("FP", null, "nsid unassigned ", null);
  else out.int("ANY", "nsid", "nsid %d ", m.nsid);
  let name = names.get(m.nsid);
  if (name !== undefined) names.delete(m.nsid);
  else if (m.type === "RTM_NEWNSID") {
    name = netnsGetName(ctx, m.nsid);
    if (name !== undefined) names.set(m.nsid, name);
  }
  if (name !== undefined) out.string("ANY", "name", "(iproute2 netns name: %s)", name);
  out.string("FP", null, "\n", null);
  out.closeObject();
}

type Event =
  | { neigh: NeighNotify }
  | { addr: AddrNotify }
  | { link: LinkNotify }
  | { route: RouteNotify }
  | { rule: RuleNotify }
  | { netconf: NetconfNotify }
  | { nexthop: NexthopNotify }
  | { nsid: NsidNotify };

// ipmonitor.c's groups: mroute, prefix and stats have no listener here (the model
// sends none of those notifications), but naming one still keeps lmask from meaning "all".
const L_LINK = 1 << 0;
const L_ADDR = 1 << 1;
const L_ROUTE = 1 << 2;
const L_MROUTE = 1 << 3;
const L_PREFIX = 1 << 4;
const L_NEIGH = 1 << 5;
const L_NETCONF = 1 << 6;
const L_STATS = 1 << 7;
const L_RULE = 1 << 8;
const L_NSID = 1 << 9;
const L_NEXTHOP = 1 << 10;

/** do_ipmonitor() */
async function doIpmonitor(ctx: IpCtx, argv: string[]): Promise<number> {
  let banner = false;
  let index = 0;
  let lmask = 0;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (matches(a, "file")) {
      if (++i >= argv.length) {
        ctx.err('Command line is not complete. Try option "help"\n');
        throw new IpExit(255);
      }
      ctx.err('nslab: ip monitor: "file" (replaying a saved netlink dump) is not modelled\n');
      throw new IpExit(2);
    } else if (matches(a, "label")) banner = true;
    else if (matches(a, "link")) lmask |= L_LINK;
    else if (matches(a, "address")) lmask |= L_ADDR;
    else if (matches(a, "route")) lmask |= L_ROUTE;
    else if (matches(a, "mroute")) lmask |= L_MROUTE;
    else if (matches(a, "prefix")) lmask |= L_PREFIX;
    else if (matches(a, "neigh")) lmask |= L_NEIGH;
    else if (matches(a, "netconf")) lmask |= L_NETCONF;
    else if (matches(a, "rule")) lmask |= L_RULE;
    else if (matches(a, "nsid")) lmask |= L_NSID;
    else if (matches(a, "nexthop")) lmask |= L_NEXTHOP;
    else if (a === "stats") lmask |= L_STATS;
    else if (a === "all") banner = true;
    else if (matches(a, "all-nsid")) {
      // Only this namespace's messages exist for a listener here; nothing is added.
    } else if (matches(a, "help")) usage(ctx);
    else if (a === "dev") {
      if (++i >= argv.length) {
        ctx.err('Command line is not complete. Try option "help"\n');
        throw new IpExit(255);
      }
      index = llNameToIndex(ctx, argv[i]!);
      if (!index) invarg(ctx, "Device does not exist\n", argv[i]!);
    } else {
      ctx.err(`Argument "${a}" is unknown, try "ip monitor help".\n`);
      throw new IpExit(255);
    }
  }
  if (!lmask) lmask = ~0;
  // preferred_family: -4 joins the IPv4 groups only, -6 the IPv6 ones.
  const fam = ctx.family === "inet" ? 2 : ctx.family === "inet6" ? 10 : 0;
  const queue = new MonitorQueue<Event>();
  const net = ctx.task.netns;
  const leaves: Array<() => void> = [];
  const famOk = (f: number): boolean => !fam || f === fam;
  if (lmask & L_LINK) leaves.push(rtnlLinkGroup.listen(net, (m) => queue.push({ link: m })));
  if (lmask & L_ADDR) leaves.push(rtnlAddrListen(net, (m) => (famOk(m.family) ? queue.push({ addr: m }) : undefined)));
  if (lmask & L_ROUTE) leaves.push(rtnlRouteGroup.listen(net, (m) => (famOk(m.family) ? queue.push({ route: m }) : undefined)));
  if (lmask & L_NEIGH) {
    // accept_msg(): with -4/-6 only that family's neighbours.
    leaves.push(rtnlNeighListen(net, (m) => (!fam || m.ndm_family === fam ? queue.push({ neigh: m }) : undefined)));
  }
  if (lmask & L_NETCONF) leaves.push(rtnlNetconfGroup.listen(net, (m) => (famOk(m.family) ? queue.push({ netconf: m }) : undefined)));
  if (lmask & L_NEXTHOP) leaves.push(rtnlNexthopGroup.listen(net, (m) => queue.push({ nexthop: m })));
  if (lmask & L_NSID) leaves.push(rtnlNsidGroup.listen(net, (m) => queue.push({ nsid: m })));
  if (lmask & L_RULE) leaves.push(rtnlRuleGroup.listen(net, (m) => (famOk(m.family) ? queue.push({ rule: m }) : undefined)));
  llInitMap(ctx);
  // netns_map_init(): the names of the namespaces that have an id here now (the cache
  // print_linkinfo's link-netns names come from too).
  const nsNames = netnsMapInit(ctx);
  const mon: Mon = { ctx, index, banner, timestamp: ctx.timestamp ?? 0 };
  try {
    for (;;) {
      const ev = await queue.next(ctx.task);
      if ("neigh" in ev) printNeigh(mon, ev.neigh);
      else if ("addr" in ev) printAddr(mon, ev.addr);
      else if ("link" in ev) printLink(mon, ev.link);
      else if ("route" in ev) printRouteMsg(mon, ev.route);
      else if ("rule" in ev) printRuleMsg(mon, ev.rule);
      else if ("nexthop" in ev) printNexthopMsg(mon, ev.nexthop);
      else if ("nsid" in ev) printNsidMsg(mon, ev.nsid, nsNames);
      else printNetconfMsg(mon, ev.netconf);
      await ctx.out.flush();
    }
  } finally {
    for (const l of leaves) l();
  }
}

registerIpObject("monitor", doIpmonitor);
