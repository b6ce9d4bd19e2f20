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
