// The net.* sysctls (net/core/sysctl_net_core.c, net/ipv4/devinet.c,
// net/ipv6/addrconf.c, neighbour.c...) of each network namespace, and the
// /proc/sys/net tree that shows them to the reading task's namespace.
// Defaults come from a recording (sysctl-net-defaults.ts). A new device gets
// conf.DEV.* copied from conf.default (as in_device/inet6_dev creation does),
// neigh.DEV.* from the neighbour defaults, ipv6 conf.DEV.mtu from its MTU.
// Writes are validated like proc_dointvec (an integer, optional surrounding
// blanks), with the ranges of the keys that have one, and the
// ip_forward / conf.all.forwarding fan-out of devinet_sysctl_forward.

import { kerr } from "../../uapi/errno.js";
import { formatIp6Full, parseIp6 } from "../../wire/addr.js";
import { registerNetdevNotifier } from "../core/dev.js";
import { netCore, registerPernetOps } from "../core/net_namespace.js";
import type { NetDevice } from "../core/netdevice.js";
import type { NetNamespace } from "../core/netns.js";
import { NET_SYSCTL_DEFAULTS, NET_SYSCTL_DEVICE_TEMPLATE } from "./sysctl-net-defaults.js";

const KEY = "sysctl";

/**
 * Value of a key that exists but cannot be read until written (ipv6
 * stable_secret: reading it fails with EIO; `sysctl -a` skips it, -N lists it).
 */
export const SYSCTL_UNSET = "\u0000unset";

// Copy-on-write: a namespace holds only what was written since it was made
// (a fresh namespace shares the recorded defaults, a device its template), so
// 100 000 namespaces do not each carry ~900 strings. Reads see exactly what
// an eager per-namespace copy would hold.

/** The per-device key families: "net.ipv4.conf." + DEV + "." + suffix. */
const DEV_PREFIXES = ["net.ipv4.conf.", "net.ipv4.neigh.", "net.ipv6.conf.", "net.ipv6.neigh."] as const;
const MTU_SUFFIX = "mtu";
const SECRET_SUFFIX = "stable_secret";

/** Namespace-wide keys and their defaults (the recording, plus the two unset stable_secrets). */
const GLOBAL_DEFAULTS = new Map<string, string>(NET_SYSCTL_DEFAULTS);
GLOBAL_DEFAULTS.set("net.ipv6.conf.all.stable_secret", SYSCTL_UNSET);
GLOBAL_DEFAULTS.set("net.ipv6.conf.default.stable_secret", SYSCTL_UNSET);

/** prefix -> suffix -> template value (lo's, as recorded); stable_secret last, as it was added. */
const TEMPLATE = new Map<string, Map<string, string>>(DEV_PREFIXES.map((p) => [p, new Map<string, string>()]));
for (const [tk, tv] of NET_SYSCTL_DEVICE_TEMPLATE) {
  const i = tk.indexOf(".DEV.");
  TEMPLATE.get(tk.slice(0, i + 1))!.set(tk.slice(i + 5), tv);
}
TEMPLATE.get("net.ipv6.conf.")!.set(SECRET_SUFFIX, SYSCTL_UNSET);

interface DevConf {
  isLo: boolean;
  mtu: number;
  /** conf.default.* as written when the device came (shared, never mutated). */
  snap: ReadonlyMap<string, string>;
  /** Keys written for this device, by prefix + suffix. */
  vals?: Map<string, string>;
  /** IPv4 conf keys copied from a later conf.default write (devinet_copy_dflt_conf). */
  inherited?: Map<string, string>;
  /**
   * No inet6_dev (MTU below IPV6_MIN_MTU, 1280): no net.ipv6.conf.DEV / neigh.DEV
   * directories (addrconf_sysctl_unregister, neigh_sysctl_unregister); they come
   * back, with their defaults, when the MTU does.
   */
  noV6?: boolean;
}

const IPV6_MIN_MTU = 1280;

function isV6Prefix(prefix: string): boolean {
  return prefix === "net.ipv6.conf." || prefix === "net.ipv6.neigh.";
}

interface Table {
  /** Namespace-wide keys written (made at the first write: most namespaces never write one). */
  over?: Map<string, string>;
  /** conf.default.* written so far, by prefix + suffix; replaced (not changed) on each write. */
  defaults: ReadonlyMap<string, string>;
  /** Devices in the order their keys appeared. */
  devs: Map<string, DevConf>;
  /** Changes on every write and device change (see sysctlGeneration). */
  gen: number;
  /**
   * Changes whenever the set of keys may have (a device came, went or was
   * renamed: any device event), never on a write: sysctlChildren's cache key.
   */
  shape: number;
}

