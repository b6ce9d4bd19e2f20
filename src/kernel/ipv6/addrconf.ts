// IPv6 address autoconfiguration (net/ipv6/addrconf.c), the part a freshly
// created device goes through on its own:
//
//   NETDEV_REGISTER  inet6_dev created (MTU >= 1280), ff01::1 and ff02::1 joined
//   link ready       (UP with operstate up/unknown): IF_READY, multicast list
//                    reloaded, ff00::/8 route, EUI-64 link-local address
//                    (addr_gen_mode 0; 1 = none; 2 = stable-privacy, 3 = random:
//                    stable_address.ts), tentative, its
//                    fe80::/64 route, solicited-node group joined;
//                    lo gets ::1/128 instead, with no DAD
//   DAD              after a random delay below router_solicitation_delay (1 s)
//                    one neighbour solicitation per dad_transmits, each
//                    retrans_time_ms (1 s) apart; then the address is valid,
//                    its local route appears, MLD reports go out again, and
//                    router solicitations start (interval 4 s * [0.9, 1.1],
//                    then doubling * [0.95, 1.05] up to 3600 s, forever with
//                    router_solicitations = -1)
//   NETDEV_DOWN      addresses and routes removed, multicast list withdrawn
//   disable_ipv6     as DOWN while set; clearing it on an UP device configures again
//
// The kernel learns of readiness from linkwatch's NETDEV_CHANGE, after the
// NETDEV_UP notifiers ran; here linkwatch runs inside dev_open, so devices
// that become ready during one open are configured when its NETDEV_UP is
// delivered, in the order linkwatch queued them (so IPv4's all-hosts group
// loads first, and `ip -6 route` lists the opened device before its peer,
// as recorded).
//
// Left out: optimistic DAD,
// router advertisements (no router exists in the model; RS go unanswered),
// temporary addresses, keep_addr_on_down, user-added addresses (RTM_NEWADDR
// for AF_INET6), MLDv1 (force_mld_version=1 still speaks MLDv2).

import { rt6MtuChange } from "./rt6_exception.js";
import { IFA_F_TEMPORARY, manageTempaddrs, type TempaddrOps } from "./addrconf_tempaddr.js";
import { ndiscIfdown } from "./ndisc_tbl.js";
import { genModeRandomInit, ipv6GenerateStableAddress } from "./stable_address.js";
import { netconfNotifyDev } from "../ipv4/netconf.js";
import {
  IFA_F_DADFAILED,
  IFA_F_DEPRECATED,
  IFA_F_HOMEADDRESS,
  IFA_F_MANAGETEMPADDR,
  IFA_F_NODAD,
  IFA_F_NOPREFIXROUTE,
  IFA_F_OPTIMISTIC,
  IFA_F_PERMANENT,
  IFA_F_STABLE_PRIVACY,
  IFA_F_TENTATIVE,
  INFINITY_LIFE_TIME,
} from "../../uapi/if_addr.js";
import { nsToJiffies, USER_HZ } from "../core/jiffies.js";
import { ARPHRD_ETHER, ARPHRD_LOOPBACK, IFF_LOOPBACK, IFF_NOARP } from "../../uapi/if_link.js";
import { ip6PrefixMask, linkLocalFromMac, solicitedNode, type Ip6Addr } from "../../wire/addr.js";
import { kerr } from "../../uapi/errno.js";
import { devGetByName, devList, registerNetdevNotifier, type NetdevEvent } from "../core/dev.js";
import type { NetDevice } from "../core/netdevice.js";
import { registerSysctlWriteHook, sysctlGet, sysctlSetQuiet, sysctlWrite } from "../fs/procfs-sys.js";
import {
  afterJiffies,
  cnf,
  cnfAll,
  HZ,
  hostOf,
  IFA_HOST,
  IFA_LINK,
  IFA_SITE,
  ifaSrcScope,
  in6DevGet,
  in6DevSet,
  ipv6GetLladdr,
  ndParm,
  newInet6Dev,
  randomBelow,
  type Inet6Dev,
  type Inet6Ifaddr,
} from "./inet6_dev.js";
import {
  IN6ADDR_INTERFACELOCAL_ALLNODES,
  IN6ADDR_LINKLOCAL_ALLNODES,
  IN6ADDR_LINKLOCAL_ALLROUTERS,
  ipv6DevMcDec,
  ipv6DevMcInc,
  ipv6McDadComplete,
  ipv6McDestroyDev,
  ipv6McDown,
  ipv6McUp,
} from "./mcast.js";
import { ndiscSendDadNs, ndiscSendRs } from "./ndisc.js";
import { addLocalRoute, addrconfAddMroute, addrconfGetPrefixRoute, addrconfPrefixRoute, addrconfPrefixRouteRefresh, delLocalRoute, delPrefixRoute, rt6Ifdown, rt6Jiffies, rt6MultipathSync, rt6RoutesOfDev, rt6SyncCarrier } from "./route.js";
import { insertSmall } from "../core/small_array.js";

const IPV6_MIN_MTU = 1280;
const IN6ADDR_LOOPBACK: Ip6Addr = 1n;

function macNumber(dev: NetDevice): number {
  let m = 0;
  for (const b of dev.addr) m = m * 256 + b;
  return m;
}

