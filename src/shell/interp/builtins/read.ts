// read and mapfile/readarray. Input is taken from the fd's open file
// description a chunk at a time and what was not used is given back (unread),
// so successive reads of one description — `while read l; do …; done < f`, a
// pipe shared with other readers — see exactly the bytes bash would leave.

import { readChunk, unread } from "../../../kernel/task/file.js";
import { Interrupted } from "../../../sim/scheduler.js";
import { KernelError, strerror } from "../../../uapi/errno.js";
import type { Builtin, Shell } from "../interpreter.js";
import { IndexedArray, isValidName } from "../vars.js";
import { getopts, USAGE } from "./util.js";

const dec = new TextDecoder();
const SIGALRM = 14;

interface RawRead {
  text: string;
  /** Input ended before the delimiter (or nchars). */
  eof: boolean;
  timedOut?: boolean;
}

/**
 * Reads up to the delimiter byte (or `nchars` characters, or exactly `exact`
 * characters ignoring the delimiter). Without -r a backslash-newline pair is
 * removed and reading goes on.
 */
async function readRaw(sh: Shell, fd: number, delim: number, nchars: number | undefined, exact: boolean, raw: boolean, timeoutNs: number | undefined): Promise<RawRead> {
  const t = sh.task;
  const f = t.getFd(fd);
  if (!f) throw new KernelError(9);
  const bytes: number[] = [];
  let chars = 0;
  let timedOut = false;
  let timer: { cancel(): void } | undefined;
  if (timeoutNs !== undefined) {
    timer = t.host.clock.after(timeoutNs, () => {
      timedOut = true;
      t.current?.interrupt(SIGALRM);
    });
  }
  try {
    for (;;) {
      let c: Uint8Array | null;
      try {
        c = await readChunk(f, t);
      } catch (e) {
        if (e instanceof Interrupted && timedOut) return { text: dec.decode(new Uint8Array(bytes)), eof: false, timedOut: true };
        throw e;
      }
      if (c === null) return { text: dec.decode(new Uint8Array(bytes)), eof: true };
      for (let i = 0; i < c.length; i++) {
        const b = c[i]!;
        if (!exact && b === delim) {
          if (!raw && bytes.length && bytes[bytes.length - 1] === 92 && countTrailingBackslashes(bytes) % 2 === 1 && delim === 10) {
            bytes.pop();
            continue;
          }
          unread(f, c.subarray(i + 1));
          return { text: dec.decode(new Uint8Array(bytes)), eof: false };
        }
        bytes.push(b);
        // Count characters, not bytes (continuation bytes of UTF-8 do not start one).
        if ((b & 0xc0) !== 0x80) chars++;
        const limit = nchars;
        if (limit !== undefined && chars >= limit) {
          // Complete a multi-byte character before stopping.
          let j = i + 1;
          while (j < c.length && (c[j]! & 0xc0) === 0x80) bytes.push(c[j++]!);
          unread(f, c.subarray(j));
          return { text: dec.decode(new Uint8Array(bytes)), eof: false };
        }
      }
    }
  } finally {
    timer?.cancel();
  }
}

function countTrailingBackslashes(b: number[]): number {
  let n = 0;
  for (let i = b.length - 1; i >= 0 && b[i] === 92; i--) n++;
  return n;
}

/** Splits a line for read: returns one value per name (the last takes the rest). */
export function splitForRead(line: string, ifs: string, n: number, raw: boolean): string[] {
  // Characters escaped by a backslash (without -r) are literal and never separators.
  const chars: string[] = [];
  const esc: boolean[] = [];
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (!raw && c === "\\" && i + 1 < line.length) {
      chars.push(line[++i]!);
      esc.push(true);
    } else if (!raw && c === "\\") {
      continue;
    } else {
      chars.push(c);
      esc.push(false);
    }
  }
  const isIfs = (i: number) => !esc[i] && ifs.includes(chars[i]!);
  const isWs = (i: number) => isIfs(i) && (chars[i] === " " || chars[i] === "\t" || chars[i] === "\n");
  const out: string[] = [];
  let i = 0;
  const len = chars.length;
  while (i < len && isWs(i)) i++;
  for (let k = 0; k < n - 1; k++) {
    if (i >= len) {
      out.push("");
      continue;
    }
    let s = "";
    while (i < len && !isIfs(i)) s += chars[i++];
    out.push(s);
    // Skip one separator: whitespace, at most one non-whitespace IFS char, whitespace.
    while (i < len && isWs(i)) i++;
    if (i < len && isIfs(i) && !isWs(i)) {
      i++;
      while (i < len && isWs(i)) i++;
    }
  }
  // The last name: the rest, trailing IFS whitespace removed.
  let end = len;
  while (end > i && isWs(end - 1)) end--;
  let rest = chars.slice(i, end).join("");
  // A single trailing non-whitespace delimiter after the only remaining field is dropped.
  if (end > i && isIfs(end - 1) && !isWs(end - 1)) {
    let j = i;
    let single = true;
    for (; j < end - 1; j++) if (isIfs(j)) single = false;
    if (single) rest = chars.slice(i, end - 1).join("");
  }
  out.push(rest);
  return out;
}

