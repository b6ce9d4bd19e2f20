// Hardware address lists of a device (net/core/dev_addr_lists.c): dev->uc
// (extra unicast addresses, e.g. `bridge fdb add ... self`) and dev->mc (the
// link-layer multicast addresses the device must receive: 33:33:00:00:00:01
// for IPv6 all-nodes, 01:00:5e:00:00:01 for IPv4 all-hosts...). Entries are
// reference counted and kept in insertion order (list_add_tail), which is
// the order `ip maddr`, /proc/net/dev_mcast and `bridge fdb show` print them.
// Kept beside the device in a WeakMap rather than on NetDevice itself.

import { kerr } from "../../uapi/errno.js";
import { registerProcEntry } from "../fs/procfs.js";
import { procTextFile } from "../fs/proc_text.js";
import { devList, registerNetdevNotifier } from "./dev.js";
import { appendSmall } from "./small_array.js";
import { packBytes, packedEquals, packMac, unpack } from "./lladdr_packed.js";
import type { NetDevice } from "./netdevice.js";

/** struct netdev_hw_addr */
export class HwAddr {
  refcount = 1;
  /** The address, packed (lladdr_packed.ts). */
  private readonly mac: number;
  private readonly bytes: Uint8Array | undefined;

  constructor(
    addr: Uint8Array,
    /** Added by a user (`bridge fdb add ... self`, `ip maddr add`): NLM_F_EXCL semantics. */
    public global: boolean,
  ) {
    this.mac = packMac(addr);
    this.bytes = packBytes(addr);
  }

  /** A copy of the address. */
  get addr(): Uint8Array {
    return unpack(this.mac, this.bytes);
  }

  /** The same bytes as `a`, all of them. */
  equals(a: Uint8Array): boolean {
    return packedEquals(this.mac, this.bytes, a);
  }
}

interface DevAddrLists {
  uc: HwAddr[];
  mc: HwAddr[];
}


function of(dev: NetDevice): DevAddrLists {
  let l = dev.addrLists as DevAddrLists | undefined;
  if (!l) dev.addrLists = l = { uc: [], mc: [] };
  return l;
}

type Which = "uc" | "mc";

function add(l: DevAddrLists, which: Which, addr: Uint8Array, global: boolean, excl: boolean): void {
  const e = l[which].find((x) => x.equals(addr));
  if (e) {
    if (excl) throw kerr("EEXIST");
    if (global) {
      if (e.global) return;
      e.global = true;
    }
    e.refcount++;
    return;
  }
  l[which] = appendSmall(l[which], new HwAddr(addr, global));
}

/** Drops one reference; false (ENOENT) when there is none to drop (answered, not thrown: dev_mc_del ignores it). */
function del(list: HwAddr[], addr: Uint8Array, global: boolean): boolean {
  const i = list.findIndex((x) => x.equals(addr));
  if (i < 0) return false;
  const e = list[i]!;
  if (global) {
    if (!e.global) return false;
    e.global = false;
  }
  if (--e.refcount === 0) list.splice(i, 1);
  return true;
}

/** dev_mc_add(): a kernel user (IPv6 MLD, IPv4 IGMP, the bridge) wants this group. */
export function devMcAdd(dev: NetDevice, addr: Uint8Array): void {
  add(of(dev), "mc", addr, false, false);
}

/** dev_mc_del() */
export function devMcDel(dev: NetDevice, addr: Uint8Array): void {
  // A kernel user deleting what it never added is a bug upstream too; ignore.
  del(of(dev).mc, addr, false);
}

/** dev_mc_add_excl(): `bridge fdb add GROUP dev X self` (EEXIST if present). */
export function devMcAddExcl(dev: NetDevice, addr: Uint8Array): void {
  add(of(dev), "mc", addr, true, true);
}

/** dev_uc_add_excl() */
export function devUcAddExcl(dev: NetDevice, addr: Uint8Array): void {
  add(of(dev), "uc", addr, true, true);
}

/** dev_uc_del() for a user-added entry. */
export function devUcDel(dev: NetDevice, addr: Uint8Array): void {
  if (!del(of(dev).uc, addr, false)) throw kerr("ENOENT");
}

/** dev_mc_del() for a user-added entry (`bridge fdb del GROUP dev X self`). */
export function devMcDelUser(dev: NetDevice, addr: Uint8Array): void {
  if (!del(of(dev).mc, addr, false)) throw kerr("ENOENT");
}

export function devUcList(dev: NetDevice): readonly HwAddr[] {
  return of(dev).uc;
}

export function devMcList(dev: NetDevice): readonly HwAddr[] {
  return of(dev).mc;
}

// dev_uc_flush()/dev_mc_flush() when the device is unregistered.
registerNetdevNotifier((event, dev) => {
  if (event === "UNREGISTER") dev.addrLists = undefined;
}, ["UNREGISTER"]);

// /proc/net/dev_mcast (dev_mc_seq_show): ifindex, name, users, global use, address.
registerProcEntry("net", "dev_mcast", () =>
  procTextFile((task) => {
    let s = "";
    for (const dev of devList(task.netns)) {
      for (const ha of of(dev).mc) {
        const hex = [...ha.addr].map((b) => b.toString(16).padStart(2, "0")).join("");
        s += `${String(dev.ifindex).padEnd(4)} ${dev.name.padEnd(15)} ${String(ha.refcount).padEnd(5)} ${String(ha.global ? 1 : 0).padEnd(5)} ${hex}\n`;
      }
    }
    return s;
  }),
);

/**
 * SIOCADDMULTI / SIOCDELMULTI (dev_ifsioc -> dev_mc_add_global/dev_mc_del_global):
 * `ip maddr add|del`. A second add of a user entry is no error; deleting one
 * that no user added is ENOENT.
 */
export function devMcIoctl(dev: NetDevice | undefined, addr: Uint8Array, add: boolean): void {
  if (!dev) throw kerr("ENODEV");
  if (add) addGlobal(of(dev), addr);
  else if (!del(of(dev).mc, addr, true)) throw kerr("ENOENT");
}

function addGlobal(l: DevAddrLists, addr: Uint8Array): void {
  const e = l.mc.find((x) => x.equals(addr));
  if (e?.global) return;
  add(l, "mc", addr, true, false);
}

/** dev_uc_add(): a kernel user (a macvlan on its lower device) wants this unicast address received. */
export function devUcAdd(dev: NetDevice, addr: Uint8Array): void {
  add(of(dev), "uc", addr, false, false);
}

/** dev_uc_del() for a kernel user's entry. */
export function devUcDelKernel(dev: NetDevice, addr: Uint8Array): void {
  // Deleting what was never added is a caller bug upstream too; ignore.
  del(of(dev).uc, addr, false);
}
