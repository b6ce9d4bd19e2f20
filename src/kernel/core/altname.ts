// Alternative interface names (net/core/dev.c netdev_name_node_alt_create/
// _destroy, rtnetlink.c rtnl_linkprop / rtnl_alt_ifname): `ip link property
// add dev DEV altname NAME`. An altname lives in the same per-namespace name
// hash as the device names (NetCore.byName), so every lookup by name finds it
// and every new name or rename clashes with it (EEXIST), as in Linux. The
// names of a device are kept in a WeakMap, not on NetDevice: few devices have
// any, and a field would cost memory on each of them.

import { kerr } from "../../uapi/errno.js";
import { netCore, type NetCore } from "./net_namespace.js";
import type { NetDevice } from "./netdevice.js";

/** ALTIFNAMSIZ: an altname holds at most 127 bytes. */
export const ALTIFNAMSIZ = 128;

const altnames = new WeakMap<NetDevice, string[]>();

/** The device's altnames in the order they were added (IFLA_PROP_LIST). */
export function devAltnames(dev: NetDevice): readonly string[] | undefined {
  return altnames.get(dev);
}

/** netdev_name_node_alt_create(): a name already in the namespace (name or altname) is EEXIST. */
export function netdevAltnameCreate(dev: NetDevice, name: string): void {
  const core = netCore(dev.net);
  if (core.byName.has(name)) throw kerr("EEXIST");
  const list = altnames.get(dev);
  if (list) list.push(name);
  else altnames.set(dev, [name]);
  core.byName.set(name, dev);
}

/** netdev_name_node_alt_destroy(): ENOENT for an unknown name, EINVAL for the primary name or another device's. */
export function netdevAltnameDestroy(dev: NetDevice, name: string): void {
  const core = netCore(dev.net);
  const owner = core.byName.get(name);
  if (!owner) throw kerr("ENOENT");
  const list = altnames.get(dev);
  const i = owner === dev && list ? list.indexOf(name) : -1;
  if (i < 0) throw kerr("EINVAL");
  list!.splice(i, 1);
  if (!list!.length) altnames.delete(dev);
  core.byName.delete(name);
}

/** rtnl_prop_list_size(): the room the names take in a link message. */
export function altnamePropListSize(dev: NetDevice): number {
  const n = altnames.get(dev)?.length ?? 0;
  return n ? 4 + n * nlaTotalSize(ALTIFNAMSIZ) : 0;
}

export function nlaTotalSize(payload: number): number {
  return (4 + payload + 3) & ~3;
}

/** __dev_change_net_namespace(): an altname taken in the target namespace refuses the move. */
export function altnameClash(dev: NetDevice, target: NetCore): string | undefined {
  return altnames.get(dev)?.find((n) => target.byName.has(n));
}

/** (Un)hashing a device takes its altnames along (netdev_name_node_add/del of each). */
export function altnamesHash(dev: NetDevice, core: NetCore, add: boolean): void {
  const list = altnames.get(dev);
  if (!list) return;
  for (const n of list) {
    if (add) core.byName.set(n, dev);
    else core.byName.delete(n);
  }
}
