// The STP timers (net/bridge/br_stp_timer.c) on the virtual clock: the
// bridge's hello, tcn and topology change timers and each port's message age,
// forward delay and hold timers. A timer is a timer_list: mod_timer re-arms it,
// del_timer stops it, and netlink reports the time left (br_timer_value).

import { netCore } from "../core/net_namespace.js";
import { BR_STATE_DISABLED, type NetBridge, type NetBridgePort, type StpTimer } from "./br_private.js";
import {
  brBecomeDesignatedPort,
  brBecomeRootBridge,
  brConfigBpduGeneration,
  brConfigurationUpdate,
  brIsRootBridge,
  brSetTopologyChange,
  brStpPortStateSelection,
  brTransmitConfig,
  brTransmitTcn,
} from "./br_stp.js";
import { NS_PER_JIFFY } from "../core/jiffies.js";

/** Nanoseconds per centisecond (clock_t, USER_HZ 100); per jiffy: core/jiffies.ts. */
export const NS_PER_CS = 10_000_000;
export { NS_PER_JIFFY };

export function stpNow(br: NetBridge): number {
  return netCore(br.dev.net).host.clock.now;
}

export function newTimer(): StpTimer {
  return { expires: 0 };
}

/**
 * When the timer wheel runs a timer due at `expires` (kernel/time/timer.c
 * calc_wheel_index): in jiffies, a timer is filed in the level its distance
 * calls for (level n holds distances from 63 << 3(n-1) jiffies, in buckets of
 * 8^n jiffies) and fires at the start of the bucket after its expiry, never
 * early. So two bridges' hello timers armed a few milliseconds apart fire in
 * the same tick (2 s is a 32 ms bucket), and a 4 s forward delay ends on a
 * 256 ms boundary.
 */
export function wheelExpiry(now: number, expires: number): number {
  const nowJ = Math.floor(now / NS_PER_JIFFY);
  const expJ = nowJ + Math.max(0, Math.ceil((expires - now) / NS_PER_JIFFY));
  const delta = expJ - nowJ;
  let lvl = 0;
  while (lvl < 8 && delta >= 63 * 8 ** lvl) lvl++;
  const gran = 8 ** lvl;
  return (Math.floor(expJ / gran) + 1) * gran * NS_PER_JIFFY;
}

/** mod_timer() */
export function modTimer(br: NetBridge, t: StpTimer, expires: number, fn: () => void): void {
  t.handle?.cancel();
  t.expires = expires;
  const clock = netCore(br.dev.net).host.clock;
  t.handle = clock.at(wheelExpiry(clock.now, expires), () => {
    t.handle = undefined;
    fn();
  });
}

/** del_timer() */
export function delTimer(t: StpTimer): void {
  t.handle?.cancel();
  t.handle = undefined;
}

export function timerPending(t: StpTimer): boolean {
  return t.handle !== undefined;
}

/** br_timer_value(): centiseconds left, 0 when not pending. */
export function timerValue(br: NetBridge, t: StpTimer): number {
  if (!t.handle) return 0;
  return Math.max(0, Math.floor((t.expires - stpNow(br)) / NS_PER_CS));
}

/** round_jiffies(): to a whole second (rounding down only if that is still in the future). */
export function roundJiffies(ns: number, now: number): number {
  const s = 1_000_000_000;
  const r = Math.round(ns / s) * s;
  return r <= now ? ns : r;
}


// ---------------------------------------------------------------- expiry

/** br_hello_timer_expired(): designated ports send, every hello time (rounded to a second). */
export function brHelloTimerExpired(br: NetBridge): void {
  if (!br.dev.isUp) return;
  brConfigBpduGeneration(br);
  if (br.stpEnabled) {
    const now = stpNow(br);
    modTimer(br, br.helloTimer, roundJiffies(now + br.helloTime * NS_PER_CS, now), () => brHelloTimerExpired(br));
  }
}

/** br_message_age_timer_expired(): the designated bridge on the segment went quiet. */
export function brMessageAgeTimerExpired(p: NetBridgePort): void {
  const br = p.br;
  if (p.state === BR_STATE_DISABLED) return;
  const wasRoot = brIsRootBridge(br);
  brBecomeDesignatedPort(p);
  brConfigurationUpdate(br);
  brStpPortStateSelection(br);
  if (brIsRootBridge(br) && !wasRoot) brBecomeRootBridge(br);
}

/** br_tcn_timer_expired(): TCNs repeat until the root acknowledges. */
export function brTcnTimerExpired(br: NetBridge): void {
  if (!brIsRootBridge(br) && br.dev.isUp) {
    brTransmitTcn(br);
    modTimer(br, br.tcnTimer, stpNow(br) + br.bridgeHelloTime * NS_PER_CS, () => brTcnTimerExpired(br));
  }
}

/** br_topology_change_timer_expired() */
export function brTopologyChangeTimerExpired(br: NetBridge): void {
  br.topologyChangeDetected = false;
  brSetTopologyChange(br, false);
}

/** br_hold_timer_expired(): a config held back by the hold time goes now. */
export function brHoldTimerExpired(p: NetBridgePort): void {
  if (p.configPending) brTransmitConfig(p);
}
