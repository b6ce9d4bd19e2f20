// ls(1) in the C.UTF-8 locale (names sorted bytewise): one name per line when
// stdout is not a terminal, columns (-C layout, $COLUMNS or 80 wide) when it
// is; -l -a -A -d -1 -C -R -r -t -S -U -i -s -h -F -p -n -g -o --full-time.
// Owners are root; times come from the virtual clock in UTC, shown as
// "Mon dd HH:MM" within six months of now, else "Mon dd  YYYY".
import type { Program } from "../../kernel/task/program.js";
import type { Inode } from "../../kernel/fs/inode.js";
import { Cmd, describe, qs } from "./common/cmd.js";
import { blocksOf, linksOf, modeString, sizeOf } from "./common/fsinfo.js";
import { strftime, wallOf } from "./common/time.js";

interface Entry {
  name: string;
  /** Path to reach it (for lookups). */
  path: string;
  node: Inode;
  /** Target when the entry is a symlink, for -l. */
  target?: string;
}

function human(n: number): string {
  if (n < 1024) return String(n);
  const units = "KMGTPEZY";
  let v = n;
  let i = -1;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  // ls rounds up, with one decimal below 10.
  const s = v < 10 ? (Math.ceil(v * 10) / 10).toFixed(1) : String(Math.ceil(v));
  return s === "10.0" ? `10${units[i]}` : `${s}${units[i]}`;
}

