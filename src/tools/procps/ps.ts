// ps (procps-ng 4.0.2) over the host's process table: `ps`, `ps -e/-A`,
// `-f`, BSD `aux`/`ax`/`u`/`x`, `-o LIST` (also `o LIST`, with `name=HEADER`),
// `-p/p/--pid`, `--ppid`, `-C NAME`, `--no-headers`; procps' column widths
// and alignment. Nothing runs on a terminal here, so every TTY is "?" and the
// plain `ps` lists every process (what real ps prints without a tty).
// Approximations (the model does not keep them): CPU time is 0 (TIME
// 00:00:00, %CPU 0.0), memory is 0 (%MEM, VSZ, RSS), every process started at
// boot (STIME/START 00:00, ELAPSED from virtual time 0), STAT is "S" except
// ps itself ("R"), and all processes belong to root.
import type { Program, ProgramContext } from "../../kernel/task/program.js";
import type { Task } from "../../kernel/task/task.js";
import { strftime, wallOf } from "../coreutils/common/time.js";

interface Column {
  header: string;
  width: number;
  right: boolean;
  value: (t: Task, ctx: ProgramContext) => string;
}

const argsOf = (t: Task) => t.comm;
/** A task's short name: its command's basename, at most 15 characters (TASK_COMM_LEN). */
export const commOf = (t: Task) => {
  const first = t.comm.split(" ")[0] ?? "";
  return first.slice(first.lastIndexOf("/") + 1).slice(0, 15);
};
/** Every process is taken to have started at boot (virtual time 0). */
const startText = () => strftime("%H:%M", wallOf(0).sec);

function elapsed(ctx: ProgramContext): string {
  let s = Math.floor(ctx.task.sched.clock.now / 1e9);
  const d = Math.floor(s / 86400);
  s -= d * 86400;
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  const two = (n: number) => String(n).padStart(2, "0");
  return `${d ? `${d}-` : ""}${d || h ? `${two(h)}:` : ""}${two(m)}:${two(sec)}`;
}

const COLUMNS: Record<string, Column> = {
  pid: { header: "PID", width: 5, right: true, value: (t) => String(t.pid) },
  ppid: { header: "PPID", width: 5, right: true, value: (t) => String(t.parent?.pid ?? 0) },
  pgid: { header: "PGID", width: 5, right: true, value: (t) => String(t.pgid) },
  pgrp: { header: "PGRP", width: 5, right: true, value: (t) => String(t.pgid) },
  sid: { header: "SID", width: 5, right: true, value: (t) => String(t.pgid) },
  comm: { header: "COMMAND", width: 15, right: false, value: commOf },
  ucomm: { header: "COMMAND", width: 15, right: false, value: commOf },
  cmd: { header: "CMD", width: 27, right: false, value: argsOf },
  args: { header: "COMMAND", width: 27, right: false, value: argsOf },
  command: { header: "COMMAND", width: 27, right: false, value: argsOf },
  user: { header: "USER", width: 8, right: false, value: () => "root" },
  euser: { header: "EUSER", width: 8, right: false, value: () => "root" },
  ruser: { header: "RUSER", width: 8, right: false, value: () => "root" },
  uname: { header: "USER", width: 8, right: false, value: () => "root" },
  uid: { header: "UID", width: 5, right: true, value: () => "0" },
  euid: { header: "EUID", width: 5, right: true, value: () => "0" },
  ruid: { header: "RUID", width: 5, right: true, value: () => "0" },
  gid: { header: "GID", width: 5, right: true, value: () => "0" },
  group: { header: "GROUP", width: 8, right: false, value: () => "root" },
  tty: { header: "TT", width: 8, right: false, value: () => "?" },
  tname: { header: "TTY", width: 8, right: false, value: () => "?" },
  time: { header: "TIME", width: 8, right: true, value: () => "00:00:00" },
  cputime: { header: "TIME", width: 8, right: true, value: () => "00:00:00" },
  etime: { header: "ELAPSED", width: 11, right: true, value: (_t, c) => elapsed(c) },
  etimes: { header: "ELAPSED", width: 7, right: true, value: (_t, c) => String(Math.floor(c.task.sched.clock.now / 1e9)) },
  stat: { header: "STAT", width: 4, right: false, value: (t, c) => (t === c.task ? "R" : "S") },
  s: { header: "S", width: 1, right: false, value: (t, c) => (t === c.task ? "R" : "S") },
  c: { header: "C", width: 2, right: true, value: () => "0" },
  "%cpu": { header: "%CPU", width: 4, right: true, value: () => "0.0" },
  pcpu: { header: "%CPU", width: 4, right: true, value: () => "0.0" },
  "%mem": { header: "%MEM", width: 4, right: true, value: () => "0.0" },
  pmem: { header: "%MEM", width: 4, right: true, value: () => "0.0" },
  vsz: { header: "VSZ", width: 6, right: true, value: () => "0" },
  rss: { header: "RSS", width: 5, right: true, value: () => "0" },
  ni: { header: "NI", width: 3, right: true, value: () => "0" },
  pri: { header: "PRI", width: 3, right: true, value: () => "19" },
  stime: { header: "STIME", width: 5, right: false, value: () => startText() },
  start: { header: "STARTED", width: 8, right: true, value: () => strftime("%H:%M:%S", wallOf(0).sec) },
  bsdstart: { header: "START", width: 5, right: true, value: () => startText() },
  bsdtime: { header: "TIME", width: 6, right: true, value: () => "0:00" },
};

