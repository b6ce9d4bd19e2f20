// GNU sed 4.9 (sed/sed.c): options, script assembly from -e/-f/the first
// operand, in-place editing over the VFS, exit statuses (1 bad script,
// 2 unreadable input, 4 fatal I/O error, or q's code).

import type { OpenFile } from "../../kernel/task/file.js";
import type { ProgramContext } from "../../kernel/task/program.js";
import { strerror } from "../../uapi/errno.js";
import { closeWritten, errnoOf, openForWrite, readPath } from "../grep/files.js";
import { type LongOpt, getopt } from "../grep/getopt.js";
import { BufferedOut, LineSplitter, bytesSource } from "../grep/textio.js";
import { Sink, runSed } from "./execute.js";
import { SED_HELP, SED_USAGE_ERROR, SED_VERSION } from "./help.js";
import { SedInput } from "./input.js";
import { type ScriptChunk, SedError, parseScript } from "./parse.js";

const L = (name: string, has: LongOpt["has"], key: string): LongOpt => ({ name, has, key });

// Order as sed.c's longopts[].
const LONG: LongOpt[] = [
  L("binary", "none", "b"),
  L("regexp-extended", "none", "r"),
  L("debug", "none", "debug"),
  L("in-place", "optional", "i"),
  L("expression", "required", "e"),
  L("file", "required", "f"),
  L("line-length", "required", "l"),
  L("null-data", "none", "z"),
  L("zero-terminated", "none", "z"),
  L("quiet", "none", "n"),
  L("posix", "none", "posix"),
  L("silent", "none", "n"),
  L("sandbox", "none", "sandbox"),
  L("separate", "none", "s"),
  L("unbuffered", "none", "u"),
  L("version", "none", "version"),
  L("help", "none", "help"),
  L("follow-symlinks", "none", "follow-symlinks"),
];

const SHORT = {
  b: "none",
  E: "none",
  r: "none",
  i: "optional",
  e: "required",
  f: "required",
  l: "required",
  n: "none",
  s: "none",
  u: "none",
  z: "none",
} as const;

