// The ways bash quotes values when it prints them back: set -x traces
// (sh_single_quote unless a control character needs $'…'), declare -p
// (double quotes), ${x@Q} (always single quotes), $'…' (ansic_quote).

const CONTROL = /[\x00-\x08\x0b-\x1f\x7f]/;
const META = /[ \t\n'"\\|&;()<>!{}*[\]?^$`]/;

/** Quotes a word for a set -x trace line. */
export function xtraceQuote(s: string): string {
  if (s === "") return "''";
  if (CONTROL.test(s)) return ansiQuote(s);
  if (META.test(s) || s[0] === "#" || s[0] === "~") return singleQuote(s);
  return s;
}

export function singleQuote(s: string): string {
  return `'${s.replace(/'/g, "'\\''")}'`;
}

/** ${x@Q}: always quoted, $'…' when control characters are present. */
export function shellQuoteAlways(s: string): string {
  if (CONTROL.test(s) || s.includes("\n") || s.includes("\t")) return ansiQuote(s);
  return singleQuote(s);
}

/** $'…' form with C escapes. */
export function ansiQuote(s: string): string {
  let out = "$'";
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    switch (ch) {
      case "\x07": out += "\\a"; continue;
      case "\b": out += "\\b"; continue;
      case "\x1b": out += "\\E"; continue;
      case "\f": out += "\\f"; continue;
      case "\n": out += "\\n"; continue;
      case "\r": out += "\\r"; continue;
      case "\t": out += "\\t"; continue;
      case "\v": out += "\\v"; continue;
      case "\\": out += "\\\\"; continue;
      case "'": out += "\\'"; continue;
    }
    if (c < 0x20 || c === 0x7f) out += `\\${c.toString(8).padStart(3, "0")}`;
    else out += ch;
  }
  return `${out}'`;
}

/** declare -p value quoting: "…" with \ " $ ` escaped, or $'…' for control characters. */
export function declareQuote(s: string): string {
  if (CONTROL.test(s) || s.includes("\n") || s.includes("\t")) return ansiQuote(s);
  return `"${s.replace(/[\\"$`]/g, "\\$&")}"`;
}

/** An associative array key in declare -p output: bare when safe, else double-quoted. */
export function declareKey(k: string): string {
  if (/^[A-Za-z0-9_.,:+%@/-]+$/.test(k)) return k;
  return declareQuote(k);
}
