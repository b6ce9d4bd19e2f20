// stat(1): the default report and -c/--format, --printf (%a %A %b %B %d %f
// %F %g %G %h %i %n %N %o %s %u %U %x %X %y %Y %z %Z %w %W), -L, -t.
// Every file is owned by root; device and block numbers are fixed
// (one tmpfs-like device).
import type { Program } from "../../kernel/task/program.js";
import type { Inode } from "../../kernel/fs/inode.js";
import { Cmd, describe, qs } from "./common/cmd.js";
import { blocksOf, fileTypeName, linksOf, modeString, sizeOf } from "./common/fsinfo.js";
import { strftime, wallOf } from "./common/time.js";

const timeStr = (ns: number) => {
  const w = wallOf(ns);
  return strftime("%Y-%m-%d %H:%M:%S.%N +0000", w.sec, w.nsec);
};

function render(fmt: string, name: string, n: Inode, escapes: boolean): string {
  let out = "";
  for (let i = 0; i < fmt.length; i++) {
    const c = fmt[i]!;
    if (escapes && c === "\\" && i + 1 < fmt.length) {
      const e = fmt[++i]!;
      out += ({ n: "\n", t: "\t", "\\": "\\", a: "\x07", r: "\r", v: "\v", f: "\f", e: "\x1b" } as Record<string, string>)[e] ?? `\\${e}`;
      continue;
    }
    if (c !== "%") {
      out += c;
      continue;
    }
    const m = fmt.slice(i).match(/^%([-#0 +']*)(\d*)(?:\.(\d+))?([a-zA-Z%])/);
    if (!m) {
      out += c;
      continue;
    }
    i += m[0].length - 1;
    const [, flags, width] = m;
    const conv = m[4]!;
    const w = wallOf(n.mtime);
    const val: Record<string, string> = {
      a: (n.mode & 0o7777).toString(8),
      A: modeString(n),
      b: String(blocksOf(n)),
      B: "512",
      d: "48",
      D: "30",
      f: ((n.kind === "dir" ? 0o040000 : n.kind === "symlink" ? 0o120000 : n.kind === "special" && n.typeChar === "c" ? 0o020000 : 0o100000) | n.mode).toString(16),
      F: fileTypeName(n),
      g: "0",
      G: "root",
      h: String(linksOf(n)),
      i: String(n.ino),
      n: name,
      N: n.kind === "symlink" ? `'${name}' -> '${n.target}'` : `'${name}'`,
      o: "4096",
      s: String(sizeOf(n)),
      t: "0",
      T: "0",
      u: "0",
      U: "root",
      w: "-",
      W: "0",
      x: timeStr(n.mtime),
      X: String(w.sec),
      y: timeStr(n.mtime),
      Y: String(w.sec),
      z: timeStr(n.mtime),
      Z: String(w.sec),
      "%": "%",
    };
    let v = val[conv];
    if (v === undefined) {
      out += m[0];
      continue;
    }
    if (width) v = flags!.includes("-") ? v.padEnd(Number(width)) : v.padStart(Number(width), flags!.includes("0") ? "0" : " ");
    out += v;
  }
  return out;
}

const DEFAULT =
  "  File: %N\n  Size: %-10s\tBlocks: %-10b IO Block: %-6o %F\nDevice: 0,%d\tInode: %-11i Links: %h\n" +
  "Access: (%04a/%A)  Uid: (    0/    root)   Gid: (    0/    root)\nAccess: %x\nModify: %y\nChange: %z\n Birth: -\n";

export const statMain: Program = async (ctx) => {
  const cmd = new Cmd(ctx);
  const p = await cmd.parse({
    short: "c:fLt",
    long: [
      { name: "format", arg: "required", key: "c" },
      { name: "printf", arg: "required" },
      { name: "dereference", arg: "none", key: "L" },
      { name: "terse", arg: "none", key: "t" },
      { name: "file-system", arg: "none", key: "f" },
      { name: "cached", arg: "required" },
    ],
  });
  if (typeof p === "number") return p;
  let fmt: string | undefined;
  let escapes = false;
  let follow = false;
  let terse = false;
  for (const o of p.opts) {
    if (o.key === "c") {
      fmt = `${o.value}\n`;
      escapes = false;
    } else if (o.key === "printf") {
      fmt = o.value!;
      escapes = true;
    } else if (o.key === "L") follow = true;
    else if (o.key === "t") terse = true;
  }
  if (!p.operands.length) return cmd.usage("missing operand");
  let status = 0;
  for (const f of p.operands) {
    let n: Inode;
    try {
      n = cmd.lookup(f, !follow);
    } catch (e) {
      await cmd.error(`cannot statx ${qs(f)}: ${describe(e)}`);
      status = 1;
      continue;
    }
    const format = fmt ?? (terse ? "%n %s %b %f %u %g %D %i %h %t %T %X %Y %Z %W %o\n" : DEFAULT.replace("%N", n.kind === "symlink" ? "%N" : "%n"));
    await cmd.out(render(format, f, n, escapes));
  }
  return status;
};