export async function sedMain(ctx: ProgramContext): Promise<number> {
  const prog = ctx.argv[0] ?? "sed";
  const out = new BufferedOut(ctx.stdout);
  const g = getopt(prog, ctx.argv.slice(1), { short: SHORT, long: LONG, stopAtOperand: ctx.env.has("POSIXLY_CORRECT") });
  if (g.kind === "error") {
    await ctx.stderr.write(g.message + SED_USAGE_ERROR.replace("Usage: sed", `Usage: ${prog}`));
    return 1;
  }
  let quiet = false;
  let extended = false;
  let separate = false;
  let inPlace: string | undefined;
  let nullData = false;
  let lineWrap = 70;
  let posix = false;
  let sandbox = false;
  let unbuffered = false;
  const chunks: ScriptChunk[] = [];
  let eCount = 0;
  for (const o of g.opts) {
    switch (o.key) {
      case "n":
        quiet = true;
        break;
      case "r":
      case "E":
        extended = true;
        break;
      case "s":
        separate = true;
        break;
      case "i":
        inPlace = o.value ?? "";
        separate = true;
        break;
      case "z":
        nullData = true;
        break;
      case "l":
        lineWrap = Number.parseInt(o.value ?? "", 10) || 0;
        break;
      case "posix":
        posix = true;
        break;
      case "sandbox":
        sandbox = true;
        break;
      case "u":
        unbuffered = true;
        break;
      case "e":
        chunks.push({ text: o.value!, origin: { kind: "e", n: ++eCount } });
        break;
      case "f": {
        const name = o.value!;
        let text: string;
        try {
          text = name === "-" ? await ctx.stdin.readAll() : new TextDecoder().decode(await readPath(ctx.task, name));
        } catch (e) {
          await ctx.stderr.write(`${prog}: couldn't open file ${name}: ${strerror(errnoOf(e) ?? 5)}\n`);
          return 1;
        }
        if (text.endsWith("\n")) text = text.slice(0, -1);
        chunks.push({ text, origin: { kind: "f", name } });
        break;
      }
      case "help":
        await ctx.stdout.write(SED_HELP.replace("Usage: sed", `Usage: ${prog}`));
        return 0;
      case "version":
        await ctx.stdout.write(SED_VERSION);
        return 0;
      default:
        // -b, -u, --debug, --follow-symlinks: no visible effect on our streams.
        break;
    }
  }
  const operands = [...g.operands];
  if (!chunks.length) {
    if (!operands.length) {
      await ctx.stderr.write(SED_USAGE_ERROR.replace("Usage: sed", `Usage: ${prog}`));
      return 1;
    }
    chunks.push({ text: operands.shift()!, origin: { kind: "e", n: 1 } });
  }

  let parsed: ReturnType<typeof parseScript>;
  try {
    parsed = parseScript(chunks, { extended, posix });
  } catch (e) {
    if (e instanceof SedError) {
      await ctx.stderr.write(`${prog}: ${e.message}\n`);
      return e.status;
    }
    throw e;
  }
  if (parsed.quietFromScript) quiet = true;
  if (sandbox && parsed.cmds.some((c) => c.name === "r" || c.name === "R" || c.name === "w" || c.name === "W" || c.subst?.wfile)) {
    await ctx.stderr.write(`${prog}: -e expression #1, char 0: e/r/w commands disabled in sandbox mode\n`);
    return 1;
  }

  const files = operands.length ? operands : ["-"];
  if (inPlace !== undefined && !operands.length) {
    await ctx.stderr.write(`${prog}: no input files\n`);
    return 4;
  }
  const delim = nullData ? "\0" : "\n";
  const stdoutSink = new Sink((s) => out.write(s));
  let current = stdoutSink;

  // w files are opened (truncated) before any input is read, as GNU does.
  const wfiles = new Map<string, { sink: Sink; file: OpenFile; buf: string[] }>();
  const stderrSink = new Sink((s) => void ctx.stderr.write(s));
  const wnames = new Set<string>();
  for (const c of parsed.cmds) {
    if (c.name === "w" || c.name === "W") wnames.add(c.file!);
    if (c.subst?.wfile) wnames.add(c.subst.wfile);
  }
  try {
    for (const n of wnames) {
      if (n === "/dev/stdout" || n === "/dev/stderr") continue;
      const f = openForWrite(ctx.task, n, false);
      const buf: string[] = [];
      wfiles.set(n, { sink: new Sink((s) => buf.push(s)), file: f, buf });
    }
  } catch (e) {
    const n = [...wnames].find((x) => !wfiles.has(x) && x !== "/dev/stdout" && x !== "/dev/stderr")!;
    await ctx.stderr.write(`${prog}: couldn't open file ${n}: ${strerror(errnoOf(e) ?? 5)}\n`);
    return 4;
  }
  const flushWfiles = async () => {
    for (const w of wfiles.values()) {
      if (!w.buf.length) continue;
      const data = new TextEncoder().encode(w.buf.join(""));
      w.buf.length = 0;
      const r = w.file.write?.(ctx.task, data);
      if (r) await r;
    }
  };

  // sed -i: each file's output is collected and replaces the file when it ends.
  let editBuf: string[] = [];
  // stdout's buffering (glibc stdio): line-buffered on a terminal, flushed after every cycle
  // with -u (ck_fflush), else fully buffered — written only when the buffer (st_blksize, 4096
  // for a pipe or file) fills, and at exit: `tcpdump -l | sed ... &` shows nothing before sed ends.
  const lineOut = unbuffered || ctx.stdout.isTTY;
  const input = new SedInput(ctx, files, separate, delim, out, prog, inPlace !== undefined, lineOut);
  if (inPlace !== undefined) {
    input.onFileStart = async () => {
      editBuf = [];
      current = new Sink((s) => editBuf.push(s));
      return true;
    };
    input.onFileEnd = async (name) => {
      const fs = ctx.task.host.fs;
      if (inPlace) {
        const base = name.slice(name.lastIndexOf("/") + 1);
        const backup = inPlace.includes("*") ? inPlace.replaceAll("*", base) : name + inPlace;
        const dir = name.includes("/") ? name.slice(0, name.lastIndexOf("/") + 1) : "";
        fs.writeFile(ctx.task, ctx.task.cwd, backup.includes("/") ? backup : dir + backup, fs.readFile(ctx.task, ctx.task.cwd, name));
      }
      fs.writeFile(ctx.task, ctx.task.cwd, name, editBuf.join(""));
      editBuf = [];
      current = stdoutSink;
    };
  }

  const rReaders = new Map<string, LineSplitter | null>();
  let status: number | undefined;
  try {
    status = await runSed({
      cmds: parsed.cmds,
      quiet,
      input,
      out: () => current,
      wfile: (name) => (name === "/dev/stdout" ? current : name === "/dev/stderr" ? stderrSink : wfiles.get(name)!.sink),
      readFile: async (name) => {
        try {
          return new TextDecoder().decode(await readPath(ctx.task, name));
        } catch {
          return undefined;
        }
      },
      readLineOf: async (name) => {
        let r = rReaders.get(name);
        if (r === undefined) {
          try {
            r = new LineSplitter(bytesSource(await readPath(ctx.task, name)));
          } catch {
            r = null;
          }
          rReaders.set(name, r);
        }
        if (!r) return undefined;
        return (await r.readLine()) ?? undefined;
      },
      delim,
      separate,
      lineWrap,
      posix,
      checkSignals: () => ctx.task.checkSignals(),
      maybeFlush: async () => {
        if (lineOut) await out.flush();
        else await out.maybeFlush();
      },
    });
    await input.finish();
  } catch (e) {
    if (e instanceof SedError) {
      await out.flush();
      await ctx.stderr.write(`${prog}: ${e.message}\n`);
      return e.status === 1 ? 4 : e.status;
    }
    throw e;
  } finally {
    await out.flush();
    await flushWfiles();
    for (const w of wfiles.values()) closeWritten(w.file);
  }
  if (status !== undefined) return status;
  return input.failed ? 2 : 0;
}
