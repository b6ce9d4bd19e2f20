// struct inet6_dev and struct inet6_ifaddr (include/net/if_inet6.h): the
// IPv6 state of one device: its addresses (with DAD state), its multicast
// groups (MLD), router-solicitation state, and the IF_READY flag that says
// the link was usable when addrconf last looked. Other ipv6/ files share this;
// the lifecycle lives in addrconf.ts.

import { Inet6DevStats } from "../core/snmp.js";
import type { TimerHandle } from "../../sim/clock.js";
import type { Ip6Addr } from "../../wire/addr.js";
import { sysctlGenerationBump, sysctlGenerationRef, sysctlGet, sysctlGetDevOf } from "../fs/procfs-sys.js";
import type { Host } from "../host.js";
import { netCore } from "../core/net_namespace.js";
import type { NetDevice } from "../core/netdevice.js";
import type { NetNamespace } from "../core/netns.js";
import { HZ, NS_PER_JIFFY as JIFFY_NS } from "../core/jiffies.js";

/** The kernel's HZ (core/jiffies.ts): every timer delay is a whole number of 4 ms jiffies. */
export { HZ, JIFFY_NS };

/** IFA_HOST / IFA_LINK / IFA_SITE / IFA_GLOBAL (ifp->scope, IPv6 encoding). */
export const IFA_GLOBAL = 0x00;
export const IFA_HOST = 0x10;
export const IFA_LINK = 0x20;
export const IFA_SITE = 0x40;

/** ipv6_addr_src_scope() of an address from its ifp->scope: host 1, link 2, site 5, global 14. */
export function ifaSrcScope(scope: number): number {
  return scope === IFA_HOST ? 1 : scope === IFA_LINK ? 2 : scope === IFA_SITE ? 5 : 14;
}

export type DadState = "INIT" | "PROCESS" | "COMPLETE" | "ABORT" | "ERRDAD";

export interface Inet6Ifaddr {
  readonly idev: Inet6Dev;
  readonly addr: Ip6Addr;
  /** The address's last 32 bits: a flooded neighbour solicitation's target is compared with them first. */
  readonly low32: number;
  readonly prefixlen: number;
  /** IFA_HOST / IFA_LINK / IFA_SITE / IFA_GLOBAL */
  readonly scope: number;
  /** IFA_F_* */
  flags: number;
  state: DadState;
  dadProbes: number;
  dadNonce: Uint8Array;
  dadTimer?: TimerHandle;
  /** Virtual ns of creation / last change (IFA_CACHEINFO cstamp/tstamp). */
  cstamp: number;
  tstamp: number;
  /** The local route (table local) is installed (after DAD, or at once for no-DAD addresses). */
  localRoute: boolean;
  dead: boolean;
  /** valid_lft / prefered_lft in seconds from tstamp; absent = INFINITY_LIFE_TIME. */
  validLft?: number;
  preferredLft?: number;
  /** addrconf_verify's next look at this address's lifetimes. */
  lftTimer?: TimerHandle;
}

export interface Ifmcaddr6 {
  readonly addr: Ip6Addr;
  users: number;
  /** MAF_LOADED: its link-layer address is in dev->mc. */
  loaded: boolean;
  /** MAF_NOREPORT: all-nodes is never reported. */
  readonly noreport: boolean;
  /** Change records still to send (mca_crcount). */
  crcount: number;
}

export interface Inet6Dev {
  readonly dev: NetDevice;
  /** idev->cnf.mtu6: the device's MTU as IPv6 last saw it (rt6_mtu_change compares with it). */
  mtu6: number;
  /** A temporary address was made here (addrconf_tempaddr.ts): source selection reads use_tempaddr. */
  hadTempaddr?: boolean;
  /** inet6_dev->addr_list, in list order. */
  addrs: Inet6Ifaddr[];
  /** inet6_dev->mc_list: newest first (head insertion), as /proc/net/igmp6 lists it. */
  mc: Ifmcaddr6[];
  /** Groups left while reports were still owed (mca_tomb): sent as TO_IN records. */
  tomb: Array<{ addr: Ip6Addr; crcount: number }>;
  /** IF_READY */
  ready: boolean;
  /** idev->token: the interface identifier `ip token` set (the low 64 bits; :: for none). */
  token: bigint;
  /** IF_RS_SENT */
  rsSent: boolean;
  rsProbes: number;
  /** Jiffies. */
  rsInterval: number;
  rsTimer?: TimerHandle;
  /** MLD interface-change reports still to send and their timer (mc_ifc_count / mc_ifc_work). */
  mcIfcCount: number;
  ifcTimer?: TimerHandle;
  /** Reports owed after DAD (mc_dad_count / mc_dad_work). */
  mcDadCount: number;
  dadTimer?: TimerHandle;
  /** mc_qrv: the robustness variable (2). */
  mcQrv: number;
  dead: boolean;
  /** idev->cnf.disable_ipv6 as last read, and what it was read under (see cnf()). */
  cnfCache?: { ref: { readonly gen: number }; gen: number; net: NetNamespace; name: string; disableIpv6: number };
  /** idev->stats (ipv6, icmpv6dev, icmpv6msgdev): /proc/net/dev_snmp6/DEV; made on the first count. */
  stats?: Inet6DevStats;
}

