// /sys/class/net and /sys/devices/virtual/net (net/core/net-sysfs.c): one
// directory per device of the *reading task's* network namespace (sysfs
// mounted in a namespace shows that namespace's devices; `ip netns exec`
// remounts it), its attributes computed from the device at read time, and
// writes that go through the same kernel paths as netlink (dev_set_mtu,
// dev_change_flags...). Bridge and bridge-port directories come from
// sysfs-bridge.ts.
//
// Where we knowingly differ: every device is virtual (no devices/pci...), and
// power/, queues/, subsystem, brforward (binary) and the attributes no tool
// here uses (phys_port_*, threaded, gro_flush_timeout writes...) are absent.

import { kerr } from "../../uapi/errno.js";
import { IFF_ALLMULTI, IFF_PROMISC } from "../../uapi/if_link.js";
import { devChangeFlags, devGetByName, devList, devSetGroup, devSetMtu, netifCarrierOff, netifCarrierOn } from "../core/dev.js";
import type { NetDevice } from "../core/netdevice.js";
import type { Host } from "../host.js";
import { BufferFile } from "../task/file.js";
import type { Task } from "../task/task.js";
import { allocIno, type DirInode, type DynamicDir, type Inode, type SpecialInode, type SymlinkInode } from "./inode.js";
import { bridgeDir, brforwardAttr, brifDir, brportDir, isBridge, isBridgePort } from "./sysfs-bridge.js";

const enc = new TextEncoder();
const dec = new TextDecoder();

export function sysDir(parent: DirInode, dynamic: DynamicDir): DirInode {
  return { kind: "dir", ino: allocIno(), mode: 0o755, mtime: 0, nlink: 2, entries: new Map(), parent, dynamic };
}

export function sysLink(target: string): SymlinkInode {
  return { kind: "symlink", ino: allocIno(), mode: 0o777, mtime: 0, nlink: 1, target };
}

/** A sysfs attribute: show() gives the text (or throws its errno), store() takes what was written. */
export interface Attr {
  show?: () => string | Uint8Array;
  store?: (text: string) => void;
  /** The mode Linux gives a file the model keeps no writable state for (0644 shown, writes refused). */
  mode?: number;
}

/** A file whose reads call show and whose writes call store; a missing one is EACCES, as the mode says. */
export function sysAttr(a: Attr): SpecialInode {
  const mode = a.mode ?? (a.show ? 0o444 : 0) | (a.store ? 0o200 : 0);
  return {
    kind: "special",
    ino: allocIno(),
    mtime: 0,
    nlink: 1,
    typeChar: "-",
    mode,
    size: 4096,
    open: (_task: Task, flags) => {
      if ((flags.read && !a.show) || (flags.write && !a.store)) throw kerr("EACCES");
      // The show runs at read time in sysfs; at open is the same for a one-shot cat.
      const shown = flags.read && a.show ? a.show() : "";
      const data = typeof shown === "string" ? enc.encode(shown) : shown;
      return new BufferFile(data, "sysfs", a.store ? (_t, bytes) => a.store!(dec.decode(bytes)) : undefined);
    },
  };
}

/** kstrtoul(buf, 0): decimal, 0x hex or 0 octal, one trailing newline allowed. */
export function parseUlong(text: string): number {
  const s = text.endsWith("\n") ? text.slice(0, -1) : text;
  let v: number;
  if (/^0[xX][0-9a-fA-F]+$/.test(s)) v = parseInt(s.slice(2), 16);
  else if (/^0[0-7]*$/.test(s)) v = parseInt(s, 8);
  else if (/^\+?[1-9][0-9]*$/.test(s)) v = parseInt(s, 10);
  else throw kerr("EINVAL");
  if (!Number.isSafeInteger(v) || v > 0xffffffffffffffff) throw kerr("ERANGE");
  return v;
}

export function macString(a: Uint8Array): string {
  return [...a].map((b) => b.toString(16).padStart(2, "0")).join(":");
}

const OPERSTATES = ["unknown", "notpresent", "down", "lowerlayerdown", "testing", "dormant", "up"];
const ASSIGN = { PERM: 0, RANDOM: 1, STOLEN: 2, SET: 3 } as const;
const STAT_NAMES = [
  "collisions", "multicast", "rx_bytes", "rx_compressed", "rx_crc_errors", "rx_dropped", "rx_errors",
  "rx_fifo_errors", "rx_frame_errors", "rx_length_errors", "rx_missed_errors", "rx_nohandler",
  "rx_over_errors", "rx_packets", "tx_aborted_errors", "tx_bytes", "tx_carrier_errors", "tx_compressed",
  "tx_dropped", "tx_errors", "tx_fifo_errors", "tx_heartbeat_errors", "tx_packets", "tx_window_errors",
] as const;

