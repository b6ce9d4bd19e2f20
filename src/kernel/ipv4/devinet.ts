// IPv4 addresses on devices (net/ipv4/devinet.c): every device gets an
// in_device when it registers; addresses are kept in the kernel's list order
// (a new primary goes after the last primary of equal or wider scope — global
// addresses last, host-scope first — secondaries at the end); an address in
// the subnet of an existing one is a secondary of it; deleting a primary
// deletes its secondaries unless promote_secondaries is set, in which case the
// first one is promoted. Address changes are announced on the inetaddr chain
// (the FIB adds and removes the kernel routes). lo gets 127.0.0.1/8 when it
// first comes up without an address (inetdev_event NETDEV_UP).

import { netconfNotifyDev } from "./netconf.js";
import { kerr } from "../../uapi/errno.js";
import { IFA_F_PERMANENT, IFA_F_SECONDARY, INFINITY_LIFE_TIME } from "../../uapi/if_addr.js";
import { IFF_LOOPBACK } from "../../uapi/if_link.js";
import { RT_SCOPE_HOST, RT_SCOPE_LINK, RT_SCOPE_UNIVERSE } from "../../uapi/route.js";
import { registerNetdevNotifier, type NetdevEvent } from "../core/dev.js";
import { netCore } from "../core/net_namespace.js";
import type { NetDevice } from "../core/netdevice.js";
import { devConfOr } from "./netns_ipv4.js";
import { rtGenidBump } from "../core/rt_genid.js";
import { appendSmall, insertSmall } from "../core/small_array.js";

export interface InIfaddr {
  /** ifa_local: the address itself. */
  local: number;
  /** ifa_address: the peer for point-to-point addresses, else the local address. */
  address: number;
  prefixlen: number;
  mask: number;
  /** 0 when none was given. */
  broadcast: number;
  scope: number;
  /** IFA_F_* (all bits; ifa_flags carries the low 8). */
  flags: number;
  label: string;
  rtPriority: number;
  validLft: number;
  preferredLft: number;
  /** Creation and last-change times, in virtual ns. */
  cstamp: number;
  tstamp: number;
  dev: NetDevice;
}

export interface InDevice {
  readonly dev: NetDevice;
  ifaList: InIfaddr[];
  dead: boolean;
}


/** __in_dev_get_rtnl() */
export function inDevGet(dev: NetDevice): InDevice | undefined {
  const d = dev.ipPtr as InDevice | undefined;
  return d && !d.dead ? d : undefined;
}

export type InetaddrEvent = "UP" | "DOWN";
/** inetaddr_chain: what the FIB (and later others) hear about address changes. */
type InetaddrNotifier = (event: InetaddrEvent, ifa: InIfaddr, promoteFrom?: InIfaddr) => void;
const inetaddrChain: InetaddrNotifier[] = [];

/** `first`: rtmsg_ifa(), which __inet_insert_ifa/__inet_del_ifa call before the chain. */
export function registerInetaddrNotifier(fn: InetaddrNotifier, first = false): void {
  if (inetaddrChain.includes(fn)) return;
  if (first) inetaddrChain.unshift(fn);
  else inetaddrChain.push(fn);
}

function notify(event: InetaddrEvent, ifa: InIfaddr): void {
  // The address list changed, and each notifier may change routes: cached
  // routes go stale before and after each one (core/rt_genid.ts).
  rtGenidBump();
  for (const fn of inetaddrChain) {
    fn(event, ifa);
    rtGenidBump();
  }
}

/** Hook for the FIB: silently drop routes of `ifa` (fib_del_ifaddr with the primary being deleted). */
let delIfaddrRoutes: (ifa: InIfaddr, iprim: InIfaddr) => void = () => {};
let addIfaddrRoutes: (ifa: InIfaddr) => void = () => {};
export function setPromotionHooks(del: (ifa: InIfaddr, iprim: InIfaddr) => void, add: (ifa: InIfaddr) => void): void {
  delIfaddrRoutes = del;
  addIfaddrRoutes = add;
}

