// Bash glob patterns (lib/glob/strmatch.c in behaviour): * ? [...] with
// ranges, negation (! or ^) and POSIX classes, compiled to JS regular
// expressions. Used by case, [[ == ]], ${x#pat} and friends, and pathname
// expansion.
//
// Pattern text convention inside the interpreter: characters that were quoted
// in the shell word are preceded by a backslash (so `"*"` arrives as `\*` and
// matches only a star). extglob is not supported.

const CLASSES: Record<string, string> = {
  alpha: "A-Za-z",
  digit: "0-9",
  alnum: "A-Za-z0-9",
  upper: "A-Z",
  lower: "a-z",
  space: " \\t\\n\\r\\f\\v",
  blank: " \\t",
  punct: "!-\\/:-@\\[-`{-~",
  print: " -~",
  graph: "!-~",
  cntrl: "\\x00-\\x1f\\x7f",
  xdigit: "0-9A-Fa-f",
  word: "A-Za-z0-9_",
};

function reEscape(c: string): string {
  return /[\\^$.*+?()[\]{}|/-]/.test(c) ? `\\${c}` : c;
}

const GLOB_CHAR = /[\\*?[\]]/;

/** Escapes a literal string so the pattern matcher treats every character literally. */
export function escapeGlob(s: string): string {
  return GLOB_CHAR.test(s) ? s.replace(/[\\*?[\]]/g, "\\$&") : s;
}

/**
 * True when the pattern has an unquoted * or ?, or an unquoted [ with an
 * unquoted ] after it (glob_pattern_p: "bracket expressions must be complete").
 * A lone `[` (the test command) matches only its literal self, so leaving it
 * out of pathname expansion and matching changes no result.
 */
export function hasGlob(p: string): boolean {
  let open = false;
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === "\\") i++;
    else if (c === "*" || c === "?") return true;
    else if (c === "[") open = true;
    else if (c === "]" && open) return true;
  }
  return false;
}

/** The literal text a pattern stands for (backslash escapes removed). */
export function unescapeGlob(p: string): string {
  if (!p.includes("\\")) return p;
  let out = "";
  for (let i = 0; i < p.length; i++) {
    const c = p[i]!;
    if (c === "\\" && i + 1 < p.length) out += p[++i];
    else out += c;
  }
  return out;
}

/**
 * Translates a pattern to a regex source (no anchors). `slashSpecial`: * ? and
 * brackets never match '/' (pathname components).
 */
export function globToRegexSource(p: string, slashSpecial = false): string {
  const any = slashSpecial ? "[^/]" : "[\\s\\S]";
  let out = "";
  for (let i = 0; i < p.length; i++) {
    const c = p[i]!;
    if (c === "\\") {
      if (i + 1 < p.length) out += reEscape(p[++i]!);
      else out += "\\\\";
    } else if (c === "*") {
      while (p[i + 1] === "*") i++;
      out += `${any}*`;
    } else if (c === "?") out += any;
    else if (c === "[") {
      const br = parseBracket(p, i, slashSpecial);
      if (br) {
        out += br.re;
        i = br.end;
      } else out += "\\[";
    } else out += reEscape(c);
  }
  return out;
}

function parseBracket(p: string, start: number, slashSpecial: boolean): { re: string; end: number } | undefined {
  let i = start + 1;
  let neg = false;
  if (p[i] === "!" || p[i] === "^") {
    neg = true;
    i++;
  }
  let body = "";
  let first = true;
  for (; i < p.length; i++) {
    const c = p[i]!;
    if (c === "]" && !first) {
      if (!body) return undefined;
      if (slashSpecial && neg) body += "/";
      return { re: neg ? `[^${body}]` : `[${body}]`, end: i };
    }
    first = false;
    if (c === "[" && (p[i + 1] === ":" || p[i + 1] === "=" || p[i + 1] === ".")) {
      const kind = p[i + 1]!;
      const close = p.indexOf(`${kind}]`, i + 2);
      if (close > 0) {
        const name = p.slice(i + 2, close);
        if (kind === ":") {
          const cls = CLASSES[name];
          if (cls === undefined) return { re: "(?!)", end: findClose(p, close + 2) };
          body += cls;
        } else body += reEscape(name);
        i = close + 1;
        continue;
      }
    }
    let lit = c;
    if (c === "\\" && i + 1 < p.length) lit = p[++i]!;
    // Range a-z (a '-' last or first is literal).
    if (p[i + 1] === "-" && p[i + 2] !== undefined && p[i + 2] !== "]") {
      let hi = p[i + 2]!;
      let skip = 2;
      if (hi === "\\" && p[i + 3] !== undefined) {
        hi = p[i + 3]!;
        skip = 3;
      }
      if (hi.charCodeAt(0) >= lit.charCodeAt(0)) body += `${reEscape(lit)}-${reEscape(hi)}`;
      else body += "(?!)"; // an empty range matches nothing
      i += skip;
      continue;
    }
    body += reEscape(lit);
  }
  return undefined;
}

function findClose(p: string, from: number): number {
  const j = p.indexOf("]", from);
  return j < 0 ? p.length - 1 : j;
}

const cache = new Map<string, RegExp>();

/** Whole-string matcher for a pattern. */
export function compileGlob(p: string): RegExp {
  let re = cache.get(p);
  if (!re) {
    re = new RegExp(`^(?:${globToRegexSource(p)})$`);
    if (cache.size > 2000) cache.clear();
    cache.set(p, re);
  }
  return re;
}

export function globMatch(p: string, s: string): boolean {
  if (!hasGlob(p)) return unescapeGlob(p) === s;
  return compileGlob(p).test(s);
}

/** ${x#p} (longest=false) / ${x##p}: length of the matched prefix, or -1. */
export function matchPrefix(p: string, s: string, longest: boolean): number {
  const re = compileGlob(p);
  if (longest) {
    for (let i = s.length; i >= 0; i--) if (re.test(s.slice(0, i))) return i;
  } else {
    for (let i = 0; i <= s.length; i++) if (re.test(s.slice(0, i))) return i;
  }
  return -1;
}

/** ${x%p} / ${x%%p}: start index of the matched suffix, or -1. */
export function matchSuffix(p: string, s: string, longest: boolean): number {
  const re = compileGlob(p);
  if (longest) {
    for (let i = 0; i <= s.length; i++) if (re.test(s.slice(i))) return i;
  } else {
    for (let i = s.length; i >= 0; i--) if (re.test(s.slice(i))) return i;
  }
  return -1;
}

/** ${x/p/r}, ${x//p/r}, ${x/#p/r}, ${x/%p/r}: leftmost-longest replacement. */
export function replacePattern(s: string, p: string, rep: string, mode: "/" | "//" | "/#" | "/%"): string {
  if (mode === "/#") {
    const n = matchPrefix(p, s, true);
    return n < 0 ? s : rep + s.slice(n);
  }
  if (mode === "/%") {
    const i = matchSuffix(p, s, true);
    return i < 0 ? s : s.slice(0, i) + rep;
  }
  if (p === "") return s;
  const src = globToRegexSource(p);
  const re = new RegExp(src, mode === "//" ? "g" : "");
  let out = "";
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null) {
    if (m[0] === "") {
      // bash skips empty matches (e.g. pattern `*` on an empty rest).
      if (!re.global) break;
      re.lastIndex++;
      if (re.lastIndex > s.length) break;
      continue;
    }
    out += s.slice(last, m.index) + rep;
    last = m.index + m[0].length;
    if (!re.global) break;
  }
  return out + s.slice(last);
}
