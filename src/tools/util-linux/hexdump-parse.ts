// hexdump's format language (util-linux text-utils/hexdump-parse.c, as
// hexdump(1) documents it): a format is units `[ITER][/BYTES] "TEXT"`; TEXT
// holds literal text (with \n \t \\ … escapes) and printf-style conversions,
// plus hexdump's own: %_a[dox] (offset), %_A[dox] (offset once, after the last
// block), %_c (char or escape), %_p (printable or '.'), %_u (US-ASCII names).

export type ConvKind = "int" | "uint" | "float" | "char" | "str" | "addr" | "endaddr" | "_c" | "_p" | "_u" | "text";

export interface Piece {
  kind: ConvKind;
  /** Literal text (kind "text") or the printf spec without its conversion letter ("%07.7"). */
  text: string;
  /** The printf conversion letter (d, x, o, …) for numbers, addresses and strings. */
  conv: string;
  /** Bytes this conversion consumes. */
  size: number;
  /** Width for blank padding when input has run out (the spec's width, or 0). */
  width: number;
}

export interface Unit {
  iter: number;
  pieces: Piece[];
  /** Iteration count was > 1 and the text ends in whitespace: its last iteration drops that character. */
  dropLastSpace: boolean;
}

export type Format = Unit[];

const ESCAPES: Record<string, string> = { n: "\n", t: "\t", r: "\r", a: "\x07", b: "\b", f: "\f", v: "\v", "\\": "\\", "0": "\0" };

function unescape(s: string): string {
  return s.replace(/\\(.)/g, (m, c: string) => ESCAPES[c] ?? m.slice(1));
}

/** Parses one -e argument; a string is the error message (without "hexdump: "). */
export function parseFormat(src: string): Format | string {
  const units: Format = [];
  let i = 0;
  const ws = () => {
    while (i < src.length && /\s/.test(src[i]!)) i++;
  };
  for (;;) {
    ws();
    if (i >= src.length) break;
    let iter = 1;
    let bytes: number | undefined;
    if (/\d/.test(src[i]!)) {
      const m = /^\d+/.exec(src.slice(i))!;
      iter = Number(m[0]);
      i += m[0].length;
      ws();
      if (src[i] !== "/" && src[i] !== '"') return `bad format {${src}}`;
    }
    if (src[i] === "/") {
      i++;
      ws();
      const m = /^\d+/.exec(src.slice(i));
      if (!m) return `bad format {${src}}`;
      bytes = Number(m[0]);
      i += m[0].length;
      ws();
    }
    if (src[i] !== '"') return `bad format {${src}}`;
    const end = src.indexOf('"', i + 1);
    if (end < 0) return `bad format {${src}}`;
    const body = src.slice(i + 1, end);
    i = end + 1;
    const pieces = parseText(body, bytes);
    if (typeof pieces === "string") return pieces;
    const last = pieces[pieces.length - 1];
    units.push({ iter, pieces, dropLastSpace: iter > 1 && last?.kind === "text" && /\s$/.test(last.text) });
  }
  return units;
}

function parseText(body: string, bytes: number | undefined): Piece[] | string {
  const pieces: Piece[] = [];
  let lit = "";
  let convs = 0;
  const flush = () => {
    if (lit) pieces.push({ kind: "text", text: unescape(lit), conv: "", size: 0, width: 0 });
    lit = "";
  };
  for (let i = 0; i < body.length; i++) {
    if (body[i] !== "%") {
      lit += body[i];
      continue;
    }
    if (body[i + 1] === "%") {
      lit += "%";
      i++;
      continue;
    }
    const m = /^%([-+ #0]*)(\d*)(?:\.(\d*))?(_[aA][dox]|_[cpu]|[diouxXeEfgGcs])/.exec(body.slice(i));
    if (!m) return `bad conversion character %${body.slice(i + 1, i + 2)}`;
    flush();
    const [all, flags, width, prec, c] = m as unknown as [string, string, string, string | undefined, string];
    i += all.length - 1;
    const spec = `%${flags}${width}${prec !== undefined ? `.${prec}` : ""}`;
    const w = width ? Number(width) : 0;
    if (c.startsWith("_a") || c.startsWith("_A")) {
      pieces.push({ kind: c[1] === "a" ? "addr" : "endaddr", text: spec, conv: c[2]!, size: 0, width: w });
      continue;
    }
    convs++;
    if (bytes !== undefined && convs > 1) return "byte count with multiple conversion characters";
    let kind: ConvKind;
    let size: number;
    if (c === "_c" || c === "_p" || c === "_u" || c === "c") {
      kind = c === "c" ? "char" : c;
      size = 1;
      if (bytes !== undefined && bytes !== 1) return `bad byte count for conversion character ${c.slice(-1)}`;
    } else if (c === "s") {
      kind = "str";
      if (bytes === undefined && prec === undefined) return "%s requires a precision or a byte count";
      size = bytes ?? Number(prec);
    } else if ("eEfgG".includes(c)) {
      kind = "float";
      size = bytes ?? 8;
      if (size !== 4 && size !== 8) return `bad byte count for conversion character ${c}`;
    } else {
      kind = c === "d" || c === "i" ? "int" : "uint";
      size = bytes ?? 4;
      if (![1, 2, 4, 8].includes(size)) return `bad byte count for conversion character ${c}`;
    }
    pieces.push({ kind, text: spec, conv: c.slice(-1), size, width: w });
  }
  flush();
  return pieces;
}

/** Bytes one pass of the format consumes (the block size is the largest of the formats'). */
export function formatSize(f: Format): number {
  return f.reduce((n, u) => n + u.iter * u.pieces.reduce((m, p) => m + p.size, 0), 0);
}