/** One counter for all tables, so a generation is never reused by another table. */
let generation = 0;

/** Told of every generation change after table creation (bridge/br_flood_count.ts watches its ports' peers). */
let genHook: ((ns: NetNamespace) => void) | undefined;
export function setSysctlGenerationHook(fn: (ns: NetNamespace) => void): void {
  genHook = fn;
}
function bump(t: Table, ns: NetNamespace): void {
  t.gen = ++generation;
  genHook?.(ns);
}

const NO_DEFAULTS: ReadonlyMap<string, string> = new Map();

function newTable(): Table {
  return { defaults: NO_DEFAULTS, devs: new Map(), gen: ++generation, shape: ++generation };
}

function table(ns: NetNamespace): Table {
  return ns.get(KEY, newTable);
}

/** Per suffix of a family: the template value, and what a non-lo device starts with. */
interface SuffixInfo {
  tv: string;
  /** conf.* keys follow conf.default; neigh.* keys do not. */
  followsDefault: boolean;
  /** The recorded conf.default value (or the template's). */
  dflt: string;
}
const INFO = new Map<string, Map<string, SuffixInfo>>();
for (const [prefix, sufs] of TEMPLATE) {
  const m = new Map<string, SuffixInfo>();
  const conf = prefix.endsWith(".conf.");
  for (const [suf, tv] of sufs) m.set(suf, { tv, followsDefault: conf, dflt: (conf ? GLOBAL_DEFAULTS.get(`${prefix}default.${suf}`) : undefined) ?? tv });
  INFO.set(prefix, m);
}

/** Value of a device key when the device was made (before any write to it). */
function devInitial(dc: DevConf, prefix: string, suffix: string): string | undefined {
  const info = INFO.get(prefix)?.get(suffix);
  if (info === undefined) return undefined;
  if (prefix === "net.ipv6.conf.") {
    if (suffix === SECRET_SUFFIX) return SYSCTL_UNSET;
    if (suffix === MTU_SUFFIX) return String(Math.max(dc.mtu, 1280));
  }
  if (dc.isLo || !info.followsDefault) return info.tv;
  if (dc.snap.size) {
    const w = dc.snap.get(prefix + suffix);
    if (w !== undefined) return w;
  }
  return info.dflt;
}

/** A device key split into its family prefix, device and suffix, or undefined. */
function splitDevKey(key: string): [string, string, string] | undefined {
  let prefix: string | undefined;
  for (const p of DEV_PREFIXES) if (key.startsWith(p)) prefix = p;
  if (!prefix) return undefined;
  const j = key.lastIndexOf(".");
  if (j <= prefix.length) return undefined;
  return [prefix, key.slice(prefix.length, j), key.slice(j + 1)];
}

function getIn(t: Table, key: string): string | undefined {
  const g = t.over?.get(key) ?? GLOBAL_DEFAULTS.get(key);
  if (g !== undefined) return g;
  const parts = splitDevKey(key);
  if (!parts) return undefined;
  const dc = t.devs.get(parts[1]);
  if (!dc || (dc.noV6 && isV6Prefix(parts[0]))) return undefined;
  const w = dc.vals?.get(parts[0] + parts[2]) ?? dc.inherited?.get(parts[0] + parts[2]);
  return w ?? devInitial(dc, parts[0], parts[2]);
}

/**
 * Device names under which a namespace-wide key sits (conf.all, conf.default,
 * neigh.default): a device key with one of these names is looked up whole.
 */
const GLOBAL_DEV_NAMES = new Set<string>();
for (const k of GLOBAL_DEFAULTS.keys()) {
  const parts = splitDevKey(k);
  if (parts) GLOBAL_DEV_NAMES.add(parts[1]);
}

/**
 * sysctlGet(ns, prefix + dev + "." + suffix) without building the key and
 * splitting it again (the per-device reads of addrconf, MLD and neighbour
 * discovery are per event): the same steps as getIn once the name is not one
 * a namespace-wide key uses and the suffix has no dot.
 */
