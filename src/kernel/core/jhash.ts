// include/linux/jhash.h: Bob Jenkins' lookup3 hash as the kernel uses it for
// small fixed-size keys (NAT's address choice, xt_cluster, HMARK). All three
// entry points end in the same final mix; only the initial value differs with
// the number of words.

const JHASH_INITVAL = 0xdeadbeef;

const rol32 = (x: number, k: number) => ((x << k) | (x >>> (32 - k))) >>> 0;

/** __jhash_final(a, b, c) */
function jhashFinal(a: number, b: number, c: number): number {
  c = ((c ^ b) - rol32(b, 14)) >>> 0;
  a = ((a ^ c) - rol32(c, 11)) >>> 0;
  b = ((b ^ a) - rol32(a, 25)) >>> 0;
  c = ((c ^ b) - rol32(b, 16)) >>> 0;
  a = ((a ^ c) - rol32(c, 4)) >>> 0;
  b = ((b ^ a) - rol32(a, 14)) >>> 0;
  c = ((c ^ b) - rol32(b, 24)) >>> 0;
  return c;
}

/** jhash_3words() */
export function jhash3(a: number, b: number, c: number, initval: number): number {
  const iv = (initval + JHASH_INITVAL + (3 << 2)) >>> 0;
  return jhashFinal((a + iv) >>> 0, (b + iv) >>> 0, (c + iv) >>> 0);
}

/** jhash_1word(), which is also jhash2() of a one-word key. */
export function jhash1Word(a: number, initval: number): number {
  const iv = (initval + JHASH_INITVAL + (1 << 2)) >>> 0;
  return jhashFinal((a + iv) >>> 0, iv, iv);
}

/** __jhash_mix(a, b, c) */
function jhashMix(a: number, b: number, c: number): [number, number, number] {
  a = ((a - c) >>> 0) ^ rol32(c, 4);
  c = (c + b) >>> 0;
  b = ((b - a) >>> 0) ^ rol32(a, 6);
  a = (a + c) >>> 0;
  c = ((c - b) >>> 0) ^ rol32(b, 8);
  b = (b + a) >>> 0;
  a = ((a - c) >>> 0) ^ rol32(c, 16);
  c = (c + b) >>> 0;
  b = ((b - a) >>> 0) ^ rol32(a, 19);
  a = (a + c) >>> 0;
  c = ((c - b) >>> 0) ^ rol32(b, 4);
  b = (b + a) >>> 0;
  return [a >>> 0, b >>> 0, c >>> 0];
}

/** jhash2(): a key of `k.length` 32-bit words (an IPv6 address is four). */
export function jhash2(k: readonly number[], initval: number): number {
  let a = (JHASH_INITVAL + (k.length << 2) + initval) >>> 0;
  let b = a;
  let c = a;
  let i = 0;
  let n = k.length;
  while (n > 3) {
    a = (a + k[i]!) >>> 0;
    b = (b + k[i + 1]!) >>> 0;
    c = (c + k[i + 2]!) >>> 0;
    [a, b, c] = jhashMix(a, b, c);
    n -= 3;
    i += 3;
  }
  if (n === 0) return c;
  if (n >= 3) c = (c + k[i + 2]!) >>> 0;
  if (n >= 2) b = (b + k[i + 1]!) >>> 0;
  a = (a + k[i]!) >>> 0;
  return jhashFinal(a, b, c);
}