interface Field {
  col: Column;
  header: string;
}

const field = (name: string, header?: string): Field => ({ col: COLUMNS[name]!, header: header ?? COLUMNS[name]!.header });

const USAGE = `
Usage:
 ps [options]

 Try 'ps --help <simple|list|output|threads|misc|all>'
  or 'ps --help <s|l|o|t|m|a>'
 for additional help text.

For more details see ps(1).
`;

export const psMain: Program = async (ctx) => {
  const fail = async (msg: string) => {
    await ctx.stderr.write(`error: ${msg}\n${USAGE}`);
    return 1;
  };
  let full = false;
  let bsdUser = false;
  let noHeaders = false;
  let fields: Field[] | undefined;
  const pids: number[] = [];
  const ppids: number[] = [];
  const names: string[] = [];
  const args = ctx.argv.slice(1);
  const addFormat = async (spec: string): Promise<string | undefined> => {
    fields ??= [];
    // Items split on commas and blanks; "name=HEADER" renames (an empty header hides it).
    for (const item of spec.split(/[,\s]+/).filter(Boolean)) {
      const eq = item.indexOf("=");
      const name = (eq < 0 ? item : item.slice(0, eq)).toLowerCase();
      if (!(name in COLUMNS)) return eq < 0 ? item : item.slice(0, eq);
      fields.push(field(name, eq < 0 ? undefined : item.slice(eq + 1)));
    }
    return undefined;
  };
  const list = (v: string, into: number[] | string[], numeric: boolean): boolean => {
    for (const x of v.split(/[,\s]+/).filter(Boolean)) {
      if (numeric) {
        if (!/^\d+$/.test(x)) return false;
        (into as number[]).push(Number(x));
      } else (into as string[]).push(x);
    }
    return true;
  };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const next = () => args[++i];
    if (a.startsWith("--")) {
      const [name, inline] = a.slice(2).split(/=(.*)/s) as [string, string | undefined];
      const val = () => inline ?? next();
      if (name === "no-headers" || name === "no-heading") noHeaders = true;
      else if (name === "pid" || name === "ppid") {
        const v = val();
        if (v === undefined) return fail("list of process IDs must follow --" + name);
        if (!list(v, name === "pid" ? pids : ppids, true)) return fail("process ID list syntax error");
      } else if (name === "format") {
        const v = val();
        if (v === undefined) return fail("format specification must follow --format");
        const bad = await addFormat(v);
        if (bad !== undefined) return fail(`unknown user-defined format specifier "${bad}"`);
      } else if (name === "version") {
        await ctx.stdout.write("ps from procps-ng 4.0.2\n");
        return 0;
      } else return fail("unknown gnu long option");
      continue;
    }
    if (a.startsWith("-")) {
      for (let j = 1; j < a.length; j++) {
        const c = a[j]!;
        const rest = a.slice(j + 1);
        const arg = () => (rest ? rest : next());
        // Every process is listed anyway (see above): -e/-A change nothing.
        if (c === "e" || c === "A") continue;
        else if (c === "f") full = true;
        else if (c === "V") {
          await ctx.stdout.write("ps from procps-ng 4.0.2\n");
          return 0;
        } else if (c === "o") {
          const v = arg();
          if (v === undefined) return fail("format specification must follow -o");
          const bad = await addFormat(v);
          if (bad !== undefined) return fail(`unknown user-defined format specifier "${bad}"`);
          break;
        } else if (c === "p" || c === "q") {
          const v = arg();
          if (v === undefined) return fail("list of process IDs must follow -p");
          if (!list(v, pids, true)) return fail("process ID list syntax error");
          break;
        } else if (c === "C") {
          const v = arg();
          if (v === undefined) return fail("list of command names must follow -C");
          list(v, names, false);
          break;
        } else return fail("unsupported SysV option");
      }
      continue;
    }
    // BSD options: letters without a dash.
    for (let j = 0; j < a.length; j++) {
      const c = a[j]!;
      if (c === "a" || c === "x") continue;
      else if (c === "u") bsdUser = true;
      else if (c === "w") continue;
      else if (c === "o") {
        const v = a.slice(j + 1) || next();
        if (v === undefined) return fail("format specification must follow o");
        const bad = await addFormat(v);
        if (bad !== undefined) return fail(`unknown user-defined format specifier "${bad}"`);
        break;
      } else if (c === "p") {
        const v = a.slice(j + 1) || next();
        if (v === undefined || !list(v, pids, true)) return fail("process ID list syntax error");
        break;
      } else if (/\d/.test(c)) {
        list(a, pids, true);
        break;
      } else return fail("unsupported option (BSD syntax)");
    }
  }
  if (!fields) {
    if (bsdUser) fields = ["user", "pid", "%cpu", "%mem", "vsz", "rss", "tname", "stat", "bsdstart", "bsdtime", "args"].map((n) => field(n));
    else if (full) fields = [field("user", "UID"), field("pid"), field("ppid"), field("c"), field("stime"), field("tname"), field("time"), field("cmd")];
    else fields = [field("pid"), field("tname"), field("time"), field("ucomm", "CMD")];
    if (bsdUser) fields[fields.length - 1] = field("args", "COMMAND");
  }
  let tasks = [...ctx.task.host.tasks.values()].filter((t) => t.alive).sort((x, y) => x.pid - y.pid);
  if (pids.length || ppids.length || names.length) {
    tasks = tasks.filter((t) => pids.includes(t.pid) || ppids.includes(t.parent?.pid ?? 0) || names.includes(commOf(t)));
  }
  const out: string[] = [];
  const cell = (f: Field, text: string, last: boolean) => {
    if (last) return f.col.right ? text.padStart(f.col.width) : text;
    const t = f.col.right ? text : text.slice(0, f.col.width);
    return f.col.right ? t.padStart(f.col.width) : t.padEnd(f.col.width);
  };
  const fl = fields;
  if (!noHeaders && fl.some((f) => f.header !== "")) {
    out.push(fl.map((f, k) => cell({ ...f, col: { ...f.col, width: Math.max(f.col.width, f.header.length) } }, f.header, k === fl.length - 1)).join(" "));
  }
  for (const t of tasks) {
    out.push(fl.map((f, k) => cell({ ...f, col: { ...f.col, width: Math.max(f.col.width, f.header.length) } }, f.col.value(t, ctx), k === fl.length - 1)).join(" "));
  }
  if (out.length) await ctx.stdout.write(`${out.join("\n")}\n`);
  return tasks.length ? 0 : 1;
};