/**
 * sysctlGetDev(dev.net, prefix, dev.name, suffix) from the device's own
 * pointer to its table entry (set when the table adds the device, dropped when
 * it is unregistered), without the namespace's table and device-name lookups:
 * at 10 000 containers the host namespace's table holds 20 000 devices and
 * the timers that read these knobs (router solicitations, DAD) find neither
 * map in the cache. The pointer is used only while the device's name is the
 * one the table knows it by (sysctlName, as a rename moves the entry) and is
 * no namespace-wide name (all, default).
 */
export function sysctlGetDevOf(dev: NetDevice, prefix: (typeof DEV_PREFIXES)[number], suffix: string): string | undefined {
  const dc = dev.sysctlConf as DevConf | undefined;
  if (dc === undefined || !sysctlConfPointer.on || dev.sysctlName !== dev.name || GLOBAL_DEV_NAMES.has(dev.name) || suffix.includes(".")) {
    return sysctlGetDev(dev.net, prefix, dev.name, suffix);
  }
  if (sysctlConfPointer.check) {
    const t = dev.net.pernet.get(KEY) as Table | undefined;
    if (t?.devs.get(dev.name) !== dc) throw new Error(`sysctl entry of ${dev.name} is stale`);
  }
  if (dc.noV6 && isV6Prefix(prefix)) return undefined;
  if (dc.vals || dc.inherited) {
    const k = prefix + suffix;
    const w = dc.vals?.get(k) ?? dc.inherited?.get(k);
    if (w !== undefined) return w;
  }
  return devInitial(dc, prefix, suffix);
}

/** sysctlGetDevOf's pointer: off (and checked against the table) only in test/netdev/ctr-kernel-diff.test.ts. */
export const sysctlConfPointer = { on: true, check: false };

export function sysctlGetDev(ns: NetNamespace, prefix: (typeof DEV_PREFIXES)[number], dev: string, suffix: string): string | undefined {
  const t = ns.pernet.get(KEY) as Table | undefined;
  if (!t) return undefined;
  if (dev === "" || GLOBAL_DEV_NAMES.has(dev) || suffix.includes(".")) return getIn(t, `${prefix}${dev}.${suffix}`);
  const dc = t.devs.get(dev);
  if (!dc || (dc.noV6 && isV6Prefix(prefix))) return undefined;
  if (dc.vals || dc.inherited) {
    const k = prefix + suffix;
    const w = dc.vals?.get(k) ?? dc.inherited?.get(k);
    if (w !== undefined) return w;
  }
  return devInitial(dc, prefix, suffix);
}

/** Stores a value for a key that exists (checked by the caller). */
function setIn(t: Table, ns: NetNamespace, key: string, value: string): void {
  bump(t, ns);
  if (GLOBAL_DEFAULTS.has(key)) {
    (t.over ??= new Map()).set(key, value);
    for (const p of DEV_PREFIXES) {
      if (p.endsWith(".conf.") && key.startsWith(`${p}default.`)) {
        t.defaults = new Map(t.defaults).set(p + key.slice(p.length + 8), value);
      }
    }
    // devinet_conf_proc() on conf.default: every device (lo too) whose own
    // value was never written takes the new one; forwarding has its own
    // handler (devinet_sysctl_forward), which does not copy.
    const v4 = "net.ipv4.conf.default.";
    if (key.startsWith(v4) && key !== `${v4}forwarding` && key !== `${v4}mc_forwarding`) {
      const k = "net.ipv4.conf." + key.slice(v4.length);
      for (const dc of t.devs.values()) if (!dc.vals?.has(k)) (dc.inherited ??= new Map()).set(k, value);
    }
    return;
  }
  const [prefix, name, suffix] = splitDevKey(key)!;
  const dc = t.devs.get(name)!;
  (dc.vals ??= new Map()).set(prefix + suffix, value);
}

function addDevice(ns: NetNamespace, dev: NetDevice): void {
  const t = table(ns);
  bump(t, ns);
  t.shape = ++generation;
  t.devs.delete(dev.name);
  const dc: DevConf = { isLo: dev.ops.driver === "loopback", mtu: dev.mtu, snap: t.defaults };
  if (dev.mtu < IPV6_MIN_MTU) dc.noV6 = true;
  t.devs.set(dev.name, dc);
  dev.sysctlConf = dc;
}

function removeDevice(ns: NetNamespace, name: string): void {
  const t = table(ns);
  bump(t, ns);
  t.shape = ++generation;
  t.devs.delete(name);
}