function disabled(dev: NetDevice): boolean {
  return cnf(dev, "disable_ipv6") !== 0;
}

/** addrconf_link_ready(): operationally up (or unknown) with a qdisc attached. */
function linkReady(dev: NetDevice): boolean {
  return dev.isUp && (dev.operstate === 6 || dev.operstate === 0) && dev.qdisc.ops.id !== "noop";
}

/** ipv6_add_dev() */
function ipv6AddDev(dev: NetDevice): Inet6Dev | undefined {
  if (dev.mtu < IPV6_MIN_MTU) return undefined;
  const have = in6DevGet(dev);
  if (have) return have;
  const idev = newInet6Dev(dev);
  in6DevSet(dev, idev);
  // addrconf_sysctl_register() (before the groups are joined)
  netconfNotifyDev("RTM_NEWNETCONF", 10, dev);
  ipv6DevMcInc(dev, IN6ADDR_INTERFACELOCAL_ALLNODES);
  ipv6DevMcInc(dev, IN6ADDR_LINKLOCAL_ALLNODES);
  if (cnf(dev, "forwarding") && dev.flags & 0x1000) ipv6DevMcInc(dev, IN6ADDR_LINKLOCAL_ALLROUTERS);
  return idev;
}

// ---------------------------------------------------------------- addresses

/**
 * The all-zero nonce (no nonce): shared, never written. A nonce matters only
 * while DAD runs; an address drops its own when DAD completes, which saves
 * two objects per address (100 000 containers hold 300 000 addresses).
 */
const NO_NONCE = new Uint8Array(6);

/** ipv6_add_addr(): a new address, tentative unless NODAD, placed by scope as ipv6_link_dev_addr does. */
function ipv6AddAddr(idev: Inet6Dev, addr: Ip6Addr, prefixlen: number, scope: number, flags: number): Inet6Ifaddr {
  const now = hostOf(idev.dev).clock.now;
  const ifp: Inet6Ifaddr = {
    idev,
    addr,
    low32: Number(addr & 0xffffffffn),
    prefixlen,
    scope,
    flags: flags & IFA_F_NODAD ? flags : flags | IFA_F_TENTATIVE,
    state: "INIT",
    dadProbes: 0,
    dadNonce: NO_NONCE,
    cstamp: now,
    tstamp: now,
    localRoute: false,
    dead: false,
  };
  // ipv6_link_dev_addr(): by source scope, widest first (global, site, link,
  // host); a new address goes before the ones of its own scope.
  const srcScope = ifaSrcScope(scope);
  let at = idev.addrs.length;
  for (let i = 0; i < idev.addrs.length; i++) {
    if (srcScope >= ifaSrcScope(idev.addrs[i]!.scope)) {
      at = i;
      break;
    }
  }
  idev.addrs = insertSmall(idev.addrs, at, ifp);
  return ifp;
}

/** ipv6_ifa_notify()'s netlink message to RTNLGRP_IPV6_IFADDR (set by addrconf_rtnl.ts: it builds the message). */
let ifaNetlinkNotify: (type: "RTM_NEWADDR" | "RTM_DELADDR", ifp: Inet6Ifaddr) => void = () => {};
export function setInet6IfaNotify(fn: (type: "RTM_NEWADDR" | "RTM_DELADDR", ifp: Inet6Ifaddr) => void): void {
  ifaNetlinkNotify = fn;
}

/** __ipv6_ifa_notify(RTM_NEWADDR): a valid address gets its local route. */
function ifaNotifyNew(ifp: Inet6Ifaddr): void {
  if (!ifp.localRoute) {
    ifp.localRoute = true;
    addLocalRoute(ifp.idev.dev, ifp.addr);
  }
}

/** __ipv6_ifa_notify(RTM_DELADDR) plus the removal itself. */
function ipv6DelAddr(ifp: Inet6Ifaddr): void {
  const idev = ifp.idev;
  const dev = idev.dev;
  ifp.dead = true;
  ifp.state = "ABORT";
  ifp.dadTimer?.cancel();
  ifp.dadTimer = undefined;
  ifp.lftTimer?.cancel();
  ifp.lftTimer = undefined;
  idev.addrs = idev.addrs.filter((a) => a !== ifp);
  ifaNetlinkNotify("RTM_DELADDR", ifp);
  if (!(dev.flags & (IFF_LOOPBACK | IFF_NOARP)) && dev.type !== ARPHRD_LOOPBACK) {
    ipv6DevMcDec(dev, solicitedNode(ifp.addr));
  }
  if (ifp.localRoute) delLocalRoute(dev, ifp.addr);
  ifp.localRoute = false;
}

// ---------------------------------------------------------------- DAD

function retransJiffies(dev: NetDevice): number {
  const ms = ndParm(dev, "retrans_time_ms", 1000);
  return Math.max(Math.ceil((ms * HZ) / 1000), HZ / 100);
}

