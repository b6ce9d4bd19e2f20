// The IPv4 ioctls net-tools still uses (net/ipv4/devinet.c devinet_ioctl,
// fib_frontend.c ip_rt_ioctl with rtentry_to_fib_config, arp.c arp_ioctl):
// SIOCGIF*/SIOCSIF{ADDR,NETMASK,BRDADDR} on "dev" or "dev:alias" labels,
// SIOCADDRT/SIOCDELRT with struct rtentry, SIOCSARP/SIOCDARP/SIOCGARP. Errors
// are KernelErrors (no extack over ioctl), which net-tools prints with perror.

import { kerr } from "../../uapi/errno.js";
import { IFF_BROADCAST, IFF_POINTOPOINT, IFF_UP } from "../../uapi/if_link.js";
import { NUD_FAILED, NUD_PERMANENT, NUD_STALE } from "../../uapi/neighbour.js";
import {
  RT_SCOPE_HOST,
  RT_SCOPE_LINK,
  RT_SCOPE_NOWHERE,
  RT_SCOPE_UNIVERSE,
  RT_TABLE_MAIN,
  RTAX_ADVMSS,
  RTAX_RTT,
  RTAX_WINDOW,
  RTN_UNICAST,
  RTN_UNREACHABLE,
  RTPROT_BOOT,
} from "../../uapi/route.js";
import { devGetByName, devList } from "../core/dev.js";
import { pneighDelete, pneighLookup } from "../core/pneigh.js";
import { NEIGH_UPDATE_F_ADMIN, NEIGH_UPDATE_F_OVERRIDE, NUD_VALID } from "../core/neighbour.js";
import type { NetNamespace } from "../core/netns.js";
import { arpTbl } from "./arp.js";
import { inDevGet, inetDelIfa, inetInsertIfa, inetMakeMask, newIfa, type InIfaddr } from "./devinet.js";
import { fibGetTable, fibTableLookup } from "./fib.js";
import { fibRouteAdd, fibRouteDel, type FibConfig } from "./fib_frontend.js";
import { ipRouteOutput, isLoopback, isZeronet } from "./route.js";

/** inet_abc_len(): the classful prefix length of an address, -1 for class D/E. */
export function inetAbcLen(addr: number): number {
  if (isZeronet(addr) && addr === 0) return 0;
  if (addr >>> 31 === 0) return 8;
  if (addr >>> 30 === 0b10) return 16;
  if (addr >>> 29 === 0b110) return 24;
  return -1;
}

function inetMaskLen(mask: number): number {
  const inv = ~mask >>> 0;
  if ((inv & (inv + 1)) !== 0) return -1;
  return 32 - Math.log2(inv + 1);
}

export type IfreqCmd =
  | "SIOCGIFADDR"
  | "SIOCGIFNETMASK"
  | "SIOCGIFBRDADDR"
  | "SIOCGIFDSTADDR"
  | "SIOCSIFADDR"
  | "SIOCSIFNETMASK"
  | "SIOCSIFBRDADDR"
  | "SIOCSIFDSTADDR"
  | "SIOCSIFFLAGS";

