// What every coreutils-style program shares: its name for messages (argv[0]
// as invoked, as coreutils' program_name is), error and usage lines, quoting
// of names in messages, and reading/writing files of the emulated VFS.

import { KernelError, strerror } from "../../../uapi/errno.js";
import type { ProgramContext } from "../../../kernel/task/program.js";
import { readChunk, RegularFile, type OpenFile } from "../../../kernel/task/file.js";
import type { Inode } from "../../../kernel/fs/inode.js";
import { getopt, type OptSpec, type ParsedOpt } from "./getopt.js";
import { SYNOPSIS, VERSION_TEXT } from "./version.js";

/** ‘name’ as coreutils quotes names in diagnostics (C.UTF-8 locale). */
export function q(s: string): string {
  return `\u2018${s}\u2019`;
}

/**
 * A file name as coreutils prints it in "cannot stat 'x'" style messages
 * (quotearg shell-escape-always style: plain words keep '…').
 */
export function qs(s: string): string {
  if (/^[A-Za-z0-9_.\/\-+,:@%^=]*$/.test(s) && s !== "") return `'${s}'`;
  if (!s.includes("'")) return `'${s}'`;
  if (!/[$`"\\!]/.test(s)) return `"${s}"`;
  return `'${s.replace(/'/g, "'\\''")}'`;
}

/**
 * A file name as a diagnostic's leading "NAME: " shows it (quotearg's
 * shell-escape style: quoted only when it has special characters).
 */
export function qn(s: string): string {
  if (s !== "" && !/[\s'"$`\\!*?[\]{}();<>|&#~]/.test(s)) return s;
  return qs(s);
}

export function errnoOf(e: unknown): number | undefined {
  return e instanceof KernelError ? e.errno : undefined;
}

export class Cmd {
  readonly name: string;
  constructor(readonly ctx: ProgramContext) {
    this.name = ctx.argv[0] ?? "?";
  }

  get args(): string[] {
    return this.ctx.argv.slice(1);
  }

  get task() {
    return this.ctx.task;
  }

  get fs() {
    return this.ctx.task.host.fs;
  }

  async out(s: string | Uint8Array): Promise<void> {
    await this.ctx.stdout.write(s);
  }

  /** Writes "PROG: msg\n" to stderr. */
  async error(msg: string): Promise<void> {
    await this.ctx.stderr.write(`${this.name}: ${msg}\n`);
  }

  /** "PROG: msg" + "Try 'PROG --help' for more information." and returns `status`. */
  async usage(msg: string | undefined, status = 1): Promise<number> {
    if (msg !== undefined) await this.error(msg);
    await this.ctx.stderr.write(`Try '${this.name} --help' for more information.\n`);
    return status;
  }

  /** Parses options; on a getopt error prints it with the Try line. --help/--version are handled here. */
  async parse(spec: OptSpec, usageStatus = 1): Promise<{ opts: ParsedOpt[]; operands: string[] } | number> {
    const long = [...(spec.long ?? []), { name: "help", arg: "none" as const }, { name: "version", arg: "none" as const }];
    const r = getopt(this.args, { ...spec, long });
    if (r.kind === "error") return this.usage(r.message, usageStatus);
    for (const o of r.opts) {
      if (o.key === "version") {
        await this.out(versionText(this.name));
        return 0;
      }
      if (o.key === "help") {
        await this.out(helpText(this.name));
        return 0;
      }
    }
    return { opts: r.opts, operands: r.operands };
  }

  /** "PROG: NAME: strerror" */
  async fileError(name: string, e: unknown): Promise<void> {
    await this.error(`${qn(name)}: ${describe(e)}`);
  }

  lookup(path: string, nofollow = false): Inode {
    return this.fs.lookup(this.task, this.task.cwd, path, nofollow);
  }

  tryLookup(path: string, nofollow = false): Inode | undefined {
    return this.fs.tryLookup(this.task, this.task.cwd, path, nofollow);
  }

  /** Opens a path for reading ("-" is stdin's description). Throws KernelError. */
  openRead(path: string): OpenFile {
    if (path === "-") {
      const f = this.task.getFd(0);
      if (!f) throw new KernelError(9);
      return f;
    }
    const n = this.lookup(path);
    if (n.kind === "dir") throw new KernelError(21);
    if (n.kind === "special") return n.open(this.task, { read: true, write: false });
    if (n.kind === "file") return new RegularFile(this.fs, n, { read: true, write: false }, path);
    throw new KernelError(22);
  }

  /** Reads a whole file ("-" for stdin). Throws KernelError. */
  async readFile(path: string): Promise<Uint8Array> {
    if (path === "-") return this.ctx.stdin.readAllBytes();
    return readAll(this.openRead(path), this.ctx);
  }

  /** Reads a whole operand; on failure prints "PROG: NAME: strerror" (the name as given) and gives undefined. */
  async readOrWarn(name: string): Promise<Uint8Array | undefined> {
    try {
      return await this.readFile(name);
    } catch (e) {
      await this.error(`${name}: ${describe(e)}`);
      return undefined;
    }
  }

  /** Opens a path for writing, creating or truncating it (or appending). Throws KernelError. */
  openWrite(path: string, append = false): OpenFile {
    const n = this.tryLookup(path);
    if (n?.kind === "special") return n.open(this.task, { write: true, read: false, append, truncate: !append });
    if (n?.kind === "dir") throw new KernelError(21);
    const f = this.fs.createFile(this.task, this.task.cwd, path);
    if (!append) this.fs.setData(f, new Uint8Array(0));
    return new RegularFile(this.fs, f, { read: false, write: true, append }, path);
  }
}

export async function readAll(f: OpenFile, ctx: ProgramContext): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let n = 0;
  for (;;) {
    const c = await readChunk(f, ctx.task);
    if (c === null) break;
    parts.push(c);
    n += c.length;
  }
  const out = new Uint8Array(n);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

/** strerror of a KernelError; anything else is a bug and is rethrown. */
export function describe(e: unknown): string {
  if (e instanceof KernelError) return strerror(e.errno);
  throw e;
}

/** The basename of argv[0], for looking up texts. */
function base(name: string): string {
  return name.slice(name.lastIndexOf("/") + 1);
}

export function versionText(name: string): string {
  const b = base(name);
  const t = VERSION_TEXT[b];
  return t ?? `${b} (GNU coreutils) 9.1\n`;
}

/** --help: the synopsis and where the full manual is (GNU's long help text is not reproduced). */
export function helpText(name: string): string {
  const b = base(name);
  const lines = (SYNOPSIS[b] ?? [`Usage: @PROG@ [OPTION]...`]).map((l) => l.replaceAll("@PROG@", name));
  return `${lines.join("\n")}\n\nFull documentation <https://www.gnu.org/software/coreutils/${b}>\nor available locally via: info '(coreutils) ${b} invocation'\n`;
}
