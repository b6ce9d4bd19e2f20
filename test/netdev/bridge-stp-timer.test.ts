// The STP timers' placement on the timer wheel (kernel/time/timer.c calc_wheel_index),
// which decides whether two bridges' hello timers fire in the same tick (test/golden/stp/tcn.sh).
import { describe, expect, it } from "vitest";
import { wheelExpiry, roundJiffies } from "../../src/kernel/bridge/br_stp_timer.js";

const J = 4_000_000; // one jiffy at HZ 250, in ns

describe("STP timers on the timer wheel", () => {
  it("level 0 (under 63 jiffies) fires one jiffy after the expiry, never early", () => {
    expect(wheelExpiry(0, 10 * J)).toBe(11 * J);
    expect(wheelExpiry(5 * J + 1, 5 * J + 1 + 62 * J)).toBe(68 * J);
  });
  it("a 2 s hello (500 jiffies) goes in 8-jiffy buckets: timers armed ms apart fire together", () => {
    const a = wheelExpiry(9 * J, 9 * J + 500 * J);
    const b = wheelExpiry(10 * J, 10 * J + 500 * J);
    expect(a).toBe(b);
    expect(a % (8 * J)).toBe(0);
    expect(a).toBeGreaterThan(510 * J);
  });
  it("a 4 s forward delay (1000 jiffies) ends on a 64-jiffy (256 ms) boundary", () => {
    const t = wheelExpiry(3 * J, 1003 * J);
    expect(t % (64 * J)).toBe(0);
    expect(t).toBeGreaterThan(1003 * J);
    expect(t - 1003 * J).toBeLessThanOrEqual(64 * J);
  });
  it("round_jiffies goes to the nearest second, but never into the past", () => {
    expect(roundJiffies(2_300_000_000, 1_000_000_000)).toBe(2_000_000_000);
    expect(roundJiffies(2_600_000_000, 1_000_000_000)).toBe(3_000_000_000);
    expect(roundJiffies(1_200_000_000, 1_100_000_000)).toBe(1_200_000_000);
  });
});