/** addrconf_dad_begin() */
function dadBegin(ifp: Inet6Ifaddr): void {
  const idev = ifp.idev;
  const dev = idev.dev;
  if (!(dev.flags & (IFF_LOOPBACK | IFF_NOARP)) && dev.type !== ARPHRD_LOOPBACK) {
    ipv6DevMcInc(dev, solicitedNode(ifp.addr));
  }
  if (
    dev.flags & (IFF_NOARP | IFF_LOOPBACK) ||
    dev.type === ARPHRD_LOOPBACK ||
    (cnfAll(dev, "accept_dad") < 1 && cnf(dev, "accept_dad") < 1) ||
    !(ifp.flags & IFA_F_TENTATIVE) ||
    ifp.flags & IFA_F_NODAD
  ) {
    ifp.flags &= ~(IFA_F_TENTATIVE | IFA_F_OPTIMISTIC | IFA_F_DADFAILED);
    dadCompleted(ifp);
    return;
  }
  // Not ready: a permanent address stays tentative until the link is.
  if (!idev.ready) return;
  dadKick(ifp);
}

/** addrconf_dad_kick(): wait a random part of router_solicitation_delay, then probe. */
function dadKick(ifp: Inet6Ifaddr): void {
  const dev = ifp.idev.dev;
  const delay = randomBelow(dev, Math.max(1, cnf(dev, "router_solicitation_delay", 1) * HZ));
  if (cnf(dev, "enhanced_dad") || cnfAll(dev, "enhanced_dad")) {
    const rng = hostOf(dev).rng;
    let n: Uint8Array;
    do n = rng.bytes(6);
    while (n.every((b) => b === 0));
    ifp.dadNonce = n;
  } else ifp.dadNonce = NO_NONCE;
  ifp.dadProbes = cnf(dev, "dad_transmits", 1);
  ifp.state = "PROCESS";
  modDadWork(ifp, delay);
}

function modDadWork(ifp: Inet6Ifaddr, jiffies: number): void {
  ifp.dadTimer?.cancel();
  ifp.dadTimer = afterJiffies(ifp.idev.dev, jiffies, () => {
    ifp.dadTimer = undefined;
    dadWork(ifp);
  });
}

/** addrconf_dad_work() in state PROCESS. */
function dadWork(ifp: Inet6Ifaddr): void {
  if (ifp.dead || ifp.state !== "PROCESS" || ifp.idev.dead) return;
  const dev = ifp.idev.dev;
  if (ifp.dadProbes === 0) {
    ifp.flags &= ~(IFA_F_TENTATIVE | IFA_F_OPTIMISTIC | IFA_F_DADFAILED);
    dadCompleted(ifp);
    return;
  }
  ifp.dadProbes--;
  modDadWork(ifp, retransJiffies(dev));
  const nonce = ifp.dadNonce.some((b) => b !== 0) ? ifp.dadNonce : undefined;
  ndiscSendDadNs(dev, ifp.addr, nonce);
}

/** ipv6_lonely_lladdr(): `ifp` is the only usable link-local address. */
function lonelyLladdr(ifp: Inet6Ifaddr): boolean {
  return ipv6GetLladdr(ifp.idev, IFA_F_TENTATIVE | IFA_F_OPTIMISTIC) === ifp;
}

/** ipv6_accept_ra() */
function acceptRa(dev: NetDevice): boolean {
  return cnf(dev, "forwarding") ? cnf(dev, "accept_ra") === 2 : cnf(dev, "accept_ra") !== 0;
}

/** addrconf_dad_completed() */
function dadCompleted(ifp: Inet6Ifaddr): void {
  const idev = ifp.idev;
  const dev = idev.dev;
  ifp.state = "COMPLETE";
  ifp.dadNonce = NO_NONCE;
  ifp.tstamp = hostOf(dev).clock.now;
  ifaNetlinkNotify("RTM_NEWADDR", ifp);
  ifaNotifyNew(ifp);
  const sendMld = ifp.scope === IFA_LINK && lonelyLladdr(ifp);
  const sendRs =
    sendMld && acceptRa(dev) && cnf(dev, "router_solicitations", -1) !== 0 && !(dev.flags & IFF_LOOPBACK);
  if (sendMld) ipv6McDadComplete(idev);
  if (sendRs) startRs(idev, IFA_F_TENTATIVE);
}

/** Sends the first router solicitation from the link-local address and arms the retries (IF_RS_SENT). */
function startRs(idev: Inet6Dev, banned: number): boolean {
  const dev = idev.dev;
  const ll = ipv6GetLladdr(idev, banned);
  if (!ll) return false;
  ndiscSendRs(dev, ll.addr, IN6ADDR_LINKLOCAL_ALLROUTERS);
  idev.rsInterval = backoffInit(dev, cnf(dev, "router_solicitation_interval", 4) * HZ);
  idev.rsProbes = 1;
  idev.rsSent = true;
  modRsTimer(idev, idev.rsInterval);
  return true;
}

/**
 * inet6_set_iftoken() (`ip token set`): refused on loopback, NOARP devices and
 * where RAs are not accepted or solicited; keeps the token's low 64 bits and,
 * on a ready link with a usable link-local address, solicits routers at once.
 * Addresses made from an earlier token lose their lifetimes (no SLAAC in the
 * model makes any: RA prefixes are not acted on).
 */
