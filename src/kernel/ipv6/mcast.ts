// Multicast Listener Discovery, version 2 as Linux speaks it (net/ipv6/mcast.c):
// the groups a device belongs to (ff01::1 and ff02::1 from creation, each
// address's solicited-node group, ff02::6a for a snooping bridge), their
// link-layer addresses in dev->mc while "loaded", and the unsolicited reports:
//
// - joining a reportable group on an UP device owes mc_qrv (2) "change to
//   exclude" records; an interface-change event sends a report two jiffies later and
//   the next after a random delay below mldv2_unsolicited_report_interval
//   (1000 ms), recorded as 2 reports per join on the real kernel;
// - the end of DAD on the first link-local address sends every reportable
//   group again (mld_send_initial_cr), twice, the second after a random delay;
// - all-nodes (ff02::1) and interface-local groups are never reported;
// - leaving a group owes "change to include" records (sent unless the device
//   goes down first, which cancels the pending work).
// Reports leave from the first non-tentative link-local address, or from ::.
// Queries from routers are not answered (no querier exists in the model).

import { sysctlGenerationBump } from "../fs/procfs-sys.js";
import { multicastMac6, macToBytes, type Ip6Addr } from "../../wire/addr.js";
import { pseudoSum6At } from "../../wire/checksum.js";
import { icmpv6NdLength, MLD2_CHANGE_TO_EXCLUDE, MLD2_CHANGE_TO_INCLUDE, putIcmpv6Nd, type Icmpv6NdRepr, type Mld2Record } from "../../wire/icmpv6.js";
import { emitIpv6Options, NEXTHDR_HOP, NEXTHDR_ICMP, ROUTER_ALERT_MLD } from "../../wire/ipv6.js";
import { devMcAdd, devMcDel } from "../core/dev_addr_lists.js";
import type { NetDevice } from "../core/netdevice.js";
import { ARPHRD_ETHER } from "../../uapi/if_link.js";
import { IP6_MC_ADDRS, IP6_MC_PAYLOAD, ip6McFrame, ip6SendMulticastFrame } from "./ip6_output.js";
import {
  afterJiffies,
  cnf,
  HZ,
  in6DevGet,
  ipv6GetLladdr,
  randomBelow,
  type Ifmcaddr6,
  type Inet6Dev,
} from "./inet6_dev.js";
import { IFA_F_TENTATIVE } from "../../uapi/if_addr.js";
import { appendSmall, prependSmall } from "../core/small_array.js";

export const IN6ADDR_LINKLOCAL_ALLNODES: Ip6Addr = 0xff020000000000000000000000000001n;
export const IN6ADDR_INTERFACELOCAL_ALLNODES: Ip6Addr = 0xff010000000000000000000000000001n;
export const IN6ADDR_LINKLOCAL_ALLROUTERS: Ip6Addr = 0xff020000000000000000000000000002n;
export const IN6ADDR_LINKLOCAL_ALLSNOOPERS: Ip6Addr = 0xff02000000000000000000000000006an;
const MLD2_ALL_MCR: Ip6Addr = 0xff020000000000000000000000000016n;

/** IPV6_ADDR_MC_SCOPE() */
function mcScope(a: Ip6Addr): number {
  return Number((a >> 112n) & 0xfn);
}
const IPV6_ADDR_SCOPE_LINKLOCAL = 2;

/** ff02:: and ff10:: as numbers: the groups between them have no flags and link-local or wider scope. */
const FF02 = 0xff02n << 112n;
const FF10 = 0xff10n << 112n;

/**
 * mcScope(a) < IPV6_ADDR_SCOPE_LINKLOCAL, for every group joined (each
 * device's solicited-node ones among them): the usual ff02::…–ff0f::… answer
 * by two comparisons, which allocate nothing (the shift does).
 */
export function belowLinkLocal(a: Ip6Addr): boolean {
  if (a >= FF02 && a < FF10) return false;
  return mcScope(a) < IPV6_ADDR_SCOPE_LINKLOCAL;
}

/** ndisc_mc_map(): Ethernet-like devices map a group to 33:33:xx:xx:xx:xx; others (lo) have none. */
function mcMap(dev: NetDevice, group: Ip6Addr): Uint8Array | undefined {
  if (dev.type !== ARPHRD_ETHER) return undefined;
  return macToBytes(multicastMac6(group));
}

/** unsolicited_report_interval() in jiffies (MLDv2: mldv2_unsolicited_report_interval, ms). */
function unsolicitedReportInterval(dev: NetDevice): number {
  const ms = cnf(dev, "mldv2_unsolicited_report_interval", 1000);
  return Math.max(1, Math.ceil((ms * HZ) / 1000));
}

