// Redirections (bash's redir.c in behaviour), applied to the shell task's own
// fd table: for a builtin, function or compound command the previous fds are
// saved and restored afterwards; for an external command the child inherits
// the table at fork; `exec` without a command keeps them. /dev/stdin,
// /dev/stdout, /dev/stderr and /dev/fd/N are handled by the shell itself, as
// bash does. {var}>file allocates an fd >= 10 and is not undone.

import type { Redirect } from "../ast.js";
import type { DirInode, Inode } from "../../kernel/fs/inode.js";
import { BufferFile, RegularFile, type OpenFile } from "../../kernel/task/file.js";
import { ERRNO, KernelError, kerr, strerror } from "../../uapi/errno.js";
import type { Shell } from "./interpreter.js";

export interface SavedFds {
  entries: Array<{ fd: number; file: OpenFile | undefined }>;
}

const enc = new TextEncoder();

function save(sh: Shell, saved: SavedFds | null, fd: number): void {
  if (!saved) return;
  for (const e of saved.entries) if (e.fd === fd) return;
  const f = sh.task.getFd(fd);
  if (f) f.refs++;
  saved.entries.push({ fd, file: f });
}

export function restoreFds(sh: Shell, saved: SavedFds): void {
  const t = sh.task;
  for (let i = saved.entries.length - 1; i >= 0; i--) {
    const { fd, file } = saved.entries[i]!;
    if (file) {
      t.setFd(fd, file);
      file.refs--;
    } else t.closeFd(fd);
  }
  saved.entries.length = 0;
}

/** Forgets saved fds without restoring them (the process is being replaced by exec). */
export function dropSaved(saved: SavedFds): void {
  for (const { file } of saved.entries) {
    if (file && --file.refs <= 0) file.release?.();
  }
  saved.entries.length = 0;
}

/** A file that fails every read with EISDIR (what `cat < /tmp` reads). */
class DirFile implements OpenFile {
  refs = 0;
  constructor(readonly label: string) {}
  async read(): Promise<Uint8Array | null> {
    throw kerr("EISDIR");
  }
}

export function openPath(
  sh: Shell,
  path: string,
  flags: { read: boolean; write: boolean; append?: boolean; create?: boolean; truncate?: boolean; noclobber?: boolean },
): OpenFile {
  const t = sh.task;
  const m = /^\/dev\/(?:fd\/(\d+)|(stdin)|(stdout)|(stderr))$/.exec(path);
  if (m) {
    const fd = m[1] !== undefined ? Number(m[1]) : m[2] ? 0 : m[3] ? 1 : 2;
    const f = t.getFd(fd);
    if (!f) throw kerr("EBADF");
    return f;
  }
  const fs = t.host.fs;
  let node: Inode | undefined = fs.tryLookup(t, t.cwd, path);
  if (!node) {
    if (!flags.create) {
      // Distinguish ENOENT from ENOTDIR etc.
      fs.lookup(t, t.cwd, path);
      throw kerr("ENOENT");
    }
    node = fs.createFile(t, t.cwd, path);
  } else if (flags.noclobber && node.kind === "file") {
    throw new KernelError(ERRNO.EEXIST, "cannot overwrite existing file");
  }
  if (node.kind === "dir") {
    if (flags.write) throw kerr("EISDIR");
    return new DirFile(path);
  }
  if (node.kind === "special") return node.open(t, { read: flags.read, write: flags.write, append: flags.append, create: flags.create, truncate: flags.truncate });
  if (node.kind !== "file") throw kerr("ENOENT");
  if (flags.truncate && node.data.length) fs.setData(node, new Uint8Array(0));
  return new RegularFile(fs, node, { read: flags.read, write: flags.write, append: flags.append }, path);
}

export type DirNode = DirInode;

/**
 * Applies redirections in order. Returns false after printing bash's message
 * when one fails (the command is then not run, status 1).
 */