export function inet6SetIftoken(idev: Inet6Dev, token: bigint): void {
  const dev = idev.dev;
  if (dev.flags & IFF_LOOPBACK) throw kerr("EINVAL", "ipv6: Device is loopback");
  if (dev.flags & IFF_NOARP) throw kerr("EINVAL", "ipv6: Device does not do neighbour discovery");
  if (!acceptRa(dev)) throw kerr("EINVAL", "ipv6: Router advertisement is disabled on device");
  if (cnf(dev, "router_solicitations", -1) === 0) throw kerr("EINVAL", "Router solicitation is disabled on device");
  idev.token = token & 0xffffffffffffffffn;
  if (token === 0n) return;
  if (!idev.dead && idev.ready) startRs(idev, IFA_F_TENTATIVE | IFA_F_OPTIMISTIC);
}

/** rfc3315_s14_backoff_init(): the first interval, irt * [0.9, 1.1]. */
function backoffInit(dev: NetDevice, irt: number): number {
  return Math.floor(((900000 + randomBelow(dev, 200001)) * irt) / 1000000);
}

/** rfc3315_s14_backoff_update(): twice the last * [0.95, 1.05], capped near mrt. */
function backoffUpdate(dev: NetDevice, rt: number, mrt: number): number {
  let t = Math.floor(((1900000 + randomBelow(dev, 200001)) * rt) / 1000000);
  if (t > mrt) t = Math.floor(((900000 + randomBelow(dev, 200001)) * mrt) / 1000000);
  return t;
}

function modRsTimer(idev: Inet6Dev, jiffies: number): void {
  idev.rsTimer?.cancel();
  idev.rsTimer = afterJiffies(idev.dev, jiffies, () => {
    idev.rsTimer = undefined;
    rsTimer(idev);
  });
}

/** addrconf_rs_timer(): keep soliciting while no router answers. */
function rsTimer(idev: Inet6Dev): void {
  const dev = idev.dev;
  if (idev.dead || !idev.ready || !dev.isUp) return;
  const solicits = cnf(dev, "router_solicitations", -1);
  if (idev.rsProbes++ < solicits || solicits < 0) {
    const ll = ipv6GetLladdr(idev, IFA_F_TENTATIVE);
    if (!ll) return;
    ndiscSendRs(dev, ll.addr, IN6ADDR_LINKLOCAL_ALLROUTERS);
    idev.rsInterval = backoffUpdate(dev, idev.rsInterval, cnf(dev, "router_solicitation_max_interval", 3600) * HZ);
    modRsTimer(idev, idev.rsProbes === solicits ? cnf(dev, "router_solicitation_delay", 1) * HZ : idev.rsInterval);
  }
}

/** DAD saw someone else use the address (addrconf_dad_failure for a permanent address). */
export function addrconfDadFailure(ifp: Inet6Ifaddr): void {
  if (ifp.dead || !(ifp.flags & IFA_F_TENTATIVE)) return;
  ifp.dadTimer?.cancel();
  ifp.dadTimer = undefined;
  ifp.state = "ERRDAD";
  ifp.flags |= IFA_F_TENTATIVE | IFA_F_DADFAILED;
  // addrconf_dad_work()'s DAD_ABORT: with accept_dad above 1 (conf.all or the
  // device's), a failed link-local address made from the MAC (EUI-64 of the
  // current one) disables IPv6 on the device: disable_ipv6 set without its
  // handler, then addrconf_ifdown() takes the addresses.
  const dev = ifp.idev.dev;
  if (
    (cnfAll(dev, "accept_dad") > 1 || cnf(dev, "accept_dad") > 1) &&
    !disabled(dev) &&
    !(ifp.flags & IFA_F_STABLE_PRIVACY) &&
    dev.type === ARPHRD_ETHER &&
    dev.addr.length === 6 &&
    ifp.addr === linkLocalFromMac(macNumber(dev))
  ) {
    sysctlSetQuiet(dev.net, `net.ipv6.conf.${dev.name}.disable_ipv6`, "1");
    addrconfIfdown(dev, false);
  }
}

// ---------------------------------------------------------------- device config

/**
 * addrconf_addr_gen(): the link-local address addr_gen_mode asks for — EUI-64
 * (0), none (1), stable-privacy (2: RFC 7217 from stable_secret) or random (3:
 * stable-privacy with a random secret of the device's own); a stable mode with
 * no secret gives no address (addrconf_dev_config() passes prefix_route false,
 * so no fe80::/64 route either).
 */
function addrconfAddrGen(idev: Inet6Dev): void {
  const dev = idev.dev;
  const ll = 0xfe80n << 112n;
  const mode = cnf(dev, "addr_gen_mode", 0);
  if (mode === 1) return;
  if (mode === 2 || mode === 3) {
    if (mode === 3) genModeRandomInit(dev);
    const addr = ipv6GenerateStableAddress(dev, ll, 0);
    if (addr !== undefined && !idev.addrs.some((a) => a.addr === addr)) addLinklocal(idev, addr, IFA_F_STABLE_PRIVACY);
    return;
  }
  if (mode !== 0 || dev.type !== ARPHRD_ETHER || dev.addr.length !== 6) return;
  const addr = linkLocalFromMac(macNumber(dev));
  if (!idev.addrs.some((a) => a.addr === addr)) addLinklocal(idev, addr, 0);
}

/** addrconf_add_linklocal() */
function addLinklocal(idev: Inet6Dev, addr: Ip6Addr, flags: number): void {
  const ifp = ipv6AddAddr(idev, addr, 64, IFA_LINK, IFA_F_PERMANENT | flags);
  addrconfPrefixRoute(idev.dev, 0xfe80n << 112n, 64);
  dadBegin(ifp);
}

