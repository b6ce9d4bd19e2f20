// dash's echo: only `-n` is an option (a first word "-n" exactly), and
// backslash escapes are always interpreted: \a \b \c \e \f \n \r \t \v \\ and
// \0NNN (up to three octal digits after the 0). Any other backslash stays.
// Bytes above 0x7f from \0NNN are emitted as raw bytes.

const ESC: Record<string, number> = { a: 7, b: 8, e: 27, f: 12, n: 10, r: 13, t: 9, v: 11, "\\": 92 };

/** The bytes dash's echo writes for ARGS (argv without argv[0]). */
export function dashEchoBytes(args: readonly string[]): Uint8Array {
  let i = 0;
  let newline = true;
  if (args[0] === "-n") {
    newline = false;
    i = 1;
  }
  const enc = new TextEncoder();
  const out: number[] = [];
  for (let w = i; w < args.length; w++) {
    if (w > i) out.push(32);
    const src = enc.encode(args[w]!);
    for (let k = 0; k < src.length; k++) {
      const b = src[k]!;
      if (b !== 92 || k + 1 >= src.length) {
        out.push(b);
        continue;
      }
      const c = String.fromCharCode(src[k + 1]!);
      if (c === "c") return Uint8Array.from(out);
      if (c in ESC) {
        out.push(ESC[c]!);
        k++;
      } else if (c === "0") {
        let v = 0;
        let n = 0;
        k++;
        while (n < 3 && k + 1 < src.length && src[k + 1]! >= 48 && src[k + 1]! <= 55) {
          v = v * 8 + (src[k + 1]! - 48);
          k++;
          n++;
        }
        out.push(v & 0xff);
      } else out.push(b);
    }
  }
  if (newline) out.push(10);
  return Uint8Array.from(out);
}
