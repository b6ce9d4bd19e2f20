// Decoding of bash's $'…' quoting (ANSI-C escapes), as documented in bash(1) QUOTING.
//
// Known difference: bash strings are bytes. `\xHH` and `\NNN` produce one byte; here they produce the
// character with that code (U+0000–U+00FF), while `\u`/`\U` produce the Unicode character. Bash
// truncates the string at a NUL byte (`$'a\0b'` is `a`), and so do we.

const SIMPLE: Record<string, string> = {
  a: "\x07",
  b: "\b",
  e: "\x1b",
  E: "\x1b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "\t",
  v: "\v",
  "\\": "\\",
  "'": "'",
  '"': '"',
  "?": "?",
};

function isHex(c: string | undefined): boolean {
  return c !== undefined && /[0-9a-fA-F]/.test(c);
}

function isOct(c: string | undefined): boolean {
  return c !== undefined && c >= "0" && c <= "7";
}

/** Decodes the text between `$'` and `'` (escapes as written). */
export function decodeAnsiC(s: string): string {
  let out = "";
  let i = 0;
  while (i < s.length) {
    const c = s[i];
    if (c !== "\\" || i + 1 >= s.length) {
      out += c;
      i++;
      continue;
    }
    const e = s[i + 1];
    i += 2;
    const simple = SIMPLE[e];
    if (simple !== undefined) {
      out += simple;
    } else if (isOct(e)) {
      let v = e;
      while (v.length < 3 && isOct(s[i])) v += s[i++];
      const code = parseInt(v, 8) & 0xff;
      if (code === 0) return out;
      out += String.fromCharCode(code);
    } else if (e === "x" && isHex(s[i])) {
      let v = "";
      while (v.length < 2 && isHex(s[i])) v += s[i++];
      const code = parseInt(v, 16);
      if (code === 0) return out;
      out += String.fromCharCode(code);
    } else if ((e === "u" || e === "U") && isHex(s[i])) {
      const max = e === "u" ? 4 : 8;
      let v = "";
      while (v.length < max && isHex(s[i])) v += s[i++];
      const code = parseInt(v, 16);
      if (code === 0) return out;
      out += code <= 0x10ffff ? String.fromCodePoint(code) : "";
    } else if (e === "c" && i < s.length) {
      // \cX: control character; \c? is DEL.
      const x = s[i++];
      const code = x === "?" ? 0x7f : x.toUpperCase().charCodeAt(0) & 0x1f;
      if (code === 0) return out;
      out += String.fromCharCode(code);
    } else {
      // Unknown escape: kept as written.
      out += "\\" + e;
    }
  }
  return out;
}
