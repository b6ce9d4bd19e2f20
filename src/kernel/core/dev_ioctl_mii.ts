// dev_ioctl() → dev_eth_ioctl() for the MII ioctls mii-tool sends
// (SIOCGMIIPHY, SIOCGMIIREG, SIOCSMIIREG; include/uapi/linux/sockios.h):
// answered by a driver's ndo_eth_ioctl with its PHY's registers. No device
// the model has (loopback, veth, bridge, macvlan, vxlan, tun, ifb, virtio-like
// eth0) implements it — nor do those drivers in Linux — so a device that
// exists is EOPNOTSUPP and a name that does not is ENODEV.

import { kerr } from "../../uapi/errno.js";
import type { Task } from "../task/task.js";
import { devGetByName } from "./dev.js";

export const SIOCGMIIPHY = 0x8947;
export const SIOCGMIIREG = 0x8948;
export const SIOCSMIIREG = 0x8949;

/** The ioctl on a socket with ifr_name `name` (throws KernelError; nothing succeeds). */
export function devMiiIoctl(task: Task, name: string): never {
  if (!devGetByName(task.netns, name)) throw kerr("ENODEV");
  throw kerr("EOPNOTSUPP");
}
