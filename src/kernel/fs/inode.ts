// Inodes of the in-memory filesystem (a tmpfs-like model; fs/libfs.c in spirit).
// Special inodes carry behaviour instead of bytes: /dev/null, procfs sysctl
// files, the nsfs files under /run/netns, and executables that name a program.

import type { OpenFile } from "../task/file.js";
import type { Task } from "../task/task.js";

export type InodeKind = "dir" | "file" | "symlink" | "special";

interface InodeBase {
  readonly ino: number;
  mode: number; // permission bits (no type bits)
  mtime: number; // virtual ns
  nlink: number;
}

export interface DirInode extends InodeBase {
  readonly kind: "dir";
  readonly entries: Map<string, Inode>;
  parent: DirInode;
  /** A synthetic directory (procfs) lists and looks up through these instead of `entries`. */
  dynamic?: DynamicDir;
}

export interface FileInode extends InodeBase {
  readonly kind: "file";
  data: Uint8Array;
}

export interface SymlinkInode extends InodeBase {
  readonly kind: "symlink";
  target: string;
  /**
   * A procfs "magic link" (/proc/PID/ns/net, proc_ns_get_link): readlink shows
   * `target` (net:[INUM]), following it yields this inode, not a path walk.
   */
  readonly follow?: () => Inode;
}

/** A file whose contents are produced on open (procfs, devices, nsfs, program stubs). */
export interface SpecialInode extends InodeBase {
  readonly kind: "special";
  /** What `ls -l` shows as the type character. */
  readonly typeChar: "-" | "c" | "p";
  open(task: Task, flags: OpenFlags): OpenFile;
  /** For executables in /usr/bin etc.: the registered program name. */
  readonly program?: string;
  /** For nsfs files (/run/netns/X, /proc/PID/ns/net): the namespace they pin. */
  readonly nsref?: unknown;
  /** Reported size for stat/ls (procfs reports 0). */
  size?: number;
}

export interface DynamicDir {
  list(task: Task): string[];
  lookup(task: Task, name: string): Inode | undefined;
}

export type Inode = DirInode | FileInode | SymlinkInode | SpecialInode;

export interface OpenFlags {
  read: boolean;
  write: boolean;
  append?: boolean;
  create?: boolean;
  truncate?: boolean;
  exclusive?: boolean;
}

let nextIno = 1;
export function allocIno(): number {
  return nextIno++;
}
