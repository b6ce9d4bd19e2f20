// execve() and PATH search (execvp), plus the fork+exec+wait helpers that
// shells and wrappers (sudo, timeout, env, xargs, ip netns exec, nsenter) use.

import { ERRNO } from "../../uapi/errno.js";
import type { NetNamespace } from "../core/netns.js";
import type { SpecialInode } from "../fs/inode.js";
import type { OpenFile } from "./file.js";
import type { Program } from "./program.js";
import { InStream, OutStream } from "./stdio.js";
import type { Task } from "./task.js";

export type Resolved =
  | { kind: "found"; path: string; program: Program }
  /** errno: ENOENT (no such file / not in PATH), EACCES (not executable), EISDIR... */
  | { kind: "error"; errno: number; path?: string };

/** Resolves `name` as execvp does: names with a slash are paths, others are searched in PATH. */
export function resolveCommand(task: Task, name: string, path: string | undefined): Resolved {
  if (name.includes("/")) return resolvePath(task, name);
  for (const dir of (path ?? "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin").split(":")) {
    const full = `${dir || "."}/${name}`;
    const r = resolvePath(task, full);
    if (r.kind === "found") return r;
  }
  return { kind: "error", errno: ERRNO.ENOENT };
}

export function resolvePath(task: Task, path: string): Resolved {
  const fs = task.host.fs;
  const n = fs.tryLookup(task, task.cwd, path);
  if (!n) return { kind: "error", errno: ERRNO.ENOENT, path };
  if (n.kind === "dir") return { kind: "error", errno: ERRNO.EACCES, path };
  const prog = n.kind === "special" ? (n as SpecialInode).program : undefined;
  if (prog !== undefined) {
    const main = task.host.programs.get(prog);
    if (main) return { kind: "found", path, program: main };
  }
  if ((n.mode & 0o111) === 0) return { kind: "error", errno: ERRNO.EACCES, path };
  // An executable regular file that is not one of our programs: a script with #!.
  const script = task.host.programs.get("#!");
  if (n.kind === "file" && script) return { kind: "found", path, program: script };
  return { kind: "error", errno: ERRNO.ENOEXEC, path };
}

export interface SpawnOptions {
  argv: string[];
  /** Read only: programs share it (the shell hands every child the same map while its exports stand still). */
  env: ReadonlyMap<string, string>;
  program: Program;
  /** Runs in this namespace instead of the parent's (ip netns exec, nsenter). */
  netns?: NetNamespace;
  cwd?: string;
  /** fds to install instead of inheriting the parent's. */
  fds?: Map<number, OpenFile>;
  /** Process group; default the parent's. */
  pgid?: number;
}

/** fork()+execve(): starts the program in a new child task and returns it (not waited for). */
export function spawn(parent: Task, opts: SpawnOptions): Task {
  const host = parent.host;
  const child = opts.fds ? host.newTask(parent, opts.argv[0] ?? "?") : host.fork(parent, opts.argv[0] ?? "?");
  if (opts.fds) for (const [fd, f] of opts.fds) child.setFd(fd, f);
  if (opts.netns) child.setns(opts.netns);
  if (opts.cwd) child.cwd = opts.cwd;
  if (opts.pgid !== undefined) child.pgid = opts.pgid;
  child.comm = opts.argv.join(" ");
  void child.start((t) =>
    opts.program({
      argv: opts.argv,
      env: opts.env,
      task: t,
      stdin: new InStream(t, 0),
      stdout: new OutStream(t, 1),
      stderr: new OutStream(t, 2),
    }),
  );
  return child;
}

/** fork+exec+waitpid: runs the program to completion and returns its status. */
export async function spawnAndWait(parent: Task, opts: SpawnOptions): Promise<number> {
  const child = spawn(parent, opts);
  return child.waitExit(parent);
}

/**
 * execve() in place: the calling task becomes `program` (same pid, fds and
 * process group; handled signals reset to their defaults). Wrappers that exec
 * on Linux (`ip netns exec`, nsenter, env) use this, so there is no extra
 * process for a Ctrl-C to kill while the real program keeps the terminal.
 */
export function execve(task: Task, opts: { argv: string[]; env: ReadonlyMap<string, string>; program: Program; netns?: NetNamespace }): Promise<number> {
  if (opts.netns) task.setns(opts.netns);
  task.comm = opts.argv.join(" ");
  task.handlers.clear();
  return opts.program({
    argv: opts.argv,
    env: opts.env,
    task,
    stdin: new InStream(task, 0),
    stdout: new OutStream(task, 1),
    stderr: new OutStream(task, 2),
  });
}
