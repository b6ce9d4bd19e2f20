// sumRange() sums two 16-bit words per step, and an echo reply's checksum
// is folded from the request's sum (echoReplySum) instead of summed again:
// both must give exactly what the one-word-at-a-time definition gives, for
// any range, length (odd ones too) and contents, including the messages
// whose sum is zero (RFC 1624's -0/+0 case).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldComplement, sumRange, sumWords } from "../../src/wire/checksum.js";
import { echoReplySum, emitEchoInto } from "../../src/wire/icmp.js";

/** RFC 1071, one big-endian word at a time. */
function refSum(d: Uint8Array, start: number, end: number, sum = 0): number {
  for (let i = start; i < end; i += 2) sum += (d[i]! << 8) | (i + 1 < end ? d[i + 1]! : 0);
  return sum;
}

describe("checksum sums", () => {
  it("sumRange and sumWords equal the word-by-word sum", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.nat(), fc.nat(), fc.nat({ max: 1 << 20 }), (d, a, b, init) => {
        const s = d.length ? a % (d.length + 1) : 0;
        const e = s + (d.length - s ? b % (d.length - s + 1) : 0);
        expect(sumRange(d, s, e, init)).toBe(refSum(d, s, e, init));
        expect(sumWords(d)).toBe(refSum(d, 0, d.length));
      }),
      { numRuns: 3000 },
    );
  });

  /** An echo request at b[off, off + 8 + data.length) with a valid checksum. */
  function request(type: number, code: number, id: number, seq: number, data: Uint8Array): Uint8Array {
    const b = new Uint8Array(8 + data.length + 3);
    const off = 3;
    b[off] = type;
    b[off + 1] = code;
    b[off + 4] = id >> 8;
    b[off + 5] = id & 0xff;
    b[off + 6] = seq >> 8;
    b[off + 7] = seq & 0xff;
    b.set(data, off + 8);
    const c = foldComplement(refSum(b, off, off + 8 + data.length));
    b[off + 2] = c >> 8;
    b[off + 3] = c & 0xff;
    return b;
  }

  function replyBoth(req: Uint8Array): [Uint8Array, Uint8Array] {
    const off = 3;
    const end = req.length;
    const id = (req[off + 4]! << 8) | req[off + 5]!;
    const seq = (req[off + 6]! << 8) | req[off + 7]!;
    const sum = sumRange(req, off, end);
    expect(foldComplement(sum)).toBe(0);
    const a = new Uint8Array(end - off + 5);
    const b = new Uint8Array(end - off + 5);
    emitEchoInto(a, 5, 0, id, seq, req, off + 8, end);
    emitEchoInto(b, 5, 0, id, seq, req, off + 8, end, echoReplySum(req, off, sum));
    return [a, b];
  }

  it("the echo reply's checksum from the request's sum equals the reply summed", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 0xffff }), fc.integer({ min: 0, max: 0xffff }), fc.uint8Array({ maxLength: 200 }), (code, id, seq, data) => {
        const [a, b] = replyBoth(request(8, code, id, seq, data));
        expect(b).toEqual(a);
      }),
      { numRuns: 3000 },
    );
    // Replies whose words all sum to zero, or to a multiple of 0xffff.
    for (const data of [new Uint8Array(0), new Uint8Array(1), new Uint8Array(56), Uint8Array.of(0xff, 0xff), Uint8Array.of(0xff, 0xfe, 0, 1), Uint8Array.of(0xf7, 0xff)]) {
      for (const [id, seq] of [[0, 0], [0xffff, 0], [0xffff, 0xffff], [0x0800, 0xf7ff]]) {
        const [a, b] = replyBoth(request(8, 0, id!, seq!, data));
        expect(b).toEqual(a);
      }
    }
  });
});
