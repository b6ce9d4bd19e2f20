// The timer wheel's granularity (kernel/time/timer.c, calc_wheel_index and
// calc_index) for timers armed with mod_timer() in jiffies: a timer never fires
// early but late by up to its level's granularity. Level n holds timeouts from
// LVL_START(n) = 63 << 3(n-1) jiffies on, in buckets of 8^n jiffies; the timer
// goes to the bucket after the one its expiry falls in. With Debian's HZ=250 a
// 1 s timer (250 jiffies, level 1) fires 1.004..1.032 s after it is armed —
// later than a 1 s poll() (an hrtimer, exact): `nc -w 1` to a port whose SYN is
// dropped gives up before the SYN's first retransmission.
//
// Jiffies here count from time zero of the world clock (Linux starts them at
// INITIAL_JIFFIES, so the phase of the tick is arbitrary there).

import { NS_PER_JIFFY } from "./jiffies.js";

const LVL_CLK_SHIFT = 3;
const LVL_SIZE = 64;
const LVL_DEPTH = 9;

const lvlStart = (n: number) => (LVL_SIZE - 1) * 2 ** ((n - 1) * LVL_CLK_SHIFT);

/** How long after `nowNs` a wheel timer armed for `timeoutNs` (rounded up to jiffies) runs. */
export function timerWheelDelay(nowNs: number, timeoutNs: number): number {
  const clk = Math.floor(nowNs / NS_PER_JIFFY);
  const delta = Math.ceil(timeoutNs / NS_PER_JIFFY);
  const expires = clk + delta;
  let lvl = 0;
  while (lvl < LVL_DEPTH - 1 && delta >= lvlStart(lvl + 1)) lvl++;
  const gran = 2 ** (lvl * LVL_CLK_SHIFT);
  const bucketExpiry = (Math.floor(expires / gran) + 1) * gran;
  return bucketExpiry * NS_PER_JIFFY - nowNs;
}
