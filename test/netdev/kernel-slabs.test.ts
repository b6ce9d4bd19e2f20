// The kernel's carved allocations (bench/README.md "Session 9: kernel work per
// container"): frames (core/skbuff.ts allocFrameBytes) and MIB counters
// (core/snmp.ts allocCounters) are views into shared buffers instead of typed
// arrays with their own off-heap buffer. Each must behave as a fresh array:
// zeroed, of its length, and private (writing one never shows in another).
import { describe, expect, it } from "vitest";
import { allocFrameBytes } from "../../src/kernel/core/skbuff.js";
import { allocCounters, Inet6DevStats, NetMib, NetMib6 } from "../../src/kernel/core/snmp.js";

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe("carved allocations", () => {
  it("frames and counters are zeroed, sized and private", () => {
    const r = rng(9);
    const frames: Array<[Uint8Array, number]> = [];
    const counters: Array<[Float64Array, number]> = [];
    for (let i = 0; i < 3000; i++) {
      const len = 1 + Math.floor(r() * (r() < 0.9 ? 200 : 3000));
      const f = allocFrameBytes(len);
      expect(f.length).toBe(len);
      expect(f.every((b) => b === 0)).toBe(true);
      f.fill(i & 0xff || 1);
      frames.push([f, i & 0xff || 1]);
      const n = 1 + Math.floor(r() * 700);
      const c = allocCounters(n);
      expect(c.length).toBe(n);
      expect(c.every((x) => x === 0)).toBe(true);
      c.fill(i + 0.5);
      counters.push([c, i + 0.5]);
    }
    for (const [f, v] of frames) expect(f.every((b) => b === v)).toBe(true);
    for (const [c, v] of counters) expect(c.every((x) => x === v)).toBe(true);
  });

  it("every MIB gets counters of its own", () => {
    const all = [new NetMib6().c, new Inet6DevStats().c, new NetMib6().c, new NetMib().ip, new NetMib().tcp, new NetMib().net];
    all.forEach((c, i) => c.fill(i + 1));
    all.forEach((c, i) => expect(c.every((x) => x === i + 1)).toBe(true));
    expect(new NetMib6().c.length).toBe(new Inet6DevStats().c.length);
  });
});