/** init_loopback(): ::1/128, permanent; DAD completes at once (IFF_LOOPBACK). */
function initLoopback(idev: Inet6Dev): void {
  if (idev.addrs.some((a) => a.addr === IN6ADDR_LOOPBACK)) return;
  const ifp = ipv6AddAddr(idev, IN6ADDR_LOOPBACK, 128, IFA_HOST, IFA_F_PERMANENT);
  dadBegin(ifp);
}

/** The link became usable: IF_READY and addrconf_dev_config() / init_loopback(). */
function becameReady(dev: NetDevice): void {
  const idev = in6DevGet(dev) ?? ipv6AddDev(dev);
  if (!idev || idev.ready || disabled(dev) || !linkReady(dev)) return;
  idev.ready = true;
  // rt6_sync_up(dev, RTNH_F_DEAD): its dead sibling routes live again.
  rt6MultipathSync(dev, true);
  ipv6McUp(idev);
  // addrconf_dad_run(): permanent addresses added while the link was not
  // ready stayed tentative; their DAD starts now. (The kernel runs it after
  // creating the link-local address, whose own DAD only starts from its
  // work item: its random delay is drawn after these.)
  for (const ifp of idev.addrs) {
    if (ifp.flags & IFA_F_TENTATIVE && ifp.state === "INIT" && !ifp.dead) dadKick(ifp);
  }
  if (dev.type === ARPHRD_LOOPBACK) {
    initLoopback(idev);
    return;
  }
  if (dev.type !== ARPHRD_ETHER) return;
  addrconfAddMroute(dev);
  addrconfAddrGen(idev);
}

/** addrconf_ifdown(): addresses, routes and (if it was ready) the multicast list go. */
function addrconfIfdown(dev: NetDevice, unregister: boolean): void {
  const idev = in6DevGet(dev);
  // rt6_disable_ip(): the routes, then the neighbour entries.
  rt6Ifdown(dev, unregister);
  ndiscIfdown(dev);
  if (!idev) return;
  if (unregister) idev.dead = true;
  const wasReady = idev.ready;
  idev.ready = false;
  idev.rsSent = false;
  idev.rsTimer?.cancel();
  idev.rsTimer = undefined;
  for (const ifp of [...idev.addrs]) ipv6DelAddr(ifp);
  if (unregister) {
    ipv6McDestroyDev(idev);
    // addrconf_sysctl_unregister()
    netconfNotifyDev("RTM_DELNETCONF", 10, dev);
    in6DevSet(dev, undefined);
  } else if (wasReady) ipv6McDown(idev);
}

// Devices that became ready while their own open is still running wait for it.
let pending: NetDevice[] = [];

function flushPending(): void {
  const todo = pending;
  pending = [];
  for (const d of todo) if (d.regState === "REGISTERED") becameReady(d);
}

function addrconfNotify(event: NetdevEvent, dev: NetDevice): void {
  switch (event) {
    case "REGISTER":
      ipv6AddDev(dev);
      break;
    case "UP":
      addrconfPermanentAddr(dev);
      dev.addrconfUpSeen = true;
      if (!disabled(dev) && linkReady(dev) && !pending.includes(dev)) pending.push(dev);
      flushPending();
      break;
    case "CHANGE": {
      rt6SyncCarrier(dev);
      if (!dev.isUp || disabled(dev)) break;
      const idev = in6DevGet(dev);
      // Carrier lost (rt6_sync_down_dev) or regained while ready (rt6_sync_up, RTNH_F_LINKDOWN).
      if (idev?.ready || !linkReady(dev)) rt6MultipathSync(dev, false);
      if (idev?.ready || !linkReady(dev)) break;
      if (!dev.addrconfUpSeen || pending.length) {
        if (!pending.includes(dev)) pending.push(dev);
      } else becameReady(dev);
      break;
    }
    case "DOWN":
      dev.addrconfUpSeen = false;
      if (pending.length) pending = pending.filter((d) => d !== dev);
      addrconfIfdown(dev, false);
      break;
    case "UNREGISTER":
      dev.addrconfUpSeen = false;
      if (pending.length) pending = pending.filter((d) => d !== dev);
      addrconfIfdown(dev, true);
      break;
    case "CHANGEMTU": {
      const idev = in6DevGet(dev);
      if (dev.mtu < IPV6_MIN_MTU) {
        if (idev) addrconfIfdown(dev, true);
      } else if (!idev) {
        ipv6AddDev(dev);
        if (dev.isUp && !disabled(dev)) becameReady(dev);
      } else {
        // rt6_mtu_change(), then idev->cnf.mtu6 = dev->mtu.
        rt6MtuChange(dev, rt6RoutesOfDev(dev), dev.mtu, idev.mtu6);
        idev.mtu6 = dev.mtu;
      }
      break;
    }
    default:
      break;
  }
}

registerNetdevNotifier(addrconfNotify);

/** dev_disable_change(): disable_ipv6 flipped on one device. */
function devDisableChange(dev: NetDevice, off: boolean): void {
  if (!in6DevGet(dev)) return;
  if (off) addrconfIfdown(dev, false);
  else if (dev.isUp) becameReady(dev);
}

