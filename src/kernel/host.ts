// One machine: its kernel state (the initial network namespace and the others
// that live on), its filesystem, its process table and hostname. A world holds
// one or more hosts sharing one clock and RNG.

import type { Clock } from "../sim/clock.js";
import type { Rng } from "../sim/rng.js";
import type { Scheduler } from "../sim/scheduler.js";
import { NetNamespace } from "./core/netns.js";
import { Vfs } from "./fs/vfs.js";
import { Task } from "./task/task.js";
import type { Program } from "./task/program.js";

export interface HostLimits {
  /** Most processes alive at once. */
  maxTasks: number;
  /** Most bytes held in files. */
  maxFileBytes: number;
  /** Most shell commands one run (a tree of shells) may execute; the interpreter stops it there. */
  maxCommands: number;
}

export const DEFAULT_LIMITS: HostLimits = { maxTasks: 4096, maxFileBytes: 256 * 1024 * 1024, maxCommands: 20_000_000 };

export class Host {
  readonly fs = new Vfs();
  readonly tasks = new Map<number, Task>();
  readonly initNet: NetNamespace;
  /** Programs reachable through executables in the filesystem, by name. */
  readonly programs = new Map<string, Program>();
  hostname: string;
  private nextPid = 1;
  /** Where an internal error (a bug, never user input) is reported. */
  onInternalError: (e: unknown, t: Task) => void = (e) => {
    throw e;
  };

  constructor(
    readonly id: string,
    readonly clock: Clock,
    readonly rng: Rng,
    readonly sched: Scheduler,
    hostname: string,
    readonly limits: HostLimits = DEFAULT_LIMITS,
  ) {
    this.hostname = hostname;
    this.initNet = new NetNamespace(id, true);
    this.fs.now = () => clock.now;
    this.fs.maxBytes = limits.maxFileBytes;
  }

  allocPid(): number {
    // pid_max wraps at 4194304 on 64-bit; we never get near it.
    return this.nextPid++;
  }

  /** Creates a task (fork without copying fds; the caller installs them). */
  newTask(parent: Task | undefined, comm: string, opts?: { netns?: NetNamespace; cwd?: string; pgid?: number }): Task {
    if (this.tasks.size >= this.limits.maxTasks) {
      throw new RangeError(`process limit of ${this.limits.maxTasks} reached`);
    }
    const pid = this.allocPid();
    const t = new Task(
      this,
      pid,
      parent,
      opts?.pgid ?? parent?.pgid ?? pid,
      opts?.netns ?? parent?.netns ?? this.initNet,
      opts?.cwd ?? parent?.cwd ?? "/",
      comm,
    );
    t.mnt = parent?.mnt;
    t.uts = parent?.uts;
    this.tasks.set(pid, t);
    if (parent) (parent.children ??= new Set()).add(t);
    return t;
  }

  /** fork(): a child sharing the parent's open files (fd table copied). */
  fork(parent: Task, comm: string): Task {
    const t = this.newTask(parent, comm);
    parent.fds.forEach((f, fd) => t.setFd(fd, f));
    return t;
  }
}
