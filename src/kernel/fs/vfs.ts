// The per-host filesystem: path walk, create, unlink, read/write whole files.
// Errors are KernelError errnos (ENOENT, ENOTDIR, EISDIR, EEXIST, ENOTEMPTY...)
// so every tool renders them with strerror() exactly as coreutils does.

import { kerr } from "../../uapi/errno.js";
import type { Task } from "../task/task.js";
import {
  allocIno,
  type DirInode,
  type DynamicDir,
  type FileInode,
  type Inode,
  type SpecialInode,
  type SymlinkInode,
} from "./inode.js";

const enc = new TextEncoder();

/** Backing buffers appendData grew for a file: only their owner may append in place. */
const backingOwner = new WeakMap<ArrayBuffer, FileInode>();

export interface Stat {
  kind: Inode["kind"];
  typeChar: string;
  ino: number;
  mode: number;
  size: number;
  mtime: number;
  nlink: number;
}

export function normalizePath(cwd: string, path: string): string {
  const abs = path.startsWith("/") ? path : `${cwd}/${path}`;
  const out: string[] = [];
  for (const part of abs.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") out.pop();
    else out.push(part);
  }
  return `/${out.join("/")}`;
}

/** "/a/b" -> "/a", "/a" -> "" (the root), "" stays "". */
function parentPath(walked: string): string {
  return walked.slice(0, Math.max(0, walked.lastIndexOf("/")));
}

/** The path Vfs.lookup has walked before component i of `parts` ("" at the root, else "/a/b"). */
function walkedBefore(parts: string[], i: number): string {
  let walked = "";
  for (let j = 0; j < i; j++) {
    const name = parts[j]!;
    if (name === "" || name === ".") continue;
    walked = name === ".." ? parentPath(walked) : `${walked}/${name}`;
  }
  return walked;
}

/**
 * An absolute path already in normalizePath's form ("/a/b": no empty, "." or
 * ".." component, no trailing slash; not "/" itself), which mkdirp and mknod
 * can take as it is: building a host installs hundreds of such paths.
 */
const ENOENT = "ENOENT";
const ENOTDIR = "ENOTDIR";

export const NORMAL_ABS = /^(?:\/(?!\.\.?(?:\/|$))[^/]+)+$/;

export class Vfs {
  readonly root: DirInode;
  /** Virtual time source for mtimes. */
  now: () => number = () => 0;
  /** Bound on total file bytes, so a runaway script cannot exhaust memory. */
  maxBytes = 256 * 1024 * 1024;
  private bytesUsed = 0;

  constructor() {
    const root = {
      kind: "dir",
      ino: allocIno(),
      mode: 0o755,
      mtime: 0,
      nlink: 2,
      entries: new Map(),
    } as unknown as DirInode;
    root.parent = root;
    this.root = root;
  }

  /** Resolves a path to an inode, following symlinks (and the last one unless nofollow). */
  lookup(task: Task | undefined, cwd: string, path: string, nofollow = false, depth = 0): Inode {
    if (depth > 40) throw kerr("ELOOP");
    if (path === "") throw kerr("ENOENT");
    if (path.charCodeAt(0) === 47 && !task?.mnt) {
      const n = this.walkPlain(task, path);
      if (n === ENOTDIR || n === ENOENT) throw kerr(n);
      if (n !== undefined) return n;
    }
    const all = (path.startsWith("/") ? path : `${cwd}/${path}`).split("/");
    let end = all.length;
    while (end > 0 && (all[end - 1] === "" || all[end - 1] === ".")) end--;
    let node: Inode = this.root;
    const mnt = task?.mnt;
    // With a mount view: the path walked so far ("" at the root, else "/a/b").
    let walked = "";
    for (let i = 0; i < end; i++) {
      const name = all[i]!;
      if (name === "" || name === ".") continue;
      if (node.kind !== "dir") throw kerr("ENOTDIR");
      let next: Inode | undefined;
      const up = name === "..";
      if (up) next = node.parent;
      else next = this.child(task, node, name);
      let here = "";
      if (mnt) {
        here = up ? parentPath(walked) : `${walked}/${name}`;
        // A file bind-mounted over this path in the task's view (mount-view.ts)
        // hides what the host has there, even when the host has nothing.
        if (!up) next = mnt.covering(here) ?? next;
      }
      if (!next) throw kerr("ENOENT");
      const last = i === end - 1;
      if (next.kind === "symlink" && next.follow && (!last || !nofollow)) next = next.follow();
      else if (next.kind === "symlink" && (!last || !nofollow)) {
        const base = mnt ? walked : walkedBefore(all, i);
        const target = next.target.startsWith("/") ? next.target : `${base || "/"}/${next.target}`;
        next = this.lookup(task, "/", target, false, depth + 1);
      }
      walked = here;
      node = next;
    }
    return node;
  }