// addrconf_disable_ipv6(): writing conf.all.disable_ipv6 sets default and every device.
registerSysctlWriteHook((ns, key, value, old) => {
  const m = /^net\.ipv6\.conf\.(.+)\.disable_ipv6$/.exec(key);
  if (!m) return;
  const name = m[1]!;
  const off = Number.parseInt(value, 10) !== 0;
  if (name === "default") return;
  if (name === "all") {
    sysctlWrite(ns, "net.ipv6.conf.default.disable_ipv6", off ? "1" : "0");
    for (const dev of devList(ns)) {
      const k = `net.ipv6.conf.${dev.name}.disable_ipv6`;
      const was = sysctlGet(ns, k);
      if (was === undefined || (Number.parseInt(was, 10) !== 0) === off) continue;
      sysctlWrite(ns, k, off ? "1" : "0");
    }
    return;
  }
  const wasOff = Number.parseInt(old, 10) !== 0;
  const dev = devGetByName(ns, name);
  if (dev && off !== wasOff) devDisableChange(dev, off);
});

/**
 * addrconf_sysctl_addr_gen_mode(): a device's new mode configures its
 * addresses again at once (addrconf_init_auto_addrs: the new link-local one
 * joins the old, which stays), on a device that is down too: there the address
 * stays tentative and its DAD starts when the link is ready (addrconf_dad_run);
 * conf.all sets default and every device whose mode differs.
 */
registerSysctlWriteHook((ns, key, value, old) => {
  const m = /^net\.ipv6\.conf\.(.+)\.addr_gen_mode$/.exec(key);
  if (!m || value === old) return;
  const name = m[1]!;
  const regen = (dev: NetDevice): void => {
    // addrconf_dev_config() → addrconf_add_dev(): nothing while IPv6 is disabled.
    const idev = in6DevGet(dev);
    if (!idev || idev.dead || disabled(dev)) return;
    if (dev.type === ARPHRD_LOOPBACK) initLoopback(idev);
    else if (dev.type === ARPHRD_ETHER) addrconfAddrGen(idev);
  };
  if (name === "default") return;
  if (name !== "all") {
    const dev = devGetByName(ns, name);
    if (dev) regen(dev);
    return;
  }
  sysctlWrite(ns, "net.ipv6.conf.default.addr_gen_mode", value);
  for (const dev of devList(ns)) {
    const k = `net.ipv6.conf.${dev.name}.addr_gen_mode`;
    if (!in6DevGet(dev) || sysctlGet(ns, k) === value) continue;
    sysctlWrite(ns, k, value); // its own write regenerates it
  }
});

/**
 * addrconf_sysctl_stable_secret(): a secret written for a device switches that
 * device to stable-privacy (2), one written as the default switches every
 * device; the field is set directly, so no address is made until the link is
 * configured again (or the mode written).
 */
registerSysctlWriteHook((ns, key) => {
  const m = /^net\.ipv6\.conf\.(.+)\.stable_secret$/.exec(key);
  if (!m || m[1] === "all") return;
  const devs = m[1] === "default" ? devList(ns) : [devGetByName(ns, m[1]!)];
  for (const dev of devs) {
    if (dev && in6DevGet(dev)) sysctlSetQuiet(ns, `net.ipv6.conf.${dev.name}.addr_gen_mode`, "2");
  }
});

/**
 * A booted VM's devices have long finished DAD: make the link-local address
 * of a ready device valid at once (used by the boot setup of non-bare hosts).
 */
export function addrconfSettle(dev: NetDevice): void {
  const idev = in6DevGet(dev);
  if (!idev) return;
  for (const ifp of idev.addrs) {
    if (!(ifp.flags & IFA_F_TENTATIVE)) continue;
    ifp.dadTimer?.cancel();
    ifp.dadTimer = undefined;
    ifp.flags &= ~IFA_F_TENTATIVE;
    ifp.state = "COMPLETE";
    ifaNotifyNew(ifp);
  }
  // The reports and solicitations of boot time are long over.
  idev.ifcTimer?.cancel();
  idev.ifcTimer = undefined;
  idev.mcIfcCount = 0;
  for (const mc of idev.mc) mc.crcount = 0;
}

// ---------------------------------------------------------------- RTM_NEWADDR / RTM_DELADDR

/** ipv6_addr_scope() as an ifp scope: ::1 host, fe80::/10 link, else global. */
function scopeOf(addr: Ip6Addr): number {
  if (addr === IN6ADDR_LOOPBACK) return IFA_HOST;
  if (addr >> 118n === 0x3fan) return IFA_LINK;
  if (addr >> 118n === 0x3fbn) return IFA_SITE;
  return 0;
}

/**
 * inet6_addr_add(): a configured address (ip -6 addr add). Its prefix route
 * unless /128 or noprefixroute; DAD unless nodad (or a device that needs
 * none), which makes it usable only once the link is (addrconf_dad_begin).
 */