function idevOf(dev: NetDevice): Inet6Dev | undefined {
  return dev.ip6Ptr as Inet6Dev | undefined;
}

/** __in6_dev_get() */
export function in6DevGet(dev: NetDevice): Inet6Dev | undefined {
  const i = idevOf(dev);
  return i && !i.dead ? i : undefined;
}

export function in6DevSet(dev: NetDevice, idev: Inet6Dev | undefined): void {
  dev.ip6Ptr = idev;
  sysctlGenerationBump(dev.net);
}

export function newInet6Dev(dev: NetDevice): Inet6Dev {
  return {
    dev,
    mtu6: dev.mtu,
    addrs: [],
    mc: [],
    tomb: [],
    ready: false,
    token: 0n,
    rsSent: false,
    rsProbes: 0,
    rsInterval: 0,
    mcIfcCount: 0,
    mcDadCount: 0,
    mcQrv: 2,
    dead: false,
    stats: undefined,
  };
}

export function hostOf(dev: NetDevice): Host {
  return netCore(dev.net).host;
}

/** idev->cnf.NAME: the device's own net.ipv6.conf.DEV.NAME. */
export function cnf(dev: NetDevice, name: string, dflt = 0): number {
  if (name === "disable_ipv6") return disableIpv6(dev, dflt);
  return readInt(sysctlGetDevOf(dev, "net.ipv6.conf.", name), dflt);
}

function readInt(v: string | undefined, dflt: number): number {
  if (v === undefined) return dflt;
  const n = Number.parseInt(v, 10);
  return Number.isNaN(n) ? dflt : n;
}

/**
 * disable_ipv6 is read for every IPv6 frame a device receives (ipv6_rcv), and
 * a bridge floods every container's MLD reports, DAD and router
 * solicitations to every port: building the key string and looking it up was
 * the largest single cost of that flood. The kernel keeps idev->cnf as
 * integer fields; here the inet6_dev keeps the number it read, valid while
 * the sysctl table's generation, the device's namespace and its name are
 * unchanged (any write, device change or move changes one of them). Other
 * knobs are read when addrconf acts, not per packet, and stay uncached.
 */
function disableIpv6(dev: NetDevice, dflt: number): number {
  const idev = idevOf(dev);
  const c = idev?.cnfCache;
  if (c && dflt === 0 && c.net === dev.net && c.name === dev.name && c.ref.gen === c.gen) return c.disableIpv6;
  const v = readInt(sysctlGetDevOf(dev, "net.ipv6.conf.", "disable_ipv6"), dflt);
  const ref = sysctlGenerationRef(dev.net);
  if (idev && ref && dflt === 0) idev.cnfCache = { ref, gen: ref.gen, net: dev.net, name: dev.name, disableIpv6: v };
  return v;
}

/** net->ipv6.devconf_all->NAME */
export function cnfAll(dev: NetDevice, name: string, dflt = 0): number {
  return readInt(sysctlGet(dev.net, `net.ipv6.conf.all.${name}`), dflt);
}

/** A neighbour parameter of the IPv6 table (net.ipv6.neigh.DEV.NAME). */
export function ndParm(dev: NetDevice, name: string, dflt: number): number {
  return readInt(sysctlGetDevOf(dev, "net.ipv6.neigh.", name) ?? sysctlGet(dev.net, `net.ipv6.neigh.default.${name}`), dflt);
}

/** get_random_u32_below(n) in jiffies, from the world RNG. */
export function randomBelow(dev: NetDevice, n: number): number {
  if (n <= 1) return 0;
  return hostOf(dev).rng.int(0, n - 1);
}

/** Arms a timer `jiffies` from now on the world clock. */
export function afterJiffies(dev: NetDevice, jiffies: number, fn: () => void): TimerHandle {
  return hostOf(dev).clock.after(jiffies * JIFFY_NS, fn);
}

/** ipv6_get_lladdr(dev, banned): the first link-local address without the banned flags. */
export function ipv6GetLladdr(idev: Inet6Dev, banned: number): Inet6Ifaddr | undefined {
  // (A loop, not find(): this runs for every MLD report and router solicitation.)
  // __ipv6_get_lladdr() walks the list backwards: the oldest link-local address wins.
  const addrs = idev.addrs;
  for (let i = addrs.length - 1; i >= 0; i--) {
    const a = addrs[i]!;
    if (a.scope === IFA_LINK && !(a.flags & banned) && !a.dead) return a;
  }
  return undefined;
}

/** The device's IPv6 counters (idev->stats), made on first use. */
export function in6DevStats(idev: Inet6Dev): Inet6DevStats {
  return (idev.stats ??= new Inet6DevStats());
}
