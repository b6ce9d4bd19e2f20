// The two ways printf's %q quotes a string: bash's (backslashes, or $'…' when
// there are control characters) and coreutils' (gnulib quotearg's
// shell-escape style: nothing when safe, '…' otherwise, "…" for a string
// whose only special character is a single quote, $'\t' for controls).

const BASH_SPECIAL = " \t\n'\"\\|&;()<>!{}*[?]^$`,";

function isControl(cp: number): boolean {
  return cp < 0x20 || cp === 0x7f;
}

/** ANSI-C quoting of one character inside $'…'. */
function ansic(ch: string): string {
  const cp = ch.codePointAt(0)!;
  const named: Record<number, string> = { 7: "\\a", 8: "\\b", 9: "\\t", 10: "\\n", 11: "\\v", 12: "\\f", 13: "\\r", 27: "\\E" };
  if (named[cp]) return named[cp]!;
  if (ch === "\\") return "\\\\";
  if (ch === "'") return "\\'";
  if (isControl(cp)) return `\\${cp.toString(8).padStart(3, "0")}`;
  return ch;
}

/** bash's printf %q (sh_backslash_quote / ansic_quote). */
export function quoteBashQ(s: string): string {
  if (s === "") return "''";
  if ([...s].some((c) => isControl(c.codePointAt(0)!))) return `$'${[...s].map(ansic).join("")}'`;
  let out = "";
  [...s].forEach((c, i) => {
    if (BASH_SPECIAL.includes(c) || (i === 0 && (c === "~" || c === "#"))) out += `\\${c}`;
    else out += c;
  });
  return out;
}

const GNU_SPECIAL = " \t\n!\"$&'()*;<=>?[\\]^`{|}";

/** coreutils' printf %q (quotearg shell_escape_quoting_style). */
export function quoteShellEscape(s: string): string {
  if (s === "") return "''";
  const chars = [...s];
  const needs = chars.some(
    (c, i) => GNU_SPECIAL.includes(c) || isControl(c.codePointAt(0)!) || (i === 0 && (c === "~" || c === "#")),
  );
  if (!needs) return s;
  const hasControl = chars.some((c) => isControl(c.codePointAt(0)!));
  if (!hasControl && s.includes("'") && !/[$`"\\!]/.test(s)) return `"${s}"`;
  let out = "'";
  for (const c of chars) {
    const cp = c.codePointAt(0)!;
    if (c === "'") out += "'\\''";
    else if (isControl(cp)) out += `'$'${ansic(c).replace("\\E", "\\e")}''`;
    else out += c;
  }
  out += "'";
  // gnulib drops the empty '' pairs that splicing control characters leaves.
  return out.replace(/^''(?=\$)/, "").replace(/(?<=')''$/, "");
}
