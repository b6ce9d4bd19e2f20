// The TPACKET_V3 block ring on the virtual clock (src/kernel/core/af_packet_v3.ts):
// when blocks retire (timer phase, block full), what the reader gets, freezing
// and drops. The end-to-end behaviour is pinned by test/golden/tcpdump/.
import { describe, expect, it } from "vitest";
import { Clock } from "../../src/sim/clock.js";
import { BlockRing, tpacket3Size } from "../../src/kernel/core/af_packet_v3.js";

const MS = 1_000_000;

function ring(blocks: number, blockSize: number, tovMs: number) {
  const clock = new Clock();
  const ready: number[] = [];
  const r = new BlockRing<string>(clock, blocks, blockSize, tovMs * MS, () => ready.push(clock.now));
  const runTo = (t: number) => {
    while (clock.nextTime() !== undefined && clock.nextTime()! <= t) clock.runNext();
    clock.at(t, () => {});
    clock.runNext();
  };
  const drain = () => {
    const out: string[] = [];
    for (let x = r.take(); x !== undefined; x = r.take()) out.push(x);
    return out;
  };
  return { clock, r, ready, runTo, drain };
}

describe("TPACKET_V3 block ring", () => {
  it("sizes packets as tpacket3 headers plus the frame, aligned", () => {
    // Ethernet, 98-byte ping: tp_mac 86 (68-byte header + sockaddr_ll, 16-aligned, + 4 reserved, - 14).
    expect(tpacket3Size(14, 98)).toBe(184);
    expect(tpacket3Size(14, 42)).toBe(128);
    // cooked ("any"): no link header before tp_net.
    expect(tpacket3Size(0, 84)).toBe(184);
  });

  it("retires a block at the timer's next tick in the phase of the ring's setup, not per packet", () => {
    const { r, ready, runTo, drain } = ring(8, 262144, 1000);
    runTo(500 * MS);
    expect(r.add("a", 184)).toBe(true);
    runTo(900 * MS);
    r.add("b", 184);
    expect(drain()).toEqual([]);
    runTo(1001 * MS);
    expect(ready).toEqual([1000 * MS + 1000]);
    expect(drain()).toEqual(["a", "b"]);
    // An idle period keeps the phase: the next packet retires at the tick after it.
    runTo(2500 * MS);
    r.add("c", 184);
    runTo(4000 * MS);
    expect(ready).toEqual([1000 * MS + 1000, 3000 * MS + 1000]);
    expect(drain()).toEqual(["c"]);
  });

  it("retires a full block at once and restarts the timer's period when the next opens", () => {
    const { r, ready, runTo, drain } = ring(4, 1024, 1000);
    runTo(100 * MS);
    for (let i = 0; i < 7; i++) expect(r.add(`p${i}`, 184)).toBe(true);
    // 48 + 5 × 184 = 968: the sixth packet does not fit (strictly less than the end), so the block retires.
    expect(ready).toEqual([100 * MS]);
    expect(drain()).toEqual(["p0", "p1", "p2", "p3", "p4"]);
    runTo(1050 * MS);
    expect(drain()).toEqual([]);
    runTo(1100 * MS);
    expect(drain()).toEqual(["p5", "p6"]);
  });

  it("freezes when the reader holds every block: drops until it hands the current one back", () => {
    const { r, drain } = ring(2, 1024, 1000);
    const results: boolean[] = [];
    for (let i = 0; i < 12; i++) results.push(r.add(`p${i}`, 184));
    // Two blocks of five; the eleventh finds the reader's first block in the way.
    expect(results).toEqual([...Array(10).fill(true), false, false]);
    expect(drain()).toEqual(["p0", "p1", "p2", "p3", "p4", "p5", "p6", "p7", "p8", "p9"]);
    expect(r.add("q", 184)).toBe(true);
  });

  it("keeps no clock event while the open block is empty, and none after close", () => {
    const { clock, r, runTo } = ring(8, 262144, 1000);
    expect(clock.nextTime()).toBeUndefined();
    runTo(10 * MS);
    r.add("a", 184);
    expect(clock.nextTime()).toBe(1000 * MS + 1000);
    r.close();
    expect(clock.nextTime()).toBeUndefined();
    expect(r.add("b", 184)).toBe(false);
  });
});
