// A process's private file view: a few files bind-mounted over paths of the
// host's one filesystem, the part of a mount namespace that container runtimes
// need for /etc/hosts, /etc/hostname and /etc/resolv.conf (runc bind-mounts
// the files dockerd wrote under /var/lib/docker/containers/<id>/ there).
//
// A task carries at most one view (Task.mnt); children inherit it (fork shares
// the parent's namespace), and path walks made on behalf of the task see the
// bound inode instead of what the host has at that path (Vfs.lookup). Tasks
// without a view (the host's) see the host's files, so `ip netns exec` into a
// container's network namespace keeps the host's /etc, as on Linux.
//
// Where this differs from Linux mount namespaces (see README.md): only
// files can be bound, not directories; a view is a map from absolute path to
// inode, so the binding follows the path, not a dentry (renaming the host's
// /etc away would not move it); no mount propagation, no /proc/PID/mounts,
// no mount(8)/umount(8)/unshare -m; the root filesystem is the host's.

import type { Inode } from "./inode.js";

export class MountView {
  private readonly binds = new Map<string, Inode>();

  /** mount --bind SOURCE TARGET, with SOURCE's inode already looked up; `target` is absolute and normalised. */
  bind(target: string, source: Inode): void {
    this.binds.set(target, source);
  }

  /** The inode mounted at the absolute, normalised `path`, if any. */
  covering(path: string): Inode | undefined {
    return this.binds.get(path);
  }

  /** The mount points, for listings. */
  targets(): string[] {
    return [...this.binds.keys()];
  }
}