export function inet6AddrAdd(dev: NetDevice, addr: Ip6Addr, plen: number, flags: number, lft?: { valid: number; preferred: number }): void {
  const idev = in6DevGet(dev);
  if (!idev || disabled(dev)) throw kerr("EACCES");
  if (lft && (!lft.valid || lft.preferred > lft.valid)) throw kerr("EINVAL");
  if (idev.addrs.some((a) => a.addr === addr)) throw kerr("EEXIST", "ipv6: address already assigned");
  // inet6_addr_add(): a finite valid_lft makes the address dynamic (no
  // IFA_F_PERMANENT) and its prefix route expire with it; a preferred_lft
  // of 0 makes it deprecated at once (addrconf_timeout_fixup's bound: finite
  // below LONG_MAX / HZ, taken here as below INFINITY_LIFE_TIME).
  const validFinite = !!lft && lft.valid !== INFINITY_LIFE_TIME;
  const prefFinite = !!lft && lft.preferred !== INFINITY_LIFE_TIME;
  let ifaFlags = flags & (IFA_F_NODAD | IFA_F_NOPREFIXROUTE | IFA_F_HOMEADDRESS | IFA_F_MANAGETEMPADDR);
  if (!validFinite) ifaFlags |= IFA_F_PERMANENT;
  if (prefFinite && lft!.preferred === 0) ifaFlags |= IFA_F_DEPRECATED;
  const ifp = ipv6AddAddr(idev, addr, plen, scopeOf(addr), ifaFlags);
  if (validFinite) ifp.validLft = lft!.valid;
  if (prefFinite) ifp.preferredLft = lft!.preferred;
  lifetimeArm(ifp);
  // addrconf_prefix_route() -> fib6_nh_init(): refused (ENETDOWN, silently)
  // while the device is down; addrconf_permanent_addr adds it at NETDEV_UP.
  const expires = validFinite ? rt6Jiffies(dev.net) + lft!.valid * HZ : undefined;
  if (plen < 128 && !(flags & IFA_F_NOPREFIXROUTE) && dev.isUp) addrconfPrefixRoute(dev, addr & ip6PrefixMask(plen), plen, expires);
  // "Send a netlink notification if DAD is enabled and optimistic flag is not set."
  if (!(ifp.flags & (IFA_F_OPTIMISTIC | IFA_F_NODAD))) ifaNetlinkNotify("RTM_NEWADDR", ifp);
  dadBegin(ifp);
  if (flags & IFA_F_MANAGETEMPADDR) manageTempaddrs(TEMPADDR_OPS, ifp, ifp.validLft, ifp.preferredLft, true);
}

/** What addrconf_tempaddr.ts may do to addresses. */
const TEMPADDR_OPS: TempaddrOps = {
  add: (idev, addr, plen, flags) => ipv6AddAddr(idev, addr, plen, scopeOf(addr), flags),
  dadStart: (ifp) => dadBegin(ifp),
  lifetimes: (ifp) => lifetimeArm(ifp),
  del: (ifp) => ipv6DelAddr(ifp),
};

/**
 * addrconf_verify_rtnl() for one address: once its preferred lifetime is
 * over it turns deprecated (RTM_NEWADDR), once its valid one is it is
 * deleted (its prefix route stays, expiring on its own: only permanent
 * addresses clean theirs up). The kernel's work runs at whole-second
 * (round_jiffies_up) points; here at the exact expiry.
 */
function lifetimeArm(ifp: Inet6Ifaddr): void {
  ifp.lftTimer?.cancel();
  ifp.lftTimer = undefined;
  const dev = ifp.idev.dev;
  const t0 = nsToJiffies(ifp.tstamp);
  const validEnd = ifp.validLft !== undefined ? t0 + ifp.validLft * HZ : Infinity;
  const prefEnd = ifp.preferredLft !== undefined && !(ifp.flags & IFA_F_DEPRECATED) ? t0 + ifp.preferredLft * HZ : Infinity;
  const next = Math.min(validEnd, prefEnd);
  if (next === Infinity || ifp.dead) return;
  const now = rt6Jiffies(dev.net);
  ifp.lftTimer = afterJiffies(dev, Math.max(0, next - now), () => {
    ifp.lftTimer = undefined;
    if (ifp.dead) return;
    if (rt6Jiffies(dev.net) >= validEnd) {
      ipv6DelAddr(ifp);
      return;
    }
    ifp.flags |= IFA_F_DEPRECATED;
    ifaNetlinkNotify("RTM_NEWADDR", ifp);
    lifetimeArm(ifp);
  });
}

/** addrconf_permanent_addr() -> fixup_permanent_addr(): addresses added while the device was down get their prefix routes. */
function addrconfPermanentAddr(dev: NetDevice): void {
  const idev = in6DevGet(dev);
  if (!idev) return;
  for (const ifp of idev.addrs) {
    if (ifp.dead || !(ifp.flags & IFA_F_PERMANENT) || ifp.prefixlen >= 128 || ifp.flags & IFA_F_NOPREFIXROUTE) continue;
    addrconfPrefixRoute(dev, ifp.addr & ip6PrefixMask(ifp.prefixlen), ifp.prefixlen);
  }
}

/** ipv6_get_ifaddr() on one device: the address, if it is ours there. */
export function ipv6GetIfaddr(dev: NetDevice, addr: Ip6Addr): Inet6Ifaddr | undefined {
  return in6DevGet(dev)?.addrs.find((a) => a.addr === addr && !a.dead);
}

