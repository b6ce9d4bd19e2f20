// The RARP ioctls (SIOCDRARP, SIOCGRARP, SIOCSRARP) on an AF_INET socket.
// The kernel's RARP table went away in Linux 2.3: inet_ioctl()
// (net/ipv4/af_inet.c) has no case for them, so they fall to dev_ioctl(),
// which does not know them either: ENOTTY. /proc/net/rarp went with it.

import { kerr } from "../../uapi/errno.js";

export const SIOCDRARP = 0x8960;
export const SIOCGRARP = 0x8961;
export const SIOCSRARP = 0x8962;

export function inetRarpIoctl(_cmd: number): never {
  throw kerr("ENOTTY");
}
