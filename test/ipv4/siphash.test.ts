// SipHash-2-4 (kernel/core/siphash.ts) against the reference paper's vectors:
// key 00..0f, messages 00, 00 01, ... (the first bytes of the table in the
// SipHash paper, appendix A / the kernel's lib/siphash_kunit.c test_vectors).
import { describe, expect, it } from "vitest";
import { siphash24 } from "../../src/kernel/core/siphash.js";

const K0 = 0x0706050403020100n;
const K1 = 0x0f0e0d0c0b0a0908n;
const msg = (n: number) => Uint8Array.from({ length: n }, (_, i) => i);

describe("siphash24", () => {
  it("matches the reference vectors", () => {
    expect(siphash24(msg(0), K0, K1)).toBe(0x726fdb47dd0e0e31n);
    expect(siphash24(msg(1), K0, K1)).toBe(0x74f839c593dc67fdn);
    expect(siphash24(msg(8), K0, K1)).toBe(0x93f5f5799a932462n);
    expect(siphash24(msg(15), K0, K1)).toBe(0xa129ca6149be45e5n);
  });
});
