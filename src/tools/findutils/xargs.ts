// xargs(1) from GNU findutils 4.9: builds command lines from standard input
// and runs them (default: echo). Input items are blank-separated with '' ""
// and \ quoting, or -0 / -d DELIM separated; -n N, -L N, -I REPL, -r, -t,
// -x, -s N, -E EOF, -a FILE, -P N (run as a pool in virtual time).
// Exit statuses as GNU: 123 some command failed (1-125), 124 one exited 255
// (xargs stops), 125 one was killed by a signal, 126/127 cannot run/not found.
import type { Program } from "../../kernel/task/program.js";
import { resolveCommand, spawn } from "../../kernel/task/exec.js";
import type { Task } from "../../kernel/task/task.js";
import { strerror } from "../../uapi/errno.js";
import { getopt } from "../coreutils/common/getopt.js";
import { versionText } from "../coreutils/common/cmd.js";

class QuoteError extends Error {}

/** Splits default-mode input into items (and line numbers for -L). */
function splitItems(text: string): Array<{ item: string; line: number; endsLine: boolean }> {
  const out: Array<{ item: string; line: number; endsLine: boolean }> = [];
  let cur: string | undefined;
  let line = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === "\n" || c === " " || c === "\t") {
      if (cur !== undefined) out.push({ item: cur, line, endsLine: c === "\n" });
      else if (c === "\n" && out.length && out[out.length - 1]!.line === line) out[out.length - 1]!.endsLine = true;
      cur = undefined;
      if (c === "\n") line++;
      continue;
    }
    if (c === "'" || c === '"') {
      const j = text.indexOf(c, i + 1);
      const nl = text.indexOf("\n", i + 1);
      if (j < 0 || (nl >= 0 && nl < j)) throw new QuoteError(c === "'" ? "single" : "double");
      cur = (cur ?? "") + text.slice(i + 1, j);
      i = j;
      continue;
    }
    if (c === "\\" && i + 1 < text.length) {
      cur = (cur ?? "") + text[++i];
      continue;
    }
    cur = (cur ?? "") + c;
  }
  if (cur !== undefined) out.push({ item: cur, line, endsLine: true });
  return out;
}

/** -I's item: the whole line, blanks kept, quotes and backslashes still removed. */
function unquoteLine(t: string): string {
  let out = "";
  for (let i = 0; i < t.length; i++) {
    const c = t[i]!;
    if (c === "'" || c === '"') {
      const j = t.indexOf(c, i + 1);
      if (j < 0) throw new QuoteError(c === "'" ? "single" : "double");
      out += t.slice(i + 1, j);
      i = j;
    } else if (c === "\\" && i + 1 < t.length) out += t[++i];
    else out += c;
  }
  return out;
}