  /**
   * lookup's walk for the common case, without splitting the path: an absolute
   * path, no mount view, through static directories only, no `.`, `..` or
   * symlink on the way. Anything else returns undefined before it has looked
   * into a dynamic directory or a symlink, and lookup walks the general way.
   * A miss is returned as its errno name, not thrown (tryLookup has no use
   * for the error object).
   */
  private walkPlain(task: Task | undefined, path: string): Inode | typeof ENOENT | typeof ENOTDIR | undefined {
    let node: Inode = this.root;
    const n = path.length;
    let i = 1;
    while (i < n) {
      let j = path.indexOf("/", i);
      if (j < 0) j = n;
      if (j === i) {
        i++;
        continue;
      }
      const name = path.slice(i, j);
      if (name === "." || name === "..") return undefined;
      if (node.kind !== "dir") return ENOTDIR;
      if (node.dynamic) return undefined;
      const next: Inode | undefined = node.entries.get(name);
      if (!next) return ENOENT;
      if (next.kind === "symlink") return undefined;
      node = next;
      i = j + 1;
    }
    return node;
  }

  tryLookup(task: Task | undefined, cwd: string, path: string, nofollow = false): Inode | undefined {
    if (path.charCodeAt(0) === 47 && !task?.mnt) {
      const n = this.walkPlain(task, path);
      if (n === ENOTDIR || n === ENOENT) return undefined;
      if (n !== undefined) return n;
    }
    try {
      return this.lookup(task, cwd, path, nofollow);
    } catch {
      return undefined;
    }
  }

  child(task: Task | undefined, dir: DirInode, name: string): Inode | undefined {
    if (dir.dynamic) return task ? dir.dynamic.lookup(task, name) : undefined;
    return dir.entries.get(name);
  }

  list(task: Task | undefined, dir: DirInode): string[] {
    if (dir.dynamic) return task ? dir.dynamic.list(task) : [];
    return [...dir.entries.keys()];
  }

  /** Splits a path into its parent directory inode and final name. */
  parentOf(task: Task | undefined, cwd: string, path: string): { dir: DirInode; name: string } {
    const abs = normalizePath(cwd, path);
    if (abs === "/") throw kerr("EEXIST");
    const idx = abs.lastIndexOf("/");
    const dir = this.lookup(task, "/", abs.slice(0, idx) || "/");
    if (dir.kind !== "dir") throw kerr("ENOTDIR");
    if (dir.dynamic) throw kerr("EACCES");
    return { dir, name: abs.slice(idx + 1) };
  }

  stat(task: Task | undefined, cwd: string, path: string, nofollow = false): Stat {
    return this.statInode(this.lookup(task, cwd, path, nofollow));
  }

  statInode(n: Inode): Stat {
    const size =
      n.kind === "file" ? n.data.length : n.kind === "symlink" ? (n.follow ? 0 : n.target.length) : n.kind === "dir" ? 4096 : n.size ?? 0;
    const typeChar = n.kind === "dir" ? "d" : n.kind === "symlink" ? "l" : n.kind === "special" ? n.typeChar : "-";
    return { kind: n.kind, typeChar, ino: n.ino, mode: n.mode, size, mtime: n.mtime, nlink: n.nlink };
  }