/** igmp6_group_added(): load the link-layer address; owe reports if the device is up. */
function groupAdded(idev: Inet6Dev, mc: Ifmcaddr6): void {
  const dev = idev.dev;
  if (belowLinkLocal(mc.addr)) return;
  if (!mc.loaded) {
    mc.loaded = true;
    const ll = mcMap(dev, mc.addr);
    if (ll) devMcAdd(dev, ll);
  }
  if (!dev.isUp || mc.noreport) return;
  mc.crcount = idev.mcQrv;
  mldIfcEvent(idev);
}

/** igmp6_group_dropped(): unload; owe "change to include" records for a reportable group. */
function groupDropped(idev: Inet6Dev, mc: Ifmcaddr6): void {
  const dev = idev.dev;
  if (belowLinkLocal(mc.addr)) return;
  if (mc.loaded) {
    mc.loaded = false;
    const ll = mcMap(dev, mc.addr);
    if (ll) devMcDel(dev, ll);
  }
  if (mc.noreport || idev.dead) return;
  // igmp6_leave_group() in MLDv2 mode: mld_add_delrec() + mld_ifc_event().
  dropTomb(idev, mc.addr);
  idev.tomb = appendSmall(idev.tomb, { addr: mc.addr, crcount: idev.mcQrv });
  mldIfcEvent(idev);
}

/** ipv6_dev_mc_inc() */
export function ipv6DevMcInc(dev: NetDevice, addr: Ip6Addr): void {
  const idev = in6DevGet(dev);
  if (!idev) return;
  const have = idev.mc.find((m) => m.addr === addr);
  if (have) {
    have.users++;
    return;
  }
  const mc: Ifmcaddr6 = {
    addr,
    users: 1,
    loaded: false,
    noreport: addr === IN6ADDR_LINKLOCAL_ALLNODES || belowLinkLocal(addr),
    crcount: 0,
  };
  idev.mc = prependSmall(idev.mc, mc);
  // The joined groups decide which receivers a flooded frame is quiet on (ip6_input.ts quietGroups).
  sysctlGenerationBump(dev.net);
  // mld_del_delrec(): a group joined again is no longer being left.
  dropTomb(idev, addr);
  groupAdded(idev, mc);
}

/** ipv6_dev_mc_dec() */
export function ipv6DevMcDec(dev: NetDevice, addr: Ip6Addr): void {
  const idev = in6DevGet(dev);
  if (!idev) return;
  const i = idev.mc.findIndex((m) => m.addr === addr);
  if (i < 0) return;
  const mc = idev.mc[i]!;
  if (--mc.users > 0) return;
  idev.mc.splice(i, 1);
  sysctlGenerationBump(dev.net);
  groupDropped(idev, mc);
}

/** ipv6_mc_up(): the link became usable: reload every group and owe reports again. */
export function ipv6McUp(idev: Inet6Dev): void {
  idev.mcQrv = 2;
  for (const mc of idev.mc) {
    dropTomb(idev, mc.addr);
    groupAdded(idev, mc);
  }
}

/** mld_del_delrec()'s removal: the group's tomb record, if any (the list is nearly always empty: no copy then). */
function dropTomb(idev: Inet6Dev, addr: Ip6Addr): void {
  const tomb = idev.tomb;
  for (let i = 0; i < tomb.length; i++) {
    if (tomb[i]!.addr === addr) {
      idev.tomb = tomb.filter((t) => t.addr !== addr);
      return;
    }
  }
}

/** ipv6_mc_down(): withdraw the list from the device and cancel pending reports. */
export function ipv6McDown(idev: Inet6Dev): void {
  for (const mc of idev.mc) groupDropped(idev, mc);
  idev.ifcTimer?.cancel();
  idev.ifcTimer = undefined;
  idev.mcIfcCount = 0;
  idev.dadTimer?.cancel();
  idev.dadTimer = undefined;
  idev.mcDadCount = 0;
}

/** ipv6_mc_destroy_dev(): the device goes away (or loses IPv6 for good). */
export function ipv6McDestroyDev(idev: Inet6Dev): void {
  ipv6McDown(idev);
  for (const mc of idev.mc) {
    if (mc.loaded) {
      mc.loaded = false;
      const ll = mcMap(idev.dev, mc.addr);
      if (ll) devMcDel(idev.dev, ll);
    }
  }
  idev.mc = [];
  idev.tomb = [];
  sysctlGenerationBump(idev.dev.net);
}

// ---------------------------------------------------------------- reports

