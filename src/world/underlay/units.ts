// Link parameters as tc/netem spells them, so a topology file reads like the
// `tc qdisc add … netem delay 2ms loss 1% rate 100mbit` a user would type:
//   time  (tc's get_time):  "2ms", "500us", "1.5s", "10ns"  -> nanoseconds
//   rate  (tc's get_rate):  "100mbit", "1gbit", "64kbit", "10mbps" (bytes) -> bits/s
//   loss  (netem's "loss N%"): "0.5%" -> a probability in [0, 1]
// Unlike tc, a bare number is refused here: a topology file is read by people,
// and "delay: 2" has no obvious unit.

import type { Nanos } from "../../sim/clock.js";

const TIME_UNITS: Record<string, number> = {
  s: 1e9, sec: 1e9, secs: 1e9,
  ms: 1e6, msec: 1e6, msecs: 1e6,
  us: 1e3, usec: 1e3, usecs: 1e3,
  ns: 1, nsec: 1, nsecs: 1,
};

/** "2ms" -> 2_000_000 ns; undefined when it is not a time. */
export function parseTime(s: string): Nanos | undefined {
  const m = /^(\d+(?:\.\d+)?)([a-z]+)$/.exec(s.trim());
  if (!m) return undefined;
  const mult = TIME_UNITS[m[2]!];
  if (mult === undefined) return undefined;
  return Math.round(Number(m[1]) * mult);
}

const RATE_UNITS: Record<string, number> = {
  bit: 1, kbit: 1e3, mbit: 1e6, gbit: 1e9, tbit: 1e12,
  kibit: 1024, mibit: 1024 ** 2, gibit: 1024 ** 3, tibit: 1024 ** 4,
  bps: 8, kbps: 8e3, mbps: 8e6, gbps: 8e9, tbps: 8e12,
  kibps: 8 * 1024, mibps: 8 * 1024 ** 2, gibps: 8 * 1024 ** 3, tibps: 8 * 1024 ** 4,
};

/** "100mbit" -> 1e8 bits/s; undefined when it is not a positive rate. */
export function parseRate(s: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)([a-z]+)$/i.exec(s.trim());
  if (!m) return undefined;
  const mult = RATE_UNITS[m[2]!.toLowerCase()];
  if (mult === undefined) return undefined;
  const r = Number(m[1]) * mult;
  return r > 0 ? r : undefined;
}

/** "0.5%" -> 0.005; undefined unless a percentage from 0 to 100. */
export function parseLoss(s: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)%$/.exec(s.trim());
  if (!m) return undefined;
  const p = Number(m[1]);
  return p <= 100 ? p / 100 : undefined;
}