/** devinet_ioctl(): `name` may be "dev:alias". Returns the address for the get commands. */
export function devinetIoctl(ns: NetNamespace, cmd: IfreqCmd, name: string, value = 0): number {
  const colon = name.indexOf(":");
  const devName = colon >= 0 ? name.slice(0, colon) : name;
  const dev = devGetByName(ns, devName);
  if (!dev) throw kerr("ENODEV");
  const inDev = inDevGet(dev);
  let ifa: InIfaddr | undefined = inDev?.ifaList.find((i) => i.label === name);
  if (!ifa && cmd !== "SIOCSIFADDR") throw kerr("EADDRNOTAVAIL");
  switch (cmd) {
    case "SIOCSIFFLAGS":
      // Only an alias ("dev:label") comes here: its flags are not the device's;
      // clearing IFF_UP deletes the alias's address, anything else does nothing.
      if (!(value & IFF_UP)) inetDelIfa(inDev!, ifa!);
      return 0;
    case "SIOCGIFADDR":
      return ifa!.local;
    case "SIOCGIFBRDADDR":
      return ifa!.broadcast;
    case "SIOCGIFDSTADDR":
      return ifa!.address;
    case "SIOCGIFNETMASK":
      return ifa!.mask;
    case "SIOCSIFADDR": {
      if (inetAbcLen(value) < 0) throw kerr("EINVAL");
      if (!inDev) throw kerr("ENOBUFS");
      if (ifa) {
        if (ifa.local === value) return 0;
        inetDelIfa(inDev, ifa);
        ifa.broadcast = 0;
        ifa.scope = 0;
      } else ifa = newIfa(dev, { local: value, prefixlen: 0, label: colon >= 0 ? name : dev.name });
      ifa.flags &= ~1;
      ifa.local = ifa.address = value;
      if (!(dev.flags & IFF_POINTOPOINT)) {
        ifa.prefixlen = inetAbcLen(value);
        ifa.mask = inetMakeMask(ifa.prefixlen);
        if (dev.flags & IFF_BROADCAST && ifa.prefixlen < 31) ifa.broadcast = (value | ~ifa.mask) >>> 0;
      } else {
        ifa.prefixlen = 32;
        ifa.mask = inetMakeMask(32);
      }
      if (isLoopback(value)) ifa.scope = RT_SCOPE_HOST;
      // inet_insert_ifa() drops an address of 0.0.0.0: that is how an alias is removed.
      if (!ifa.local) return 0;
      inetInsertIfa(ifa);
      return 0;
    }
    case "SIOCSIFBRDADDR":
      if (ifa!.broadcast !== value) {
        inetDelIfa(inDev!, ifa!);
        ifa!.broadcast = value;
        ifa!.flags &= ~1;
        inetInsertIfa(ifa!);
      }
      return 0;
    case "SIOCSIFDSTADDR":
      if (ifa!.address !== value) {
        if (inetAbcLen(value) < 0) throw kerr("EINVAL");
        inetDelIfa(inDev!, ifa!);
        ifa!.address = value;
        ifa!.flags &= ~1;
        inetInsertIfa(ifa!);
      }
      return 0;
    case "SIOCSIFNETMASK": {
      const len = inetMaskLen(value);
      if (len < 0) throw kerr("EINVAL");
      if (ifa!.mask !== value) {
        const oldMask = ifa!.mask;
        inetDelIfa(inDev!, ifa!);
        ifa!.mask = value;
        ifa!.prefixlen = len;
        if (dev.flags & IFF_BROADCAST && ifa!.prefixlen < 31 && ifa!.broadcast === ((ifa!.local | ~oldMask) >>> 0)) {
          ifa!.broadcast = (ifa!.local | ~value) >>> 0;
        }
        ifa!.flags &= ~1;
        inetInsertIfa(ifa!);
      }
      return 0;
    }
  }
}

/** The fields of struct rtentry net-tools fills. */
export interface Rtentry {
  dst: number;
  mask: number;
  gateway: number;
  /** RTF_* */
  flags: number;
  /** As route(8) passes it: the user's metric plus one. */
  metric: number;
  dev?: string;
  /** rt_mtu (the MSS route(8) was given, RTF_MSS), rt_window (RTF_WINDOW), rt_irtt in ms (RTF_IRTT). */
  mtu: number;
  window: number;
  irtt: number;
}

export const RTF_UP = 0x0001;
export const RTF_GATEWAY = 0x0002;
export const RTF_HOST = 0x0004;
export const RTF_MSS = 0x0040;
export const RTF_WINDOW = 0x0080;
export const RTF_IRTT = 0x0100;
export const RTF_REJECT = 0x0200;

/** ip_rt_ioctl(SIOCADDRT / SIOCDELRT) via rtentry_to_fib_config(). */
export function ipRtIoctl(ns: NetNamespace, cmd: "SIOCADDRT" | "SIOCDELRT", rt: Rtentry): void {
  let mask = rt.mask;
  if (rt.flags & RTF_HOST) mask = 0xffffffff;
  const plen = inetMaskLen(mask);
  if (plen < 0 || ((rt.dst & ~mask) >>> 0) !== 0) throw kerr("EINVAL");
  const cfg: FibConfig = {
    dst: rt.dst,
    dstLen: plen,
    tos: 0,
    table: RT_TABLE_MAIN,
    protocol: RTPROT_BOOT,
    scope: RT_SCOPE_NOWHERE,
    type: RTN_UNICAST,
    prefsrc: 0,
    priority: rt.metric ? rt.metric - 1 : 0,
    oif: 0,
    gw: 0,
    flags: 0,
    nlflags: { replace: false, excl: false, append: false, create: true },
  };
  // rtentry_to_fib_config(): RTF_MTU is the advertised MSS plus 40, the initial rtt goes in 1/8 ms.
  const vals: Array<[number, number]> = [];
  if (rt.flags & RTF_MSS) vals.push([RTAX_ADVMSS, (rt.mtu - 40) >>> 0]);
  if (rt.flags & RTF_WINDOW) vals.push([RTAX_WINDOW, rt.window]);
  if (rt.flags & RTF_IRTT) vals.push([RTAX_RTT, (rt.irtt << 3) >>> 0]);
  if (vals.length) cfg.metrics = { lock: 0, vals: vals.sort((a, b) => a[0] - b[0]) };
  if (rt.flags & RTF_REJECT) {
    cfg.scope = RT_SCOPE_HOST;
    cfg.type = RTN_UNREACHABLE;
  } else {
    if (rt.dev) {
      const colon = rt.dev.indexOf(":");
      const dev = devGetByName(ns, colon >= 0 ? rt.dev.slice(0, colon) : rt.dev);
      if (!dev) throw kerr("ENODEV");
      cfg.oif = dev.ifindex;
      if (colon >= 0) {
        const ifa = inDevGet(dev)?.ifaList.find((i) => i.label === rt.dev);
        if (!ifa) throw kerr("ENODEV");
        cfg.prefsrc = ifa.local;
      }
    }
    if (rt.gateway) {
      cfg.gw = rt.gateway;
      const t = fibGetTable(ns, RT_TABLE_MAIN);
      const local = fibGetTable(ns, 255);
      const typeOf = () => {
        const l = local && fibTableLookup(local, { dst: rt.gateway, tos: 0, scope: RT_SCOPE_UNIVERSE, oif: 0 });
        if (l && (l.type === 2 || l.type === 3)) return l.type;
        void t;
        return RTN_UNICAST;
      };
      if (rt.flags & RTF_GATEWAY && typeOf() === RTN_UNICAST) cfg.scope = RT_SCOPE_UNIVERSE;
    }
    if (cmd === "SIOCADDRT") {
      if (rt.flags & RTF_GATEWAY && !cfg.gw) throw kerr("EINVAL");
      if (cfg.scope === RT_SCOPE_NOWHERE) cfg.scope = RT_SCOPE_LINK;
    }
  }
  if (cmd === "SIOCADDRT") fibRouteAdd(ns, cfg);
  else fibRouteDel(ns, cfg);
}

