// The startup snapshot's TextDecoder (src/cli/snapshot-decoder.ts) against
// node's: the same strings for random bytes (weighted towards UTF-8 lead and
// continuation bytes, the WHATWG boundary cases and BOMs) cut into random
// chunks, streaming and not, with and without ignoreBOM and fatal.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SnapshotTextDecoder } from "../../src/cli/snapshot-decoder.js";

const byte = fc.oneof(
  fc.integer({ min: 0, max: 255 }),
  fc.integer({ min: 0x80, max: 0xbf }),
  fc.constantFrom(0x41, 0xc2, 0xdf, 0xe0, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xc0, 0xc1, 0xa0, 0x9f, 0x90, 0x8f, 0xbb, 0xbf, 0xff),
);
const bom = fc.constantFrom([], [0xef, 0xbb, 0xbf], [0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf]);
/** One decode call: bytes and whether it streams. */
const call = fc.record({ bytes: fc.array(byte, { maxLength: 12 }), stream: fc.boolean(), undef: fc.boolean() });
const calls = fc.tuple(bom, fc.array(call, { maxLength: 8 }));

function outcome(d: { decode(i?: Uint8Array, o?: { stream?: boolean }): string }, cs: Array<{ bytes: number[]; stream: boolean; undef: boolean }>): string[] {
  const out: string[] = [];
  for (const c of cs) {
    try {
      out.push(d.decode(c.undef && c.bytes.length === 0 ? undefined : new Uint8Array(c.bytes), c.stream ? { stream: true } : undefined));
    } catch (e) {
      out.push(`throws ${(e as Error).name}`);
      break;
    }
  }
  return out;
}

describe("SnapshotTextDecoder", () => {
  for (const opts of [{}, { ignoreBOM: true }, { fatal: true }]) {
    it(`decodes as node's TextDecoder does, ${JSON.stringify(opts)}`, () => {
      fc.assert(
        fc.property(calls, ([lead, cs]) => {
          const withBom = cs.length ? [{ ...cs[0]!, bytes: [...lead, ...cs[0]!.bytes] }, ...cs.slice(1)] : cs;
          expect(outcome(new SnapshotTextDecoder(undefined, opts), withBom)).toEqual(outcome(new TextDecoder(undefined, opts), withBom));
        }),
        { numRuns: 3000 },
      );
    });
  }

  it("decodes every byte sequence up to 3 bytes, cut anywhere, as node does", () => {
    for (let n = 0; n < 1 << 12; n++) {
      // Three bytes from a set of 16 that covers every class.
      const set = [0x41, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc2, 0xdf, 0xe0, 0xed, 0xef, 0xf0, 0xf4, 0xf5];
      const b = [set[n & 15]!, set[(n >> 4) & 15]!, set[(n >> 8) & 15]!];
      for (let cut = 0; cut <= 3; cut++) {
        const cs = [
          { bytes: b.slice(0, cut), stream: true, undef: false },
          { bytes: b.slice(cut), stream: true, undef: false },
          { bytes: [], stream: false, undef: true },
        ];
        expect(outcome(new SnapshotTextDecoder(), cs)).toEqual(outcome(new TextDecoder(), cs));
      }
    }
  });

  it("gives node's decoder for other encodings", () => {
    const d = new SnapshotTextDecoder("latin1");
    expect(d).toBeInstanceOf(TextDecoder);
    expect(d.decode(new Uint8Array([0xe9]))).toBe("é");
    expect(new SnapshotTextDecoder("UTF8").encoding).toBe("utf-8");
  });
});
