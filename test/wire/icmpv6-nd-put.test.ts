// The ND and MLDv2 messages the kernel sends are written in place
// (putIcmpv6Nd into the frame, checksum from the addresses already in it:
// pseudoSum6At). Checked against the layouts by definition (RFC 4861 4.1-4.4
// and 4.6, RFC 3810 5.2, the checksum of RFC 4443 2.3 over a copy with the
// field zeroed), for random messages, at any offset of a frame, and through
// emitIcmpv6, which uses the same writer; parseIcmpv6 reads them back.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ip6ToBytes, macToBytes } from "../../src/wire/addr.js";
import { internetChecksum, pseudoSum6, pseudoSum6At } from "../../src/wire/checksum.js";
import { emitIcmpv6, icmpv6NdLength, parseIcmpv6, putIcmpv6Nd, type Icmpv6NdRepr, type NdOption } from "../../src/wire/icmpv6.js";

const ip6 = fc.bigInt({ min: 0n, max: (1n << 128n) - 1n });
const mac = fc.integer({ min: 0, max: 2 ** 48 - 1 });
const bytes = (max: number) => fc.uint8Array({ minLength: 0, maxLength: max });

const option: fc.Arbitrary<NdOption> = fc.oneof(
  fc.record({ kind: fc.constant("source-lladdr" as const), mac }),
  fc.record({ kind: fc.constant("target-lladdr" as const), mac }),
  fc.record({ kind: fc.constant("nonce" as const), nonce: fc.uint8Array({ minLength: 6, maxLength: 6 }) }),
  fc.record({ kind: fc.constant("mtu" as const), mtu: fc.integer({ min: 0, max: 0xffffffff }) }),
  fc.record({
    kind: fc.constant("prefix-info" as const),
    prefixLen: fc.integer({ min: 0, max: 128 }),
    onLink: fc.boolean(),
    autonomous: fc.boolean(),
    validLifetime: fc.integer({ min: 0, max: 0xffffffff }),
    preferredLifetime: fc.integer({ min: 0, max: 0xffffffff }),
    prefix: ip6,
  }),
  fc.record({ kind: fc.constant("unknown" as const), type: fc.integer({ min: 20, max: 255 }), data: bytes(20) }),
);
const options = fc.array(option, { maxLength: 4 });

const repr: fc.Arbitrary<Icmpv6NdRepr> = fc.oneof(
  fc.record({ kind: fc.constant("router-solicit" as const), options }),
  fc.record({ kind: fc.constant("neighbor-solicit" as const), target: ip6, options }),
  fc.record({
    kind: fc.constant("neighbor-advert" as const),
    router: fc.boolean(),
    solicited: fc.boolean(),
    override: fc.boolean(),
    target: ip6,
    options,
  }),
  fc.record({
    kind: fc.constant("mld2-report" as const),
    records: fc.array(
      fc.record({
        type: fc.integer({ min: 1, max: 6 }),
        aux: fc.integer({ min: 0, max: 3 }).map((w) => new Uint8Array(w * 4).fill(0x5a)),
        group: ip6,
        sources: fc.array(ip6, { maxLength: 3 }),
      }),
      { maxLength: 4 },
    ),
  }),
);

const be = (v: number, n: number) => Array.from({ length: n }, (_, i) => Math.floor(v / 2 ** (8 * (n - 1 - i))) & 0xff);
const a6 = (a: bigint) => [...ip6ToBytes(a)];

function optionByDefinition(o: NdOption): number[] {
  const padTo8 = (b: number[]) => [...b, ...new Array<number>((8 - (b.length % 8)) % 8).fill(0)];
  switch (o.kind) {
    case "source-lladdr":
    case "target-lladdr":
      return [o.kind === "source-lladdr" ? 1 : 2, 1, ...macToBytes(o.mac)];
    case "nonce":
      return padTo8([14, Math.ceil((2 + o.nonce.length) / 8), ...o.nonce]);
    case "unknown":
      return padTo8([o.type, Math.ceil((2 + o.data.length) / 8), ...o.data]);
    case "mtu":
      return [5, 1, 0, 0, ...be(o.mtu, 4)];
    case "prefix-info":
      return [3, 4, o.prefixLen, (o.onLink ? 0x80 : 0) | (o.autonomous ? 0x40 : 0), ...be(o.validLifetime, 4), ...be(o.preferredLifetime, 4), 0, 0, 0, 0, ...a6(o.prefix)];
  }
}

function byDefinition(r: Icmpv6NdRepr, src: bigint, dst: bigint): number[] {
  let m: number[];
  switch (r.kind) {
    case "router-solicit":
      m = [133, 0, 0, 0, 0, 0, 0, 0, ...r.options.flatMap(optionByDefinition)];
      break;
    case "neighbor-solicit":
      m = [135, 0, 0, 0, 0, 0, 0, 0, ...a6(r.target), ...r.options.flatMap(optionByDefinition)];
      break;
    case "neighbor-advert":
      m = [136, 0, 0, 0, (r.router ? 0x80 : 0) | (r.solicited ? 0x40 : 0) | (r.override ? 0x20 : 0), 0, 0, 0, ...a6(r.target), ...r.options.flatMap(optionByDefinition)];
      break;
    case "mld2-report":
      m = [143, 0, 0, 0, 0, 0, ...be(r.records.length, 2)];
      for (const rec of r.records) m.push(rec.type, rec.aux.length / 4, ...be(rec.sources.length, 2), ...a6(rec.group), ...rec.sources.flatMap(a6), ...rec.aux);
      break;
  }
  const pseudo = [...a6(src), ...a6(dst), ...be(m.length, 4), 0, 0, 0, 58];
  const c = internetChecksum(Uint8Array.from([...pseudo, ...m]));
  m[2] = c >> 8;
  m[3] = c & 0xff;
  return m;
}

describe("ND/MLDv2 messages written in place", () => {
  it("match the layout by definition, in a frame at any offset and through emitIcmpv6", () => {
    fc.assert(
      fc.property(repr, ip6, ip6, fc.integer({ min: 0, max: 12 }), (r, src, dst, pre) => {
        const want = byDefinition(r, src, dst);
        expect(icmpv6NdLength(r)).toBe(want.length);
        expect([...emitIcmpv6(r, src, dst)]).toEqual(want);
        // As ip6McFrame lays it out: addresses at 22, the message after a gap of `pre` bytes past 54.
        const frame = new Uint8Array(54 + pre + want.length);
        ip6ToBytes(src, frame, 22);
        ip6ToBytes(dst, frame, 38);
        frame.fill(0x77, 54, 54 + pre);
        const n = icmpv6NdLength(r);
        expect(pseudoSum6At(frame, 22, 58, n)).toBe(pseudoSum6(src, dst, 58, n));
        putIcmpv6Nd(r, frame, 54 + pre, pseudoSum6At(frame, 22, 58, n));
        expect([...frame.subarray(54 + pre)]).toEqual(want);
        expect(frame.subarray(54, 54 + pre).every((x) => x === 0x77)).toBe(true);
        const p = parseIcmpv6(frame.subarray(54 + pre));
        expect(p.ok && p.repr.kind).toBe(r.kind);
      }),
      { numRuns: 1500, seed: 20261122 },
    );
  });
});
