// Neighbour.writeHa() writes a 6-byte address kept as a 48-bit number into
// a frame; it must write exactly the bytes the address was set from, for any
// address (high bits set, zero words, the broadcast address).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Neighbour } from "../../src/kernel/core/neighbour.js";

describe("Neighbour.writeHa", () => {
  it("writes the address it was given", () => {
    const own = {} as ConstructorParameters<typeof Neighbour<number>>[4];
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 6, maxLength: 6 }), fc.nat(20), (ha, off) => {
        const n = new Neighbour<number>(1, 0, 0, 0, own, 0, ha);
        const d = new Uint8Array(off + 8).fill(0x5a);
        n.writeHa(d, off);
        expect(d.subarray(off, off + 6)).toEqual(ha);
        expect(d[off + 6]).toBe(0x5a);
        expect(n.ha).toEqual(ha);
      }),
      { numRuns: 3000 },
    );
    for (const ha of [[0xff, 0xff, 0xff, 0xff, 0xff, 0xff], [0, 0, 0, 0, 0, 0], [0xff, 0xff, 0, 0, 0, 0], [0, 0, 0xff, 0xff, 0xff, 0xff], [0x80, 0, 0, 0, 0, 1]]) {
      const n = new Neighbour<number>(1, 0, 0, 0, own, 0, Uint8Array.from(ha));
      const d = new Uint8Array(6);
      n.writeHa(d, 0);
      expect([...d]).toEqual(ha);
    }
  });
});