export const read: Builtin = async (sh, argv) => {
  const o = getopts(sh, "read", argv, sh.dialect === "dash" ? "rp:" : "ersa:d:i:n:N:p:t:u:", USAGE.read);
  if (!o) return 2;
  if (sh.dialect === "dash" && !o.args.length) {
    // dash's read needs a variable name (no REPLY).
    sh.errorLine("read: arg count");
    return 2;
  }
  const f = o.flags;
  const raw = f.has("r");
  let fd = 0;
  if (f.has("u")) {
    const u = f.get("u") as string;
    if (!/^\d+$/.test(u) || !sh.task.getFd(Number(u))) {
      sh.errorLine(`read: ${u}: invalid file descriptor specification`);
      return 1;
    }
    fd = Number(u);
  }
  let delim = 10;
  if (f.has("d")) {
    const d = f.get("d") as string;
    delim = d === "" ? 0 : d.charCodeAt(0);
  }
  let nchars: number | undefined;
  let exact = false;
  for (const k of ["n", "N"]) {
    if (!f.has(k)) continue;
    const v = f.get(k) as string;
    if (!/^\d+$/.test(v)) {
      sh.errorLine(`read: ${v}: invalid number`);
      return 1;
    }
    nchars = Number(v);
    exact = k === "N";
  }
  let timeoutNs: number | undefined;
  if (f.has("t")) {
    const v = f.get("t") as string;
    if (!/^\d+(\.\d*)?$|^\.\d+$/.test(v)) {
      sh.errorLine(`read: ${v}: invalid timeout specification`);
      return 1;
    }
    timeoutNs = Math.round(Number(v) * 1e9);
    if (timeoutNs === 0) {
      // -t 0: is input available? (we can say yes when the description has data buffered)
      const file = sh.task.getFd(fd);
      return file ? 0 : 1;
    }
  }
  const names = o.args;
  const arrName = f.get("a") as string | undefined;
  for (const n of arrName !== undefined ? [arrName] : names) {
    if (!isValidName(n)) {
      sh.errorLine(`read: \`${n}': not a valid identifier`);
      return 1;
    }
  }
  if (f.has("p") && sh.task.getFd(fd)?.tty) sh.writeSync(2, f.get("p") as string);
  if (nchars === 0) {
    for (const n of names.length ? names : ["REPLY"]) sh.setVar(n, "");
    return 0;
  }
  let r: RawRead;
  try {
    r = await readRaw(sh, fd, delim, nchars, exact, raw, timeoutNs);
  } catch (e) {
    if (e instanceof KernelError) {
      sh.errorLine(`read: read error: ${fd}: ${strerror(e.errno)}`);
      return 1;
    }
    if (sh.trappedInterrupt(e)) return 128 + (e as Interrupted).signal;
    throw e;
  }
  if (r.timedOut) return 142;
  const ifs = sh.ifs();
  if (arrName !== undefined) {
    const fields = r.text === "" ? [] : splitAll(r.text, ifs, raw);
    const v = sh.vars.lookupMut(arrName) ?? sh.vars.create(arrName, sh.vars.inFunction() ? "global" : "global");
    v.value = IndexedArray.of(fields);
  } else if (names.length === 0) {
    let line = r.text;
    if (!raw) line = line.replace(/\\(.)/gs, "$1").replace(/\\$/, "");
    if (!sh.setVar("REPLY", line)) return 1;
  } else {
    const vals = splitForRead(r.text, ifs, names.length, raw);
    for (let i = 0; i < names.length; i++) if (!sh.setVar(names[i]!, vals[i] ?? "")) return 1;
  }
  return r.eof ? 1 : 0;
};

/** read -a: every field separately (empty fields between non-whitespace separators kept). */
function splitAll(line: string, ifs: string, raw: boolean): string[] {
  const out: string[] = [];
  let rest = line;
  for (let guard = 0; guard < 1_000_000; guard++) {
    const [first, tail] = splitForRead(rest, ifs, 2, raw);
    if (first === "" && tail === "" && !/[^ \t\n]/.test(rest)) break;
    out.push(first!);
    if (tail === "") break;
    // Re-split the tail as raw text (escapes were consumed in this pass).
    rest = raw ? tail! : tail!.replace(/\\/g, "\\\\");
  }
  return out;
}

export const mapfile: Builtin = async (sh, argv) => {
  const name0 = argv[0]!;
  const o = getopts(sh, name0, argv, "d:n:O:s:tu:C:c:", USAGE[name0]);
  if (!o) return 2;
  const f = o.flags;
  const arrName = o.args[0] ?? "MAPFILE";
  if (!isValidName(arrName)) {
    sh.errorLine(`${name0}: \`${arrName}': not a valid identifier`);
    return 1;
  }
  const delim = f.has("d") ? ((f.get("d") as string) === "" ? 0 : (f.get("d") as string).charCodeAt(0)) : 10;
  const count = f.has("n") ? Number(f.get("n")) : 0;
  const origin = f.has("O") ? Number(f.get("O")) : 0;
  let skip = f.has("s") ? Number(f.get("s")) : 0;
  const fd = f.has("u") ? Number(f.get("u")) : 0;
  if (!sh.task.getFd(fd)) {
    sh.errorLine(`${name0}: ${fd}: invalid file descriptor specification`);
    return 1;
  }
  const v = sh.vars.lookupMut(arrName) ?? sh.vars.create(arrName, "global");
  const arr = f.has("O") && v.value instanceof IndexedArray ? v.value : new IndexedArray();
  let idx = origin;
  let n = 0;
  for (;;) {
    if (count && n >= count) break;
    const r = await readRaw(sh, fd, delim, undefined, false, true, undefined);
    if (r.eof && r.text === "") break;
    if (skip > 0) {
      skip--;
      if (r.eof) break;
      continue;
    }
    arr.set(idx++, f.has("t") || r.eof ? r.text : r.text + String.fromCharCode(delim));
    n++;
    if (r.eof) break;
  }
  v.value = arr;
  return 0;
};
