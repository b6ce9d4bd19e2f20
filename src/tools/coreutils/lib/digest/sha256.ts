// SHA-224 and SHA-256 (FIPS 180-4 §6.2/§6.3): sha224sum, sha256sum, cksum -a.
// The round constants are the fractional parts of the cube roots of the first
// 64 primes, computed here rather than listed.
import { padMessage } from "./pad.js";

export function firstPrimes(n: number): number[] {
  const ps: number[] = [];
  for (let c = 2; ps.length < n; c++) if (ps.every((p) => c % p !== 0)) ps.push(c);
  return ps;
}

const frac32 = (x: number) => Math.floor((x - Math.floor(x)) * 2 ** 32) >>> 0;
const PRIMES = firstPrimes(64);
const K = PRIMES.map((p) => frac32(Math.cbrt(p)));
const H256 = PRIMES.slice(0, 8).map((p) => frac32(Math.sqrt(p)));
// SHA-224's initial values are the second 32 bits of the fractional parts of
// the square roots of the 9th to 16th primes (FIPS 180-4 §5.3.2).
const H224 = [0xc1059ed8, 0x367cd507, 0x3070dd17, 0xf70e5939, 0xffc00b31, 0x68581511, 0x64f98fa7, 0xbefa4fa4];

const rotr = (x: number, n: number) => ((x >>> n) | (x << (32 - n))) >>> 0;

function compress(data: Uint8Array, init: number[], outWords: number): Uint8Array {
  const m = padMessage(data, 64, true);
  const h = [...init];
  const w = new Uint32Array(64);
  const dv = new DataView(m.buffer);
  for (let off = 0; off < m.length; off += 64) {
    for (let i = 0; i < 16; i++) w[i] = dv.getUint32(off + i * 4);
    for (let i = 16; i < 64; i++) {
      const x = w[i - 15]!;
      const y = w[i - 2]!;
      const s0 = rotr(x, 7) ^ rotr(x, 18) ^ (x >>> 3);
      const s1 = rotr(y, 17) ^ rotr(y, 19) ^ (y >>> 10);
      w[i] = (w[i - 16]! + s0 + w[i - 7]! + s1) >>> 0;
    }
    let [a, b, c, d, e, f, g, hh] = h as [number, number, number, number, number, number, number, number];
    for (let i = 0; i < 64; i++) {
      const t1 = (hh + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + K[i]! + w[i]!) >>> 0;
      const t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) >>> 0;
      hh = g;
      g = f;
      f = e;
      e = (d + t1) >>> 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) >>> 0;
    }
    [a, b, c, d, e, f, g, hh].forEach((x, i) => (h[i] = (h[i]! + x) >>> 0));
  }
  const out = new Uint8Array(outWords * 4);
  const ov = new DataView(out.buffer);
  for (let i = 0; i < outWords; i++) ov.setUint32(i * 4, h[i]!);
  return out;
}

export const sha256 = (d: Uint8Array) => compress(d, H256, 8);
export const sha224 = (d: Uint8Array) => compress(d, H224, 7);
