// MD5 as RFC 1321 specifies it (md5sum, cksum -a md5). Little-endian words,
// four rounds of sixteen steps; the table of sines is computed, not listed.
import { padMessage } from "./pad.js";

const K = Array.from({ length: 64 }, (_, i) => Math.floor(Math.abs(Math.sin(i + 1)) * 2 ** 32) >>> 0);
const S = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21];

export function md5(data: Uint8Array): Uint8Array {
  const m = padMessage(data, 64, false);
  const h = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476];
  const w = new Uint32Array(16);
  const dv = new DataView(m.buffer);
  for (let off = 0; off < m.length; off += 64) {
    for (let i = 0; i < 16; i++) w[i] = dv.getUint32(off + i * 4, true);
    let [a, b, c, d] = h as [number, number, number, number];
    for (let i = 0; i < 64; i++) {
      let f: number;
      let g: number;
      const r = i >> 4;
      if (r === 0) [f, g] = [(b & c) | (~b & d), i];
      else if (r === 1) [f, g] = [(d & b) | (~d & c), (5 * i + 1) & 15];
      else if (r === 2) [f, g] = [b ^ c ^ d, (3 * i + 5) & 15];
      else [f, g] = [c ^ (b | ~d), (7 * i) & 15];
      const s = S[r * 4 + (i & 3)]!;
      const t = (a + f + K[i]! + w[g]!) >>> 0;
      a = d;
      d = c;
      c = b;
      b = (b + ((t << s) | (t >>> (32 - s)))) >>> 0;
    }
    h[0] = (h[0]! + a) >>> 0;
    h[1] = (h[1]! + b) >>> 0;
    h[2] = (h[2]! + c) >>> 0;
    h[3] = (h[3]! + d) >>> 0;
  }
  const out = new Uint8Array(16);
  const ov = new DataView(out.buffer);
  h.forEach((x, i) => ov.setUint32(i * 4, x, true));
  return out;
}