/** struct arpreq's arp_flags (include/uapi/linux/if_arp.h). */
export const ATF_PERM = 0x04;
export const ATF_PUBL = 0x08;

/**
 * arp_req_set(): ATF_PUBL makes a proxy entry (arp_req_set_public: a /32 mask only; with
 * no device, the device owning the hardware address, ENODEV if none); otherwise an entry,
 * PERMANENT with ATF_PERM, else STALE.
 */
export function arpIoctlSet(
  ns: NetNamespace,
  ip: number,
  ha: Uint8Array,
  devName: string | undefined,
  flags: number,
  mask = 0xffffffff,
): void {
  let dev = devName ? devGetByName(ns, devName) : undefined;
  if (devName && !dev) throw kerr("ENODEV");
  if (flags & ATF_PUBL) {
    if (mask !== 0xffffffff) throw kerr("EINVAL");
    // dev_getbyhwaddr_rcu(): the first device of the namespace's list with that address.
    if (!dev) dev = devList(ns).find((d) => d.addr.length === ha.length && d.addr.every((b, i) => b === ha[i]));
    if (!dev) throw kerr("ENODEV");
    pneighLookup(ns, ip, dev, true);
    return;
  }
  if (!dev) {
    const rt = ipRouteOutput(ns, { daddr: ip, saddr: 0, oif: 0, tos: 0 });
    dev = rt.dev;
    if (rt.type !== RTN_UNICAST) throw kerr("EINVAL");
  }
  const n = arpTbl.create(dev, ip);
  arpTbl.update(n, ha, flags & ATF_PERM ? NUD_PERMANENT : NUD_STALE, NEIGH_UPDATE_F_OVERRIDE | NEIGH_UPDATE_F_ADMIN);
}

/** arp_req_delete_public(): the /32 proxy entry (pneigh_delete, ENOENT when missing). */
export function arpIoctlDelPublic(ns: NetNamespace, ip: number, devName: string | undefined): void {
  const dev = devName ? devGetByName(ns, devName) : undefined;
  if (devName && !dev) throw kerr("ENODEV");
  if (!pneighDelete(ns, ip, dev)) throw kerr("ENOENT");
}

/** arp_ioctl(SIOCDARP): ENXIO when there is no entry. */
export function arpIoctlDel(ns: NetNamespace, ip: number, devName: string | undefined): void {
  let dev = devName ? devGetByName(ns, devName) : undefined;
  if (devName && !dev) throw kerr("ENODEV");
  // arp_req_dev_by_ip(): the route's error (ENETUNREACH with no route) is the answer.
  if (!dev) dev = ipRouteOutput(ns, { daddr: ip, saddr: 0, oif: 0, tos: 0 }).dev;
  const n = arpTbl.lookup(dev, ip);
  if (!n || !(n.state & (NUD_VALID | NUD_FAILED | 1))) throw kerr("ENXIO");
  arpTbl.update(n, undefined, NUD_FAILED, NEIGH_UPDATE_F_OVERRIDE | NEIGH_UPDATE_F_ADMIN);
  arpTbl.remove(n);
}
