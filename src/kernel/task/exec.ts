// execve() and PATH search (execvp), plus the fork+exec+wait helpers that
// shells and wrappers (sudo, timeout, env, xargs, ip netns exec, nsenter) use.

import { ERRNO } from "../../uapi/errno.js";
import type { NetNamespace } from "../core/netns.js";
import type { SpecialInode } from "../fs/inode.js";
import { NullFile, RegularFile, SinkFile, type OpenFile } from "./file.js";
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

/** Switch for the differential test of runAlone (test/sim/sleep-in-place.test.ts): false, every program is spawned; and how often it was taken. */
export const runAloneSwitch = { enabled: true, taken: 0 };

/** Files whose write never blocks and wakes no process: a program run by runAlone writes only to these. */
function neverBlocks(f: OpenFile | undefined): boolean {
  return f === undefined || f instanceof SinkFile || f instanceof RegularFile || f instanceof NullFile;
}

/**
 * fork()+execve()+waitpid() done straight through, for a program whose
 * runAlone takes these arguments, when the caller is the only process that
 * exists to run: it is the only running one and none is blocked (so no
 * process can be woken — events run only when every process waits — and none
 * can interleave with the child, whatever number of steps it takes), and
 * the child's stdout and stderr are files that never block. Scheduled, the
 * child would start inside spawn(), do its work up to its first await
 * (for these programs: all of it), and, after steps no one else can observe,
 * exit and wake the caller. Here the same task is forked (same pid, fds,
 * comm; the caller copies ignored signals, as after spawn()), the work
 * runs, the task exits with the status Task.start would give (a thrown
 * EPIPE, an internal error), and the scheduler counts the start and the
 * caller's wakeup. Returns the exited child, or undefined with nothing done.
 */
export function runAlone(parent: Task, opts: Pick<SpawnOptions, "argv" | "env" | "program">): Task | undefined {
  const ra = opts.program.runAlone;
  const sched = parent.sched;
  if (!ra || !runAloneSwitch.enabled) return undefined;
  if (sched.runningCount !== 1 || sched.blocked !== 0 || sched.holding()) return undefined;
  if (!neverBlocks(parent.fds.get(1)) || !neverBlocks(parent.fds.get(2)) || !ra.accepts(opts.argv)) return undefined;
  const child = parent.host.fork(parent, opts.argv[0] ?? "?");
  child.comm = opts.argv.join(" ");
  sched.spawned();
  let status: number;
  try {
    status = ra.run({
      argv: opts.argv,
      env: opts.env,
      task: child,
      stdin: new InStream(child, 0),
      stdout: new OutStream(child, 1),
      stderr: new OutStream(child, 2),
    });
  } catch (e) {
    status = child.statusOfError(e);
  }
  child.exit(status);
  sched.exited();
  // The caller's wakeup from waitpid().
  sched.wakeups++;
  runAloneSwitch.taken++;
  return child;
}

/** fork+exec+waitpid: runs the program to completion and returns its status. */
export async function spawnAndWait(parent: Task, opts: SpawnOptions): Promise<number> {
  const child = spawn(parent, opts);
  return child.waitExit(parent);
}

/**
 * execve() in place: the calling task becomes `program` (same pid, fds and
 * process group; handled signals reset to their defaults, ignored ones stay
 * ignored as execve(2) leaves SIG_IGN, which nohup relies on). Wrappers that exec
 * on Linux (`ip netns exec`, nsenter, env) use this, so there is no extra
 * process for a Ctrl-C to kill while the real program keeps the terminal.
 */
export function execve(task: Task, opts: { argv: string[]; env: ReadonlyMap<string, string>; program: Program; netns?: NetNamespace }): Promise<number> {
  if (opts.netns) task.setns(opts.netns);
  task.comm = opts.argv.join(" ");
  for (const [sig, h] of task.handlers) if (h !== "ignore") task.handlers.delete(sig);
  return opts.program({
    argv: opts.argv,
    env: opts.env,
    task,
    stdin: new InStream(task, 0),
    stdout: new OutStream(task, 1),
    stderr: new OutStream(task, 2),
  });
}
