// Splitting bytes into lines (keeping the newline), shared by head, tail,
// sort, uniq, cut: a last line without newline stays unterminated.
export function splitLines(data: Uint8Array, delim = 10): Uint8Array[] {
  const out: Uint8Array[] = [];
  let start = 0;
  for (let i = 0; i < data.length; i++) {
    if (data[i] === delim) {
      out.push(data.subarray(start, i + 1));
      start = i + 1;
    }
  }
  if (start < data.length) out.push(data.subarray(start));
  return out;
}

/** Bytes as a "binary string" (one char per byte): JS string order is then byte order, as in the C locale. */
export function latin1(b: Uint8Array): string {
  let s = "";
  for (let i = 0; i < b.length; i += 8192) s += String.fromCharCode(...b.subarray(i, i + 8192));
  return s;
}

export function fromLatin1(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

/** Lines of the input as binary strings without their terminator; `terminated` says whether the last one had it. */
export function binaryLines(data: Uint8Array, delim = 10): string[] {
  const s = latin1(data);
  if (!s.length) return [];
  const parts = s.split(String.fromCharCode(delim));
  if (parts[parts.length - 1] === "") parts.pop();
  return parts;
}