registerPernetOps({
  name: "sysctl",
  init(core) {
    table(core.ns);
    for (const dev of core.devices.values()) addDevice(core.ns, dev);
  },
});

registerNetdevNotifier((event, dev) => {
  if (!dev.net.pernet.has(KEY)) return;
  // Any device event may follow a change of the namespace's device names,
  // which the key set and the directory names below conf/neigh depend on.
  table(dev.net).shape = ++generation;
  if (event === "REGISTER") {
    addDevice(dev.net, dev);
    dev.sysctlName = dev.name;
  } else if (event === "UNREGISTER") {
    dev.sysctlConf = undefined;
    removeDevice(dev.net, dev.sysctlName ?? dev.name);
  } else if (event === "CHANGENAME") {
    const old = dev.sysctlName;
    if (!old) return;
    const t = table(dev.net);
    bump(t, dev.net);
    const dc = t.devs.get(old);
    t.devs.delete(old);
    // The renamed device's keys now come last, as re-created entries would.
    if (dc) t.devs.set(dev.name, dc);
    dev.sysctlName = dev.name;
  } else if (event === "CHANGEMTU") {
    const t = table(dev.net);
    bump(t, dev.net);
    const dc = t.devs.get(dev.name);
    if (dc) {
      dc.mtu = dev.mtu;
      dc.vals?.delete(`net.ipv6.conf.${MTU_SUFFIX}`);
      if (dev.mtu < IPV6_MIN_MTU && !dc.noV6) {
        dc.noV6 = true;
        t.shape = ++generation;
        for (const k of [...(dc.vals?.keys() ?? [])]) if (k.startsWith("net.ipv6.")) dc.vals!.delete(k);
      } else if (dev.mtu >= IPV6_MIN_MTU && dc.noV6) {
        dc.noV6 = false;
        t.shape = ++generation;
      }
    }
  }
});

/** Every key of a namespace (dotted form). */
export function sysctlKeys(ns: NetNamespace): string[] {
  const t = table(ns);
  const out = [...GLOBAL_DEFAULTS.keys()];
  for (const [name, dc] of t.devs) {
    for (const [prefix, sufs] of TEMPLATE) {
      if (dc.noV6 && isV6Prefix(prefix)) continue;
      for (const suf of sufs.keys()) out.push(`${prefix}${name}.${suf}`);
    }
  }
  return out;
}

export function sysctlGet(ns: NetNamespace, key: string): string | undefined {
  const t = ns.pernet.get(KEY) as Table | undefined;
  return t ? getIn(t, key) : undefined;
}

/**
 * A number that changes whenever any value of the namespace's table may have
 * changed (a write, a device registered, renamed, gone, or a new MTU), so a
 * subsystem can keep its own typed copy of the knobs it reads per packet
 * (idev->cnf in the kernel) and re-read only when this moves. -1: no table.
 */
export function sysctlGeneration(ns: NetNamespace): number {
  const t = ns.pernet.get(KEY) as Table | undefined;
  return t ? t.gen : -1;
}

/**
 * For state outside the table that caches keyed on the generation also
 * depend on (a namespace's packet taps and netfilter hooks, a device's IPv6
 * state: see core/dev_rx.ts rxQuiet): whoever changes it bumps the generation.
 */
export function sysctlGenerationBump(ns: NetNamespace): void {
  const t = ns.pernet.get(KEY) as Table | undefined;
  if (t) bump(t, ns);
}

/**
 * The namespace's table seen only as its generation, for a cache to keep:
 * a namespace's table is made once, so while the cache's namespace is the
 * same, reading `.gen` here spares a lookup per packet.
 */
export function sysctlGenerationRef(ns: NetNamespace): { readonly gen: number } | undefined {
  return ns.pernet.get(KEY) as Table | undefined;
}

/** The value as a number (for the stack's own checks, e.g. ip_forward). */
export function sysctlInt(ns: NetNamespace, key: string): number {
  return Number.parseInt(sysctlGet(ns, key) ?? "0", 10);
}