/**
 * inet6_addr_modify(): `change`/`replace` of an existing address. The flags given replace
 * nodad/home/mngtmpaddr/noprefixroute; the lifetimes restart now (a finite valid_lft makes it
 * dynamic, forever permanent, a preferred_lft of 0 deprecated). Its prefix route follows: one it
 * had as a permanent address is modified in place (modify_prefix_route(), which stores the
 * lifetime in clock_t as an absolute expiry, as the kernel does), else it is (re)added or its
 * expiry refreshed (addrconf_prefix_route()); noprefixroute on a permanent address removes it
 * unless another address of the prefix keeps it.
 */
export function inet6AddrModify(ifp: Inet6Ifaddr, flags: number, lft?: { valid: number; preferred: number }): void {
  const dev = ifp.idev.dev;
  const validFinite = !!lft && lft.valid !== INFINITY_LIFE_TIME;
  const prefFinite = !!lft && lft.preferred !== INFINITY_LIFE_TIME;
  let cfgFlags = flags & (IFA_F_NODAD | IFA_F_NOPREFIXROUTE | IFA_F_HOMEADDRESS | IFA_F_MANAGETEMPADDR);
  if (!validFinite) cfgFlags |= IFA_F_PERMANENT;
  if (prefFinite && lft!.preferred === 0) cfgFlags |= IFA_F_DEPRECATED;
  const hadPrefixRoute = !!(ifp.flags & IFA_F_PERMANENT) && !(ifp.flags & IFA_F_NOPREFIXROUTE);
  const wasManaging = !!(ifp.flags & IFA_F_MANAGETEMPADDR);
  ifp.flags &= ~(IFA_F_DEPRECATED | IFA_F_PERMANENT | IFA_F_NODAD | IFA_F_HOMEADDRESS | IFA_F_MANAGETEMPADDR | IFA_F_NOPREFIXROUTE);
  ifp.flags |= cfgFlags;
  ifp.tstamp = hostOf(dev).clock.now;
  ifp.validLft = validFinite ? lft!.valid : undefined;
  ifp.preferredLft = prefFinite ? lft!.preferred : undefined;
  if (!(ifp.flags & IFA_F_TENTATIVE)) ifaNetlinkNotify("RTM_NEWADDR", ifp);
  const prefix = ifp.addr & ip6PrefixMask(ifp.prefixlen);
  if (ifp.prefixlen < 128 && !(cfgFlags & IFA_F_NOPREFIXROUTE)) {
    const rt = hadPrefixRoute ? addrconfGetPrefixRoute(dev, prefix, ifp.prefixlen) : undefined;
    if (rt) {
      if (validFinite) rt.expires = lft!.valid * USER_HZ;
      else delete rt.expires;
    } else if (dev.isUp) addrconfPrefixRouteRefresh(dev, prefix, ifp.prefixlen, validFinite ? rt6Jiffies(dev.net) + lft!.valid * HZ : undefined);
  } else if (hadPrefixRoute && ifp.prefixlen < 128) {
    // check_cleanup_prefix_route(): another permanent address of the prefix keeps it.
    const kept = ifp.idev.addrs.some((a) => a !== ifp && !a.dead && a.flags & IFA_F_PERMANENT && !(a.flags & IFA_F_NOPREFIXROUTE) && a.prefixlen === ifp.prefixlen && (a.addr & ip6PrefixMask(a.prefixlen)) === prefix);
    if (!kept) delPrefixRoute(dev, prefix, ifp.prefixlen);
  }
  lifetimeArm(ifp);
  // inet6_addr_modify(): temporaries follow; dropping mngtmpaddr expires them.
  if (wasManaging || ifp.flags & IFA_F_MANAGETEMPADDR) {
    const stop = wasManaging && !(ifp.flags & IFA_F_MANAGETEMPADDR);
    manageTempaddrs(TEMPADDR_OPS, ifp, stop ? 0 : ifp.validLft, stop ? 0 : ifp.preferredLft, !wasManaging);
  }
}

/** inet6_addr_del(): EADDRNOTAVAIL unless the address (and length) is there. */
export function inet6AddrDel(dev: NetDevice, addr: Ip6Addr, plen: number): void {
  const idev = in6DevGet(dev);
  if (!idev) throw kerr("ENODEV");
  const ifp = idev.addrs.find((a) => a.addr === addr && a.prefixlen === plen);
  if (!ifp) throw kerr("EADDRNOTAVAIL", "ipv6: address not found");
  ipv6DelAddr(ifp);
  // manage_tempaddrs(..., 0, 0, false): its temporaries expire (addrconf_verify then deletes them).
  if (!(ifp.flags & IFA_F_TEMPORARY) && ifp.flags & IFA_F_MANAGETEMPADDR) manageTempaddrs(TEMPADDR_OPS, ifp, 0, 0, false);
  const prefix = addr & ip6PrefixMask(plen);
  // ipv6_del_addr(): only a permanent address with a prefix route cleans it up (check_cleanup_prefix_route).
  if (!(ifp.flags & IFA_F_PERMANENT) || ifp.flags & IFA_F_NOPREFIXROUTE) return;
  if (plen < 128 && !idev.addrs.some((a) => a.prefixlen === plen && (a.addr & ip6PrefixMask(plen)) === prefix)) {
    delPrefixRoute(dev, prefix, plen);
  }
}
