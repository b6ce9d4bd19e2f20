// SipHash-2-4 (lib/siphash.c siphash()): 64-bit keyed hash of a byte string,
// as the kernel's flow hashes use it (flow_hash_from_keys_seed). Written from
// the SipHash paper's description; the key is two little-endian u64 words.

const M64 = (1n << 64n) - 1n;

function rotl(x: bigint, b: bigint): bigint {
  return ((x << b) | (x >> (64n - b))) & M64;
}

/** siphash(data, len, key) with key = [k0, k1]: the 64-bit result. */
export function siphash24(data: Uint8Array, k0: bigint, k1: bigint): bigint {
  let v0 = 0x736f6d6570736575n ^ k0;
  let v1 = 0x646f72616e646f6dn ^ k1;
  let v2 = 0x6c7967656e657261n ^ k0;
  let v3 = 0x7465646279746573n ^ k1;
  const round = (): void => {
    v0 = (v0 + v1) & M64;
    v1 = rotl(v1, 13n) ^ v0;
    v0 = rotl(v0, 32n);
    v2 = (v2 + v3) & M64;
    v3 = rotl(v3, 16n) ^ v2;
    v0 = (v0 + v3) & M64;
    v3 = rotl(v3, 21n) ^ v0;
    v2 = (v2 + v1) & M64;
    v1 = rotl(v1, 17n) ^ v2;
    v2 = rotl(v2, 32n);
  };
  const n = data.length;
  const end = n - (n % 8);
  for (let i = 0; i < end; i += 8) {
    let m = 0n;
    for (let j = 7; j >= 0; j--) m = (m << 8n) | BigInt(data[i + j]!);
    v3 ^= m;
    round();
    round();
    v0 ^= m;
  }
  let b = BigInt(n & 0xff) << 56n;
  for (let j = (n % 8) - 1; j >= 0; j--) b |= BigInt(data[end + j]!) << BigInt(8 * j);
  v3 ^= b;
  round();
  round();
  v0 ^= b;
  v2 ^= 0xffn;
  round();
  round();
  round();
  round();
  return (v0 ^ v1 ^ v2 ^ v3) & M64;
}
