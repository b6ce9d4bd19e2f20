// IPv4 address lifetimes (net/ipv4/devinet.c: set_ifa_lifetime, check_lifetime,
// the lifetime part of inet_fill_ifaddr). An address given a finite valid_lft
// is "dynamic" (IFA_F_PERMANENT off); its lifetimes count down from the last
// change (tstamp); the check_lifetime work marks it deprecated when its
// preferred lifetime is over and deletes it (with its routes) when its valid
// lifetime is. The work runs whenever an address is added or changed, then at
// the next expiry, rounded up to a whole second and at least a second away
// (round_jiffies_up, ADDRCONF_TIMER_FUZZ_MAX), or after ADDR_CHECK_FREQUENCY.
// Where we differ: round_jiffies_up rounds to the wall clock's seconds; here to
// whole seconds of virtual time.

import { IFA_F_DEPRECATED, IFA_F_PERMANENT, INFINITY_LIFE_TIME } from "../../uapi/if_addr.js";
import type { TimerHandle } from "../../sim/clock.js";
import { devList } from "../core/dev.js";
import { netCore } from "../core/net_namespace.js";
import type { NetNamespace } from "../core/netns.js";
import { inDevGet, inetDelIfa, type InIfaddr } from "./devinet.js";
import { rtGenidBump } from "../core/rt_genid.js";

const SEC = 1_000_000_000;
/** ADDR_CHECK_FREQUENCY: 120 s. */
const CHECK_FREQUENCY = 120 * SEC;

/** set_ifa_lifetime(): lifetimes in seconds; infinite valid makes the address permanent. */
export function setIfaLifetime(ifa: InIfaddr, valid: number, preferred: number, now: number): void {
  ifa.flags &= ~(IFA_F_PERMANENT | IFA_F_DEPRECATED);
  if (valid !== INFINITY_LIFE_TIME) ifa.validLft = valid;
  else {
    ifa.validLft = INFINITY_LIFE_TIME;
    ifa.flags |= IFA_F_PERMANENT;
  }
  if (preferred !== INFINITY_LIFE_TIME) {
    if (preferred === 0) ifa.flags |= IFA_F_DEPRECATED;
    ifa.preferredLft = preferred;
  } else ifa.preferredLft = INFINITY_LIFE_TIME;
  ifa.tstamp = now;
  rtGenidBump();
}

/** What inet_fill_ifaddr() reports: the time left, 0 once over; infinite for a permanent address. */
export function ifaLifetimesLeft(ifa: InIfaddr, now: number): { valid: number; preferred: number } {
  if (ifa.flags & IFA_F_PERMANENT) return { valid: INFINITY_LIFE_TIME, preferred: INFINITY_LIFE_TIME };
  let { validLft: valid, preferredLft: preferred } = ifa;
  if (preferred !== INFINITY_LIFE_TIME) {
    const tval = Math.floor((now - ifa.tstamp) / SEC);
    preferred = preferred > tval ? preferred - tval : 0;
    if (valid !== INFINITY_LIFE_TIME) valid = valid > tval ? valid - tval : 0;
  }
  return { valid, preferred };
}

const work = new WeakMap<NetNamespace, TimerHandle>();

/** Queues check_lifetime at once (what an added or changed address does). */
export function scheduleCheckLifetime(ns: NetNamespace): void {
  const clock = netCore(ns).host.clock;
  work.get(ns)?.cancel();
  work.set(ns, clock.at(clock.now, () => checkLifetime(ns)));
}

/** check_lifetime() */
function checkLifetime(ns: NetNamespace): void {
  const clock = netCore(ns).host.clock;
  const now = clock.now;
  let next = now + CHECK_FREQUENCY;
  let any = false;
  for (const dev of devList(ns)) {
    const inDev = inDevGet(dev);
    if (!inDev) continue;
    for (const ifa of [...inDev.ifaList]) {
      if (ifa.flags & IFA_F_PERMANENT) continue;
      any = true;
      const age = Math.floor((now - ifa.tstamp) / SEC);
      if (ifa.validLft !== INFINITY_LIFE_TIME && age >= ifa.validLft) {
        if (inDev.ifaList.includes(ifa)) inetDelIfa(inDev, ifa);
        continue;
      }
      if (ifa.preferredLft === INFINITY_LIFE_TIME) continue;
      if (age >= ifa.preferredLft) {
        ifa.flags |= IFA_F_DEPRECATED;
        rtGenidBump();
        if (ifa.validLft !== INFINITY_LIFE_TIME) next = Math.min(next, ifa.tstamp + ifa.validLft * SEC);
      } else next = Math.min(next, ifa.tstamp + ifa.preferredLft * SEC);
    }
  }
  work.delete(ns);
  if (!any) return;
  // round_jiffies_up(), then no sooner than ADDRCONF_TIMER_FUZZ_MAX (one second) from now.
  let at = Math.ceil(next / SEC) * SEC;
  if (at < now + SEC) at = now + SEC;
  work.set(ns, clock.at(at, () => checkLifetime(ns)));
}