/** Ranges of keys whose handler is proc_dointvec_minmax. */
const RANGES: Array<[RegExp, number, number]> = [
  [/^net\.ipv4\.ip_default_ttl$/, 1, 255],
  [/^net\.ipv6\.conf\.[^.]+\.hop_limit$/, 1, 255],
  // addrconf_sysctl_addr_gen_mode(): check_addr_gen_mode() takes eui64..random (0..3).
  [/^net\.ipv6\.conf\.[^.]+\.addr_gen_mode$/, 0, 3],
  // proc_dou8vec_minmax: a u8. (The devinet conf keys, rp_filter, arp_ignore,
  // arp_announce..., are plain proc_dointvec: any int is stored.)
  [/^net\.ipv4\.ip_no_pmtu_disc$/, 0, 255],
  [/^net\.bridge\.bridge-nf-/, 0, 1],
  // net/core/sysctl_net_core.c, net/ipv4/sysctl_net_ipv4.c (6.1): bounded ints and u8s.
  [/^net\.core\.somaxconn$/, 0, 2147483647],
  [/^net\.ipv4\.icmp_ratelimit$/, 0, 2147483647],
  [/^net\.ipv4\.tcp_syn_retries$/, 1, 127],
  [/^net\.ipv4\.tcp_(retries1|retries2|synack_retries|keepalive_probes|orphan_retries)$/, 0, 255],
  [/^net\.ipv4\.tcp_ecn$/, 0, 2],
  [/^net\.ipv4\.tcp_tw_reuse$/, 0, 2],
  [/^net\.ipv4\.(icmp_echo_ignore_all|icmp_echo_ignore_broadcasts|icmp_ignore_bogus_error_responses)$/, 0, 1],
  [/^net\.ipv4\.(tcp_autocorking|tcp_l3mdev_accept|udp_l3mdev_accept|raw_l3mdev_accept)$/, 0, 1],
];

/**
 * The handlers with checks beyond a range (net/ipv4/sysctl_net_ipv4.c):
 * ipv4_local_port_range (upper not below lower, lower not below
 * ip_unprivileged_port_start), ipv4_privileged_ports (not above the local
 * range's lower end), ipv4_ping_group_range (valid gids; an inverted range
 * stores the disabled "1 0"). They may rewrite the vector in place.
 */
const PORT_HANDLERS = new Map<string, (ns: NetNamespace, v: number[]) => void>([
  [
    "net.ipv4.ip_local_port_range",
    (ns, v) => {
      if (v.some((n) => n < 1 || n > 65535)) throw kerr("EINVAL");
      if (v[1]! < v[0]! || v[0]! < sysctlInt(ns, "net.ipv4.ip_unprivileged_port_start")) throw kerr("EINVAL");
    },
  ],
  [
    "net.ipv4.ip_unprivileged_port_start",
    (ns, v) => {
      if (v[0]! < 0 || v[0]! > 65535) throw kerr("EINVAL");
      if (sysctlInt(ns, "net.ipv4.ip_local_port_range") < v[0]!) throw kerr("EINVAL");
    },
  ],
  [
    "net.ipv4.ping_group_range",
    (_ns, v) => {
      // proc_dointvec_minmax with 0 .. GID_T_MAX - 1 (an int: the upper bound is never reached); gid -1 is invalid.
      if (v.some((n) => n < 0)) throw kerr("EINVAL");
      if (v[1]! < v[0]!) {
        v[0] = 1;
        v[1] = 0;
      }
    },
  ],
]);

/**
 * addrconf_sysctl_stable_secret(): an IPv6 address (in6_pton, EIO
 * otherwise), shown back as %pI6 gives it: eight 4-digit groups.
 */
function stableSecret(text: string): string {
  const a = parseIp6(text.replace(/\n$/, ""));
  if (a === undefined) throw kerr("EIO");
  return formatIp6Full(a);
}

/** Keys handled by proc_do_large_bitmap, with their size in bits (net/ipv6/sysctl_net_ipv6.c: ICMPV6_MSG_MAX + 1). */
const LARGE_BITMAPS = new Map<string, number>([["net.ipv6.icmp.ratemask", 256]]);

/**
 * proc_do_large_bitmap(): a comma-separated list of bits and ranges below
 * `size` (anything else EINVAL, nothing at all clears it), stored as the
 * bitmap and read back as its runs ("1,3,5-7").
 */
function largeBitmap(text: string, size: number): string {
  const body = text.replace(/\n$/, "");
  const set = new Uint8Array(size);
  if (body !== "") {
    for (const part of body.split(",")) {
      const m = /^(\d+)(?:-(\d+))?$/.exec(part);
      if (!m) throw kerr("EINVAL");
      const lo = Number(m[1]);
      const hi = m[2] === undefined ? lo : Number(m[2]);
      if (hi < lo || hi >= size) throw kerr("EINVAL");
      set.fill(1, lo, hi + 1);
    }
  }
  const runs: string[] = [];
  for (let i = 0; i < size; i++) {
    if (!set[i]) continue;
    let j = i;
    while (j + 1 < size && set[j + 1]) j++;
    runs.push(j === i ? `${i}` : `${i}-${j}`);
    i = j;
  }
  return runs.join(",");
}

