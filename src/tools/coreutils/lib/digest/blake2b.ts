// BLAKE2b (RFC 7693) without a key, for b2sum and cksum -a blake2b: 128-byte
// blocks, twelve rounds of the G mixing function, output of 1–64 bytes (the
// length is part of the parameter block, so -l 256 is not a prefix of -l 512).
import { H512 } from "./sha512.js";

const M64 = (1n << 64n) - 1n;
const rotr = (x: bigint, n: bigint) => ((x >> n) | (x << (64n - n))) & M64;

// The message word schedule of RFC 7693 §2.7 (rounds 10 and 11 repeat 0 and 1).
const SIGMA = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
  [14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3],
  [11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4],
  [7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8],
  [9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13],
  [2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9],
  [12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11],
  [13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10],
  [6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5],
  [10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0],
];

export function blake2b(data: Uint8Array, outLen = 64): Uint8Array {
  const h = [...H512];
  h[0] = h[0]! ^ 0x01010000n ^ BigInt(outLen);
  const blocks = Math.max(1, Math.ceil(data.length / 128));
  const v: bigint[] = new Array(16).fill(0n);
  const m: bigint[] = new Array(16).fill(0n);
  const g = (a: number, b: number, c: number, d: number, x: bigint, y: bigint) => {
    v[a] = (v[a]! + v[b]! + x) & M64;
    v[d] = rotr(v[d]! ^ v[a]!, 32n);
    v[c] = (v[c]! + v[d]!) & M64;
    v[b] = rotr(v[b]! ^ v[c]!, 24n);
    v[a] = (v[a]! + v[b]! + y) & M64;
    v[d] = rotr(v[d]! ^ v[a]!, 16n);
    v[c] = (v[c]! + v[d]!) & M64;
    v[b] = rotr(v[b]! ^ v[c]!, 63n);
  };
  for (let bi = 0; bi < blocks; bi++) {
    const block = new Uint8Array(128);
    block.set(data.subarray(bi * 128, bi * 128 + 128));
    const dv = new DataView(block.buffer);
    for (let i = 0; i < 16; i++) m[i] = dv.getBigUint64(i * 8, true);
    const last = bi === blocks - 1;
    const counted = BigInt(Math.min(data.length, (bi + 1) * 128));
    for (let i = 0; i < 8; i++) {
      v[i] = h[i]!;
      v[i + 8] = H512[i]!;
    }
    v[12] = v[12]! ^ (counted & M64);
    if (last) v[14] = v[14]! ^ M64;
    for (let r = 0; r < 12; r++) {
      const s = SIGMA[r % 10]!;
      g(0, 4, 8, 12, m[s[0]!]!, m[s[1]!]!);
      g(1, 5, 9, 13, m[s[2]!]!, m[s[3]!]!);
      g(2, 6, 10, 14, m[s[4]!]!, m[s[5]!]!);
      g(3, 7, 11, 15, m[s[6]!]!, m[s[7]!]!);
      g(0, 5, 10, 15, m[s[8]!]!, m[s[9]!]!);
      g(1, 6, 11, 12, m[s[10]!]!, m[s[11]!]!);
      g(2, 7, 8, 13, m[s[12]!]!, m[s[13]!]!);
      g(3, 4, 9, 14, m[s[14]!]!, m[s[15]!]!);
    }
    for (let i = 0; i < 8; i++) h[i] = h[i]! ^ v[i]! ^ v[i + 8]!;
  }
  const full = new Uint8Array(64);
  const ov = new DataView(full.buffer);
  h.forEach((x, i) => ov.setBigUint64(i * 8, x, true));
  return full.slice(0, outLen);
}