/** mld_sendpack(): one MLDv2 report with `records`, from the link-local address or ::. */
function sendReport(idev: Inet6Dev, records: Mld2Record[]): void {
  if (!records.length) return;
  const dev = idev.dev;
  const ll = ipv6GetLladdr(idev, IFA_F_TENTATIVE);
  const src = ll ? ll.addr : 0n;
  // Written into the frame: the hop-by-hop header with Router Alert, then the report.
  const msg: Icmpv6NdRepr = { kind: "mld2-report", records };
  const n = icmpv6NdLength(msg);
  const frame = ip6McFrame(src, MLD2_ALL_MCR, HBH_MLD.length + n);
  for (let i = 0; i < HBH_MLD.length; i++) frame[IP6_MC_PAYLOAD + i] = HBH_MLD[i]!;
  putIcmpv6Nd(msg, frame, IP6_MC_PAYLOAD + HBH_MLD.length, pseudoSum6At(frame, IP6_MC_ADDRS, NEXTHDR_ICMP, n));
  ip6SendMulticastFrame(dev, frame, MLD2_ALL_MCR, NEXTHDR_HOP, 1);
}

/** The hop-by-hop options header every MLD message carries (Router Alert, value MLD), padded to 8 bytes. */
const HBH_MLD = emitIpv6Options({ nextHeader: NEXTHDR_ICMP, options: [ROUTER_ALERT_MLD] }, new Uint8Array(0));

/** A record's (empty) auxiliary data and source list: shared, only read when the report is written. */
const NO_AUX = new Uint8Array(0);
const NO_SOURCES: Ip6Addr[] = [];

function rec(type: number, group: Ip6Addr): Mld2Record {
  return { type, aux: NO_AUX, group, sources: NO_SOURCES };
}

/** mld_send_cr(): the records still owed, left groups first. */
function mldSendCr(idev: Inet6Dev): void {
  const records: Mld2Record[] = [];
  // (Over a copy, as entries are removed on the way; most devices have none.)
  for (const t of idev.tomb.length ? [...idev.tomb] : idev.tomb) {
    if (t.crcount > 0) records.push(rec(MLD2_CHANGE_TO_INCLUDE, t.addr));
    t.crcount--;
    if (t.crcount <= 0) idev.tomb.splice(idev.tomb.indexOf(t), 1);
  }
  for (const mc of idev.mc) {
    if (mc.noreport || mc.crcount <= 0) continue;
    records.push(rec(MLD2_CHANGE_TO_EXCLUDE, mc.addr));
    mc.crcount--;
  }
  sendReport(idev, records);
}

/** mld_send_initial_cr(): every reportable group, after DAD. */
function mldSendInitialCr(idev: Inet6Dev): void {
  sendReport(
    idev,
    idev.mc.filter((mc) => !mc.noreport).map((mc) => rec(MLD2_CHANGE_TO_EXCLUDE, mc.addr)),
  );
}

/** mld_ifc_start_work(): (re)arm the interface-change work a random number of jiffies below `delay`, plus two. */
function mldIfcStartWork(idev: Inet6Dev, delay: number): void {
  idev.ifcTimer?.cancel();
  // tv + 2 jiffies, as mld_ifc_start_work() arms it: `ip -s link` right after
  // bring-up still counts no packet (recorded).
  idev.ifcTimer = afterJiffies(idev.dev, randomBelow(idev.dev, delay) + 2, () => {
    idev.ifcTimer = undefined;
    if (idev.dead) return;
    mldSendCr(idev);
    if (idev.mcIfcCount) {
      idev.mcIfcCount--;
      if (idev.mcIfcCount) mldIfcStartWork(idev, unsolicitedReportInterval(idev.dev));
    }
  });
}

/** mld_ifc_event() */
function mldIfcEvent(idev: Inet6Dev): void {
  if (cnf(idev.dev, "force_mld_version") === 1) return;
  idev.mcIfcCount = idev.mcQrv;
  mldIfcStartWork(idev, 1);
}

function mldDadStartWork(idev: Inet6Dev, delay: number): void {
  idev.dadTimer?.cancel();
  idev.dadTimer = afterJiffies(idev.dev, randomBelow(idev.dev, delay) + 2, () => {
    idev.dadTimer = undefined;
    if (idev.dead) return;
    mldSendInitialCr(idev);
    if (idev.mcDadCount) {
      idev.mcDadCount--;
      if (idev.mcDadCount) mldDadStartWork(idev, unsolicitedReportInterval(idev.dev));
    }
  });
}

/** ipv6_mc_dad_complete(): the first link-local address passed DAD. */
export function ipv6McDadComplete(idev: Inet6Dev): void {
  if (cnf(idev.dev, "force_mld_version") === 1) return;
  idev.mcDadCount = idev.mcQrv;
  if (idev.mcDadCount) {
    mldSendInitialCr(idev);
    idev.mcDadCount--;
    if (idev.mcDadCount) mldDadStartWork(idev, unsolicitedReportInterval(idev.dev));
  }
}
