// nsfs (fs/nsfs.c): files that stand for a network namespace. Opening
// /proc/PID/ns/net or a bind mount of it (/run/netns/NAME, which is what
// `ip netns add` makes) gives a descriptor that setns(), IFLA_NET_NS_FD and
// NETNSA_FD accept. A bind mount pins the namespace (a reference) until it is
// unmounted; a plain file at the same path is not a namespace (EINVAL).

import { kerr } from "../../uapi/errno.js";
import type { NetNamespace } from "../core/netns.js";
import type { OpenFile } from "../task/file.js";
import type { Task } from "../task/task.js";
import type { Inode, SpecialInode } from "./inode.js";

/** An open namespace file. */
export class NsFile implements OpenFile {
  refs = 0;
  constructor(
    readonly ns: NetNamespace,
    readonly label: string,
  ) {
    ns.get_ref();
  }
  release(): void {
    this.ns.put_ref();
  }
}

/** A special inode standing for `ns` (the target of /proc/PID/ns/net). */
export function nsInode(ns: NetNamespace, mode = 0o444): Omit<SpecialInode, "ino" | "mtime" | "nlink" | "kind"> {
  return {
    typeChar: "-",
    mode,
    size: 0,
    nsref: ns,
    open: () => new NsFile(ns, `net:[${ns.inum}]`),
  };
}

export function inodeNs(n: Inode | undefined): NetNamespace | undefined {
  return n && n.kind === "special" ? (n.nsref as NetNamespace | undefined) : undefined;
}

/** open(path, O_RDONLY) of a namespace file: returns the new fd. ENOENT etc. from the walk. */
export function openNsFd(task: Task, path: string): number {
  const n = task.host.fs.lookup(task, task.cwd, path);
  if (n.kind === "dir") throw kerr("EISDIR");
  const ns = inodeNs(n);
  const fd = task.freeFd(3);
  task.setFd(fd, ns ? new NsFile(ns, path) : { refs: 0, label: path });
  return fd;
}

/** The namespace an fd refers to; EINVAL when it is not an nsfs file (setns' check). */
export function nsOfFd(task: Task, fd: number): NetNamespace {
  const f = task.getFd(fd);
  if (!f) throw kerr("EBADF");
  if (!(f instanceof NsFile)) throw kerr("EINVAL");
  return f.ns;
}

/** setns(fd, CLONE_NEWNET) */
export function setnsFd(task: Task, fd: number): void {
  task.setns(nsOfFd(task, fd));
}

/** mount --bind /proc/self/ns/net PATH: PATH (an existing file) now stands for ns. */
export function bindNsfs(task: Task, path: string, ns: NetNamespace): void {
  const fs = task.host.fs;
  const { dir, name } = fs.parentOf(task, task.cwd, path);
  const under = dir.entries.get(name);
  if (!under) throw kerr("ENOENT");
  // The mount shows the nsfs inode (mode 0444), not the empty file under it.
  // In the directory found (what mknod would find again from its path).
  const n = fs.mknodIn(dir, name, nsInode(ns));
  ns.get_ref();
  mounts.set(n, under);
}

const mounts = new WeakMap<Inode, Inode>();

/** umount2(PATH, MNT_DETACH): the file under the mount shows again; the pin goes. */
export function umountNsfs(task: Task, path: string): void {
  const fs = task.host.fs;
  const { dir, name } = fs.parentOf(task, task.cwd, path);
  const n = dir.entries.get(name);
  const under = n && mounts.get(n);
  if (!n || !under) throw kerr("EINVAL");
  dir.entries.set(name, under);
  mounts.delete(n);
  inodeNs(n)?.put_ref();
}

/** The task with this pid on the task's host (ESRCH when none). */
export function taskByPid(task: Task, pid: number): Task {
  const t = task.host.tasks.get(pid);
  if (!t) throw kerr("ESRCH");
  return t;
}