export function inetMakeMask(len: number): number {
  return len === 0 ? 0 : (0xffffffff << (32 - len)) >>> 0;
}

/** inet_ifa_match(): `addr` is in ifa's subnet. */
export function inetIfaMatch(addr: number, ifa: InIfaddr): boolean {
  return ((addr ^ ifa.address) & ifa.mask) >>> 0 === 0;
}

/** inet_ifa_byprefix(): the primary of a subnet. */
export function inetIfaByprefix(inDev: InDevice, prefix: number, mask: number): InIfaddr | undefined {
  for (const ifa of inDev.ifaList) {
    if (ifa.flags & IFA_F_SECONDARY) continue;
    if (ifa.mask === mask && inetIfaMatch(prefix, ifa)) return ifa;
  }
  return undefined;
}

export function newIfa(dev: NetDevice, init: Partial<InIfaddr> & { local: number; prefixlen: number }): InIfaddr {
  const now = netCore(dev.net).host.clock.now;
  return {
    address: init.local,
    mask: inetMakeMask(init.prefixlen),
    broadcast: 0,
    scope: RT_SCOPE_UNIVERSE,
    // Infinite lifetimes make an address permanent (set_ifa_lifetime).
    flags: IFA_F_PERMANENT,
    label: dev.name,
    rtPriority: 0,
    validLft: INFINITY_LIFE_TIME,
    preferredLft: INFINITY_LIFE_TIME,
    cstamp: now,
    tstamp: now,
    dev,
    ...init,
  };
}

/** __inet_insert_ifa(): EEXIST for the same address in the same subnet, EINVAL for a scope clash; 0.0.0.0 is dropped. */
export function inetInsertIfa(ifa: InIfaddr): void {
  const inDev = inDevGet(ifa.dev);
  if (!inDev) throw kerr("ENOBUFS");
  // An address of 0.0.0.0 is freed and the call succeeds (`ip addr add 0.0.0.0/0` answers nothing).
  if (ifa.local === 0) return;
  ifa.flags &= ~IFA_F_SECONDARY;
  let lastPrimary = 0;
  const list = inDev.ifaList;
  for (let i = 0; i < list.length; i++) {
    const ifa1 = list[i]!;
    if (!(ifa1.flags & IFA_F_SECONDARY) && ifa.scope <= ifa1.scope) lastPrimary = i + 1;
    if (ifa1.mask === ifa.mask && inetIfaMatch(ifa1.address, ifa)) {
      if (ifa1.local === ifa.local) throw kerr("EEXIST", "ipv4: Address already assigned.");
      if (ifa1.scope !== ifa.scope) throw kerr("EINVAL", "ipv4: Invalid scope value.");
      ifa.flags |= IFA_F_SECONDARY;
    }
  }
  // Exactly sized while short (core/small_array.ts): most devices hold one or two addresses.
  inDev.ifaList = ifa.flags & IFA_F_SECONDARY ? appendSmall(list, ifa) : insertSmall(list, lastPrimary, ifa);
  rtGenidBump();
  notify("UP", ifa);
}

