// Differential test of the FIB's prefix index (src/kernel/ipv4/fib_lpm.ts):
// random tables large enough to use it, changed by inserts (append, prepend,
// replace), deletes, wholesale reassignments and nexthop flag flips between
// lookups; every lookup answered with the index on must equal the plain walk
// over the sorted aliases (index off).
import { describe, expect, test } from "vitest";
import type { NetDevice } from "../../src/kernel/core/netdevice.js";
import { fibLpmEnabled, fibTableDelete, fibTableInsert, type FibAlias, type FibTable, fibTableLookup } from "../../src/kernel/ipv4/fib.js";
import { LPM_MIN } from "../../src/kernel/ipv4/fib_lpm.js";
import { RT_SCOPE_HOST, RT_SCOPE_LINK, RT_SCOPE_NOWHERE, RT_SCOPE_UNIVERSE, RTN_BLACKHOLE, RTN_LOCAL, RTN_UNICAST, RTN_UNREACHABLE, RTNH_F_DEAD } from "../../src/uapi/route.js";

function rng(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x / 4294967296;
  };
}

const devs = [1, 2, 3, 4].map((ifindex) => ({ ifindex }) as unknown as NetDevice);
const mask = (l: number) => (l === 0 ? 0 : (0xffffffff << (32 - l)) >>> 0);

function lookupBoth(t: FibTable, flow: { dst: number; tos: number; scope: number; oif: number }) {
  fibLpmEnabled.on = false;
  const walk = fibTableLookup(t, flow)?.fa;
  fibLpmEnabled.on = true;
  const idx = fibTableLookup(t, flow)?.fa;
  return { walk, idx };
}

describe("FIB prefix index", () => {
  for (let seed = 1; seed <= 12; seed++) {
    test(`seed ${seed}: same answers as the walk`, () => {
      const r = rng(seed * 7919);
      const pick = <T>(a: T[]) => a[Math.floor(r() * a.length)]!;
      // Addresses from a small space so prefixes overlap and repeat.
      const addr = () => ((10 << 24) | (Math.floor(r() * 4) << 16) | (Math.floor(r() * 8) << 8) | Math.floor(r() * 4)) >>> 0;
      const route = (): FibAlias => {
        const dstLen = pick([0, 8, 16, 20, 24, 24, 24, 30, 32]);
        const type = pick([RTN_UNICAST, RTN_UNICAST, RTN_UNICAST, RTN_LOCAL, RTN_BLACKHOLE, RTN_UNREACHABLE]);
        return {
          dst: (addr() & mask(dstLen)) >>> 0,
          dstLen,
          tos: pick([0, 0, 0, 4]),
          type,
          table: 254,
          seq: 0,
          fi: {
            protocol: pick([2, 3, 4]),
            scope: pick([RT_SCOPE_UNIVERSE, RT_SCOPE_LINK, RT_SCOPE_HOST]),
            prefsrc: 0,
            priority: pick([0, 0, 100]),
            nh: { gw: pick([0, addr()]), dev: pick(devs), scope: RT_SCOPE_LINK, flags: r() < 0.1 ? RTNH_F_DEAD : 0 },
          },
        };
      };
      const t: FibTable = { id: 254, aliases: [] };
      let compared = 0;
      let indexed = 0;
      for (let step = 0; step < 1500; step++) {
        const op = r();
        if (op < 0.45) {
          fibTableInsert(t, route(), { replace: r() < 0.15, excl: r() < 0.1, append: r() < 0.5, create: true });
        } else if (op < 0.5 && t.aliases.length) {
          const v = pick(t.aliases);
          fibTableDelete(t, { dst: v.dst, dstLen: v.dstLen, tos: v.tos, type: 0, scope: RT_SCOPE_NOWHERE, prefsrc: 0, protocol: 0, priority: 0, oif: 0, gw: 0 });
        } else if (op < 0.52 && t.aliases.length) {
          // fib_sync_down/up: flags change in place, no new array.
          const v = pick(t.aliases);
          v.fi.nh.flags ^= RTNH_F_DEAD;
        } else if (op < 0.53) {
          // fib_frontend's flushes: a filtered copy.
          t.aliases = t.aliases.filter(() => r() < 0.9);
        } else {
          const flow = { dst: addr(), tos: pick([0, 0, 4, 8]), scope: pick([RT_SCOPE_UNIVERSE, RT_SCOPE_UNIVERSE, RT_SCOPE_LINK, RT_SCOPE_HOST]), oif: pick([0, 0, 0, 1, 2]) };
          const { walk, idx } = lookupBoth(t, flow);
          expect(idx).toBe(walk);
          compared++;
          if (t.aliases.length >= LPM_MIN) indexed++;
        }
      }
      expect(compared).toBeGreaterThan(500);
      expect(indexed).toBeGreaterThan(100);
    });
  }
});
