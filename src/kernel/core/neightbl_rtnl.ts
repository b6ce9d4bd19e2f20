// neighbour.c neightbl_dump_info / neightbl_set (RTM_GETNEIGHTBL, RTM_SETNEIGHTBL):
// the neighbour tables (arp_cache, then ndisc_cache) and their parameter sets.
//
// A table's own set (tbl->parms, with thresh1..3 and gc_int) belongs to init_net;
// every namespace here is a child, as in the sandbox, so it is listed with the
// kernel's defaults and refused for changes (ENOENT), as are the thresholds.
// Then one set per device that has the protocol (an in_device for ARP, an
// inet6_dev for ND), newest first (neigh_parms_alloc adds at the head).
// The values live in the net.ipv{4,6}.neigh.DEV sysctls; the kernel keeps them
// in jiffies, so a change made here remembers its exact jiffies beside the
// sysctl text it wrote and a listing reads them back while that text stands.

import { kerr } from "../../uapi/errno.js";
import { AF_INET, AF_INET6 } from "../../uapi/if_addr.js";
import type { NetDevice } from "./netdevice.js";
import type { NetNamespace } from "./netns.js";
import { devList, devGetByIndex } from "./dev.js";
import { netCore } from "./net_namespace.js";
import { HZ, clockTToJiffies, jiffiesToClockT, jiffiesToMs, msecsToJiffies } from "./jiffies.js";
import { sysctlGetDevOf, sysctlWrite } from "../fs/procfs-sys.js";
import { inDevGet } from "../ipv4/devinet.js";
import { in6DevGet } from "../ipv6/inet6_dev.js";
import { arpTbl } from "../ipv4/arp.js";
import { ndTbl } from "../ipv6/ndisc_tbl.js";
import type { NeighKey, NeighTable } from "./neighbour.js";

/** NDTA_PARMS (times in ms, as neightbl_fill_parms sends them). */
export interface NdtParms {
  ifindex?: number;
  refcnt: number;
  reachable: number;
  base_reachable: number;
  retrans: number;
  gc_stale: number;
  delay_probe: number;
  queue: number;
  app_probes: number;
  ucast_probes: number;
  mcast_probes: number;
  anycast_delay: number;
  proxy_delay: number;
  proxy_queue: number;
  locktime: number;
}

export interface NdtMsg {
  family: number;
  name: string;
  /** The table's own set only. */
  thresh?: { thresh1: number; thresh2: number; thresh3: number; gc_int: number };
  parms: NdtParms;
}

/** RTM_SETNEIGHTBL: NDTA_NAME, NDTA_THRESH*, NDTA_GC_INTERVAL and NDTA_PARMS' fields (ms). */
export interface NdtSetRequest {
  family: number;
  name: string;
  thresh1?: number;
  thresh2?: number;
  thresh3?: number;
  gc_int?: number;
  parms?: Partial<Omit<NdtParms, "refcnt" | "reachable">> & { ifindex?: number };
}

/** SKB_TRUESIZE(ETH_FRAME_LEN): NDTPA_QUEUE_LEN's unit of unres_qlen_bytes. */
const QLEN_UNIT = 2090;

interface TblDesc {
  family: number;
  tbl: NeighTable<NeighKey>;
  prefix: "net.ipv4.neigh." | "net.ipv6.neigh.";
  has(dev: NetDevice): boolean;
  locktime: number;
}

const TABLES: TblDesc[] = [
  { family: AF_INET, tbl: arpTbl as NeighTable<NeighKey>, prefix: "net.ipv4.neigh.", has: (d) => inDevGet(d) !== undefined, locktime: 100 },
  { family: AF_INET6, tbl: ndTbl as NeighTable<NeighKey>, prefix: "net.ipv6.neigh.", has: (d) => in6DevGet(d) !== undefined, locktime: 0 },
];

/** A parameter: its sysctl, the sysctl's unit in jiffies per count (0: a plain count), its default. */
type Unit = "ms" | "s" | "userhz" | "count";
const FIELDS: { key: Exclude<keyof NdtParms, "refcnt" | "reachable" | "ifindex" | "queue">; sysctl: string; unit: Unit }[] = [
  { key: "base_reachable", sysctl: "base_reachable_time_ms", unit: "ms" },
  { key: "retrans", sysctl: "retrans_time_ms", unit: "ms" },
  { key: "gc_stale", sysctl: "gc_stale_time", unit: "s" },
  { key: "delay_probe", sysctl: "delay_first_probe_time", unit: "s" },
  { key: "app_probes", sysctl: "app_solicit", unit: "count" },
  { key: "ucast_probes", sysctl: "ucast_solicit", unit: "count" },
  { key: "mcast_probes", sysctl: "mcast_solicit", unit: "count" },
  { key: "anycast_delay", sysctl: "anycast_delay", unit: "userhz" },
  { key: "proxy_delay", sysctl: "proxy_delay", unit: "userhz" },
  { key: "proxy_queue", sysctl: "proxy_qlen", unit: "count" },
  { key: "locktime", sysctl: "locktime", unit: "userhz" },
];

/** Exact jiffies a change stored, keyed by device and sysctl, with the text written. */
const exact = new WeakMap<NetDevice, Map<string, { text: string; jiffies: number }>>();

