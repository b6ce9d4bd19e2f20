// The checksums older than digests: POSIX cksum's CRC-32 (polynomial
// 0x04C11DB7, most significant bit first, the length appended in as few bytes
// as it needs, the result complemented), and sum's BSD (16-bit rotate-and-add)
// and System V (byte sum folded to 16 bits) checksums.

const TABLE = Array.from({ length: 256 }, (_, i) => {
  let c = i << 24;
  for (let k = 0; k < 8; k++) c = c & 0x80000000 ? (c << 1) ^ 0x04c11db7 : c << 1;
  return c >>> 0;
});

export function posixCksum(data: Uint8Array): number {
  let crc = 0;
  const step = (b: number) => (crc = ((crc << 8) ^ TABLE[((crc >>> 24) ^ b) & 0xff]!) >>> 0);
  for (const b of data) step(b);
  for (let n = data.length; n > 0; n = Math.floor(n / 256)) step(n % 256);
  return ~crc >>> 0;
}

export function bsdSum(data: Uint8Array): number {
  let s = 0;
  for (const b of data) s = (((s >> 1) + ((s & 1) << 15)) + b) & 0xffff;
  return s;
}

export function sysvSum(data: Uint8Array): number {
  let s = 0;
  for (const b of data) s = (s + b) >>> 0;
  const r = (s & 0xffff) + Math.floor(s / 65536);
  return (r & 0xffff) + (r >>> 16);
}