  mkdir(task: Task | undefined, cwd: string, path: string, mode = 0o755): DirInode {
    const { dir, name } = this.parentOf(task, cwd, path);
    if (dir.entries.has(name)) throw kerr("EEXIST");
    const d = {
      kind: "dir",
      ino: allocIno(),
      mode,
      mtime: this.now(),
      nlink: 2,
      entries: new Map(),
      parent: dir,
    } as DirInode;
    dir.entries.set(name, d);
    dir.mtime = this.now();
    return d;
  }

  /** mkdir -p: creates every missing component. */
  mkdirp(path: string, mode = 0o755): DirInode {
    let cur = this.root;
    const abs = NORMAL_ABS.test(path) ? path : normalizePath("/", path);
    // Components of abs, without the array split/filter would build.
    for (let start = 1; start < abs.length; ) {
      let end = abs.indexOf("/", start);
      if (end < 0) end = abs.length;
      const part = abs.slice(start, end);
      start = end + 1;
      let next = cur.entries.get(part);
      if (!next) {
        next = this.mkdir(undefined, "/", `${this.pathOf(cur)}/${part}`, mode);
      }
      // A symlinked directory on the way (/var/run -> /run) is followed, as mkdir -p does.
      if (next.kind === "symlink") next = this.lookup(undefined, "/", `${this.pathOf(cur)}/${part}`);
      if (next.kind !== "dir") throw kerr("ENOTDIR");
      cur = next;
    }
    return cur;
  }

  /** Absolute path of a directory inode. */
  pathOf(dir: DirInode): string {
    const parts: string[] = [];
    let d = dir;
    while (d !== this.root) {
      const p = d.parent;
      for (const [k, v] of p.entries) if (v === d) parts.unshift(k);
      d = p;
    }
    return `/${parts.join("/")}`;
  }

  /** Creates or truncates a regular file and returns it. */
  createFile(task: Task | undefined, cwd: string, path: string, exclusive = false, mode = 0o644): FileInode {
    const existing = this.tryLookup(task, cwd, path);
    if (existing) {
      if (exclusive) throw kerr("EEXIST");
      if (existing.kind === "dir") throw kerr("EISDIR");
      if (existing.kind === "file") return existing;
      throw kerr("EACCES");
    }
    const { dir, name } = this.parentOf(task, cwd, path);
    const f: FileInode = { kind: "file", ino: allocIno(), mode, mtime: this.now(), nlink: 1, data: new Uint8Array(0) };
    dir.entries.set(name, f);
    dir.mtime = this.now();
    return f;
  }

  /** Replaces a file's contents, accounting the bytes against the host's limit. */
  setData(f: FileInode, data: Uint8Array): void {
    const delta = data.length - f.data.length;
    if (this.bytesUsed + delta > this.maxBytes) throw kerr("ENOSPC");
    this.bytesUsed += delta;
    f.data = data;
    f.mtime = this.now();
  }

  /**
   * Appends in amortised O(len): the file's bytes live in a larger backing
   * buffer and `data` is a view of its used part, so a loop of `echo >> f`
   * does not copy the whole file on every write.
   */
  appendData(f: FileInode, data: Uint8Array): void {
    if (!data.length) return;
    const len = f.data.length;
    const need = len + data.length;
    if (this.bytesUsed + data.length > this.maxBytes) throw kerr("ENOSPC");
    const backing = f.data.buffer as ArrayBuffer;
    const fits = f.data.byteOffset === 0 && backing.byteLength >= need && backingOwner.get(backing) === f;
    let buf: Uint8Array;
    if (fits) buf = new Uint8Array(backing, 0, need);
    else {
      const grown = new ArrayBuffer(Math.max(need, 2 * len, 256));
      backingOwner.set(grown, f);
      buf = new Uint8Array(grown, 0, need);
      buf.set(f.data);
    }
    buf.set(data, len);
    this.bytesUsed += data.length;
    f.data = buf;
    f.mtime = this.now();
  }

  writeFile(task: Task | undefined, cwd: string, path: string, data: string | Uint8Array): void {
    const f = this.createFile(task, cwd, path);
    this.setData(f, typeof data === "string" ? enc.encode(data) : data);
  }