/** dev->flags as the kernel keeps it: PROMISC/ALLMULTI set while any user (a bridge too) counts them. */
function kernelFlags(dev: NetDevice): number {
  let f = dev.flags & ~(IFF_PROMISC | IFF_ALLMULTI);
  if (dev.promiscuity > 0) f |= IFF_PROMISC;
  if (dev.allmulti > 0) f |= IFF_ALLMULTI;
  return f;
}

/** The NAPI tunables a write only stores (the model has no NAPI polling for them to change). */
interface Tunables {
  groFlushTimeout: number;
  napiDeferHardIrqs: number;
}
const tunablesOf = new WeakMap<NetDevice, Tunables>();
function tunables(dev: NetDevice): Tunables {
  let t = tunablesOf.get(dev);
  if (!t) tunablesOf.set(dev, (t = { groFlushTimeout: 0, napiDeferHardIrqs: 0 }));
  return t;
}

/** power/: runtime PM of a virtual device, which has none. */
function powerDir(parent: DirInode): DirInode {
  const files = new Map<string, Attr>([
    ["autosuspend_delay_ms", { show: () => { throw kerr("EIO"); }, mode: 0o644 }],
    ["control", { show: () => "auto\n", mode: 0o644 }],
    ["runtime_active_time", { show: () => "0\n" }],
    ["runtime_status", { show: () => "unsupported\n" }],
    ["runtime_suspended_time", { show: () => "0\n" }],
  ]);
  return sysDir(parent, { list: () => [...files.keys()], lookup: (_t, n) => { const a = files.get(n); return a ? sysAttr(a) : undefined; } });
}

/** queues/rx-N and tx-N (net-sysfs.c rx_queue_ktype / netdev_queue_ktype); RPS/XPS are off. */
function queuesDir(parent: DirInode): DirInode {
  const rx = ["rps_cpus", "rps_flow_cnt"];
  const tx = ["traffic_class", "tx_maxrate", "tx_timeout", "xps_cpus", "xps_rxqs"];
  const names = () => [
    // real_num_rx/tx_queues: one each unless a driver enables more (veth allocates
    // one per CPU but starts with one in use; the model does not change it).
    "rx-0",
    "tx-0",
  ];
  const q: DirInode = sysDir(parent, {
    list: names,
    lookup: (_t, n) => {
      if (!names().includes(n)) return undefined;
      const files = n.startsWith("rx-") ? rx : tx;
      return sysDir(q, {
        list: () => files,
        lookup: (_t2, f) => (files.includes(f) ? sysAttr({ show: () => "0\n", mode: f === "traffic_class" || f === "tx_timeout" ? 0o444 : 0o644 }) : undefined),
      });
    },
  });
  return q;
}

/** Attributes whose show fails with EINVAL unless the device is up (netif_running). */
function running(dev: NetDevice, v: () => string): () => string {
  return () => {
    if (!dev.isUp) throw kerr("EINVAL");
    return v();
  };
}

