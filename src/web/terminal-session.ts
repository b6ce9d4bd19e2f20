// An interactive login on a world: an interactive bash on a terminal (TtyFile),
// and the loop that drives the world while a person types. Shared by the CLI's
// `nslab shell` and the browser front end; it touches no Node or DOM API: the
// front end passes its wall clock and timer in.
//
// Time: a script run (`nslab run`) jumps the virtual clock from event to
// event. A person at a terminal expects `sleep 2` to take two seconds and a
// `ping` to print once a second, so here the virtual clock is paced by the
// wall clock: an event runs once the wall time since the session started has
// reached its virtual time; while everything waits, the clock follows the wall.

import { bashMain } from "../shell/bash.js";
import { InStream, OutStream } from "../kernel/task/stdio.js";
import { TtyFile } from "../kernel/task/tty.js";
import type { Task } from "../kernel/task/task.js";
import type { Program } from "../kernel/task/program.js";
import type { World } from "../world/world.js";

export interface WallTimer {
  /** Wall clock in milliseconds (any origin). */
  now(): number;
  /** Calls fn after ms of wall time; returns a cancel function. */
  after(ms: number, fn: () => void): () => void;
}

export interface TerminalSessionOptions {
  /** Receives everything the world writes to the terminal. */
  output: (data: Uint8Array) => void;
  timer: WallTimer;
  /** Host to log in to (default: the world's first host). */
  host?: string;
  /** Terminal size, exported as COLUMNS/LINES. */
  columns?: number;
  lines?: number;
  /** The login shell's program and argv (default: bash). */
  shell?: { main: Program; argv: string[] };
}

/** Longest stretch of wall time the driver runs events before letting the front end read keys. */
const SLICE_MS = 16;

export class TerminalSession {
  readonly tty: TtyFile;
  private leader: Task | undefined;
  private wakeWait: (() => void) | undefined;
  private wallStart = 0;
  private virtStart = 0;

  constructor(
    readonly world: World,
    private readonly opts: TerminalSessionOptions,
  ) {
    this.tty = new TtyFile(opts.output);
  }

  /** The user typed a line (without or with its "\n"). */
  input(line: string): void {
    this.catchUpClock();
    this.tty.input(line);
    this.kick();
  }

  /** Ctrl-D on an empty line. */
  endOfFile(): void {
    this.catchUpClock();
    this.tty.endOfFile();
    this.kick();
  }

  /** Ctrl-C: SIGINT to the foreground process group. */
  interrupt(): void {
    this.catchUpClock();
    this.tty.interrupt();
    this.kick();
  }

  /** Starts the login shell and drives the world until it exits; resolves to its exit status. */
  async run(): Promise<number> {
    const world = this.world;
    const host = world.host(this.opts.host);
    const leader = host.newTask(undefined, "bash", { cwd: "/root" });
    this.leader = leader;
    this.tty.host = host;
    this.tty.setForeground(leader.pgid);
    for (const fd of [0, 1, 2]) leader.setFd(fd, this.tty);
    host.onInternalError = (e, t) => {
      const msg = e instanceof Error ? e.message : String(e);
      this.opts.output(new TextEncoder().encode(`nslab: internal error in ${t.comm}: ${msg}\n`));
    };
    // The environment login(1) and bash's startup leave for root (as World.run gives a script).
    const env = new Map<string, string>([
      ["PATH", "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"],
      ["HOME", "/root"],
      ["USER", "root"],
      ["LOGNAME", "root"],
      ["SHELL", "/bin/bash"],
      ["TERM", "xterm"],
      ["LANG", "C.UTF-8"],
      ["PWD", "/root"],
      ["HOSTNAME", host.hostname],
    ]);
    if (this.opts.columns) env.set("COLUMNS", String(this.opts.columns));
    if (this.opts.lines) env.set("LINES", String(this.opts.lines));
    const { main, argv } = this.opts.shell ?? { main: bashMain, argv: ["bash"] };
    leader.comm = argv.join(" ");
    void leader.start((t) =>
      main({ argv, env, task: t, stdin: new InStream(t, 0), stdout: new OutStream(t, 1), stderr: new OutStream(t, 2) }),
    );
    this.wallStart = this.opts.timer.now();
    this.virtStart = world.clock.now;
    await this.drive(leader);
    return leader.exitStatus ?? 0;
  }

  /** True while the login shell has not exited. */
  get alive(): boolean {
    return !!this.leader?.alive;
  }

  private async drive(leader: Task): Promise<void> {
    const { clock, sched } = this.world;
    const timer = this.opts.timer;
    let sliceStart = timer.now();
    for (;;) {
      await sched.idle();
      if (!leader.alive) return;
      const next = clock.nextTime();
      if (next !== undefined && next <= this.allowedTime()) {
        clock.runNext();
        if (timer.now() - sliceStart > SLICE_MS) {
          await this.waitWall(0);
          sliceStart = timer.now();
        }
        continue;
      }
      this.catchUpClock();
      const ms = next === undefined ? undefined : Math.max(1, (next - this.allowedTime()) / 1e6);
      await this.waitWall(ms);
      sliceStart = timer.now();
    }
  }

  /** The latest virtual time the wall clock allows now. */
  private allowedTime(): number {
    return this.virtStart + Math.floor((this.opts.timer.now() - this.wallStart) * 1e6);
  }

  /** While nothing is due, moves the virtual clock up to the wall clock. */
  private catchUpClock(): void {
    const clock = this.world.clock;
    const allowed = this.allowedTime();
    const next = clock.nextTime();
    if (clock.now >= allowed || (next !== undefined && next <= allowed)) return;
    // An empty event at `allowed` is the only way to move a Clock forward.
    clock.at(allowed, () => {});
    clock.runNext();
  }

  /** Waits ms of wall time (forever when undefined) or until input or a signal arrives. */
  private waitWall(ms: number | undefined): Promise<void> {
    return new Promise((resolve) => {
      let cancel: (() => void) | undefined;
      const done = () => {
        if (cancel) cancel();
        this.wakeWait = undefined;
        resolve();
      };
      this.wakeWait = done;
      if (ms !== undefined) cancel = this.opts.timer.after(ms, done);
    });
  }

  private kick(): void {
    if (this.wakeWait) this.wakeWait();
  }
}