/** Keys that hold text rather than integers (proc_dostring and friends). */
function isTextKey(key: string, current: string): boolean {
  return !/^-?\d+([ \t]+-?\d+)*$/.test(current) || key.includes("congestion_control") || key.includes("nf_log.");
}

/** Parses what was written as proc_dointvec would (one or more integers). */
function parseInts(text: string): number[] {
  const body = text.replace(/^[ \t\n]+|[ \t\n]+$/g, "");
  if (body === "") throw kerr("EINVAL");
  const parts = body.split(/[ \t\n]+/);
  return parts.map((p) => {
    if (!/^[+-]?\d+$/.test(p)) throw kerr("EINVAL");
    const n = Number.parseInt(p, 10);
    if (n > 2147483647 || n < -2147483648) throw kerr("EINVAL");
    return n;
  });
}

/**
 * Called after a key was written (new value, old value, and the other keys a
 * fan-out changed with it: every device's forwarding for conf.all.forwarding,
 * with their old values): subsystems act on their knobs (disable_ipv6).
 */
export type SysctlWriteHook = (ns: NetNamespace, key: string, value: string, old: string, fanout: ReadonlyMap<string, string>) => void;
const NO_FANOUT: ReadonlyMap<string, string> = new Map();
const writeHooks: SysctlWriteHook[] = [];

export function registerSysctlWriteHook(fn: SysctlWriteHook): void {
  if (!writeHooks.includes(fn)) writeHooks.push(fn);
}

/**
 * The kernel setting the value behind a key itself (the field the sysctl
 * shows, e.g. idev->cnf.addr_gen_mode from netlink): stored as a write would
 * be, without the handler's side effects (no write hooks).
 */
export function sysctlSetQuiet(ns: NetNamespace, key: string, text: string): void {
  sysctlStore(ns, key, text);
}

/**
 * Keys whose value a subsystem computes when the file is read (their
 * proc_handler reads live state: nf_conntrack_count is the table's size).
 * Only a read of the file asks; in-kernel readers never need these.
 */
const readHooks = new Map<string, (ns: NetNamespace) => string>();

export function registerSysctlReadHook(key: string, fn: (ns: NetNamespace) => string): void {
  readHooks.set(key, fn);
}

/** What reading /proc/sys/net/KEY shows: a computed value, else the stored one. */
export function sysctlRead(ns: NetNamespace, key: string): string | undefined {
  const h = readHooks.get(key);
  return h ? h(ns) : sysctlGet(ns, key);
}

/** A write to /proc/sys/net/...: validates and stores (EINVAL on bad input, ENOENT on no such key). */
export function sysctlWrite(ns: NetNamespace, key: string, text: string): void {
  const old = sysctlGet(ns, key);
  const fanout = sysctlStore(ns, key, text) ?? NO_FANOUT;
  const now = sysctlGet(ns, key);
  if (old !== undefined && now !== undefined) for (const fn of writeHooks) fn(ns, key, now, old, fanout);
}

/** Sets every `re` key to `v`; returns the ones that changed with their old values. */
function fanOut(t: Table, ns: NetNamespace, re: RegExp, v: string): Map<string, string> {
  const changed = new Map<string, string>();
  for (const k of sysctlKeys(ns)) {
    if (!re.test(k)) continue;
    const was = getIn(t, k);
    if (was !== v && was !== undefined) changed.set(k, was);
    setIn(t, ns, k, v);
  }
  return changed;
}

