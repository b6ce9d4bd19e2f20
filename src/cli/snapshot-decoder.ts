// TextDecoder for the startup snapshot (snapshot-main.ts): UTF-8 decoding
// whose streaming state is plain JS, so that a world booted while the
// snapshot is made can be stored in it.
//
// Node's TextDecoder keeps a streaming decode's state in an ICU converter, a
// native handle that a V8 startup snapshot cannot hold (the builder aborts),
// and every process of a world writes through streaming decoders
// (World.runProgram's stdout/stderr). A non-streaming UTF-8 decode holds no
// handle. So this decoder keeps the bytes of an unfinished sequence itself
// and hands node's decoder (non-streaming, ignoreBOM) only input that ends
// where the streaming decoder would be between sequences; it drops the
// stream's leading BOM itself. The output is the WHATWG streaming decoder's,
// U+FFFD for U+FFFD (test/cli/snapshot-decoder.test.ts compares it with
// node's on random bytes cut at random places). Other encodings, which the
// world does not use, get node's decoder.

const NativeTextDecoder = globalThis.TextDecoder;

// Used only without `stream`, node's decoder holds no state between calls, so
// every instance shares one (made when the bundle loads, so in the snapshot:
// a non-streaming decode holds no native handle).
const INNER = new NativeTextDecoder("utf-8", { ignoreBOM: true });
const INNER_FATAL = new NativeTextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** How many bytes a sequence led by `b` has in all, or 0 if `b` leads none. */
function seqLength(b: number): number {
  if (b >= 0xc2 && b <= 0xdf) return 2;
  if (b >= 0xe0 && b <= 0xef) return 3;
  if (b >= 0xf0 && b <= 0xf4) return 4;
  return 0;
}

/**
 * Where the unfinished sequence at the end of `b` starts (b.length if none):
 * a lead byte among the last three whose following bytes, up to the end, are
 * all the continuation bytes it accepts there (WHATWG's bounds for the
 * second byte after E0, ED, F0, F4).
 */
function unfinishedStart(b: Uint8Array): number {
  const n = b.length;
  for (let i = n - 1; i >= 0 && i >= n - 3; i--) {
    const lead = b[i]!;
    if (lead >= 0x80 && lead <= 0xbf) continue;
    const len = seqLength(lead);
    if (len === 0 || n - i >= len) return n;
    for (let j = i + 1; j < n; j++) {
      const c = b[j]!;
      let lo = 0x80;
      let hi = 0xbf;
      if (j === i + 1) {
        if (lead === 0xe0) lo = 0xa0;
        else if (lead === 0xed) hi = 0x9f;
        else if (lead === 0xf0) lo = 0x90;
        else if (lead === 0xf4) hi = 0x8f;
      }
      if (c < lo || c > hi) return n;
    }
    return i;
  }
  return n;
}

function isUtf8Label(label: unknown): boolean {
  if (label === undefined) return true;
  const l = String(label).trim().toLowerCase();
  return l === "utf-8" || l === "utf8" || l === "unicode-1-1-utf-8" || l === "unicode11utf8" || l === "unicode20utf8" || l === "x-unicode20utf8";
}

const EMPTY = new Uint8Array(0);

function bytesOf(input: ArrayBufferView | ArrayBuffer | undefined): Uint8Array {
  if (input === undefined) return EMPTY;
  if (input instanceof Uint8Array) return input;
  if (ArrayBuffer.isView(input)) return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  return new Uint8Array(input as ArrayBuffer);
}

export class SnapshotTextDecoder {
  readonly encoding = "utf-8";
  readonly fatal!: boolean;
  readonly ignoreBOM!: boolean;
  private readonly inner!: TextDecoder;
  /** Bytes of a sequence the last streaming call ended inside. */
  private carry: Uint8Array = EMPTY;
  private bomSeen = false;
  private doNotFlush = false;

  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean }) {
    if (!isUtf8Label(label)) return new NativeTextDecoder(label, options) as unknown as SnapshotTextDecoder;
    this.fatal = !!options?.fatal;
    this.ignoreBOM = !!options?.ignoreBOM;
    this.inner = this.fatal ? INNER_FATAL : INNER;
  }

  decode(input?: ArrayBufferView | ArrayBuffer, options?: { stream?: boolean }): string {
    if (!this.doNotFlush) {
      this.carry = EMPTY;
      this.bomSeen = false;
    }
    const stream = !!options?.stream;
    this.doNotFlush = stream;
    let bytes = bytesOf(input);
    if (this.carry.length) {
      const all = new Uint8Array(this.carry.length + bytes.length);
      all.set(this.carry);
      all.set(bytes, this.carry.length);
      bytes = all;
    }
    let end = bytes.length;
    if (stream) {
      end = unfinishedStart(bytes);
      this.carry = end < bytes.length ? bytes.slice(end) : EMPTY;
    } else this.carry = EMPTY;
    let text = end === 0 ? "" : this.inner.decode(end === bytes.length ? bytes : bytes.subarray(0, end));
    if (!this.bomSeen && text.length > 0) {
      this.bomSeen = true;
      if (!this.ignoreBOM && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    return text;
  }
}

/** Makes `new TextDecoder()` this one for the rest of the process (snapshot-main.ts). */
export function useSnapshotTextDecoder(): void {
  globalThis.TextDecoder = SnapshotTextDecoder as unknown as typeof TextDecoder;
}
