// The Merkle–Damgård padding MD5, SHA-1 and SHA-2 share: 0x80, zeros, then the
// message length in bits (8 bytes for 64-byte blocks, 16 for 128-byte ones),
// little-endian for MD5, big-endian for the SHA family.

export function padMessage(data: Uint8Array, block: 64 | 128, bigEndian: boolean): Uint8Array {
  const lenBytes = block === 64 ? 8 : 16;
  let total = data.length + 1 + lenBytes;
  total += (block - (total % block)) % block;
  const m = new Uint8Array(total);
  m.set(data);
  m[data.length] = 0x80;
  // Bit length as a 64-bit number (inputs here are far below 2^53 bits).
  let bits = data.length * 8;
  for (let i = 0; i < 8; i++) {
    const byte = bits % 256;
    bits = Math.floor(bits / 256);
    m[bigEndian ? total - 1 - i : total - lenBytes + i] = byte;
  }
  return m;
}

export function hex(b: Uint8Array): string {
  let s = "";
  for (const x of b) s += x.toString(16).padStart(2, "0");
  return s;
}
