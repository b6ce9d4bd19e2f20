// A terminal (drivers/tty/n_tty.c in canonical mode, reduced): the open file
// behind an interactive shell's fds 0, 1 and 2.
//
// The front end (the CLI's readline, later the browser's xterm) does the line
// editing and echo, as a real terminal's line discipline does; it hands the
// tty whole lines (`input`), end of file (`endOfFile`, Ctrl-D at the start of a
// line) and interrupts (`interrupt`, Ctrl-C). Programs read one line per read(),
// as canonical mode gives, and block in the scheduler while none is typed.
//
// Only one reader consumes a typed line: when several processes wait on the
// terminal (an outer shell should be waiting in waitpid, but a background job
// may be reading), the line goes to the newest waiter in the foreground process
// group, which is the innermost foreground shell (`ip netns exec x bash` reads
// while the outer bash waits for it). Linux would stop a background reader with
// SIGTTIN; we simply leave it waiting.
//
// Output goes straight to the front end. We do not translate "\n" to "\r\n"
// (ONLCR): the real terminal under the CLI does that, and xterm.js is told to.

import type { Waiter } from "../../sim/scheduler.js";
import { SIGINT } from "../../uapi/signal.js";
import type { Host } from "../host.js";
import { killPgrp } from "./kill_pgrp.js";
import type { OpenFile } from "./file.js";
import type { Task } from "./task.js";

type Pending = { waiter: Waiter<void>; task: Task };

export class TtyFile implements OpenFile {
  refs = 0;
  readonly tty = true;
  pushback?: Uint8Array;
  /** Process group that keystroke signals go to (tcsetpgrp); set by the session or job control. */
  foregroundPgid: number | undefined;
  /** Host whose processes keystroke signals reach (the session's host). */
  host: Host | undefined;
  /**
   * Called when a reader blocks with nothing typed ahead: the world now waits
   * for the user. The front end shows `promptLine` as its editing prompt.
   * It runs while the reader's wait is being set up: it must not feed input
   * synchronously (defer that to a later task).
   */
  onReadWait: (() => void) | undefined;

  /** Typed lines (each ending in "\n") and Ctrl-D marks not yet read. */
  private queue: Array<Uint8Array | "eof"> = [];
  private readers: Pending[] = [];
  /** Output since the last newline: the prompt the shell just printed. */
  private partial = "";
  private readonly dec = new TextDecoder();
  private readonly enc = new TextEncoder();

  constructor(
    private readonly output: (data: Uint8Array) => void,
    readonly label = "/dev/pts/0",
  ) {}

  /** Text written since the last newline (or carriage return), e.g. "root@nslab:~# ". */
  get promptLine(): string {
    return this.partial;
  }

  /** How many processes are blocked reading this terminal. */
  get readersWaiting(): number {
    return this.readers.length;
  }

  /** Typed lines not read yet. */
  get queued(): number {
    return this.queue.length;
  }

  /** tcsetpgrp(): makes `pgid` the foreground process group. */
  setForeground(pgid: number): void {
    this.foregroundPgid = pgid;
  }

  /**
   * The user typed `line` and Enter (a "\n" is added when missing). The front
   * end has echoed it, so the cursor now starts a new line.
   */
  input(line: string): void {
    this.partial = "";
    this.queue.push(this.enc.encode(line.endsWith("\n") ? line : `${line}\n`));
    this.wakeOne();
  }

  /** Ctrl-D at the start of a line: the next read returns end of file once. */
  endOfFile(): void {
    this.queue.push("eof");
    this.wakeOne();
  }

  /**
   * A keystroke signal (Ctrl-C: SIGINT): the line discipline echoes it as
   * "^C" (ECHOCTL), flushes what was typed ahead and signals the whole
   * foreground process group.
   */
  interrupt(sig: number = SIGINT): void {
    if (sig === SIGINT) this.echo("^C");
    this.queue = [];
    const pg = this.foregroundPgid;
    if (!this.host || pg === undefined) return;
    killPgrp(this.host, pg, sig);
  }

  async read(task: Task): Promise<Uint8Array | null> {
    for (;;) {
      const next = this.queue.shift();
      if (next === "eof") return null;
      if (next) return next;
      await task.block<void>((w) => {
        const p: Pending = { waiter: w, task };
        this.readers.push(p);
        if (this.onReadWait) this.onReadWait();
        return () => {
          const i = this.readers.indexOf(p);
          if (i >= 0) this.readers.splice(i, 1);
        };
      });
    }
  }

  /** Output of the line discipline itself (echo), not of a process. */
  private echo(text: string): void {
    if (text) this.write(undefined, this.enc.encode(text));
  }

  write(_task: Task | undefined, data: Uint8Array): void {
    if (!data.length) return;
    const text = this.dec.decode(data, { stream: true });
    const cut = Math.max(text.lastIndexOf("\n"), text.lastIndexOf("\r"));
    this.partial = cut >= 0 ? text.slice(cut + 1) : this.partial + text;
    this.output(data);
  }

  /** Wakes the newest waiter in the foreground group (else the newest waiter). */
  private wakeOne(): void {
    if (!this.readers.length) return;
    const fg = this.foregroundPgid;
    let pick: Pending | undefined;
    for (let i = this.readers.length - 1; i >= 0; i--) {
      const p = this.readers[i]!;
      if (fg === undefined || p.task.pgid === fg) {
        pick = p;
        break;
      }
    }
    pick ??= this.readers[this.readers.length - 1]!;
    pick.waiter.wake();
  }
}
