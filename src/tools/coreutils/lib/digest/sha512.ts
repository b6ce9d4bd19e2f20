// SHA-384 and SHA-512 (FIPS 180-4 §6.4/§6.5) on 64-bit words as BigInts:
// sha384sum, sha512sum, cksum -a. Constants are computed with integer roots:
// the first 64 bits of the fractional parts of the cube roots of the first 80
// primes (K) and of the square roots of the first 8 (SHA-512) or 9th–16th
// (SHA-384) primes.
import { padMessage } from "./pad.js";
import { firstPrimes } from "./sha256.js";

const M64 = (1n << 64n) - 1n;

/** floor(n^(1/k)) for a BigInt n (Newton's method from a power-of-two overestimate). */
function iroot(n: bigint, k: bigint): bigint {
  let x = 1n << (BigInt(n.toString(2).length) / k + 1n);
  for (;;) {
    const y = ((k - 1n) * x + n / x ** (k - 1n)) / k;
    if (y >= x) return x;
    x = y;
  }
}

const PRIMES = firstPrimes(80).map(BigInt);
export const K512 = PRIMES.map((p) => iroot(p << 192n, 3n) & M64);
const sqrtFrac = (p: bigint) => iroot(p << 128n, 2n) & M64;
export const H512 = PRIMES.slice(0, 8).map(sqrtFrac);
export const H384 = PRIMES.slice(8, 16).map(sqrtFrac);

const rotr = (x: bigint, n: bigint) => ((x >> n) | (x << (64n - n))) & M64;

function compress(data: Uint8Array, init: bigint[], outWords: number): Uint8Array {
  const m = padMessage(data, 128, true);
  const h = [...init];
  const w: bigint[] = new Array(80).fill(0n);
  const dv = new DataView(m.buffer);
  for (let off = 0; off < m.length; off += 128) {
    for (let i = 0; i < 16; i++) w[i] = dv.getBigUint64(off + i * 8);
    for (let i = 16; i < 80; i++) {
      const x = w[i - 15]!;
      const y = w[i - 2]!;
      const s0 = rotr(x, 1n) ^ rotr(x, 8n) ^ (x >> 7n);
      const s1 = rotr(y, 19n) ^ rotr(y, 61n) ^ (y >> 6n);
      w[i] = (w[i - 16]! + s0 + w[i - 7]! + s1) & M64;
    }
    let [a, b, c, d, e, f, g, hh] = h as [bigint, bigint, bigint, bigint, bigint, bigint, bigint, bigint];
    for (let i = 0; i < 80; i++) {
      const t1 = (hh + (rotr(e, 14n) ^ rotr(e, 18n) ^ rotr(e, 41n)) + ((e & f) ^ (~e & M64 & g)) + K512[i]! + w[i]!) & M64;
      const t2 = ((rotr(a, 28n) ^ rotr(a, 34n) ^ rotr(a, 39n)) + ((a & b) ^ (a & c) ^ (b & c))) & M64;
      hh = g;
      g = f;
      f = e;
      e = (d + t1) & M64;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) & M64;
    }
    [a, b, c, d, e, f, g, hh].forEach((x, i) => (h[i] = (h[i]! + x) & M64));
  }
  const out = new Uint8Array(outWords * 8);
  const ov = new DataView(out.buffer);
  for (let i = 0; i < outWords; i++) ov.setBigUint64(i * 8, h[i]!);
  return out;
}

export const sha512 = (d: Uint8Array) => compress(d, H512, 8);
export const sha384 = (d: Uint8Array) => compress(d, H384, 6);
