// A process (struct task_struct, reduced): pid, parent, process group, network
// namespace, cwd, fd table, signal state. Programs run as async functions on a
// task; every blocking wait goes through the world's scheduler via task.block.

import { Interrupted, type Scheduler, type Waiter } from "../../sim/scheduler.js";
import { kerr } from "../../uapi/errno.js";
import { SIGKILL } from "../../uapi/signal.js";
import type { NetNamespace } from "../core/netns.js";
import type { OpenFile } from "./file.js";
import type { Host } from "../host.js";
import type { MountView } from "../fs/mount-view.js";
import type { UtsNamespace } from "./uts.js";

export type SignalHandler = (sig: number) => void;

export class Task {
  /** The wait this task is blocked in, if any (so a signal can interrupt it). */
  current: Waiter<unknown> | undefined;
  readonly fds = new Map<number, OpenFile>();
  /** Live children (made at the first fork: most tasks never fork). */
  children: Set<Task> | undefined;
  exitStatus: number | undefined;
  /** Signal that terminated this task (default action), if any. */
  killedBy: number | undefined;
  /** Signals delivered while the task was not blocked, acted on at its next wait. */
  private pendingSignals: number[] | undefined;
  /** Per-signal handlers installed by the program (sigaction). "ignore" drops the signal. */
  readonly handlers = new Map<number, SignalHandler | "ignore">();
  private exitWaiters: Array<Waiter<number>> | undefined;
  /** The command line, for ps/jobs. */
  comm: string;
  /** Files bind-mounted over host paths for this process (a container's /etc files); inherited by children. */
  mnt: MountView | undefined;
  /** The task's UTS namespace (node name); undefined: the host's. Inherited by children. */
  uts: UtsNamespace | undefined;

  constructor(
    readonly host: Host,
    readonly pid: number,
    readonly parent: Task | undefined,
    public pgid: number,
    public netns: NetNamespace,
    public cwd: string,
    comm: string,
  ) {
    this.comm = comm;
    netns.get_ref();
  }

  get sched(): Scheduler {
    return this.host.sched;
  }

  get alive(): boolean {
    return this.exitStatus === undefined;
  }

  /** Moves the task into another network namespace (setns/unshare). */
  setns(ns: NetNamespace): void {
    if (ns === this.netns) return;
    ns.get_ref();
    const old = this.netns;
    this.netns = ns;
    old.put_ref();
  }

  // ---- file descriptors ----

  getFd(fd: number): OpenFile | undefined {
    return this.fds.get(fd);
  }

  /** Installs f at fd (closing what was there), as dup2 does. */
  setFd(fd: number, f: OpenFile): void {
    f.refs++;
    const old = this.fds.get(fd);
    this.fds.set(fd, f);
    if (old) this.releaseFile(old);
  }

  closeFd(fd: number): boolean {
    const old = this.fds.get(fd);
    if (!old) return false;
    this.fds.delete(fd);
    this.releaseFile(old);
    return true;
  }

  /** Lowest free fd at or above `min` (F_DUPFD). */
  freeFd(min = 0): number {
    let fd = min;
    while (this.fds.has(fd)) fd++;
    return fd;
  }

  private releaseFile(f: OpenFile): void {
    if (--f.refs <= 0 && f.release) f.release();
  }

  // ---- blocking and signals ----

  /** Blocks in the scheduler; throws Interrupted if a signal arrives. */
  block<T>(arm: (w: Waiter<T>) => (() => void) | void): Promise<T> {
    const sig = this.takePendingSignal();
    if (sig !== undefined) return Promise.reject(new Interrupted(sig));
    return this.sched.block<T>(this, arm);
  }

  sleep(ns: number): Promise<void> {
    return this.block<void>((w) => {
      const t = this.sched.clock.after(ns, () => w.wake());
      return () => t.cancel();
    });
  }

  /** sleep(ns), done in place when nothing can tell (Scheduler.sleepInPlace): undefined then, else the sleep's promise. */
  sleepInPlace(ns: number): Promise<void> | undefined {
    if (this.pendingSignals?.length) return this.sleep(ns);
    return this.sched.sleepInPlace(this, ns);
  }

  /** Throws Interrupted if a signal is pending (long-running loops call this). */
  checkSignals(): void {
    const sig = this.takePendingSignal();
    if (sig !== undefined) throw new Interrupted(sig);
  }

  private takePendingSignal(): number | undefined {
    return this.pendingSignals?.shift();
  }

  /** Delivers a signal: a handler runs, "ignore" drops it, else the task is marked killed. */
  signal(sig: number): void {
    if (!this.alive || sig === 0) return;
    const h = sig === SIGKILL ? undefined : this.handlers.get(sig);
    if (h === "ignore") return;
    if (h) h(sig);
    else if (this.killedBy === undefined) this.killedBy = sig;
    if (this.current) this.current.interrupt(sig);
    else (this.pendingSignals ??= []).push(sig);
  }

  // ---- lifecycle ----

  /** Marks the task exited with `status`, releases its fds and wakes waiters. */
  exit(status: number): void {
    if (!this.alive) return;
    this.exitStatus = this.killedBy !== undefined ? 128 + this.killedBy : status;
    for (const fd of [...this.fds.keys()]) this.closeFd(fd);
    this.host.tasks.delete(this.pid);
    // Reaped: the parent's list holds live children only. A shell that ran
    // 100 000 commands kept every one of them (task, fd table, handler map)
    // alive here until it exited itself: ~0.8 kB per command. Finished
    // background jobs keep their status in the shell's job table, as bash does.
    this.parent?.children?.delete(this);
    this.netns.put_ref();
    if (this.exitWaiters) for (const w of this.exitWaiters.splice(0)) w.wake(this.exitStatus);
  }

  /** Waits for this task to exit; returns its status. Runs in the *waiting* task. */
  waitExit(waiter: Task): Promise<number> {
    if (!this.alive) return Promise.resolve(this.exitStatus!);
    return waiter.block<number>((w) => {
      const waiters = (this.exitWaiters ??= []);
      waiters.push(w);
      return () => {
        const i = waiters.indexOf(w);
        if (i >= 0) waiters.splice(i, 1);
      };
    });
  }

  /** The exit status of a program that threw `e` (a signal, EPIPE, or an internal error, reported). */
  statusOfError(e: unknown): number {
    if (e instanceof Interrupted) return 128 + e.signal;
    if (e && typeof e === "object" && "errno" in e && (e as { errno: number }).errno === 32) return 141;
    this.host.onInternalError(e, this);
    return 70;
  }

  /** Starts `body` as this task's program; the task exits with its result. */
  start(body: (t: Task) => Promise<number>): Promise<number> {
    this.sched.spawned();
    const done = (async () => {
      let status = 0;
      try {
        status = await body(this);
      } catch (e) {
        status = this.statusOfError(e);
      }
      this.exit(status);
      this.sched.exited();
      return this.exitStatus!;
    })();
    return done;
  }
}

export function assertFd(t: Task, fd: number): OpenFile {
  const f = t.getFd(fd);
  if (!f) throw kerr("EBADF");
  return f;
}