/** __inet_del_ifa() */
export function inetDelIfa(inDev: InDevice, ifa1: InIfaddr): void {
  const list = inDev.ifaList;
  const doPromote = devConfOr(inDev.dev, "promote_secondaries");
  let promote: InIfaddr | undefined;
  let lastPrim: InIfaddr | undefined;
  // 1. Deleting a primary deletes (or promotes one of) its secondaries.
  if (!(ifa1.flags & IFA_F_SECONDARY)) {
    for (let i = list.indexOf(ifa1) + 1; i < list.length; ) {
      const ifa = list[i]!;
      if (!(ifa.flags & IFA_F_SECONDARY) && ifa1.scope <= ifa.scope) lastPrim = ifa;
      if (!(ifa.flags & IFA_F_SECONDARY) || ifa1.mask !== ifa.mask || !inetIfaMatch(ifa1.address, ifa)) {
        i++;
        continue;
      }
      if (!doPromote) {
        list.splice(i, 1);
        rtGenidBump();
        notify("DOWN", ifa);
      } else {
        promote = ifa;
        break;
      }
    }
  }
  // On promotion every secondary of the subnet changes its preferred source:
  // their routes go silently and come back with the new primary.
  if (promote) {
    for (let i = list.indexOf(promote); i >= 0 && i < list.length; i++) {
      const ifa = list[i]!;
      if (ifa1.mask === ifa.mask && inetIfaMatch(ifa1.address, ifa)) delIfaddrRoutes(ifa, ifa1);
    }
  }
  // 2. Unlink, 3. announce.
  const at = list.indexOf(ifa1);
  if (at >= 0) list.splice(at, 1);
  rtGenidBump();
  notify("DOWN", ifa1);
  if (promote) {
    const pi = list.indexOf(promote);
    list.splice(pi, 1);
    // The promoted address goes after the last primary of its scope.
    let ins = 0;
    if (lastPrim && list.includes(lastPrim)) ins = list.indexOf(lastPrim) + 1;
    else {
      for (let i = 0; i < list.length; i++) {
        const x = list[i]!;
        if (!(x.flags & IFA_F_SECONDARY) && promote.scope <= x.scope) ins = i + 1;
      }
    }
    list.splice(ins, 0, promote);
    promote.flags &= ~IFA_F_SECONDARY;
    rtGenidBump();
    notify("UP", promote);
    for (let i = list.indexOf(promote) + 1; i < list.length; i++) {
      const ifa = list[i]!;
      if (ifa1.mask !== ifa.mask || !inetIfaMatch(ifa1.address, ifa)) continue;
      addIfaddrRoutes(ifa);
    }
  }
}

/** inet_select_addr(): a source address of `dev` for `dst` within `scope`. */
export function inetSelectAddr(dev: NetDevice, dst: number, scope: number): number {
  const inDev = inDevGet(dev);
  let addr = 0;
  if (inDev) {
    for (const ifa of inDev.ifaList) {
      if (ifa.flags & IFA_F_SECONDARY) continue;
      if (ifa.scope > scope) continue;
      if (!dst || inetIfaMatch(dst, ifa)) return ifa.local;
      if (!addr) addr = ifa.local;
    }
  }
  if (addr) return addr;
  // Not on this device: any primary of global-enough scope in the namespace
  // (devices in list order; lo first), as inet_select_addr's fallback does.
  for (const d of [...netCore(dev.net).devices.values()].sort((a, b) => a.seq - b.seq)) {
    const id = inDevGet(d);
    if (!id || d === dev) continue;
    for (const ifa of id.ifaList) {
      if (ifa.flags & IFA_F_SECONDARY) continue;
      if (ifa.scope !== RT_SCOPE_LINK && ifa.scope !== RT_SCOPE_HOST && ifa.scope <= scope) return ifa.local;
    }
  }
  return 0;
}

/** Every address of the namespace, devices in list order (RTM_GETADDR dump). */
export function allIfas(devs: NetDevice[]): InIfaddr[] {
  const out: InIfaddr[] = [];
  for (const d of devs) {
    const id = inDevGet(d);
    if (id) out.push(...id.ifaList);
  }
  return out;
}

/** An address of the namespace equal to `addr` (for arp and route input). */
export function ifaByLocal(devs: Iterable<NetDevice>, addr: number): InIfaddr | undefined {
  for (const d of devs) {
    const id = inDevGet(d);
    if (!id) continue;
    for (const ifa of id.ifaList) if (ifa.local === addr) return ifa;
  }
  return undefined;
}

