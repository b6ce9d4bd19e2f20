// echo's argument handling, shared by /usr/bin/echo (coreutils 9.1) and bash's
// builtin: leading words made only of -n/-e/-E letters (combinable: -ne, -En)
// are options, anything else — including "-", "--" and "-x" — starts the text.
// With -e, backslash escapes are read as each implementation reads them
// (see escapes.ts: coreutils takes \NNN, bash only \0NNN but also \u and \E).

import { ByteSink, utf8 } from "./bytes.js";
import { decodeEscape, type Dialect } from "./escapes.js";

export interface EchoOptions {
  dialect?: Dialect;
  /** Escapes on by default (bash with `shopt -s xpg_echo`). */
  escapesByDefault?: boolean;
}

export interface EchoParsed {
  newline: boolean;
  escapes: boolean;
  /** Index in args where the text starts. */
  textStart: number;
}

/** Parses echo's leading option words. */
export function parseEchoOptions(args: readonly string[], escapesByDefault = false): EchoParsed {
  let newline = true;
  let escapes = escapesByDefault;
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i]!;
    if (a.length < 2 || a[0] !== "-" || !/^-[neE]+$/.test(a)) break;
    for (const c of a.slice(1)) {
      if (c === "n") newline = false;
      else if (c === "e") escapes = true;
      else escapes = false;
    }
  }
  return { newline, escapes, textStart: i };
}

/** The bytes echo writes for these arguments (argv without argv[0]). */
export function echoBytes(args: readonly string[], opts: EchoOptions = {}): Uint8Array {
  const dialect = opts.dialect ?? "coreutils";
  const p = parseEchoOptions(args, opts.escapesByDefault);
  const out = new ByteSink();
  const words = args.slice(p.textStart);
  for (let w = 0; w < words.length; w++) {
    if (w > 0) out.byte(32);
    const src = utf8(words[w]!);
    if (!p.escapes) {
      out.bytes(src);
      continue;
    }
    for (let i = 0; i < src.length; ) {
      if (src[i] !== 92) {
        out.byte(src[i++]!);
        continue;
      }
      const r = decodeEscape(src, i, out, "echo", dialect);
      // \c ends all output, the newline included.
      if (r.kind === "stop") return out.result();
      i += r.kind === "fatal" ? 1 : r.used;
    }
  }
  if (p.newline) out.byte(10);
  return out.result();
}
