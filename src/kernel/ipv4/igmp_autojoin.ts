// ip_mc_autojoin_config() (net/ipv4/devinet.c): `ip addr add GROUP dev DEV autojoin`
// joins GROUP on DEV through the namespace's mc_autojoin_sk socket
// (ip_mc_join_group: multicast only, one membership per group and device,
// at most igmp_max_memberships of them), and deleting a multicast address
// leaves it again (ip_mc_leave_group). The group then is the device's
// (ip_mc_inc_group): `ip maddr` lists it, IGMP reports announce it, a
// snooping bridge enters it in its MDB.

import { kerr } from "../../uapi/errno.js";
import type { NetDevice } from "../core/netdevice.js";
import type { NetNamespace } from "../core/netns.js";
import { sysctlInt } from "../fs/procfs-sys.js";
import { isMulticast4 } from "../../wire/addr.js";
import { ipMcDecGroup, ipMcIncGroup } from "./igmp.js";

interface Membership {
  dev: NetDevice;
  group: number;
}

/** The autojoin socket's memberships (inet->mc_list), newest first. */
const socks = new WeakMap<NetNamespace, Membership[]>();

/** ip_mc_join_group(mc_autojoin_sk, {group, dev}) */
export function ipMcAutojoin(dev: NetDevice, group: number): void {
  if (!isMulticast4(group)) throw kerr("EINVAL", "Multicast auto join failed");
  const list = socks.get(dev.net) ?? [];
  if (list.some((m) => m.dev === dev && m.group === group)) throw kerr("EADDRINUSE", "Multicast auto join failed");
  const max = sysctlInt(dev.net, "net.ipv4.igmp_max_memberships");
  if (list.length >= max) throw kerr("ENOBUFS", "Multicast auto join failed");
  list.unshift({ dev, group });
  socks.set(dev.net, list);
  ipMcIncGroup(dev, group);
}

/** ip_mc_leave_group(mc_autojoin_sk, {group, dev}): nothing when not joined (EADDRNOTAVAIL, ignored). */
export function ipMcAutoleave(dev: NetDevice, group: number): void {
  const list = socks.get(dev.net);
  const i = list ? list.findIndex((m) => m.dev === dev && m.group === group) : -1;
  if (i < 0) return;
  list!.splice(i, 1);
  ipMcDecGroup(dev, group);
}