function sysctlStore(ns: NetNamespace, key: string, text: string): Map<string, string> | undefined {
  const t = table(ns);
  const cur = getIn(t, key);
  if (cur === undefined) throw kerr("ENOENT");
  if (key.endsWith(`.${SECRET_SUFFIX}`)) {
    // addrconf_sysctl_stable_secret(): conf.all has no secret of its own: EIO for a write too.
    if (key === `net.ipv6.conf.all.${SECRET_SUFFIX}`) throw kerr("EIO");
    setIn(t, ns, key, stableSecret(text));
    return;
  }
  if (key === "net.ipv4.tcp_congestion_control") {
    // tcp_set_default_congestion_control(): an unknown algorithm is ENOENT; outside init_net (every
    // namespace here, as in the sandbox) only the allowed (non-restricted) ones may be chosen.
    const name = text.replace(/\n$/, "");
    if (!(getIn(t, "net.ipv4.tcp_available_congestion_control") ?? "").split(" ").includes(name)) throw kerr("ENOENT");
    if (!(getIn(t, "net.ipv4.tcp_allowed_congestion_control") ?? "").split(" ").includes(name)) throw kerr("EPERM");
    setIn(t, ns, key, name);
    return;
  }
  const bits = LARGE_BITMAPS.get(key);
  if (bits !== undefined) {
    setIn(t, ns, key, largeBitmap(text, bits));
    return;
  }
  if (cur === SYSCTL_UNSET || isTextKey(key, cur)) {
    setIn(t, ns, key, text.replace(/\n$/, ""));
    return;
  }
  // proc_dointvec reads into the current vector: values not written keep theirs.
  const curInts = cur.split(/[ \t]+/).map(Number);
  const ints = parseInts(text).slice(0, curInts.length);
  for (let i = ints.length; i < curInts.length; i++) ints.push(curInts[i]!);
  for (const [re, lo, hi] of RANGES) {
    if (re.test(key) && ints.some((n) => n < lo || n > hi)) throw kerr("EINVAL");
  }
  PORT_HANDLERS.get(key)?.(ns, ints);
  const value = ints.join("\t");
  if (key === "net.ipv4.ip_forward" || key === "net.ipv4.conf.all.forwarding") {
    // inet_forward_change(): one switch for the namespace and every device.
    const v = String(ints[0]!);
    const changed = fanOut(t, ns, /^net\.ipv4\.conf\.[^.]+\.forwarding$/, v);
    setIn(t, ns, "net.ipv4.ip_forward", v);
    // A router takes no redirects: conf.all.accept_redirects = !forwarding (only on a change).
    if (v !== cur) setIn(t, ns, "net.ipv4.conf.all.accept_redirects", ints[0] ? "0" : "1");
    return changed;
  }
  if (key === "net.ipv6.conf.all.forwarding") {
    return fanOut(t, ns, /^net\.ipv6\.conf\.[^.]+\.forwarding$/, String(ints[0]!));
  }
  setIn(t, ns, key, value);
}

/**
 * The last few prefixes' children, by prefix, valid while the table's shape
 * is the one recorded (shapes are unique across tables). A path walk asks for
 * every component (/proc/sys/net/ipv6/conf/all/x: five prefixes) and each
 * answer scans every key of the namespace, so one `sysctl -w` cost ~1 ms.
 */
const childCache = new Map<string, { shape: number; children: ReadonlyMap<string, "dir" | "file"> }>();
const CHILD_CACHE_MAX = 64;

/** The names directly below a dotted prefix ("" = the top), each marked dir or file. Shared: do not change it. */
export function sysctlChildren(ns: NetNamespace, prefix: string): ReadonlyMap<string, "dir" | "file"> {
  const shape = table(ns).shape;
  const hit = childCache.get(prefix);
  if (hit && hit.shape === shape) return hit.children;
  const children = computeChildren(ns, prefix);
  if (childCache.size >= CHILD_CACHE_MAX) childCache.clear();
  childCache.set(prefix, { shape, children });
  return children;
}

/**
 * What a scan of sysctlKeys(ns) gives, in the same order, without making
 * every device key: the namespace-wide keys below the prefix come from a
 * static index, and a device's keys of one family share "FAMILY DEV." and
 * differ only in the suffix after it, so they are looked at one by one only
 * when the prefix reaches into that part (test/procps/sysctl-children.test.ts
 * compares it with the plain scan).
 */