function inetdevDestroy(inDev: InDevice): void {
  while (inDev.ifaList.length) inetDelIfa(inDev, inDev.ifaList[0]!);
  // devinet_sysctl_unregister()
  netconfNotifyDev("RTM_DELNETCONF", 2, inDev.dev);
  inDev.dead = true;
  inDev.dev.ipPtr = undefined;
  rtGenidBump();
}

/** inetdev_event() */
function inetdevEvent(event: NetdevEvent, dev: NetDevice): void {
  switch (event) {
    case "REGISTER":
      if (!dev.ipPtr || (dev.ipPtr as InDevice).dead) {
        dev.ipPtr = { dev, ifaList: [], dead: false } satisfies InDevice;
        // inetdev_init() -> devinet_sysctl_register()
        netconfNotifyDev("RTM_NEWNETCONF", 2, dev);
      }
      rtGenidBump();
      break;
    case "UP": {
      const inDev = inDevGet(dev);
      // Every up of lo inserts 127.0.0.1/8, whatever addresses lo already holds; the kernel ignores
      // inet_insert_ifa()'s error (EEXIST when it is still there from an earlier up).
      if (inDev && dev.flags & IFF_LOOPBACK) {
        const lo = newIfa(dev, { local: 0x7f000001, prefixlen: 8, scope: RT_SCOPE_HOST });
        if (!inDev.ifaList.some((a) => a.local === lo.local && a.mask === lo.mask)) {
          try {
            inetInsertIfa(lo);
          } catch {
            // EINVAL (a 127/8 address of another scope): not inserted, as in the kernel
          }
        }
      }
      break;
    }
    case "UNREGISTER": {
      const inDev = dev.ipPtr as InDevice | undefined;
      if (inDev && !inDev.dead) inetdevDestroy(inDev);
      break;
    }
    case "CHANGEMTU": {
      // An MTU below IPV4_MIN_MTU (68) disables IPv4 on the device: its addresses go with the
      // in_device (a later SIOCSIFADDR/RTM_NEWADDR is ENOBUFS); a valid MTU again makes a fresh one.
      const inDev = dev.ipPtr as InDevice | undefined;
      const alive = inDev !== undefined && !inDev.dead;
      if (alive && dev.mtu < IPV4_MIN_MTU) inetdevDestroy(inDev);
      else if (!alive && dev.mtu >= IPV4_MIN_MTU) {
        dev.ipPtr = { dev, ifaList: [], dead: false } satisfies InDevice;
        netconfNotifyDev("RTM_NEWNETCONF", 2, dev);
        rtGenidBump();
      }
      break;
    }
    case "CHANGENAME": {
      // inetdev_changename(): labels follow the device, keeping any ":alias" suffix.
      const inDev = inDevGet(dev);
      if (!inDev) break;
      for (const ifa of inDev.ifaList) {
        const colon = ifa.label.indexOf(":");
        ifa.label = colon >= 0 ? dev.name + ifa.label.slice(colon) : dev.name;
      }
      break;
    }
    default:
      break;
  }
}

registerNetdevNotifier(inetdevEvent, ["REGISTER", "UP", "UNREGISTER", "CHANGENAME", "CHANGEMTU"]);

/** IPV4_MIN_MTU (include/net/ip.h). */
const IPV4_MIN_MTU = 68;

// Devices registered before this module loaded (lo of the initial namespace).
export function inetdevAdopt(devs: Iterable<NetDevice>): void {
  for (const d of devs) if (!d.ipPtr) d.ipPtr = { dev: d, ifaList: [], dead: false } satisfies InDevice;
  rtGenidBump();
}

/** inet_addr_onlink(): `a` (and `b`, unless 0) inside the subnet of one of the device's addresses. */
export function inetAddrOnlink(dev: NetDevice, a: number, b: number): boolean {
  return (inDevGet(dev)?.ifaList ?? []).some((i) => ((a ^ i.address) & i.mask) >>> 0 === 0 && (!b || ((b ^ i.address) & i.mask) >>> 0 === 0));
}
