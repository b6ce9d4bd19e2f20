// dev_ioctl() → dev_ifsioc() for the tunnel ioctls `ip tunnel` sends
// (SIOCGETTUNNEL..SIOCCHGTUNNEL, the ISATAP PRL and 6RD ones: all in the
// SIOCDEVPRIVATE range, answered by a driver's ndo_siocdevprivate). The model
// has no ipip/gre/sit/vti/ip6_tunnel driver — nor does the kernel it mirrors,
// which lacks those modules, so dev_load()'s "netdev-tunl0" autoload finds
// nothing — hence: no device of that name is ENODEV, and every device there is
// (veth, bridge, ...) has no ndo_siocdevprivate: EOPNOTSUPP. A command outside
// the socket ioctl range (the 0 `ip tunnel prl dev X` sends without an entry)
// is ENOTTY from sock_do_ioctl().

import { kerr } from "../../uapi/errno.js";
import type { Task } from "../task/task.js";
import { devGetByName } from "./dev.js";

export const SIOCGETTUNNEL = 0x89f0;
export const SIOCADDTUNNEL = 0x89f1;
export const SIOCDELTUNNEL = 0x89f2;
export const SIOCCHGTUNNEL = 0x89f3;
export const SIOCADDPRL = 0x89f5;
export const SIOCDELPRL = 0x89f6;
export const SIOCADD6RD = 0x89f9;
export const SIOCDEL6RD = 0x89fa;

const SIOCDEVPRIVATE = 0x89f0;

/** The ioctl on an AF_INET datagram socket with ifr_name `name` (throws KernelError; nothing succeeds). */
export function devTunnelIoctl(task: Task, cmd: number, name: string): never {
  if (cmd < SIOCDEVPRIVATE || cmd > SIOCDEVPRIVATE + 15) throw kerr("ENOTTY");
  if (!devGetByName(task.netns, name)) throw kerr("ENODEV");
  throw kerr("EOPNOTSUPP");
}
