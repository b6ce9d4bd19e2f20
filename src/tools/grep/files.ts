// File access for the text tools (grep, sed, gawk): read a whole file from
// the task's VFS (regular files, procfs-style special files, /dev/stdin) and
// open files for writing (sed w, sed -i, awk print > file).

import type { SpecialInode } from "../../kernel/fs/inode.js";
import { type OpenFile, RegularFile, readChunk } from "../../kernel/task/file.js";
import type { Task } from "../../kernel/task/task.js";
import { KernelError, kerr } from "../../uapi/errno.js";

/** Reads everything from an open file description. */
export async function readAllFrom(f: OpenFile, task: Task): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const c = await readChunk(f, task);
    if (c === null) break;
    parts.push(c);
    total += c.length;
  }
  if (parts.length === 1) return parts[0]!;
  const out = new Uint8Array(total);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

/** Reads a whole file by path; throws KernelError (ENOENT, EISDIR, EACCES...). */
export async function readPath(task: Task, path: string): Promise<Uint8Array> {
  if (path === "/dev/stdin") {
    const f = task.getFd(0);
    if (!f) throw kerr("EBADF");
    return readAllFrom(f, task);
  }
  const fs = task.host.fs;
  const node = fs.lookup(task, task.cwd, path);
  if (node.kind === "dir") throw kerr("EISDIR");
  if (node.kind === "file") return node.data;
  if (node.kind === "special") {
    const f = (node as SpecialInode).open(task, { read: true, write: false });
    f.refs++;
    try {
      return await readAllFrom(f, task);
    } finally {
      if (--f.refs <= 0) f.release?.();
    }
  }
  throw kerr("EINVAL");
}

/** True when the path names a directory (following symlinks). */
export function isDirectory(task: Task, path: string): boolean {
  return task.host.fs.tryLookup(task, task.cwd, path)?.kind === "dir";
}

/**
 * Opens a path for writing (truncating unless append). /dev/stdout and
 * /dev/stderr are the task's own fds 1 and 2, as gawk and sed treat them.
 * The caller owns one reference and must call closeWritten().
 */
export function openForWrite(task: Task, path: string, append: boolean): OpenFile {
  const std = path === "/dev/stdout" ? 1 : path === "/dev/stderr" ? 2 : -1;
  if (std >= 0) {
    const f = task.getFd(std);
    if (!f) throw kerr("EBADF");
    f.refs++;
    return f;
  }
  const fs = task.host.fs;
  const node = fs.tryLookup(task, task.cwd, path);
  let f: OpenFile;
  if (node?.kind === "special") f = (node as SpecialInode).open(task, { write: true, read: false, append });
  else {
    if (node?.kind === "dir") throw kerr("EISDIR");
    const inode = fs.createFile(task, task.cwd, path);
    if (!append) fs.setData(inode, new Uint8Array(0));
    f = new RegularFile(fs, inode, { read: false, write: true, append }, path);
  }
  f.refs++;
  return f;
}

export function closeWritten(f: OpenFile): void {
  if (--f.refs <= 0) f.release?.();
}

export function errnoOf(e: unknown): number | undefined {
  return e instanceof KernelError ? e.errno : undefined;
}
