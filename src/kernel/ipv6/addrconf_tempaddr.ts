// Temporary addresses (RFC 8981) for configured addresses, net/ipv6/addrconf.c:
// manage_tempaddrs() and ipv6_create_tempaddr(). An address added with
// `mngtmpaddr` on a device whose use_tempaddr is above 0 gets a temporary
// sibling: the same prefix with a random interface id (ipv6_gen_rnd_iid),
// IFA_F_TEMPORARY ("temporary", which ip shows for IPv6 instead of
// "secondary"), its lifetimes bounded by temp_valid_lft and
// temp_prefered_lft - desync_factor (a random part of max_desync_factor,
// drawn once per device) and by the public address's own, made only when that
// preferred lifetime exceeds regen_advance (regen_max_retry · dad_transmits ·
// retrans_time). It runs DAD like any address and has no prefix route of its
// own. Deleting the public address expires its temporaries (manage_tempaddrs
// with 0 lifetimes, then addrconf_verify). Source selection prefers a
// temporary address when use_tempaddr is 2 or more (saddr.ts, rule 7).
// Left out: the regeneration before a temporary address is deprecated
// (addrconf_verify's regen_advance path) and SLAAC-made ones (no RAs here).

import type { Ip6Addr } from "../../wire/addr.js";
import { HZ, nsToJiffies } from "../core/jiffies.js";
import { IFA_F_OPTIMISTIC, IFA_F_SECONDARY } from "../../uapi/if_addr.js";
import { cnf, hostOf, ndParm, randomBelow, type Inet6Dev, type Inet6Ifaddr } from "./inet6_dev.js";

/** IFA_F_TEMPORARY (the same bit as IFA_F_SECONDARY). */
export const IFA_F_TEMPORARY = IFA_F_SECONDARY;

/** What addrconf.ts lends: adding, starting DAD, arming lifetimes, deleting. */
export interface TempaddrOps {
  add(idev: Inet6Dev, addr: Ip6Addr, plen: number, flags: number): Inet6Ifaddr;
  dadStart(ifp: Inet6Ifaddr): void;
  lifetimes(ifp: Inet6Ifaddr): void;
  del(ifp: Inet6Ifaddr): void;
}

/** The temporary addresses and their public address (ift->ifpub), per device: idev->tempaddr_list. */
const ifpub = new WeakMap<Inet6Ifaddr, Inet6Ifaddr>();
/** idev->desync_factor (seconds), drawn on first use. */
const desync = new WeakMap<Inet6Dev, number>();

function temps(idev: Inet6Dev): Inet6Ifaddr[] {
  return idev.addrs.filter((a) => !a.dead && a.flags & IFA_F_TEMPORARY && ifpub.has(a));
}

function ageOf(ifp: Inet6Ifaddr, stamp: number): number {
  const now = nsToJiffies(hostOf(ifp.idev.dev).clock.now);
  return Math.floor((now - nsToJiffies(stamp)) / HZ);
}

/**
 * manage_tempaddrs(): bound the lifetimes of `ifp`'s temporary addresses by
 * `valid`/`preferred` (seconds, undefined = infinite); make one if asked or
 * if the device has none left and the lifetimes are not both 0.
 */
export function manageTempaddrs(ops: TempaddrOps, ifp: Inet6Ifaddr, valid: number | undefined, preferred: number | undefined, create: boolean): void {
  const idev = ifp.idev;
  const dev = idev.dev;
  const list = temps(idev);
  for (const ift of list) {
    if (ifpub.get(ift) !== ifp) continue;
    const age = ageOf(ift, ift.cstamp);
    const maxValid = Math.max(0, cnf(dev, "temp_valid_lft", 604800) - age);
    const maxPref = Math.max(0, cnf(dev, "temp_prefered_lft", 86400) - (desync.get(idev) ?? 0) - age);
    ift.validLft = Math.min(valid ?? Infinity, maxValid);
    ift.preferredLft = Math.min(preferred ?? Infinity, maxPref);
    ift.tstamp = hostOf(dev).clock.now;
    if (ift.validLft === 0) ops.del(ift);
    else ops.lifetimes(ift);
  }
  if (!list.length && (valid !== 0 || preferred !== 0)) create = true;
  if (create && cnf(dev, "use_tempaddr") > 0) ipv6CreateTempaddr(ops, ifp);
}

/** ipv6_create_tempaddr() */
function ipv6CreateTempaddr(ops: TempaddrOps, ifp: Inet6Ifaddr): void {
  const idev = ifp.idev;
  const dev = idev.dev;
  const age = ageOf(ifp, ifp.tstamp);
  const retransMs = ndParm(dev, "retrans_time_ms", 1000);
  const retrans = Math.max(Math.ceil((retransMs * HZ) / 1000), HZ / 100);
  const regenAdvance = Math.floor((cnf(dev, "regen_max_retry", 3) * cnf(dev, "dad_transmits", 1) * retrans) / HZ);
  let tempPref = cnf(dev, "temp_prefered_lft", 86400);
  const maxDesync = Math.min(cnf(dev, "max_desync_factor", 600), tempPref - regenAdvance);
  let d = desync.get(idev);
  if (d === undefined || d > maxDesync) {
    d = maxDesync > 0 ? randomBelow(dev, maxDesync) : 0;
    desync.set(idev, d);
  }
  if (tempPref === 0) tempPref = 1;
  const valid = Math.min(ifp.validLft ?? Infinity, cnf(dev, "temp_valid_lft", 604800) + age);
  let preferred = Math.min(tempPref + age - d, ifp.preferredLft ?? Infinity);
  preferred = Math.min(valid, preferred);
  if (preferred <= regenAdvance + age) return;
  // ipv6_gen_rnd_iid(): 64 random bits after the public address's prefix.
  const iid = (BigInt(randomBelow(dev, 2 ** 32)) << 32n) | BigInt(randomBelow(dev, 2 ** 32));
  const addr = ((ifp.addr >> 64n) << 64n) | iid;
  const ift = ops.add(idev, addr, ifp.prefixlen, IFA_F_TEMPORARY | (ifp.flags & IFA_F_OPTIMISTIC));
  ifpub.set(ift, ifp);
  idev.hadTempaddr = true;
  ift.validLft = valid === Infinity ? undefined : valid;
  ift.preferredLft = preferred === Infinity ? undefined : preferred;
  ift.tstamp = ifp.tstamp;
  ops.lifetimes(ift);
  ops.dadStart(ift);
}
