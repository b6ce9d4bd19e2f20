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

function table(ns: NetNamespace): Map<string, string> {
  return ns.get(KEY, () => new Map<string, string>());
}

function addDevice(ns: NetNamespace, dev: NetDevice): void {
  const t = table(ns);
  const isLo = dev.ops.driver === "loopback";
  for (const [tk, tv] of NET_SYSCTL_DEVICE_TEMPLATE) {
    const key = tk.replace(".DEV.", `.${dev.name}.`);
    let v = tv;
    if (!isLo && tk.includes(".conf.DEV.")) {
      const dflt = t.get(tk.replace(".DEV.", ".default."));
      if (dflt !== undefined) v = dflt;
    }
    if (tk === "net.ipv6.conf.DEV.mtu") v = String(Math.max(dev.mtu, 1280));
    t.set(key, v);
  }
  t.set(`net.ipv6.conf.${dev.name}.stable_secret`, SYSCTL_UNSET);
}

function removeDevice(ns: NetNamespace, name: string): void {
  const t = table(ns);
  for (const [tk] of NET_SYSCTL_DEVICE_TEMPLATE) t.delete(tk.replace(".DEV.", `.${name}.`));
  t.delete(`net.ipv6.conf.${name}.stable_secret`);
}

registerPernetOps({
  name: "sysctl",
  init(core) {
    const t = table(core.ns);
    for (const [k, v] of NET_SYSCTL_DEFAULTS) t.set(k, v);
    t.set("net.ipv6.conf.all.stable_secret", SYSCTL_UNSET);
    t.set("net.ipv6.conf.default.stable_secret", SYSCTL_UNSET);
    for (const dev of core.devices.values()) addDevice(core.ns, dev);
  },
});

const devNames = new WeakMap<NetDevice, string>();
registerNetdevNotifier((event, dev) => {
  if (!dev.net.pernet.has(KEY)) return;
  if (event === "REGISTER") {
    addDevice(dev.net, dev);
    devNames.set(dev, dev.name);
  } else if (event === "UNREGISTER") {
    removeDevice(dev.net, devNames.get(dev) ?? dev.name);
  } else if (event === "CHANGENAME") {
    const old = devNames.get(dev);
    if (!old) return;
    const t = table(dev.net);
    for (const tk of [...NET_SYSCTL_DEVICE_TEMPLATE.map(([k]) => k), "net.ipv6.conf.DEV.stable_secret"]) {
      const from = tk.replace(".DEV.", `.${old}.`);
      const v = t.get(from);
      t.delete(from);
      if (v !== undefined) t.set(tk.replace(".DEV.", `.${dev.name}.`), v);
    }
    devNames.set(dev, dev.name);
  } else if (event === "CHANGEMTU") {
    const t = table(dev.net);
    const k = `net.ipv6.conf.${dev.name}.mtu`;
    if (t.has(k)) t.set(k, String(Math.max(dev.mtu, 1280)));
  }
});

/** Every key of a namespace (dotted form). */
export function sysctlKeys(ns: NetNamespace): string[] {
  return [...table(ns).keys()];
}

export function sysctlGet(ns: NetNamespace, key: string): string | undefined {
  return table(ns).get(key);
}

/** The value as a number (for the stack's own checks, e.g. ip_forward). */
export function sysctlInt(ns: NetNamespace, key: string): number {
  return Number.parseInt(table(ns).get(key) ?? "0", 10);
}

/** Ranges of keys whose handler is proc_dointvec_minmax. */
const RANGES: Array<[RegExp, number, number]> = [
  [/^net\.ipv4\.ip_default_ttl$/, 1, 255],
  [/^net\.ipv6\.conf\.[^.]+\.hop_limit$/, 1, 255],
  [/^net\.ipv4\.ip_no_pmtu_disc$/, 0, 3],
  [/^net\.ipv4\.conf\.[^.]+\.rp_filter$/, 0, 2],
  [/^net\.ipv4\.conf\.[^.]+\.arp_ignore$/, 0, 8],
  [/^net\.ipv4\.conf\.[^.]+\.arp_announce$/, 0, 2],
  [/^net\.bridge\.bridge-nf-/, 0, 1],
];

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

/** Called after a key changed (new value, old value): subsystems act on their knobs (disable_ipv6). */
export type SysctlWriteHook = (ns: NetNamespace, key: string, value: string, old: string) => void;
const writeHooks: SysctlWriteHook[] = [];

export function registerSysctlWriteHook(fn: SysctlWriteHook): void {
  if (!writeHooks.includes(fn)) writeHooks.push(fn);
}

/** A write to /proc/sys/net/...: validates and stores (EINVAL on bad input, ENOENT on no such key). */
export function sysctlWrite(ns: NetNamespace, key: string, text: string): void {
  const old = table(ns).get(key);
  sysctlStore(ns, key, text);
  const now = table(ns).get(key);
  if (old !== undefined && now !== undefined) for (const fn of writeHooks) fn(ns, key, now, old);
}

function sysctlStore(ns: NetNamespace, key: string, text: string): void {
  const t = table(ns);
  const cur = t.get(key);
  if (cur === undefined) throw kerr("ENOENT");
  if (cur === SYSCTL_UNSET || isTextKey(key, cur)) {
    t.set(key, text.replace(/\n$/, ""));
    return;
  }
  const width = cur.split(/[ \t]+/).length;
  const ints = parseInts(text).slice(0, width);
  for (const [re, lo, hi] of RANGES) {
    if (re.test(key) && ints.some((n) => n < lo || n > hi)) throw kerr("EINVAL");
  }
  const value = ints.join("\t");
  if (key === "net.ipv4.ip_forward" || key === "net.ipv4.conf.all.forwarding") {
    // inet_forward_change(): one switch for the namespace and every device.
    const v = String(ints[0]!);
    for (const k of [...t.keys()]) if (/^net\.ipv4\.conf\.[^.]+\.forwarding$/.test(k)) t.set(k, v);
    t.set("net.ipv4.ip_forward", v);
    return;
  }
  if (key === "net.ipv6.conf.all.forwarding") {
    const v = String(ints[0]!);
    for (const k of [...t.keys()]) if (/^net\.ipv6\.conf\.[^.]+\.forwarding$/.test(k)) t.set(k, v);
    return;
  }
  t.set(key, value);
}

/** The names directly below a dotted prefix ("" = the top), each marked dir or file. */
export function sysctlChildren(ns: NetNamespace, prefix: string): Map<string, "dir" | "file"> {
  const out = new Map<string, "dir" | "file">();
  const p = prefix ? `${prefix}.` : "";
  for (const k of table(ns).keys()) {
    if (!k.startsWith(p)) continue;
    const rest = k.slice(p.length);
    const i = rest.indexOf(".");
    // Device names may contain dots; conf/neigh children are names of devices.
    if (/^net\.ipv[46]\.(conf|neigh)$/.test(prefix)) {
      const dev = devNameIn(ns, rest);
      out.set(dev, "dir");
      continue;
    }
    if (i < 0) out.set(rest, "file");
    else out.set(rest.slice(0, i), "dir");
  }
  return out;
}

function devNameIn(ns: NetNamespace, rest: string): string {
  for (const n of ["all", "default", ...netCore(ns).byName.keys()]) if (rest.startsWith(`${n}.`)) return n;
  return rest.slice(0, rest.indexOf("."));
}
