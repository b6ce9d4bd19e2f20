// net/core/gen_estimator.c: a rate estimator on a qdisc (TCA_RATE, `tc qdisc
// add … estimator 1s 8s`). Every (HZ/4 << intvl_log) jiffies the kernel's
// timer folds the bytes and packets counted since the last tick into an EWMA
// (avbps, avpps in 1/256ths); `tc -s` reads avbps >> 8, avpps >> 8. The model
// runs the ticks lazily: before a counter changes (qdisc_bstats_update) and
// when the stats are read, every tick due by then is applied with the
// counters as they stood — the same values the timer would have read, since
// nothing else moves them between ticks.

import { kerr } from "../../uapi/errno.js";
import type { GnetStatsRateEst, TcEstimator } from "../../uapi/pkt_sched.js";
import { HZ, NS_PER_JIFFY } from "../core/jiffies.js";

export interface RateEstimator {
  intvlLog: number;
  ewmaLog: number;
  avbps: bigint;
  avpps: bigint;
  lastBytes: number;
  lastPackets: number;
  /** The next tick, in virtual ns. */
  next: number;
  periodNs: number;
  /** The device's clock (virtual ns). */
  clock: () => number;
}

/** What an estimator watches: a qdisc or a class (its bstats), and the clock of its device. */
export interface EstTarget {
  readonly bstats: { bytes: number; packets: number };
  rateEst: RateEstimator | undefined;
}


/** gen_new_estimator() / gen_replace_estimator(): throws EINVAL for an interval or ewma out of range. */
export function genNewEstimator(q: EstTarget, parm: TcEstimator, clock: () => number): void {
  if (parm.interval < -2 || parm.interval > 3) throw kerr("EINVAL", "Failed to generate new estimator");
  if (parm.ewma_log === 0 || parm.ewma_log >= 31) throw kerr("EINVAL", "Failed to generate new estimator");
  const intvlLog = parm.interval + 2;
  const periodNs = (Math.floor(HZ / 4) << intvlLog) * NS_PER_JIFFY;
  const t = clock();
  // The first tick: jiffies + period, on a jiffy boundary.
  const next = (Math.floor(t / NS_PER_JIFFY) * NS_PER_JIFFY) + periodNs;
  q.rateEst = { intvlLog, ewmaLog: parm.ewma_log, avbps: 0n, avpps: 0n, lastBytes: q.bstats.bytes, lastPackets: q.bstats.packets, next, periodNs, clock };
}

/** est_timer() for every tick due by now. */
export function estAdvance(q: EstTarget): void {
  const e = q.rateEst;
  if (!e) return;
  const t = e.clock();
  // Ticks over a long quiet stretch converge: after 64 of them only zero deltas are left to fold.
  for (let n = 0; e.next <= t && n < 4096; n++) {
    const shift = BigInt(10 - e.intvlLog);
    const ew = BigInt(e.ewmaLog);
    const brate = BigInt(q.bstats.bytes - e.lastBytes) << shift;
    const rate = BigInt(q.bstats.packets - e.lastPackets) << shift;
    e.avbps += (brate >> ew) - (e.avbps >> ew);
    e.avpps += (rate >> ew) - (e.avpps >> ew);
    e.lastBytes = q.bstats.bytes;
    e.lastPackets = q.bstats.packets;
    e.next += e.periodNs;
  }
  if (e.next <= t) e.next = t - (t % e.periodNs) + e.periodNs;
}

/** gen_estimator_read() */
export function genEstimatorRead(q: EstTarget): GnetStatsRateEst | undefined {
  const e = q.rateEst;
  if (!e) return undefined;
  estAdvance(q);
  return { bps: Number(e.avbps >> 8n), pps: Number(e.avpps >> 8n) };
}
