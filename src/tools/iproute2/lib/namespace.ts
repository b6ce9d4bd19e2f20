// lib/namespace.c netns_switch(): `ip -n NAME` / `bridge -n NAME` move the
// process itself into the named namespace before running the command, with
// iproute2's wording for each failure. Shared by ip and bridge, as upstream.

import { inodeNs, openNsFd, setnsFd } from "../../../kernel/fs/nsfs.js";
import type { Task } from "../../../kernel/task/task.js";
import { KernelError, strerror } from "../../../uapi/errno.js";
import { IpExit } from "./utils.js";

/** Where `ip netns add` pins namespaces (NETNS_RUN_DIR). */
export const NETNS_RUN_DIR = "/run/netns";

export function netnsSwitch(ctx: { task: Task; err: (s: string) => void }, name: string): void {
  const path = name.includes("/") ? name : `${NETNS_RUN_DIR}/${name}`;
  let fd: number;
  try {
    fd = openNsFd(ctx.task, path);
  } catch (e) {
    const errno = e instanceof KernelError ? e.errno : 2;
    ctx.err(`Cannot open network namespace "${name}": ${strerror(errno)}\n`);
    throw new IpExit(255);
  }
  try {
    // For an absolute path the fd was opened from the same inode, and setns() refuses a
    // file that is not a namespace with the same EINVAL: no second walk is needed.
    if (!path.startsWith("/") && !inodeNs(ctx.task.host.fs.tryLookup(ctx.task, "/", path))) throw new KernelError(22);
    setnsFd(ctx.task, fd);
  } catch (e) {
    const errno = e instanceof KernelError ? e.errno : 22;
    ctx.err(`setting the network namespace "${name}" failed: ${strerror(errno)}\n`);
    throw new IpExit(255);
  } finally {
    ctx.task.closeFd(fd);
  }
}