  readFile(task: Task | undefined, cwd: string, path: string): Uint8Array {
    const n = this.lookup(task, cwd, path);
    if (n.kind === "dir") throw kerr("EISDIR");
    if (n.kind === "file") return n.data;
    throw kerr("EINVAL");
  }

  symlink(task: Task | undefined, cwd: string, target: string, path: string): SymlinkInode {
    const { dir, name } = this.parentOf(task, cwd, path);
    if (dir.entries.has(name)) throw kerr("EEXIST");
    const s: SymlinkInode = { kind: "symlink", ino: allocIno(), mode: 0o777, mtime: this.now(), nlink: 1, target };
    dir.entries.set(name, s);
    return s;
  }

  /** Places a special inode at path (creating parents). */
  mknod(path: string, node: Omit<SpecialInode, "ino" | "mtime" | "nlink" | "kind"> & { kind?: "special" }): SpecialInode {
    const abs = NORMAL_ABS.test(path) ? path : normalizePath("/", path);
    const idx = abs.lastIndexOf("/");
    return this.mknodIn(this.mkdirp(abs.slice(0, idx) || "/"), abs.slice(idx + 1), node);
  }

  /** mknod with the directory already in hand (a host's install puts ~300 programs in a few). */
  mknodIn(dir: DirInode, name: string, node: Omit<SpecialInode, "ino" | "mtime" | "nlink" | "kind"> & { kind?: "special" }): SpecialInode {
    // The same object as { ...node, kind, ino, mtime, nlink } (same keys, same
    // order), but object spread in code V8 has not optimised yet (a cold
    // start's boot) costs ~5x as much as Object.assign and then stores.
    const n = Object.assign({}, node) as SpecialInode & { kind: string; ino: number; mtime: number; nlink: number };
    n.kind = "special";
    n.ino = allocIno();
    n.mtime = this.now();
    n.nlink = 1;
    dir.entries.set(name, n);
    return n;
  }

  /** Installs a synthetic directory (procfs) at path. */
  mountDynamic(path: string, dynamic: DynamicDir): DirInode {
    const d = this.mkdirp(path);
    d.dynamic = dynamic;
    return d;
  }

  /** A mount point of the task's view cannot be removed or renamed (EBUSY), as on Linux. */
  private assertNotMountPoint(task: Task | undefined, cwd: string, path: string): void {
    if (task?.mnt?.covering(normalizePath(cwd, path))) throw kerr("EBUSY");
  }

  unlink(task: Task | undefined, cwd: string, path: string): void {
    this.assertNotMountPoint(task, cwd, path);
    const { dir, name } = this.parentOf(task, cwd, path);
    const n = dir.entries.get(name);
    if (!n) throw kerr("ENOENT");
    if (n.kind === "dir") throw kerr("EISDIR");
    if (n.kind === "file") this.bytesUsed -= n.data.length;
    dir.entries.delete(name);
    dir.mtime = this.now();
  }

  rmdir(task: Task | undefined, cwd: string, path: string): void {
    const { dir, name } = this.parentOf(task, cwd, path);
    const n = dir.entries.get(name);
    if (!n) throw kerr("ENOENT");
    if (n.kind !== "dir") throw kerr("ENOTDIR");
    if (n.entries.size || n.dynamic) throw kerr("ENOTEMPTY");
    dir.entries.delete(name);
  }

  rename(task: Task | undefined, cwd: string, from: string, to: string): void {
    this.assertNotMountPoint(task, cwd, from);
    this.assertNotMountPoint(task, cwd, to);
    const a = this.parentOf(task, cwd, from);
    const n = a.dir.entries.get(a.name);
    if (!n) throw kerr("ENOENT");
    let b = this.parentOf(task, cwd, to);
    const target = b.dir.entries.get(b.name);
    if (target?.kind === "dir") b = { dir: target, name: a.name };
    a.dir.entries.delete(a.name);
    b.dir.entries.set(b.name, n);
    if (n.kind === "dir") n.parent = b.dir;
  }
}
