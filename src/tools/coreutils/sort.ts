// sort(1) in the C.UTF-8 locale (byte order): -n -g -h -V -M -r -f -b -d -u
// -s -c -C -k POS1[,POS2] (with per-key flags) -t SEP -o FILE -z. Lines
// equal by every key are ordered by the whole line (the last-resort
// comparison) unless -s or -u.
import type { Program } from "../../kernel/task/program.js";
import { Cmd, describe, q, qn } from "./common/cmd.js";
import { binaryLines, fromLatin1, latin1 } from "./common/lines.js";

interface KeyFlags {
  n: boolean;
  g: boolean;
  h: boolean;
  V: boolean;
  M: boolean;
  r: boolean;
  f: boolean;
  b: boolean;
  d: boolean;
  i: boolean;
}

interface Key extends KeyFlags {
  sf: number;
  sc: number;
  ef: number; // 0 = end of line
  ec: number; // 0 = end of field
  /** Leading blanks skipped at the end position (-k with 'b' after POS2). */
  eb: boolean;
}

const noFlags = (): KeyFlags => ({ n: false, g: false, h: false, V: false, M: false, r: false, f: false, b: false, d: false, i: false });

function setFlag(k: KeyFlags, c: string): boolean {
  if (!"nghVMrfbdi".includes(c)) return false;
  (k as unknown as Record<string, boolean>)[c] = true;
  return true;
}

const isBlank = (c: string) => c === " " || c === "\t";

/** Start/end indices of field `f` (1-based) in line; fields include their leading blanks without -t. */
function fieldBounds(line: string, tab: string | undefined): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  if (tab !== undefined) {
    let s = 0;
    for (;;) {
      const i = line.indexOf(tab, s);
      if (i < 0) {
        out.push([s, line.length]);
        break;
      }
      out.push([s, i]);
      s = i + 1;
    }
    return out;
  }
  let i = 0;
  while (i < line.length) {
    const s = i;
    while (i < line.length && isBlank(line[i]!)) i++;
    while (i < line.length && !isBlank(line[i]!)) i++;
    out.push([s, i]);
  }
  return out;
}

function keyText(line: string, k: Key, tab: string | undefined): string {
  const f = fieldBounds(line, tab);
  let start = line.length;
  if (k.sf - 1 < f.length) {
    let s = f[k.sf - 1]![0];
    if (k.b) while (s < line.length && isBlank(line[s]!)) s++;
    start = Math.min(s + k.sc - 1, line.length);
  }
  let end = line.length;
  if (k.ef !== 0 && k.ef - 1 < f.length) {
    if (k.ec === 0) end = f[k.ef - 1]![1];
    else {
      let s = f[k.ef - 1]![0];
      if (k.eb) while (s < line.length && isBlank(line[s]!)) s++;
      end = Math.min(s + k.ec, line.length);
    }
  }
  return line.slice(start, Math.max(start, end));
}

function numPrefix(s: string): number {
  const m = s.match(/^[ \t]*(-?\d*(?:\.\d*)?)/);
  const t = m?.[1] ?? "";
  const v = Number(t === "-" || t === "" || t === "." || t === "-." ? 0 : t);
  return Number.isNaN(v) ? 0 : v;
}

const HUMAN = "KMGTPEZYRQ";
function humanKey(s: string): [number, number] {
  const m = s.match(/^[ \t]*(-?\d*(?:\.\d*)?)([kKMGTPEZYRQ]?)/);
  const v = Number(m?.[1] || 0) || 0;
  const u = m?.[2] ? HUMAN.indexOf(m[2].toUpperCase()) + 1 : 0;
  return [Math.sign(v) * (v === 0 ? 0 : u + 1), v];
}

const MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];

/** Version order (filevercmp): digit runs compare as numbers, the rest char by char with letters before others. */
function verCmp(a: string, b: string): number {
  if (a === b) return 0;
  const order = (c: string | undefined) => (c === undefined ? 0 : /\d/.test(c) ? 0 : /[A-Za-z]/.test(c) ? c.charCodeAt(0) : c === "~" ? -1 : c.charCodeAt(0) + 256);
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    let diff = 0;
    while ((i < a.length && !/\d/.test(a[i]!)) || (j < b.length && !/\d/.test(b[j]!))) {
      const ac = i < a.length && !/\d/.test(a[i]!) ? order(a[i]) : 0;
      const bc = j < b.length && !/\d/.test(b[j]!) ? order(b[j]) : 0;
      if (ac !== bc) return ac - bc;
      i++;
      j++;
    }
    while (a[i] === "0") i++;
    while (b[j] === "0") j++;
    while (i < a.length && j < b.length && /\d/.test(a[i]!) && /\d/.test(b[j]!)) {
      if (!diff) diff = a.charCodeAt(i) - b.charCodeAt(j);
      i++;
      j++;
    }
    if (i < a.length && /\d/.test(a[i]!)) return 1;
    if (j < b.length && /\d/.test(b[j]!)) return -1;
    if (diff) return diff;
  }
  return 0;
}