export const lsMain: Program = async (ctx) => {
  const cmd = new Cmd(ctx);
  const p = await cmd.parse(
    {
      short: "aAdfFghilLnoprRsStUC1x",
      long: [
        { name: "all", arg: "none", key: "a" },
        { name: "almost-all", arg: "none", key: "A" },
        { name: "directory", arg: "none", key: "d" },
        { name: "classify", arg: "optional", key: "F" },
        { name: "human-readable", arg: "none", key: "h" },
        { name: "inode", arg: "none", key: "i" },
        { name: "numeric-uid-gid", arg: "none", key: "n" },
        { name: "reverse", arg: "none", key: "r" },
        { name: "recursive", arg: "none", key: "R" },
        { name: "dereference", arg: "none", key: "L" },
        { name: "size", arg: "none", key: "s" },
        { name: "color", arg: "optional" },
        { name: "full-time", arg: "none" },
        { name: "time-style", arg: "required" },
        { name: "group-directories-first", arg: "none" },
        { name: "format", arg: "required" },
        { name: "width", arg: "required", key: "w" },
      ],
    },
    2,
  );
  if (typeof p === "number") return p;
  const o = new Set<string>();
  let timeStyle: string | undefined;
  let format: "long" | "single" | "columns" | "across" = ctx.stdout.isTTY ? "columns" : "single";
  for (const opt of p.opts) {
    o.add(opt.key);
    if ("lngo".includes(opt.key)) format = "long";
    else if (opt.key === "1") format = "single";
    else if (opt.key === "C") format = "columns";
    else if (opt.key === "x") format = "across";
    else if (opt.key === "full-time") {
      format = "long";
      timeStyle = "full-iso";
    } else if (opt.key === "time-style") timeStyle = opt.value;
    else if (opt.key === "f") {
      o.add("a");
      o.add("U");
    }
  }
  const all = o.has("a");
  const almost = o.has("A") && !all;
  const { task } = ctx;
  const fs = cmd.fs;
  const nowSec = wallOf(task.sched.clock.now).sec;

  const sortEntries = (es: Entry[]): Entry[] => {
    if (o.has("U")) return es;
    const cmp = (a: Entry, b: Entry) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    let sorted: Entry[];
    if (o.has("t")) sorted = [...es].sort((a, b) => b.node.mtime - a.node.mtime || cmp(a, b));
    else if (o.has("S")) sorted = [...es].sort((a, b) => sizeOf(b.node) - sizeOf(a.node) || cmp(a, b));
    else sorted = [...es].sort(cmp);
    return o.has("r") ? sorted.reverse() : sorted;
  };

  const suffix = (e: Entry): string => {
    if (!o.has("F") && !o.has("p")) return "";
    const n = e.node;
    if (n.kind === "dir") return "/";
    if (!o.has("F")) return "";
    if (n.kind === "symlink") return "@";
    if (n.kind === "special" && n.typeChar === "p") return "|";
    if ((n.mode & 0o111) !== 0 && n.kind !== "special") return "*";
    if (n.kind === "special" && n.program !== undefined) return "*";
    return "";
  };

  const timeText = (n: Inode): string => {
    const w = wallOf(n.mtime);
    if (timeStyle === "full-iso") return strftime("%Y-%m-%d %H:%M:%S.%N +0000", w.sec, w.nsec);
    if (timeStyle === "long-iso") return strftime("%Y-%m-%d %H:%M", w.sec);
    if (timeStyle === "iso") return nowSec - w.sec < 15778476 && w.sec <= nowSec ? strftime("%m-%d %H:%M", w.sec) : strftime("%Y-%m-%d ", w.sec);
    const recent = w.sec <= nowSec + 0 && nowSec - w.sec < 15778476;
    return strftime(recent ? "%b %e %H:%M" : "%b %e  %Y", w.sec);
  };

  const printLong = async (es: Entry[], withTotal: boolean) => {
    const rows = es.map((e) => {
      const n = e.node;
      const size = n.kind === "special" && n.typeChar === "c" ? "1, 3" : o.has("h") ? human(sizeOf(n)) : String(sizeOf(n));
      return {
        ino: String(n.ino),
        blocks: o.has("h") ? human(blocksOf(n) * 512) : String(blocksOf(n) / 2),
        mode: modeString(n),
        links: String(linksOf(n)),
        owner: o.has("n") ? "0" : "root",
        group: o.has("n") ? "0" : "root",
        size,
        time: timeText(n),
        name: e.name + (e.target !== undefined ? ` -> ${e.target}` : suffix(e)),
      };
    });
    const w = (k: keyof (typeof rows)[number]) => Math.max(0, ...rows.map((r) => r[k].length));
    let out = "";
    if (withTotal) {
      const total = es.reduce((s, e) => s + blocksOf(e.node), 0);
      out += `total ${o.has("h") ? human(total * 512) : total / 2}\n`;
    }
    for (const r of rows) {
      let line = "";
      if (o.has("i")) line += `${r.ino.padStart(w("ino"))} `;
      if (o.has("s")) line += `${r.blocks.padStart(w("blocks"))} `;
      line += `${r.mode} ${r.links.padStart(w("links"))} `;
      if (!o.has("g")) line += `${r.owner.padEnd(w("owner"))} `;
      if (!o.has("o")) line += `${r.group.padEnd(w("group"))} `;
      line += `${r.size.padStart(w("size"))} ${r.time} ${r.name}\n`;
      out += line;
    }
    await cmd.out(out);
  };

  const printShort = async (es: Entry[], withTotal: boolean) => {
    const labels = es.map((e) => {
      let s = "";
      if (o.has("i")) s += `${String(e.node.ino).padStart(Math.max(...es.map((x) => String(x.node.ino).length)))} `;
      if (o.has("s")) s += `${String(blocksOf(e.node) / 2).padStart(Math.max(...es.map((x) => String(blocksOf(x.node) / 2).length)))} `;
      return s + e.name + suffix(e);
    });
    let out = "";
    if (withTotal && o.has("s")) out += `total ${es.reduce((s, e) => s + blocksOf(e.node), 0) / 2}\n`;
    if (format === "single" || !labels.length) {
      out += labels.map((l) => `${l}\n`).join("");
    } else {
      const width = Number(p.opts.find((x) => x.key === "w")?.value ?? ctx.env.get("COLUMNS") ?? 80) || 80;
      const len = labels.map((l) => [...l].length);
      // The most columns that fit, filling down columns (or across with -x).
      let best = { cols: 1, rows: labels.length, widths: [Math.max(...len)] };
      for (let cols = labels.length; cols >= 1; cols--) {
        const rows = Math.ceil(labels.length / cols);
        const realCols = Math.ceil(labels.length / rows);
        const widths: number[] = [];
        for (let c = 0; c < realCols; c++) {
          let m = 0;
          for (let r = 0; r < rows; r++) {
            const i = format === "across" ? r * realCols + c : c * rows + r;
            if (i < labels.length) m = Math.max(m, len[i]!);
          }
          widths.push(m);
        }
        const total = widths.reduce((s, x) => s + x, 0) + 2 * (realCols - 1);
        if (total < width || cols === 1) {
          best = { cols: realCols, rows, widths };
          break;
        }
      }
      // Padding as GNU's indent(): tabs where a tab stop (every 8) is reached, then spaces.
      const indent = (from: number, to: number): string => {
        let s = "";
        while (from < to) {
          if (Math.floor(to / 8) > Math.floor((from + 1) / 8)) {
            s += "\t";
            from += 8 - (from % 8);
          } else {
            s += " ";
            from++;
          }
        }
        return s;
      };
      for (let r = 0; r < best.rows; r++) {
        let line = "";
        let pos = 0;
        for (let c = 0; c < best.cols; c++) {
          const i = format === "across" ? r * best.cols + c : c * best.rows + r;
          if (i >= labels.length) continue;
          if (c > 0) {
            const target = best.widths.slice(0, c).reduce((s, x) => s + x + 2, 0);
            line += indent(pos, target);
            pos = target;
          }
          line += labels[i]!;
          pos += len[i]!;
        }
        out += `${line}\n`;
      }
    }
    await cmd.out(out);
  };

  const print = (es: Entry[], withTotal: boolean) => (format === "long" ? printLong(es, withTotal) : printShort(es, withTotal));

  const entryOf = (name: string, path: string, follow: boolean): Entry => {
    const node = cmd.lookup(path, !(follow || o.has("L")));
    const e: Entry = { name, path, node };
    if (node.kind === "symlink" && format === "long") e.target = node.target;
    return e;
  };

  const listDir = (dirPath: string, dir: Inode): Entry[] => {
    if (dir.kind !== "dir") return [];
    const names = fs.list(task, dir).filter((n) => all || almost || !n.startsWith("."));
    const es: Entry[] = [];
    if (all) {
      es.push({ name: ".", path: dirPath, node: dir });
      es.push({ name: "..", path: `${dirPath}/..`, node: dir.parent });
    }
    for (const n of names) {
      let node = fs.child(task, dir, n);
      if (node?.kind === "symlink" && o.has("L")) node = cmd.tryLookup(`${dirPath}/${n}`) ?? node;
      if (!node) continue;
      const e: Entry = { name: n, path: `${dirPath.replace(/\/$/, "")}/${n}`, node };
      if (node.kind === "symlink" && format === "long") e.target = node.target;
      es.push(e);
    }
    return sortEntries(es);
  };

  let status = 0;
  const operands = p.operands.length ? p.operands : ["."];
  const files: Entry[] = [];
  const dirs: Entry[] = [];
  for (const op of operands) {
    try {
      // Operands are followed unless -l/-d shows the link itself (-H semantics for dirs).
      const lnode = cmd.lookup(op, true);
      let e: Entry;
      if (lnode.kind === "symlink" && (o.has("d") || format === "long")) {
        const t = cmd.tryLookup(op);
        if (t?.kind === "dir" && !o.has("d") && format !== "long") e = entryOf(op, op, true);
        else e = entryOf(op, op, false);
      } else e = entryOf(op, op, true);
      if (e.node.kind === "dir" && !o.has("d")) dirs.push(e);
      else files.push(e);
    } catch (err) {
      await cmd.error(`cannot access ${qs(op)}: ${describe(err)}`);
      status = 2;
    }
  }
  const sortedFiles = sortEntries(files);
  if (sortedFiles.length) await print(sortedFiles, false);
  const showHeader = operands.length > 1 || o.has("R");
  let first = sortedFiles.length === 0;
  const visit = async (e: Entry) => {
    const es = listDir(e.path, e.node);
    if (showHeader) await cmd.out(`${first ? "" : "\n"}${e.name}:\n`);
    first = false;
    await print(es, true);
    if (o.has("R")) {
      for (const c of es) {
        if (c.node.kind === "dir" && c.name !== "." && c.name !== "..") {
          await visit({ ...c, name: `${e.name.replace(/\/$/, "")}/${c.name}` });
        }
      }
    }
  };
  for (const d of sortEntries(dirs)) await visit(d);
  return status;
};
