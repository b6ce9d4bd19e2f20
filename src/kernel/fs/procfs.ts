// /proc as the network model sees it (fs/proc): /proc/sys/net (the reading
// task's namespace's sysctls), /proc/net/dev (its devices' counters),
// /proc/self and /proc/PID with ns/net (nsfs files). Other subsystems add
// their own entries with registerProcEntry (e.g. /proc/net/route, /proc/PID/stat).

import { kerr } from "../../uapi/errno.js";
import { devList, devListByIndex } from "../core/dev.js";
import type { NetNamespace } from "../core/netns.js";
import type { Host } from "../host.js";
import type { Task } from "../task/task.js";
import { allocIno, type DirInode, type DynamicDir, type Inode, type SpecialInode } from "./inode.js";
import { nsInode } from "./nsfs.js";
import { procTextFile } from "./proc_text.js";
import { SYSCTL_UNSET, sysctlChildren, sysctlRead, sysctlWrite, sysctlWriteOnly, sysctlWriteOnlyNames } from "./procfs-sys.js";

const dec = new TextDecoder();

function dir(parent: DirInode, dynamic: DynamicDir, mode = 0o555): DirInode {
  return { kind: "dir", ino: allocIno(), mode, mtime: 0, nlink: 2, entries: new Map(), parent, dynamic };
}

/** /proc/sys/net/... for the namespace of whoever walks it. */
function sysDir(parent: DirInode, prefix: string): DirInode {
  const d: DirInode = dir(parent, {
    list: (task) => [...sysctlChildren(task.netns, prefix).keys(), ...sysctlWriteOnlyNames(prefix)].sort(),
    lookup: (task, name) => {
      const kind = sysctlChildren(task.netns, prefix).get(name);
      const key = prefix ? `${prefix}.${name}` : name;
      const act = kind === undefined ? sysctlWriteOnly(key) : undefined;
      if (act) {
        return procTextFile(
          () => {
            throw kerr("EACCES");
          },
          { mode: 0o200, write: (t, data) => act(t.netns, dec.decode(data)) },
        );
      }
      if (kind === "dir") return sysDir(d, key);
      if (kind === "file") {
        return procTextFile(
          (t) => {
            const v = sysctlRead(t.netns, key);
            if (v === SYSCTL_UNSET) throw kerr("EIO");
            return `${v ?? ""}\n`;
          },
          { mode: 0o644, write: (t, data) => sysctlWrite(t.netns, key, dec.decode(data)) },
        );
      }
      return undefined;
    },
  });
  return d;
}

/** /proc/net/dev (dev_seq_show). */
function procNetDev(ns: NetNamespace): string {
  let s =
    "Inter-|   Receive                                                |  Transmit\n" +
    " face |bytes    packets errs drop fifo frame compressed multicast|bytes    packets errs drop fifo colls carrier compressed\n";
  const r = (n: number, w: number) => String(n).padStart(w);
  for (const d of devListByIndex(ns)) {
    const st = d.stats;
    s +=
      `${d.name.padStart(6)}:${r(st.rx_bytes, 8)} ${r(st.rx_packets, 7)} ${r(st.rx_errors, 4)} ` +
      `${r(st.rx_dropped + st.rx_missed_errors, 4)} ${r(st.rx_fifo_errors, 4)} ` +
      `${r(st.rx_length_errors + st.rx_over_errors + st.rx_crc_errors + st.rx_frame_errors, 5)} ` +
      `${r(st.rx_compressed, 10)} ${r(st.multicast, 9)} ${r(st.tx_bytes, 8)} ${r(st.tx_packets, 7)} ` +
      `${r(st.tx_errors, 4)} ${r(st.tx_dropped, 4)} ${r(st.tx_fifo_errors, 4)} ${r(st.collisions, 5)} ` +
      `${r(st.tx_carrier_errors + st.tx_aborted_errors + st.tx_window_errors + st.tx_heartbeat_errors, 7)} ` +
      `${r(st.tx_compressed, 10)}\n`;
  }
  return s;
}

export type ProcEntry = (parent: DirInode, task: Task) => Inode;

const rootEntries = new Map<string, ProcEntry>();
const netEntries = new Map<string, ProcEntry>();
const pidEntries = new Map<string, (parent: DirInode, target: Task) => Inode>();

/** Adds /proc/NAME (where: "root"), /proc/net/NAME ("net") or /proc/PID/NAME ("pid"). */
export function registerProcEntry(where: "root" | "net", name: string, entry: ProcEntry): void {
  (where === "root" ? rootEntries : netEntries).set(name, entry);
}

export function registerProcPidEntry(name: string, entry: (parent: DirInode, target: Task) => Inode): void {
  pidEntries.set(name, entry);
}

netEntries.set("dev", (_p, _t) => procTextFile((t) => procNetDev(t.netns)));
pidEntries.set("ns", (parent, target) => {
  const d: DirInode = dir(parent, {
    list: () => ["net"],
    // A magic link (proc_ns_get_link): lrwxrwxrwx, readlink "net:[INUM]", followed to the nsfs inode.
    lookup: (_task, name) => {
      if (name !== "net") return undefined;
      const ns = target.netns;
      const nsfs = { kind: "special", ino: ns.inum, mtime: 0, nlink: 1, ...nsInode(ns) } as SpecialInode;
      return { kind: "symlink", ino: allocIno(), mode: 0o777, mtime: 0, nlink: 1, target: `net:[${ns.inum}]`, follow: () => nsfs };
    },
  });
  return d;
});

function pidDir(parent: DirInode, target: Task): DirInode {
  const d: DirInode = dir(parent, {
    list: () => [...pidEntries.keys()].sort(),
    lookup: (_task, name) => pidEntries.get(name)?.(d, target),
  });
  return d;
}

/** Mounts the dynamic /proc on a host (from the boot hook). */
export function mountProcfs(host: Host): void {
  const proc = host.fs.mountDynamic("/proc", {
    list: (task) => [
      ...[...host.tasks.keys()].sort((a, b) => a - b).map(String),
      ...[...rootEntries.keys(), "net", "self", "sys"].sort(),
    ],
    lookup: (task, name) => {
      if (name === "sys") {
        const sys: DirInode = dir(proc, {
          list: () => ["net"],
          lookup: (_t, n) => (n === "net" ? sysDir(sys, "net") : undefined),
        });
        return sys;
      }
      if (name === "net") {
        const net: DirInode = dir(proc, {
          list: () => [...netEntries.keys()].sort(),
          lookup: (t, n) => netEntries.get(n)?.(net, t),
        });
        return net;
      }
      if (name === "self") return pidDir(proc, task);
      if (/^\d+$/.test(name)) {
        const t = host.tasks.get(Number(name));
        return t ? pidDir(proc, t) : undefined;
      }
      return rootEntries.get(name)?.(proc, task);
    },
  });
}