export const xargsMain: Program = async (ctx) => {
  const err = (s: string) => ctx.stderr.write(`${ctx.argv[0]}: ${s}\n`);
  const tryHelp = () => ctx.stderr.write(`Try '${ctx.argv[0]} --help' for more information.\n`);
  const r = getopt(ctx.argv.slice(1), {
    short: "+0a:d:E:e::I:i::L:l::n:oP:prs:tx",
    long: [
      { name: "null", arg: "none", key: "0" },
      { name: "arg-file", arg: "required", key: "a" },
      { name: "delimiter", arg: "required", key: "d" },
      { name: "eof", arg: "optional", key: "e" },
      { name: "replace", arg: "optional", key: "i" },
      { name: "max-lines", arg: "optional", key: "l" },
      { name: "max-args", arg: "required", key: "n" },
      { name: "open-tty", arg: "none", key: "o" },
      { name: "max-procs", arg: "required", key: "P" },
      { name: "interactive", arg: "none", key: "p" },
      { name: "no-run-if-empty", arg: "none", key: "r" },
      { name: "max-chars", arg: "required", key: "s" },
      { name: "verbose", arg: "none", key: "t" },
      { name: "exit", arg: "none", key: "x" },
      { name: "show-limits", arg: "none" },
      { name: "process-slot-var", arg: "required" },
      { name: "help", arg: "none" },
      { name: "version", arg: "none" },
    ],
  });
  if (r.kind === "error") {
    await err(r.message);
    await tryHelp();
    return 1;
  }
  let sep: string | undefined;
  let maxArgs = 0;
  let maxLines = 0;
  let replace: string | undefined;
  let noEmpty = false;
  let trace = false;
  let procs = 1;
  let eof: string | undefined;
  let argFile: string | undefined;
  let maxChars = 131072;
  const num = async (o: { value?: string; text: string }, name: string, min: number): Promise<number | undefined> => {
    const v = o.value ?? "";
    if (!/^\d+$/.test(v)) {
      await err(`invalid number ${JSON.stringify(v).replace(/^"|"$/g, '"')} for -${name} option`);
      await tryHelp();
      return undefined;
    }
    if (Number(v) < min) {
      await err(`value ${v} for -${name} option should be >= ${min}`);
      await tryHelp();
      return undefined;
    }
    return Number(v);
  };
  const exclusive = (prev: string, cur: string) => err(`warning: options ${prev} and ${cur} are mutually exclusive, ignoring previous ${prev} value`);
  for (const o of r.opts) {
    switch (o.key) {
      case "help":
        await ctx.stdout.write(`Usage: ${ctx.argv[0]} [OPTION]... COMMAND [INITIAL-ARGS]...\nRun COMMAND with arguments INITIAL-ARGS and more arguments read from input.\n`);
        return 0;
      case "version":
        await ctx.stdout.write(versionText("xargs").replace("(GNU coreutils) 9.1", "(GNU findutils) 4.9.0").replace(/Written by.*\n$/s, "Written by Eric B. Decker, James Youngman, and Kevin Dalley.\n"));
        return 0;
      case "0":
        sep = "\0";
        break;
      case "d": {
        const v = o.value!;
        const esc: Record<string, string> = { "\\n": "\n", "\\t": "\t", "\\0": "\0", "\\\\": "\\" };
        sep = esc[v] ?? v;
        if ([...sep].length !== 1) {
          await err(`invalid input delimiter specification ${v}: the delimiter must be either a single character or an escape sequence starting with \\.`);
          return 1;
        }
        break;
      }
      case "E":
      case "e":
        eof = o.value;
        break;
      // -I, -L and -n exclude one another: a later one drops an earlier one with a warning
      // (but -n1 after -I is silently ignored); -I itself means one line per command.
      case "I":
      case "i":
        if (maxLines) await exclusive("--max-lines", "--replace/-I/-i");
        if (maxArgs) await exclusive("--max-args", "--replace/-I/-i");
        replace = o.value ?? "{}";
        maxLines = 0;
        maxArgs = 0;
        break;
      case "L":
      case "l": {
        const n = o.value === undefined && o.key === "l" ? 1 : await num(o, "L", 1);
        if (n === undefined) return 1;
        if (maxArgs) await exclusive("--max-args", "-L");
        if (replace !== undefined) await exclusive("--replace", "-L");
        maxLines = n;
        maxArgs = 0;
        replace = undefined;
        break;
      }
      case "n": {
        const n = await num(o, "n", 1);
        if (n === undefined) return 1;
        if (maxLines) await exclusive("--max-lines", "--max-args/-n");
        maxLines = 0;
        maxArgs = n;
        if (replace !== undefined) {
          if (n === 1) maxArgs = 0;
          else {
            await exclusive("--replace", "--max-args/-n");
            replace = undefined;
          }
        }
        break;
      }
      case "P": {
        const n = await num(o, "P", 0);
        if (n === undefined) return 1;
        procs = n || 64;
        break;
      }
      case "s": {
        const n = await num(o, "s", 1);
        if (n === undefined) return 1;
        maxChars = n;
        break;
      }
      case "r":
        noEmpty = true;
        break;
      case "t":
      case "p":
        trace = true;
        break;
      case "a":
        argFile = o.value;
        break;
    }
  }
  if (replace !== undefined) maxLines = 1;
  const command = r.operands.length ? r.operands : ["echo"];
  // Read all input (xargs would stream; in virtual time the result is the same order).
  let data: string;
  if (argFile !== undefined) {
    try {
      data = new TextDecoder().decode(ctx.task.host.fs.readFile(ctx.task, ctx.task.cwd, argFile));
    } catch (e) {
      await err(`Cannot open input file ${"\u2018"}${argFile}${"\u2019"}: ${strerror((e as { errno?: number }).errno ?? 2)}`);
      return 1;
    }
  } else data = await ctx.stdin.readAll();
  let items: Array<{ item: string; line: number; endsLine: boolean }>;
  if (sep !== undefined) {
    const parts = data.split(sep);
    if (parts[parts.length - 1] === "") parts.pop();
    items = parts.map((p, i) => ({ item: p, line: i, endsLine: true }));
  } else if (replace !== undefined) {
    // -I: one line per command, leading blanks dropped, quotes still processed.
    items = [];
    try {
      data.split("\n").forEach((l, i, arr) => {
        if (i === arr.length - 1 && l === "") return;
        const t = l.replace(/^[ \t]+/, "");
        if (t === "") return;
        items.push({ item: unquoteLine(t), line: i, endsLine: true });
      });
    } catch (e) {
      if (!(e instanceof QuoteError)) throw e;
      await err(`unmatched ${e.message} quote; by default quotes are special to xargs unless you use the -0 option`);
      return 1;
    }
  } else {
    try {
      items = splitItems(data);
    } catch (e) {
      if (!(e instanceof QuoteError)) throw e;
      await err(`unmatched ${e.message} quote; by default quotes are special to xargs unless you use the -0 option`);
      return 1;
    }
  }
  if (eof !== undefined && eof !== "") {
    const k = items.findIndex((x) => x.item === eof);
    if (k >= 0) items = items.slice(0, k);
  }
  // Group items into command lines.
  const batches: string[][] = [];
  if (replace !== undefined) {
    for (const it of items) batches.push(command.map((a) => a.split(replace!).join(it.item)));
  } else {
    let cur: string[] = [];
    let lines = 0;
    let chars = command.reduce((s, a) => s + a.length + 1, 0);
    const base = chars;
    for (const it of items) {
      if (cur.length && ((maxArgs && cur.length >= maxArgs) || chars + it.item.length + 1 > maxChars)) {
        batches.push([...command, ...cur]);
        cur = [];
        lines = 0;
        chars = base;
      }
      cur.push(it.item);
      chars += it.item.length + 1;
      if (maxLines && it.endsLine && ++lines >= maxLines) {
        batches.push([...command, ...cur]);
        cur = [];
        lines = 0;
        chars = base;
      }
    }
    if (cur.length) batches.push([...command, ...cur]);
    if (!batches.length && !noEmpty && !items.length) batches.push([...command]);
  }
  const res = resolveCommand(ctx.task, command[0]!, ctx.env.get("PATH"));
  if (!batches.length) return 0;
  if (res.kind === "error") {
    if (trace) await ctx.stderr.write(`${batches[0]!.join(" ")}\n`);
    await err(`${command[0]}: ${strerror(res.errno)}`);
    return res.errno === 2 ? 127 : 126;
  }
  let status = 0;
  // Up to -P children at once; a task waits for one child at a time, so the
  // oldest is reaped first.
  const running: Array<{ argv: string[]; child: Task }> = [];
  let stop = false;
  const reap = async () => {
    const { argv, child } = running.shift()!;
    const st = await child.waitExit(ctx.task);
    if (child.killedBy !== undefined) {
      await err(`${argv[0]}: terminated by signal ${child.killedBy}`);
      status = 125;
      stop = true;
    } else if (st === 255) {
      await err(`${argv[0]}: exited with status 255; aborting`);
      status = 124;
      stop = true;
    } else if (st !== 0 && status === 0) status = 123;
  };
  for (const argv of batches) {
    if (stop) break;
    if (trace) await ctx.stderr.write(`${argv.join(" ")}\n`);
    running.push({ argv, child: spawn(ctx.task, { argv, env: ctx.env, program: res.program }) });
    if (running.length >= procs) await reap();
  }
  while (running.length) await reap();
  return status;
};