/** The device attributes of net-sysfs.c, by file name. */
function devAttrs(dev: NetDevice): Map<string, Attr> {
  const line = (v: () => string | number) => () => `${v()}\n`;
  // Only veth reports a speed; the recording VM's virtio NIC says -1/unknown, as `ethtool eth0` there.
  const ethtool = dev.ops.driver === "veth";
  const m = new Map<string, Attr>([
    ["addr_assign_type", { show: line(() => ASSIGN[dev.addrAssignType]) }],
    ["addr_len", { show: line(() => dev.addr.length) }],
    ["address", { show: line(() => macString(dev.addr)) }],
    ["broadcast", { show: line(() => macString(dev.broadcast)) }],
    [
      "carrier",
      {
        show: running(dev, line(() => (dev.carrier ? 1 : 0))),
        // change_carrier(): only drivers with ndo_change_carrier (dummy) take it.
        store: (t) => {
          const v = parseUlong(t);
          if (dev.ops.kind !== "dummy") throw kerr("EOPNOTSUPP");
          if (v) netifCarrierOn(dev);
          else netifCarrierOff(dev);
        },
      },
    ],
    ["carrier_changes", { show: line(() => dev.carrierUpCount + dev.carrierDownCount) }],
    ["carrier_down_count", { show: line(() => dev.carrierDownCount) }],
    ["carrier_up_count", { show: line(() => dev.carrierUpCount) }],
    ["dev_id", { show: line(() => "0x0") }],
    ["dev_port", { show: line(() => 0) }],
    ["dormant", { show: running(dev, line(() => (dev.operstate === 5 ? 1 : 0))) }],
    // ethtool link settings: veth says full duplex at 10000 Mb/s; others have none (EINVAL) or unknown.
    ["duplex", { show: running(dev, () => {
      if (!ethtool && dev.ops.driver === "loopback") throw kerr("EINVAL");
      return ethtool ? "full\n" : "unknown\n";
    }) }],
    ["flags", { show: line(() => `0x${kernelFlags(dev).toString(16)}`), store: (t) => {
      const v = parseUlong(t) >>> 0;
      devChangeFlags(dev, v, (v ^ kernelFlags(dev)) >>> 0);
    } }],
    // An unset alias reads as nothing at all, not an empty line.
    ["ifalias", { show: () => (dev.alias !== undefined ? `${dev.alias}\n` : ""), store: (t) => {
      // dev_set_alias(): a trailing newline is dropped; IFALIASZ is 256.
      const s = t.endsWith("\n") ? t.slice(0, -1) : t;
      if (s.length >= 256) throw kerr("EINVAL");
      dev.alias = s === "" ? undefined : s;
    } }],
    ["gro_flush_timeout", { show: line(() => tunables(dev).groFlushTimeout), store: (t) => {
      tunables(dev).groFlushTimeout = parseUlong(t);
    } }],
    ["ifindex", { show: line(() => dev.ifindex) }],
    ["iflink", { show: line(() => dev.iflink) }],
    ["link_mode", { show: line(() => dev.linkMode) }],
    ["mtu", { show: line(() => dev.mtu), store: (t) => devSetMtu(dev, parseUlong(t)) }],
    // lo is named by the kernel (NET_NAME_PREDICTABLE), the NIC enumerated (NET_NAME_ENUM), the rest by the user (NET_NAME_USER).
    ["name_assign_type", { show: line(() => (dev.ops.driver === "loopback" ? 2 : dev.ops.driver === "virtio_net" ? 1 : 3)) }],
    ["napi_defer_hard_irqs", { show: line(() => tunables(dev).napiDeferHardIrqs), store: (t) => {
      const v = parseUlong(t);
      if (v > 0x7fffffff) throw kerr("ERANGE");
      tunables(dev).napiDeferHardIrqs = v;
    } }],
    ["netdev_group", { show: line(() => dev.group), store: (t) => {
      devSetGroup(dev, parseUlong(t) >>> 0);
    } }],
    // operstate_show(): a device that is not running reads "down" whatever dev->operstate holds.
    ["operstate", { show: line(() => (dev.isUp ? OPERSTATES[dev.operstate] ?? "unknown" : "down")) }],
    ["proto_down", { show: line(() => 0), mode: 0o644 }],
    ["speed", { show: running(dev, () => {
      if (dev.ops.driver === "loopback") throw kerr("EINVAL");
      return ethtool ? "10000\n" : "-1\n";
    }) }],
    ["threaded", { show: line(() => 0), mode: 0o644 }],
    ["testing", { show: running(dev, line(() => (dev.operstate === 4 ? 1 : 0))) }],
    ["tx_queue_len", { show: line(() => dev.txqueuelen | 0), store: (t) => {
      const v = parseUlong(t);
      if (v > 0xffffffff) throw kerr("EINVAL");
      dev.txqueuelen = v;
    } }],
    ["type", { show: line(() => dev.type) }],
    ...(dev.ops.sysfsAttrs?.(dev).map(([n, show]): [string, Attr] => [n, { show }]) ?? []),
    // A write asks for the uevent again; there is no udev to hear it.
    ["uevent", { show: () => `${isBridge(dev) ? "DEVTYPE=bridge\n" : ""}INTERFACE=${dev.name}\nIFINDEX=${dev.ifindex}\n`, store: () => {} }],
  ]);
  return m;
}

function statisticsDir(parent: DirInode, dev: NetDevice): DirInode {
  return sysDir(parent, {
    list: () => [...STAT_NAMES],
    lookup: (_t, name) =>
      (STAT_NAMES as readonly string[]).includes(name)
        ? sysAttr({ show: () => `${dev.stats[name as (typeof STAT_NAMES)[number]]}\n` })
        : undefined,
  });
}

/** Devices stacked on this one (its master) and under it (ports of a bridge), as upper_/lower_ links. */
function lowers(dev: NetDevice): NetDevice[] {
  return devList(dev.net).filter((d) => d.master === dev);
}