export async function applyRedirects(sh: Shell, redirects: Redirect[], saved: SavedFds | null): Promise<boolean> {
  const t = sh.task;
  for (const r of redirects) {
    sh.lineno = r.line;
    let fd = r.fd ?? (r.op === "<" || r.op === "<&" || r.op === "<>" || r.op === "<<" || r.op === "<<-" || r.op === "<<<" ? 0 : 1);
    let target: string | undefined;
    const useVar = r.fdVar !== undefined;
    try {
      if (r.op === "<<" || r.op === "<<-" || r.op === "<<<") {
        let text: string;
        if (r.op === "<<<") text = `${await sh.expandString(r.target)}\n`;
        else text = r.heredoc ? await sh.expandString(r.heredoc) : "";
        const f = new BufferFile(enc.encode(text), "pipe");
        if (useVar) fd = allocVarFd(sh, r.fdVar!);
        else save(sh, saved, fd);
        t.setFd(fd, f);
        continue;
      }
      if (r.op === "<&" || r.op === ">&") {
        const w = await sh.expandWords([r.target]);
        if (w.length !== 1) {
          sh.errorLine(`${sh.wordText(r.target)}: ambiguous redirect`);
          return false;
        }
        const spec = w[0]!;
        if (spec === "-") {
          if (useVar) {
            const v = sh.getScalar(r.fdVar!);
            if (v !== undefined && /^\d+$/.test(v)) t.closeFd(Number(v));
            continue;
          }
          save(sh, saved, fd);
          t.closeFd(fd);
          continue;
        }
        const mm = /^(\d+)(-?)$/.exec(spec);
        if (!mm) {
          if (r.op === ">&" && r.fd === undefined && !useVar) {
            // `>&file` is `&>file`.
            const f = openPath(sh, spec, { read: false, write: true, create: true, truncate: true, noclobber: sh.opts.noclobber });
            save(sh, saved, 1);
            save(sh, saved, 2);
            t.setFd(1, f);
            t.setFd(2, f);
            continue;
          }
          sh.errorLine(`${spec}: ambiguous redirect`);
          return false;
        }
        const src = Number(mm[1]);
        const f = t.getFd(src);
        if (!f) {
          sh.errorLine(`${src}: Bad file descriptor`);
          return false;
        }
        if (useVar) fd = allocVarFd(sh, r.fdVar!);
        else save(sh, saved, fd);
        if (src !== fd) t.setFd(fd, f);
        if (mm[2]) {
          save(sh, saved, src);
          t.closeFd(src);
        }
        continue;
      }
      const w = await sh.expandWords([r.target]);
      if (w.length !== 1) {
        sh.errorLine(`${sh.wordText(r.target)}: ambiguous redirect`);
        return false;
      }
      target = w[0]!;
      if (target === "" ) throw kerr("ENOENT");
      let f: OpenFile;
      switch (r.op) {
        case "<":
          f = openPath(sh, target, { read: true, write: false });
          break;
        case ">":
          f = openPath(sh, target, { read: false, write: true, create: true, truncate: true, noclobber: sh.opts.noclobber });
          break;
        case ">|":
          f = openPath(sh, target, { read: false, write: true, create: true, truncate: true });
          break;
        case ">>":
          f = openPath(sh, target, { read: false, write: true, create: true, append: true });
          break;
        case "<>":
          f = openPath(sh, target, { read: true, write: true, create: true });
          break;
        case "&>":
        case "&>>": {
          const g = openPath(sh, target, { read: false, write: true, create: true, truncate: r.op === "&>", append: r.op === "&>>", noclobber: r.op === "&>" && sh.opts.noclobber });
          save(sh, saved, 1);
          save(sh, saved, 2);
          t.setFd(1, g);
          t.setFd(2, g);
          continue;
        }
        default:
          continue;
      }
      if (useVar) fd = allocVarFd(sh, r.fdVar!);
      else save(sh, saved, fd);
      t.setFd(fd, f);
    } catch (e) {
      if (e instanceof KernelError) {
        const msg = e.errno === ERRNO.EEXIST && e.extack ? e.extack : strerror(e.errno);
        sh.errorLine(`${target ?? sh.wordText(r.target)}: ${msg}`);
        return false;
      }
      throw e;
    }
  }
  return true;
}

function allocVarFd(sh: Shell, name: string): number {
  const fd = sh.task.freeFd(10);
  sh.setVar(name, String(fd));
  return fd;
}
