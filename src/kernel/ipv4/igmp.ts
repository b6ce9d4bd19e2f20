// IPv4 multicast group membership and IGMPv3 unsolicited reports
// (net/ipv4/igmp.c): every device that comes up joins 224.0.0.1 (all-hosts:
// its 01:00:5e:00:00:01 goes into dev->mc, but it is never reported); other
// groups (a snooping bridge's 224.0.0.106) owe robustness (igmp_qrv = 2)
// "change to exclude" records, sent in an interface-change report at once
// (+2 jiffies) and again after a random delay below
// igmpv3_unsolicited_report_interval (1000 ms), from 0.0.0.0 unless the
// device has an IPv4 address (inet_select_addr with link scope). Leaving a
// reported group owes "change to include" records; taking the device down
// cancels whatever was still owed. As recorded: bringing up a veth, with or
// without an IPv4 address, sends no IGMP at all; a bridge sends two reports
// for 224.0.0.106.
//
// Sockets' joins (ip_mc_join_group: the vxlan group) are ipMcIncGroup from
// their owner. Also /proc/net/igmp, which `ip maddr` reads. Queries (IGMPv1/v2 routers,
// general queries) are not modelled: nothing in the model sends them.

import { ARPHRD_ETHER } from "../../uapi/if_link.js";
import { macToBytes, multicastMac4, type Ip4Addr } from "../../wire/addr.js";
import { emitEthernet, ETH_P_IP } from "../../wire/ethernet.js";
import { emitIgmp, IGMPV3_ALL_MCR, IGMPV3_CHANGE_TO_EXCLUDE, IGMPV3_CHANGE_TO_INCLUDE, type IgmpV3Record } from "../../wire/igmp.js";
import { emitIpv4, IPPROTO_IGMP, IPV4_ROUTER_ALERT } from "../../wire/ipv4.js";
import type { TimerHandle } from "../../sim/clock.js";
import { devList, registerNetdevNotifier } from "../core/dev.js";
import { devMcAdd, devMcDel } from "../core/dev_addr_lists.js";
import { netCore } from "../core/net_namespace.js";
import type { NetDevice } from "../core/netdevice.js";
import { allocSkb } from "../core/skbuff.js";
import { registerProcEntry } from "../fs/procfs.js";
import { procTextFile } from "../fs/proc_text.js";
import { sysctlGet } from "../fs/procfs-sys.js";
import { RT_SCOPE_LINK } from "../../uapi/route.js";
import { ifaByLocal, inetSelectAddr } from "./devinet.js";
import { ipLocalOut } from "./ip_output.js";
import { ipRouteOutput } from "./route.js";
import { appendSmall, prependSmall } from "../core/small_array.js";
import { HZ, NS_PER_JIFFY as JIFFY_NS } from "../core/jiffies.js";

export const IGMP_ALL_HOSTS: Ip4Addr = 0xe0000001;

interface IpMcList {
  readonly group: Ip4Addr;
  users: number;
  loaded: boolean;
  crcount: number;
}

interface InDevMc {
  /** in_dev->mc_list: newest first. */
  list: IpMcList[];
  /** Left groups still owed records (mc_tomb). */
  tomb: Array<{ group: Ip4Addr; crcount: number }>;
  ifcCount: number;
  ifcTimer?: TimerHandle;
}


function of(dev: NetDevice): InDevMc {
  let s = dev.ipMcPtr as InDevMc | undefined;
  if (!s) dev.ipMcPtr = s = { list: [], tomb: [], ifcCount: 0 };
  return s;
}

/** igmpv3_newpack(): the route to 224.0.0.22 through the device picks inet_select_addr(dev, 0, link scope). */
function selectSrc(dev: NetDevice): Ip4Addr {
  return inetSelectAddr(dev, 0, RT_SCOPE_LINK);
}

/**
 * igmpv3_get_srcaddr(): the route's source only if it is one of the device's own addresses,
 * else 0.0.0.0 (a bridge without IPv4 reports from 0.0.0.0 though its host has addresses).
 */
function v3Srcaddr(dev: NetDevice): Ip4Addr {
  const src = selectSrc(dev);
  return ifaByLocal([dev], src) ? src : 0;
}

function num(dev: NetDevice, key: string, dflt: number): number {
  const v = sysctlGet(dev.net, key);
  const n = v === undefined ? Number.NaN : Number.parseInt(v, 10);
  return Number.isNaN(n) ? dflt : n;
}

function qrv(dev: NetDevice): number {
  return num(dev, "net.ipv4.igmp_qrv", 2);
}