/** /sys/devices/.../net/DEV */
function deviceDir(parent: DirInode, dev: NetDevice): DirInode {
  const nic = dev.ops.driver === "virtio_net";
  const d: DirInode = sysDir(parent, {
    list: () => {
      const names = [...devAttrs(dev).keys(), "statistics", "power", "queues", "subsystem"];
      if (nic) names.push("device", "phys_port_name");
      if (dev.master) names.push("master", `upper_${dev.master.name}`);
      for (const l of lowers(dev)) names.push(`lower_${l.name}`);
      if (isBridge(dev)) names.push("bridge", "brif", "brforward");
      if (isBridgePort(dev)) names.push("brport");
      return names.sort();
    },
    lookup: (_t, name) => {
      const a = devAttrs(dev).get(name);
      if (a) return sysAttr(a);
      // virtio_net has no ndo_get_phys_port_name: the file is there, reading it fails.
      if (nic && name === "phys_port_name") return sysAttr({ show: () => { throw kerr("EOPNOTSUPP"); } });
      if (name === "statistics") return statisticsDir(d, dev);
      if (name === "power") return powerDir(d);
      if (name === "queues") return queuesDir(d);
      if (nic && name === "device") return sysLink("../../../virtio2");
      if (name === "subsystem") return sysLink(`${devicePath(dev).map(() => "..").join("/")}/../class/net`);
      const from = devicePath(dev);
      if (dev.master && (name === "master" || name === `upper_${dev.master.name}`)) return sysLink(relativeLink(from, devicePath(dev.master)));
      if (name.startsWith("lower_")) {
        const l = lowers(dev).find((x) => `lower_${x.name}` === name);
        return l ? sysLink(relativeLink(from, devicePath(l))) : undefined;
      }
      if (name === "bridge" && isBridge(dev)) return bridgeDir(d, dev);
      if (name === "brif" && isBridge(dev)) return brifDir(d, dev);
      if (name === "brforward" && isBridge(dev)) return sysAttr(brforwardAttr(dev));
      if (name === "brport" && isBridgePort(dev)) return brportDir(d, dev);
      return undefined;
    },
  });
  return d;
}

function names(task: Task): string[] {
  return devList(task.netns).map((d) => d.name).sort();
}

/**
 * Where a device sits under /sys/devices: the VM's virtio NIC on its PCI
 * function (as on the machine the model was recorded on), everything else
 * under virtual/net.
 */
export function devicePath(dev: NetDevice): string[] {
  return dev.ops.driver === "virtio_net" ? ["pci0000:00", "0000:00:03.0", "virtio2", "net", dev.name] : ["virtual", "net", dev.name];
}

/** A relative symlink target from directory `from` to `to` (both under /sys/devices). */
export function relativeLink(from: string[], to: string[]): string {
  let i = 0;
  while (i < from.length && i < to.length && from[i] === to[i]) i++;
  return [...from.slice(i).map(() => ".."), ...to.slice(i)].join("/");
}

/** /sys/devices/SEG...: the directories on the way to the reading namespace's devices. */
function devicesDir(parent: DirInode, prefix: string[]): DirInode {
  const under = (t: Task) =>
    devList(t.netns)
      .map((dev) => ({ dev, path: devicePath(dev) }))
      .filter(({ path }) => prefix.every((seg, i) => path[i] === seg) && path.length > prefix.length);
  const d: DirInode = sysDir(parent, {
    list: (t) => [...new Set(under(t).map(({ path }) => path[prefix.length]!))].sort(),
    lookup: (t, name) => {
      const hits = under(t).filter(({ path }) => path[prefix.length] === name);
      const leaf = hits.find(({ path }) => path.length === prefix.length + 1);
      if (leaf) return deviceDir(d, leaf.dev);
      return hits.length ? devicesDir(d, [...prefix, name]) : undefined;
    },
  });
  return d;
}

/** Mounts /sys (class/net and the devices it links to) on a host, from the boot hook. */
export function mountSysfs(host: Host): void {
  const sys = host.fs.mountDynamic("/sys", {
    list: () => ["class", "devices"],
    lookup: (_t, name) => {
      if (name === "class") {
        const cls: DirInode = sysDir(sys, {
          list: () => ["net"],
          lookup: (_t2, n) => {
            if (n !== "net") return undefined;
            return sysDir(cls, {
              list: names,
              lookup: (t, dn): Inode | undefined => {
                const dev = devGetByName(t.netns, dn);
                return dev ? sysLink(`../../devices/${devicePath(dev).join("/")}`) : undefined;
              },
            });
          },
        });
        return cls;
      }
      if (name === "devices") return devicesDir(sys, []);
      return undefined;
    },
  });
}