function cmpStr(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareKey(a: string, b: string, k: KeyFlags): number {
  let r: number;
  if (k.n) r = Math.sign(numPrefix(a) - numPrefix(b));
  else if (k.g) {
    const x = parseFloat(a.trim());
    const y = parseFloat(b.trim());
    const xn = Number.isNaN(x);
    const yn = Number.isNaN(y);
    r = xn || yn ? (xn && yn ? 0 : xn ? -1 : 1) : Math.sign(x - y);
  } else if (k.h) {
    const [ua, va] = humanKey(a);
    const [ub, vb] = humanKey(b);
    r = ua !== ub ? Math.sign(ua - ub) : Math.sign(va - vb);
  } else if (k.M) {
    const ma = MONTHS.indexOf(a.trim().slice(0, 3).toUpperCase()) + 1;
    const mb = MONTHS.indexOf(b.trim().slice(0, 3).toUpperCase()) + 1;
    r = Math.sign(ma - mb);
  } else if (k.V) r = Math.sign(verCmp(a, b));
  else {
    let x = a;
    let y = b;
    if (k.b) {
      x = x.replace(/^[ \t]+/, "");
      y = y.replace(/^[ \t]+/, "");
    }
    if (k.d) {
      x = x.replace(/[^A-Za-z0-9 \t]/g, "");
      y = y.replace(/[^A-Za-z0-9 \t]/g, "");
    }
    if (k.i) {
      x = x.replace(/[^\x20-\x7e]/g, "");
      y = y.replace(/[^\x20-\x7e]/g, "");
    }
    if (k.f) {
      x = x.toUpperCase();
      y = y.toUpperCase();
    }
    r = cmpStr(x, y);
  }
  return k.r ? -r : r;
}

function parseKeySpec(spec: string, global: KeyFlags): Key | string {
  const m = spec.match(/^(\d+)(?:\.(\d+))?([A-Za-z]*)(?:,(\d+)(?:\.(\d+))?([A-Za-z]*))?$/);
  if (!m) {
    if (/^\d+\.?$/.test(spec) || /^[^\d]/.test(spec)) return `invalid number at field start: invalid count at start of ${q(spec)}`;
    return `stray character in field spec: invalid field specification ${q(spec)}`;
  }
  const sf = Number(m[1]);
  if (sf === 0) return `field number is zero: invalid field specification ${q(spec)}`;
  if (m[2] !== undefined && Number(m[2]) === 0) return `character offset is zero: invalid field specification ${q(spec)}`;
  const k: Key = { ...noFlags(), sf, sc: m[2] ? Number(m[2]) : 1, ef: m[4] ? Number(m[4]) : 0, ec: m[5] ? Number(m[5]) : 0, eb: false };
  let any = false;
  for (const c of m[3] ?? "") {
    if (!setFlag(k, c)) return `stray character in field spec: invalid field specification ${q(spec)}`;
    any = true;
  }
  for (const c of m[6] ?? "") {
    if (c === "b") k.eb = true;
    else if (!setFlag(k, c)) return `stray character in field spec: invalid field specification ${q(spec)}`;
    else any = true;
  }
  if (m[4] !== undefined && Number(m[4]) === 0) return `field number is zero: invalid field specification ${q(spec)}`;
  if (!any && !(m[6] ?? "").length) Object.assign(k, global, { eb: global.b });
  return k;
}

export const sortMain: Program = async (ctx) => {
  const cmd = new Cmd(ctx);
  const p = await cmd.parse(
    {
      short: "bcCdfghik:Mno:rst:uVzS:T:",
      long: [
        { name: "ignore-leading-blanks", arg: "none", key: "b" },
        { name: "check", arg: "optional", key: "c" },
        { name: "dictionary-order", arg: "none", key: "d" },
        { name: "ignore-case", arg: "none", key: "f" },
        { name: "general-numeric-sort", arg: "none", key: "g" },
        { name: "human-numeric-sort", arg: "none", key: "h" },
        { name: "ignore-nonprinting", arg: "none", key: "i" },
        { name: "key", arg: "required", key: "k" },
        { name: "month-sort", arg: "none", key: "M" },
        { name: "numeric-sort", arg: "none", key: "n" },
        { name: "output", arg: "required", key: "o" },
        { name: "reverse", arg: "none", key: "r" },
        { name: "stable", arg: "none", key: "s" },
        { name: "field-separator", arg: "required", key: "t" },
        { name: "unique", arg: "none", key: "u" },
        { name: "version-sort", arg: "none", key: "V" },
        { name: "zero-terminated", arg: "none", key: "z" },
        { name: "buffer-size", arg: "required", key: "S" },
        { name: "temporary-directory", arg: "required", key: "T" },
        { name: "parallel", arg: "required" },
      ],
    },
    2,
  );
  if (typeof p === "number") return p;
  const global = noFlags();
  const keySpecs: string[] = [];
  let tab: string | undefined;
  let unique = false;
  let stable = false;
  let check: "none" | "diag" | "quiet" = "none";
  let output: string | undefined;
  let delim = 10;
  for (const o of p.opts) {
    if (setFlag(global, o.key)) continue;
    switch (o.key) {
      case "k":
        keySpecs.push(o.value!);
        break;
      case "t": {
        const t = o.value!;
        if (t.length === 0) return cmd.usage("empty tab", 2);
        if (t.length > 1 && t !== "\\0") {
          await cmd.error(`multi-character tab ${q(t)}`);
          return 2;
        }
        if (tab !== undefined && tab !== t) {
          await cmd.error("incompatible tabs");
          return 2;
        }
        tab = t === "\\0" ? "\0" : t;
        break;
      }
      case "u":
        unique = true;
        break;
      case "s":
        stable = true;
        break;
      case "c":
        check = o.value === "quiet" || o.value === "silent" ? "quiet" : "diag";
        break;
      case "C":
        check = "quiet";
        break;
      case "o":
        output = o.value;
        break;
      case "z":
        delim = 0;
        break;
    }
  }
  const keys: Key[] = [];
  for (const s of keySpecs) {
    const k = parseKeySpec(s, global);
    if (typeof k === "string") {
      await cmd.error(k);
      return 2;
    }
    keys.push(k);
  }
  const files = p.operands.length ? p.operands : ["-"];
  if (check !== "none" && files.length > 1) return cmd.usage(`extra operand ${q(files[1]!)} not allowed with -c`, 2);
  const lines: string[] = [];
  for (const f of files) {
    try {
      lines.push(...binaryLines(await cmd.readFile(f), delim));
    } catch (e) {
      const dir = cmd.tryLookup(f)?.kind === "dir";
      await cmd.error(dir ? `read failed: ${qn(f)}: ${describe(e)}` : `cannot read: ${qn(f)}: ${describe(e)}`);
      return 2;
    }
  }
  const byKeys = (a: string, b: string): number => {
    if (!keys.length) return compareKey(a, b, global);
    for (const k of keys) {
      const r = compareKey(keyText(a, k, tab), keyText(b, k, tab), k);
      if (r) return r;
    }
    return 0;
  };
  const full = (a: string, b: string): number => {
    const r = byKeys(a, b);
    if (r || stable || unique) return r;
    // Last resort: the whole line, bytewise (reversed with a global -r).
    const l = cmpStr(a, b);
    return global.r ? -l : l;
  };
  if (check !== "none") {
    for (let i = 1; i < lines.length; i++) {
      const r = full(lines[i - 1]!, lines[i]!);
      if (r > 0 || (unique && r === 0)) {
        if (check === "diag") {
          await cmd.error(`${files[0] === "-" ? "-" : files[0]}:${i + 1}: disorder: ${new TextDecoder().decode(fromLatin1(lines[i]!))}`);
        }
        return 1;
      }
    }
    return 0;
  }
  const sorted = lines.map((l, i) => ({ l, i }));
  sorted.sort((a, b) => full(a.l, b.l) || a.i - b.i);
  let result = sorted.map((x) => x.l);
  if (unique) result = result.filter((l, i) => i === 0 || byKeys(result[i - 1]!, l) !== 0);
  const term = String.fromCharCode(delim);
  const bytes = fromLatin1(result.map((l) => l + term).join(""));
  if (output !== undefined) {
    try {
      const f = cmd.openWrite(output);
      await f.write!(ctx.task, bytes);
    } catch (e) {
      await cmd.error(`open failed: ${qn(output)}: ${describe(e)}`);
      return 2;
    }
    return 0;
  }
  await cmd.out(bytes);
  return 0;
};
