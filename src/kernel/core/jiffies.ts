// jiffies (include/linux/jiffies.h) for the kernel the goldens come from:
// CONFIG_HZ=250 (Debian's), so one jiffy is 4 ms of the virtual clock, and
// USER_HZ 100 for the clock_t values netlink and /proc report. The one place
// these constants live: timers, rate limits and the ages tools print all
// convert through here.

/** CONFIG_HZ of the recording machine. */
export const HZ = 250;
/** Nanoseconds of virtual time per jiffy (4 ms). */
export const NS_PER_JIFFY = 1_000_000_000 / HZ;
/** USER_HZ: the unit of clock_t (rta_expires, ndm_used, ...). */
export const USER_HZ = 100;

/**
 * INITIAL_JIFFIES, where a 64-bit kernel's jiffies start ((unsigned int)(-300 * HZ)).
 * The world's clock starts at boot, so a raw jiffies stamp printed is this plus
 * the jiffies elapsed (the kernel's also has the machine's uptime).
 */
export const INITIAL_JIFFIES = 2 ** 32 - 300 * HZ;

/** The jiffies counter at a clock reading (ns): whole jiffies elapsed. */
export function nsToJiffies(ns: number): number {
  return Math.floor(ns / NS_PER_JIFFY);
}

/** A duration of whole jiffies in ns. */
export function jiffiesToNs(j: number): number {
  return j * NS_PER_JIFFY;
}

/** msecs_to_jiffies(): rounded up. */
export function msecsToJiffies(ms: number): number {
  return Math.ceil((ms * HZ) / 1000);
}

/** jiffies_to_msecs(): rounded down. */
export function jiffiesToMs(j: number): number {
  return Math.floor((j * 1000) / HZ);
}

/** jiffies_to_clock_t(): jiffies in USER_HZ ticks, rounded down. */
export function jiffiesToClockT(j: number): number {
  return Math.floor((j * USER_HZ) / HZ);
}

/** clock_t_to_jiffies(): USER_HZ ticks in jiffies, rounded down (HZ % USER_HZ != 0 here). */
export function clockTToJiffies(c: number): number {
  return Math.floor((c * HZ) / USER_HZ);
}

/**
 * A clock_t value as the kernel keeps it and reports it back: through jiffies
 * and back, so an odd number of centiseconds comes back one lower (9 -> 22
 * jiffies -> 8), as `ip -d link show` of a bridge's timers does.
 */
export function clockTRoundTrip(c: number): number {
  return jiffiesToClockT(clockTToJiffies(c));
}
