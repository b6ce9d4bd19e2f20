// struct inet6_dev and struct inet6_ifaddr (include/net/if_inet6.h): the
// IPv6 state of one device: its addresses (with DAD state), its multicast
// groups (MLD), router-solicitation state, and the IF_READY flag that says
// the link was usable when addrconf last looked. Other ipv6/ files share this;
// the lifecycle lives in addrconf.ts.

import type { TimerHandle } from "../../sim/clock.js";
import type { Ip6Addr } from "../../wire/addr.js";
import { sysctlGeneration, sysctlGet } from "../fs/procfs-sys.js";
import type { Host } from "../host.js";
import { netCore } from "../core/net_namespace.js";
import type { NetDevice } from "../core/netdevice.js";
import type { NetNamespace } from "../core/netns.js";

/** The kernel's HZ on the recording machine: every timer delay is a whole number of 4 ms jiffies. */
export const JIFFY_NS = 4_000_000;
export const HZ = 250;

/** IFA_HOST / IFA_LINK / IFA_GLOBAL (ifp->scope, IPv6 encoding). */
export const IFA_GLOBAL = 0x00;
export const IFA_HOST = 0x10;
export const IFA_LINK = 0x20;

export type DadState = "INIT" | "PROCESS" | "COMPLETE" | "ABORT" | "ERRDAD";

export interface Inet6Ifaddr {
  readonly idev: Inet6Dev;
  readonly addr: Ip6Addr;
  readonly prefixlen: number;
  /** IFA_HOST / IFA_LINK / IFA_GLOBAL */
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
  /** inet6_dev->addr_list, in list order. */
  addrs: Inet6Ifaddr[];
  /** inet6_dev->mc_list: newest first (head insertion), as /proc/net/igmp6 lists it. */
  mc: Ifmcaddr6[];
  /** Groups left while reports were still owed (mca_tomb): sent as TO_IN records. */
  tomb: Array<{ addr: Ip6Addr; crcount: number }>;
  /** IF_READY */
  ready: boolean;
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
}

const idevs = new WeakMap<NetDevice, Inet6Dev>();

/** __in6_dev_get() */
export function in6DevGet(dev: NetDevice): Inet6Dev | undefined {
  const i = idevs.get(dev);
  return i && !i.dead ? i : undefined;
}

export function in6DevSet(dev: NetDevice, idev: Inet6Dev | undefined): void {
  if (idev) idevs.set(dev, idev);
  else idevs.delete(dev);
}

export function newInet6Dev(dev: NetDevice): Inet6Dev {
  return {
    dev,
    addrs: [],
    mc: [],
    tomb: [],
    ready: false,
    rsSent: false,
    rsProbes: 0,
    rsInterval: 0,
    mcIfcCount: 0,
    mcDadCount: 0,
    mcQrv: 2,
    dead: false,
  };
}

export function hostOf(dev: NetDevice): Host {
  return netCore(dev.net).host;
}

/**
 * The kernel keeps idev->cnf as integer fields; the model's knobs live in the
 * namespace's sysctl table as text. Reading them by a built string key per
 * packet was the largest single cost of a bridge flood, so each device keeps
 * the numbers it has read, valid while the table's generation, the device's
 * namespace and its name are unchanged (any sysctl write, device change or
 * move changes one of them). Values are exactly what sysctlGet returns.
 */
interface CnfCache {
  net: NetNamespace;
  name: string;
  gen: number;
  /** Parsed value per knob name, one map per reader; null: missing or not a number. */
  vals: [Map<string, number | null>?, Map<string, number | null>?, Map<string, number | null>?];
}
const cnfCaches = new WeakMap<NetDevice, CnfCache>();

type Reader = (dev: NetDevice, name: string) => string | undefined;
const readConf: Reader = (dev, name) => sysctlGet(dev.net, `net.ipv6.conf.${dev.name}.${name}`);
const readAll: Reader = (dev, name) => sysctlGet(dev.net, `net.ipv6.conf.all.${name}`);
const readNeigh: Reader = (dev, name) =>
  sysctlGet(dev.net, `net.ipv6.neigh.${dev.name}.${name}`) ?? sysctlGet(dev.net, `net.ipv6.neigh.default.${name}`);

function cached(dev: NetDevice, which: 0 | 1 | 2, read: Reader, name: string): number | null {
  const net = dev.net;
  const gen = sysctlGeneration(net);
  let c = cnfCaches.get(dev);
  if (!c || c.gen !== gen || c.net !== net || c.name !== dev.name) {
    c = { net, name: dev.name, gen, vals: [] };
    cnfCaches.set(dev, c);
  }
  const m = (c.vals[which] ??= new Map());
  let v = m.get(name);
  if (v === undefined) {
    const text = read(dev, name);
    const n = text === undefined ? Number.NaN : Number.parseInt(text, 10);
    v = Number.isNaN(n) ? null : n;
    m.set(name, v);
  }
  return v;
}

/** idev->cnf.NAME: the device's own net.ipv6.conf.DEV.NAME. */
export function cnf(dev: NetDevice, name: string, dflt = 0): number {
  return cached(dev, 0, readConf, name) ?? dflt;
}

/** net->ipv6.devconf_all->NAME */
export function cnfAll(dev: NetDevice, name: string, dflt = 0): number {
  return cached(dev, 1, readAll, name) ?? dflt;
}

/** A neighbour parameter of the IPv6 table (net.ipv6.neigh.DEV.NAME). */
export function ndParm(dev: NetDevice, name: string, dflt: number): number {
  return cached(dev, 2, readNeigh, name) ?? dflt;
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
  return idev.addrs.find((a) => a.scope === IFA_LINK && !(a.flags & banned) && !a.dead);
}
