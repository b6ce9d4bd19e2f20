// File test operators of [[ ]] over the host's filesystem (stat(2) in the
// model): -e -f -d -s -r -w -x -L/-h -p -S -b -c -t -O -G -u -g -k -N, and the
// binary -nt -ot -ef. Processes run as root, so -r and -w hold for any
// existing file and -x for anything with an execute bit (or a directory).

import type { Shell } from "./interpreter.js";

const OPS = new Set(["-e", "-a", "-f", "-d", "-s", "-r", "-w", "-x", "-L", "-h", "-p", "-S", "-b", "-c", "-t", "-O", "-G", "-u", "-g", "-k", "-N"]);

export function isFileTestOp(op: string): boolean {
  return OPS.has(op);
}

export function fileTest(sh: Shell, op: string, a: string, b?: string): boolean {
  const t = sh.task;
  const fs = t.host.fs;
  if (op === "-t") {
    const fd = /^\d+$/.test(a) ? Number(a) : -1;
    return !!t.getFd(fd)?.tty;
  }
  if (op === "-nt" || op === "-ot" || op === "-ef") {
    const x = a ? fs.tryLookup(t, t.cwd, a) : undefined;
    const y = b ? fs.tryLookup(t, t.cwd, b) : undefined;
    if (op === "-ef") return !!x && x === y;
    if (op === "-nt") return !!x && (!y || x.mtime > y.mtime);
    return !!y && (!x || x.mtime < y.mtime);
  }
  if (a === "") return false;
  const lpath = /^\/dev\/(fd\/\d+|stdin|stdout|stderr)$/.test(a);
  if (lpath) {
    const m = /^\/dev\/(?:fd\/(\d+)|(stdin)|(stdout)|(stderr))$/.exec(a)!;
    const fd = m[1] !== undefined ? Number(m[1]) : m[2] ? 0 : m[3] ? 1 : 2;
    const f = t.getFd(fd);
    if (!f) return false;
    return op === "-e" || op === "-a" || op === "-r" || op === "-w" || (op === "-p" && f.label === "pipe") || (op === "-c" && !!f.tty);
  }
  const n = fs.tryLookup(t, t.cwd, a, op === "-L" || op === "-h");
  if (!n) return false;
  switch (op) {
    case "-e":
    case "-a":
    case "-r":
    case "-w":
      return true;
    case "-f":
      return n.kind === "file" || (n.kind === "special" && n.typeChar === "-");
    case "-d":
      return n.kind === "dir";
    case "-s":
      return fs.statInode(n).size > 0;
    case "-x":
      return n.kind === "dir" || (n.mode & 0o111) !== 0;
    case "-L":
    case "-h":
      return n.kind === "symlink";
    case "-p":
      return n.kind === "special" && n.typeChar === "p";
    case "-c":
      return n.kind === "special" && n.typeChar === "c";
    case "-O":
    case "-G":
      return true;
    case "-u":
      return (n.mode & 0o4000) !== 0;
    case "-g":
      return (n.mode & 0o2000) !== 0;
    case "-k":
      return (n.mode & 0o1000) !== 0;
    default:
      return false;
  }
}