/** 224.0.0.0/24 */
function isLocalMulticast(g: Ip4Addr): boolean {
  return g >>> 8 === 0xe00000;
}

function reportable(dev: NetDevice, g: Ip4Addr): boolean {
  if (g === IGMP_ALL_HOSTS) return false;
  return !(isLocalMulticast(g) && num(dev, "net.ipv4.igmp_link_local_mcast_reports", 1) === 0);
}

function mcMap(dev: NetDevice, g: Ip4Addr): Uint8Array | undefined {
  return dev.type === ARPHRD_ETHER ? macToBytes(multicastMac4(g)) : undefined;
}

function clock(dev: NetDevice) {
  return netCore(dev.net).host;
}

function unsolicitedInterval(dev: NetDevice): number {
  const ms = num(dev, `net.ipv4.conf.${dev.name}.igmpv3_unsolicited_report_interval`, 1000);
  return Math.max(1, Math.ceil((ms * HZ) / 1000));
}

/** igmp_ifc_start_timer(): a random part of `delay` jiffies, plus two. */
function ifcStartTimer(dev: NetDevice, delay: number): void {
  const s = of(dev);
  const host = clock(dev);
  const tv = delay > 1 ? host.rng.int(0, delay - 1) : 0;
  s.ifcTimer?.cancel();
  s.ifcTimer = host.clock.after((tv + 2) * JIFFY_NS, () => {
    s.ifcTimer = undefined;
    if (dev.regState !== "REGISTERED") return;
    sendCr(dev);
    if (s.ifcCount) {
      s.ifcCount--;
      ifcStartTimer(dev, unsolicitedInterval(dev));
    }
  });
}

/** igmp_ifc_event() */
function ifcEvent(dev: NetDevice): void {
  of(dev).ifcCount = qrv(dev);
  ifcStartTimer(dev, 1);
}

/** igmp_group_added() */
function groupAdded(dev: NetDevice, im: IpMcList): void {
  if (!im.loaded) {
    im.loaded = true;
    const ll = mcMap(dev, im.group);
    if (ll) devMcAdd(dev, ll);
  }
  if (!reportable(dev, im.group)) return;
  im.crcount = qrv(dev);
  ifcEvent(dev);
}

/** igmp_group_dropped() */
function groupDropped(dev: NetDevice, im: IpMcList): void {
  if (im.loaded) {
    im.loaded = false;
    const ll = mcMap(dev, im.group);
    if (ll) devMcDel(dev, ll);
  }
  if (!reportable(dev, im.group) || dev.regState !== "REGISTERED") return;
  const s = of(dev);
  s.tomb = s.tomb.filter((t) => t.group !== im.group);
  s.tomb = appendSmall(s.tomb, { group: im.group, crcount: qrv(dev) });
  ifcEvent(dev);
}

/** ip_mc_inc_group(): a kernel user (the bridge's snooper, all-hosts) joins. */
export function ipMcIncGroup(dev: NetDevice, group: Ip4Addr): void {
  const s = of(dev);
  const have = s.list.find((m) => m.group === group);
  if (have) {
    have.users++;
    return;
  }
  const im: IpMcList = { group, users: 1, loaded: false, crcount: 0 };
  s.list = prependSmall(s.list, im);
  s.tomb = s.tomb.filter((t) => t.group !== group);
  groupAdded(dev, im);
}

/**
 * ip_check_mc_rcu(): has the device joined `group`? Receiving decides by it:
 * a datagram to a group nobody on the device joined is not for this host.
 * (No source filters in the model: a joined group accepts every source.)
 */
export function ipCheckMc(dev: NetDevice, group: Ip4Addr): boolean {
  return (dev.ipMcPtr as InDevMc | undefined)?.list.some((m) => m.group === group) ?? false;
}

/** ip_mc_dec_group() */
export function ipMcDecGroup(dev: NetDevice, group: Ip4Addr): void {
  const s = of(dev);
  const i = s.list.findIndex((m) => m.group === group);
  if (i < 0) return;
  const im = s.list[i]!;
  if (--im.users > 0) return;
  s.list.splice(i, 1);
  groupDropped(dev, im);
}