function computeChildren(ns: NetNamespace, prefix: string): Map<string, "dir" | "file"> {
  const p = prefix ? `${prefix}.` : "";
  // Device names may contain dots; conf/neigh children are names of devices.
  const devDir = /^net\.ipv[46]\.(conf|neigh)$/.test(prefix);
  // (byName also holds altnames, which have no sysctl directory.)
  const names = devDir ? ["all", "default", ...devNames(netCore(ns).byName)] : [];
  // Elsewhere the namespace-wide keys give the same children in every namespace.
  const out = devDir ? new Map<string, "dir" | "file">() : new Map(globalChildren(p));
  const add = (rest: string): void => {
    if (devDir) {
      out.set(devNameAmong(names, rest), "dir");
      return;
    }
    const i = rest.indexOf(".");
    if (i < 0) out.set(rest, "file");
    else out.set(rest.slice(0, i), "dir");
  };
  if (devDir) for (const k of globalKeysUnder(p)) add(k.slice(p.length));
  const t = table(ns);
  for (const [name, dc] of t.devs) {
    for (const [family, sufs] of TEMPLATE) {
      if (sufs.size === 0 || (dc.noV6 && isV6Prefix(family))) continue;
      const head = `${family}${name}.`;
      if (p.length < head.length) {
        // Every key "HEAD SUFFIX" starts with the prefix, or none does.
        if (!head.startsWith(p)) continue;
        const rest = head.slice(p.length);
        if (!devDir) {
          // rest ends with the dot after the name: a directory, whatever the suffix.
          add(rest);
          continue;
        }
        // The name found for NAME.SUFFIX depends on the suffix only when another name starts with "NAME.".
        if (!names.some((n) => n.startsWith(rest))) {
          add(rest);
          continue;
        }
        for (const suf of sufs.keys()) add(rest + suf);
        continue;
      }
      if (!p.startsWith(head)) continue;
      const sp = p.slice(head.length);
      for (const suf of sufs.keys()) if (suf.startsWith(sp)) add(suf.slice(sp.length));
    }
  }
  return out;
}

/** The children the namespace-wide keys give below a prefix outside conf/neigh (the same for every namespace); built once per prefix. */
const globalChildIndex = new Map<string, ReadonlyMap<string, "dir" | "file">>();
function globalChildren(p: string): ReadonlyMap<string, "dir" | "file"> {
  let m = globalChildIndex.get(p) as Map<string, "dir" | "file"> | undefined;
  if (m === undefined) {
    m = new Map();
    for (const k of globalKeysUnder(p)) {
      const rest = k.slice(p.length);
      const i = rest.indexOf(".");
      if (i < 0) m.set(rest, "file");
      else m.set(rest.slice(0, i), "dir");
    }
    globalChildIndex.set(p, m);
  }
  return m;
}

/** The namespace-wide keys starting with a dotted prefix ending in "." (or ""), in order; built once per prefix. */
const globalIndex = new Map<string, readonly string[]>();
function globalKeysUnder(p: string): readonly string[] {
  let keys = globalIndex.get(p);
  if (keys === undefined) {
    keys = [...GLOBAL_DEFAULTS.keys()].filter((k) => k.startsWith(p));
    globalIndex.set(p, keys);
  }
  return keys;
}

/** The device names of the name hash in its order, without altnames (they have no sysctl directory). */
function* devNames(byName: ReadonlyMap<string, { name: string }>): Iterable<string> {
  for (const [n, d] of byName) if (d.name === n) yield n;
}

/** The first of `names` (all, default, then the namespace's devices) that `rest` starts with, then a dot. */
function devNameAmong(names: readonly string[], rest: string): string {
  for (const n of names) if (rest.length > n.length && rest.charCodeAt(n.length) === 46 && rest.startsWith(n)) return n;
  return rest.slice(0, rest.indexOf("."));
}

/**
 * Write-only entries (mode 0200) that store nothing: net.ipv4.route.flush and
 * net.ipv6.route.flush act on a write (ipv4_sysctl_rtcache_flush,
 * ipv6_sysctl_rtcache_flush); a read is EACCES (proc_sys_permission holds
 * root to the mode too), and `sysctl` skips them without a word.
 */
const writeOnly = new Map<string, (ns: NetNamespace, text: string) => void>();

export function registerSysctlWriteOnly(key: string, fn: (ns: NetNamespace, text: string) => void): void {
  writeOnly.set(key, fn);
}

/** The action of a write-only entry, if `key` names one. */
export function sysctlWriteOnly(key: string): ((ns: NetNamespace, text: string) => void) | undefined {
  return writeOnly.get(key);
}

/** The write-only entries directly below a dotted prefix. */
export function sysctlWriteOnlyNames(prefix: string): string[] {
  const out: string[] = [];
  for (const k of writeOnly.keys()) if (k.slice(0, k.lastIndexOf(".")) === prefix) out.push(k.slice(k.lastIndexOf(".") + 1));
  return out;
}
