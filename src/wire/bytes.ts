// Big-endian field access on byte arrays (network order), shared by every
// protocol view. Bounds are the caller's business: parsers check lengths first.

export function get16(b: Uint8Array, o: number): number {
  return (b[o]! << 8) | b[o + 1]!;
}

export function get32(b: Uint8Array, o: number): number {
  return ((b[o]! << 24) | (b[o + 1]! << 16) | (b[o + 2]! << 8) | b[o + 3]!) >>> 0;
}

export function put16(b: Uint8Array, o: number, v: number): void {
  b[o] = (v >>> 8) & 0xff;
  b[o + 1] = v & 0xff;
}

export function put32(b: Uint8Array, o: number, v: number): void {
  b[o] = (v >>> 24) & 0xff;
  b[o + 1] = (v >>> 16) & 0xff;
  b[o + 2] = (v >>> 8) & 0xff;
  b[o + 3] = v & 0xff;
}

export function concatBytes(...parts: Uint8Array[]): Uint8Array {
  let n = 0;
  for (const p of parts) n += p.length;
  const out = new Uint8Array(n);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Why a parser rejected its input (smoltcp's Error::Truncated / Error::Malformed). */
export type WireError = "truncated" | "malformed" | "unsupported";

/** A parse result: the header as a Repr plus the bytes it carries, or why it failed. */
export type Parsed<R> = { ok: true; repr: R; payload: Uint8Array } | { ok: false; error: WireError };

export function fail(error: WireError): { ok: false; error: WireError } {
  return { ok: false, error };
}

const utf8Encoder = new TextEncoder();

/** Bytes of `s` in UTF-8 (strlen of the C string a tool would pass), without encoding ASCII text. */
export function utf8Length(s: string): number {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x80) return utf8Encoder.encode(s).length;
  return s.length;
}