/** igmpv3_send_cr(): one report with every record still owed. */
function sendCr(dev: NetDevice): void {
  const s = of(dev);
  const records: IgmpV3Record[] = [];
  for (const t of [...s.tomb]) {
    if (t.crcount > 0) records.push({ type: IGMPV3_CHANGE_TO_INCLUDE, aux: new Uint8Array(0), group: t.group, sources: [] });
    t.crcount--;
    if (t.crcount <= 0) s.tomb.splice(s.tomb.indexOf(t), 1);
  }
  for (const im of s.list) {
    if (!reportable(dev, im.group) || im.crcount <= 0) continue;
    records.push({ type: IGMPV3_CHANGE_TO_EXCLUDE, aux: new Uint8Array(0), group: im.group, sources: [] });
    im.crcount--;
  }
  if (!records.length || !dev.isUp) return;
  const igmp = emitIgmp({ kind: "v3-report", records });
  const ip = emitIpv4(
    {
      tos: 0xc0,
      id: 0,
      df: true,
      mf: false,
      fragOffset: 0,
      ttl: 1,
      protocol: IPPROTO_IGMP,
      src: v3Srcaddr(dev),
      dst: IGMPV3_ALL_MCR,
      options: IPV4_ROUTER_ALERT,
    },
    igmp,
  );
  // igmpv3_newpack() routes the report (ip_route_output_ports with the
  // device as oif: local multicast needs no FIB entry) and igmpv3_sendpack()
  // hands it to ip_local_out(), so OUTPUT/POSTROUTING rules and conntrack
  // (a generic "unknown" entry) see it; no route, no report.
  let rt;
  try {
    rt = ipRouteOutput(dev.net, { daddr: IGMPV3_ALL_MCR, saddr: 0, oif: dev.ifindex, tos: 0, proto: IPPROTO_IGMP });
  } catch {
    return;
  }
  let src = 0;
  for (const b of dev.addr) src = src * 256 + b;
  const frame = emitEthernet({ dst: multicastMac4(IGMPV3_ALL_MCR), src, ethertype: ETH_P_IP }, ip);
  const skb = allocSkb(frame, dev, clock(dev).clock.now);
  skb.pktType = "HOST";
  ipLocalOut(skb, rt);
}

/** ip_mc_up(): all-hosts joined, every group loaded and reported again. */
function ipMcUp(dev: NetDevice): void {
  ipMcIncGroup(dev, IGMP_ALL_HOSTS);
  const s = of(dev);
  for (const im of s.list) {
    s.tomb = s.tomb.filter((t) => t.group !== im.group);
    groupAdded(dev, im);
  }
}

/** ip_mc_down(): groups withdrawn, pending reports cancelled, all-hosts left. */
function ipMcDown(dev: NetDevice): void {
  const s = of(dev);
  for (const im of s.list) groupDropped(dev, im);
  s.ifcCount = 0;
  s.ifcTimer?.cancel();
  s.ifcTimer = undefined;
  ipMcDecGroup(dev, IGMP_ALL_HOSTS);
}

// inetdev_event(): NETDEV_UP / NETDEV_DOWN. Registered before addrconf, as
// inet_init runs before the IPv6 module: all-hosts loads before IPv6's groups.
registerNetdevNotifier((event, dev) => {
  if (event === "UP") ipMcUp(dev);
  else if (event === "DOWN") ipMcDown(dev);
  else if (event === "UNREGISTER") {
    const s = dev.ipMcPtr as InDevMc | undefined;
    s?.ifcTimer?.cancel();
    dev.ipMcPtr = undefined;
  }
}, ["UP", "DOWN", "UNREGISTER"]);

/** A __be32 as a little-endian host prints it with %08X (/proc/net/igmp, route, tcp, udp). */
export function hex32le(g: Ip4Addr): string {
  const le = ((g & 0xff) << 24) | ((g >>> 8 & 0xff) << 16) | ((g >>> 16 & 0xff) << 8) | (g >>> 24);
  return (le >>> 0).toString(16).toUpperCase().padStart(8, "0");
}

/** /proc/net/igmp (igmp_mc_seq_show) */
registerProcEntry("net", "igmp", () =>
  procTextFile((task) => {
    let s = "Idx\tDevice    : Count Querier\tGroup    Users Timer\tReporter\n";
    for (const dev of devList(task.netns)) {
      const l = (dev.ipMcPtr as InDevMc | undefined)?.list ?? [];
      if (!l.length) continue;
      s += `${dev.ifindex}\t${dev.name.padEnd(10)}: ${String(l.length).padStart(5)} ${"V3".padStart(7)}\n`;
      for (const im of l) s += `\t\t\t\t${hex32le(im.group)} ${String(im.users).padStart(5)} 0:00000000\t\t0\n`;
    }
    return s;
  }),
);
