// A growable byte buffer: printf, echo and tr emit raw bytes (\xff is one byte,
// not the UTF-8 encoding of U+00FF), so text is built as bytes, not strings.

const enc = new TextEncoder();

export class ByteSink {
  private buf = new Uint8Array(64);
  length = 0;

  private ensure(n: number): void {
    if (this.length + n <= this.buf.length) return;
    let cap = this.buf.length * 2;
    while (cap < this.length + n) cap *= 2;
    const b = new Uint8Array(cap);
    b.set(this.buf.subarray(0, this.length));
    this.buf = b;
  }

  byte(b: number): void {
    this.ensure(1);
    this.buf[this.length++] = b & 0xff;
  }

  bytes(b: Uint8Array): void {
    this.ensure(b.length);
    this.buf.set(b, this.length);
    this.length += b.length;
  }

  text(s: string): void {
    this.bytes(enc.encode(s));
  }

  /** Writes the UTF-8 encoding of a code point (\u escapes). */
  codePoint(cp: number): void {
    if (cp >= 0xd800 && cp <= 0xdfff) {
      // A lone surrogate has no UTF-8 form; glibc emits its 3-byte CESU form.
      this.byte(0xe0 | (cp >> 12));
      this.byte(0x80 | ((cp >> 6) & 0x3f));
      this.byte(0x80 | (cp & 0x3f));
      return;
    }
    this.text(String.fromCodePoint(cp));
  }

  result(): Uint8Array {
    return this.buf.slice(0, this.length);
  }
}

export function utf8(s: string): Uint8Array {
  return enc.encode(s);
}

/** Decodes bytes as UTF-8 (invalid sequences become U+FFFD). */
export function fromUtf8(b: Uint8Array): string {
  return new TextDecoder().decode(b);
}
