// ip6ToBytes / ip6WordSum against the plain definition (network byte order,
// one byte at a time; the sum of the eight 16-bit words as sumWords gives it):
// both now work on 32-bit words to allocate fewer BigInts, and must give the
// same bytes for every address, at any offset, without touching the rest.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ip6FromBytes, ip6ToBytes, ip6WordSum, linkLocalFromMac, macToBytes } from "../../src/wire/addr.js";
import { belowLinkLocal } from "../../src/kernel/ipv6/mcast.js";
import { pseudoSum6, sumWords } from "../../src/wire/checksum.js";

function bytesByDefinition(a: bigint): number[] {
  const out: number[] = [];
  for (let i = 15; i >= 0; i--) out.push(Number((a >> BigInt(i * 8)) & 0xffn));
  return out;
}

const ip6 = fc.bigInt({ min: 0n, max: (1n << 128n) - 1n });

describe("IPv6 address bytes", () => {
  it("ip6ToBytes writes the address in network order at the offset, and ip6FromBytes reads it back", () => {
    fc.assert(
      fc.property(ip6, fc.integer({ min: 0, max: 24 }), (a, o) => {
        const buf = new Uint8Array(40).fill(0xaa);
        ip6ToBytes(a, buf, o);
        expect([...buf.subarray(o, o + 16)]).toEqual(bytesByDefinition(a));
        expect(buf.subarray(0, o).every((b) => b === 0xaa) && buf.subarray(o + 16).every((b) => b === 0xaa)).toBe(true);
        expect(ip6FromBytes(buf, o)).toBe(a);
      }),
      { numRuns: 2000, seed: 20261122 },
    );
    expect([...ip6ToBytes((1n << 128n) - 1n)]).toEqual(Array(16).fill(255));
    expect([...ip6ToBytes(0xff020000000000000000000000000016n)]).toEqual([0xff, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x16]);
  });

  it("ip6WordSum and the IPv6 pseudo-header sum equal sumWords over the address bytes", () => {
    fc.assert(
      fc.property(ip6, ip6, fc.integer({ min: 0, max: 0x1ffff }), (s, d, len) => {
        const src = Uint8Array.from(bytesByDefinition(s));
        const dst = Uint8Array.from(bytesByDefinition(d));
        expect(ip6WordSum(s)).toBe(sumWords(src));
        expect(pseudoSum6(s, d, 58, len)).toBe(sumWords(dst, sumWords(src)) + Math.floor(len / 0x10000) + (len & 0xffff) + 58);
      }),
      { numRuns: 2000, seed: 20261122 },
    );
  });
});

describe("IPv6 address arithmetic without BigInt shifts", () => {
  it("linkLocalFromMac is fe80::/64 with the modified EUI-64 of the MAC (by definition, byte by byte)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 48 - 1 }), (m) => {
        const mac = macToBytes(m);
        const want = [0xfe, 0x80, 0, 0, 0, 0, 0, 0, mac[0]! ^ 2, mac[1]!, mac[2]!, 0xff, 0xfe, mac[3]!, mac[4]!, mac[5]!];
        expect([...ip6ToBytes(linkLocalFromMac(m))]).toEqual(want);
      }),
      { numRuns: 2000, seed: 20261122 },
    );
  });

  it("belowLinkLocal is IPV6_ADDR_MC_SCOPE() < 2 (the scope nibble of the second byte)", () => {
    const groups = fc.oneof(
      ip6,
      fc.tuple(fc.integer({ min: 0xff00, max: 0xffff }), fc.bigInt({ min: 0n, max: (1n << 112n) - 1n })).map(([top, rest]) => (BigInt(top) << 112n) | rest),
      fc.constantFrom(0xff02n << 112n, (0xff10n << 112n) - 1n, 0xff10n << 112n, (0xff02n << 112n) - 1n, 0xff01n << 112n),
    );
    fc.assert(
      fc.property(groups, (a) => {
        expect(belowLinkLocal(a)).toBe(ip6ToBytes(a)[1]! % 16 < 2);
      }),
      { numRuns: 3000, seed: 20261122 },
    );
  });
});