function sysctlNum(d: TblDesc, dev: NetDevice, name: string): number {
  return Number.parseInt(sysctlGetDevOf(dev, d.prefix, name) ?? "0", 10);
}

/** A time parameter in jiffies, from the sysctl (or the exact value a change left). */
function jiffiesOf(d: TblDesc, dev: NetDevice, name: string, unit: Unit): number {
  const text = sysctlGetDevOf(dev, d.prefix, name) ?? "0";
  const e = exact.get(dev)?.get(d.prefix + name);
  if (e && e.text === text) return e.jiffies;
  const v = Number.parseInt(text, 10);
  if (unit === "ms") return msecsToJiffies(v);
  if (unit === "s") return v * HZ;
  return clockTToJiffies(v);
}

function devParms(d: TblDesc, dev: NetDevice): NdtParms {
  const p: Partial<NdtParms> = { ifindex: dev.ifindex };
  // neigh_parms refcnt: the device's hold and one per entry on it.
  p.refcnt = 1 + d.tbl.entries(dev.net).filter((n) => n.dev === dev).length;
  p.reachable = Math.floor(d.tbl.reachableTime(dev) / 1_000_000);
  for (const f of FIELDS) {
    p[f.key] = f.unit === "count" ? sysctlNum(d, dev, f.sysctl) : jiffiesToMs(jiffiesOf(d, dev, f.sysctl, f.unit));
  }
  p.queue = Math.floor(sysctlNum(d, dev, "unres_qlen_bytes") / QLEN_UNIT);
  return p as NdtParms;
}

/** init_net's tbl->parms: the defaults, its reachable time drawn once per host. */
const tableReachable = new WeakMap<object, Map<number, number>>();
function tableParms(ns: NetNamespace, d: TblDesc): NdtParms {
  const host = netCore(ns).host;
  let m = tableReachable.get(host);
  if (!m) tableReachable.set(host, (m = new Map()));
  let reachable = m.get(d.family);
  if (reachable === undefined) {
    // neigh_rand_reach_time(30 s), in jiffies.
    reachable = jiffiesToMs(msecsToJiffies(host.rng.int(0, 30000 - 1) + 15000));
    m.set(d.family, reachable);
  }
  return {
    refcnt: 1, reachable, base_reachable: 30000, retrans: 1000, gc_stale: 60000, delay_probe: 5000, queue: 101,
    app_probes: 0, ucast_probes: 3, mcast_probes: 3, anycast_delay: 1000, proxy_delay: 800, proxy_queue: 64, locktime: d.locktime * 10,
  };
}

/** neightbl_dump_info(): every table of the family (0: all), its own set, then the namespace's devices'. */
export function neightblDump(ns: NetNamespace, family: number): NdtMsg[] {
  const out: NdtMsg[] = [];
  for (const d of TABLES) {
    if (family && family !== d.family) continue;
    out.push({ family: d.family, name: d.tbl.name, thresh: { thresh1: 128, thresh2: 512, thresh3: 1024, gc_int: 30000 }, parms: tableParms(ns, d) });
    const devs = devList(ns).filter((x) => d.has(x)).reverse();
    for (const dev of devs) out.push({ family: d.family, name: d.tbl.name, parms: devParms(d, dev) });
  }
  return out;
}

function setField(ns: NetNamespace, d: TblDesc, dev: NetDevice, sysctl: string, unit: Unit, ms: number): void {
  if (unit === "count") {
    sysctlWrite(ns, `${d.prefix}${dev.name}.${sysctl}`, String(ms));
    return;
  }
  const j = msecsToJiffies(ms);
  const v = unit === "ms" ? jiffiesToMs(j) : unit === "s" ? Math.floor(j / HZ) : jiffiesToClockT(j);
  const text = String(v);
  sysctlWrite(ns, `${d.prefix}${dev.name}.${sysctl}`, text);
  let m = exact.get(dev);
  if (!m) exact.set(dev, (m = new Map()));
  m.set(d.prefix + sysctl, { text, jiffies: j });
}

/** neightbl_set() */
export function neightblSet(ns: NetNamespace, r: NdtSetRequest): void {
  const d = TABLES.find((t) => t.tbl.name === r.name && (!r.family || r.family === t.family));
  if (!d) throw kerr("ENOENT");
  const p = r.parms;
  if (p) {
    // lookup_neigh_parms(): the device's set in this namespace; the table's own is init_net's.
    const dev = p.ifindex ? devGetByIndex(ns, p.ifindex) : undefined;
    if (!dev || !d.has(dev)) throw kerr("ENOENT");
    if (p.queue !== undefined) {
      sysctlWrite(ns, `${d.prefix}${dev.name}.unres_qlen_bytes`, String(p.queue * QLEN_UNIT));
      sysctlWrite(ns, `${d.prefix}${dev.name}.unres_qlen`, String(p.queue));
    }
    for (const f of FIELDS) {
      const v = p[f.key];
      if (v !== undefined) setField(ns, d, dev, f.sysctl, f.unit, v);
    }
  }
  // Thresholds and the gc interval are init_net's only.
  if (r.thresh1 !== undefined || r.thresh2 !== undefined || r.thresh3 !== undefined || r.gc_int !== undefined) throw kerr("ENOENT");
}
