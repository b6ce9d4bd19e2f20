// sed's input: the files named on the command line read as one stream (or
// one at a time with -s/-i), with look-ahead so `$` knows the last line, and
// GNU's handling of a final line without a newline.

import type { ProgramContext } from "../../kernel/task/program.js";
import { strerror } from "../../uapi/errno.js";
import { errnoOf, readPath } from "../grep/files.js";
import { type BufferedOut, LineSplitter, bytesSource } from "../grep/textio.js";
import { SedError } from "./parse.js";

export interface InputLine {
  text: string;
  /** False for a last line that had no trailing delimiter. */
  chomped: boolean;
}

export class SedInput {
  private idx = -1;
  private cur: LineSplitter | undefined;
  /** Name of the file being read ("-" for stdin), for F and -i. */
  name = "-";
  lineNo = 0;
  /** Set when some input file could not be read (exit status 2). */
  failed = false;
  /** Called when a new file starts (sed -i switches its output here). */
  onFileStart: ((name: string) => Promise<boolean>) | undefined;
  onFileEnd: ((name: string) => Promise<void>) | undefined;

  constructor(
    private readonly ctx: ProgramContext,
    private readonly files: string[],
    private readonly separate: boolean,
    private readonly delim: string,
    private readonly out: BufferedOut,
    private readonly prog: string,
    private readonly inPlace: boolean,
    /** stdout is line-buffered (a terminal) or -u: what was printed goes out before sed waits for input. */
    private readonly flushOnRead = true,
  ) {}

  /** Opens the next readable file; false when none are left. */
  private async openNext(): Promise<boolean> {
    this.pendingName = undefined;
    for (;;) {
      if (this.cur && this.onFileEnd) await this.onFileEnd(this.name);
      this.cur = undefined;
      this.idx++;
      if (this.idx >= this.files.length) return false;
      const f = this.files[this.idx]!;
      if (f === "-" && !this.inPlace) {
        this.cur = new LineSplitter(async () => {
          if (this.flushOnRead) await this.out.flush();
          return this.ctx.stdin.read();
        }, this.delim);
      } else {
        let data: Uint8Array;
        try {
          const node = this.ctx.task.host.fs.tryLookup(this.ctx.task, this.ctx.task.cwd, f);
          if (this.inPlace && node && node.kind !== "file") {
            throw new SedError(`couldn't edit ${f}: not a regular file`, 4);
          }
          data = await readPath(this.ctx.task, f);
        } catch (e) {
          const errno = errnoOf(e) ?? 5;
          if (errno === 21) throw new SedError(`read error on ${f}: ${strerror(errno)}`, 4);
          await this.error(`can't read ${f}: ${strerror(errno)}`);
          continue;
        }
        this.cur = new LineSplitter(bytesSource(data), this.delim);
      }
      this.name = f;
      if (this.separate) this.lineNo = 0;
      if (this.onFileStart && !(await this.onFileStart(f))) {
        this.cur = undefined;
        continue;
      }
      return true;
    }
  }

  private async error(msg: string): Promise<void> {
    this.failed = true;
    await this.out.flush();
    await this.ctx.stderr.write(`${this.prog}: ${msg}\n`);
  }

  /** The next input line, or null at the end of all input. */
  async next(): Promise<InputLine | null> {
    for (;;) {
      if (!this.cur && !(await this.openNext())) return null;
      const text = await this.cur!.readLine();
      if (text === null) {
        if (!(await this.openNext())) return null;
        continue;
      }
      this.lineNo++;
      this.settle();
      return { text, chomped: !this.cur!.lastUnterminated };
    }
  }

  /** Whether the line just read is the last one (of this file with -s/-i, else of all input). */
  async isLast(): Promise<boolean> {
    if (this.cur && !(await this.cur.atEnd())) return false;
    if (this.separate) return true;
    // Look ahead into the following files, as GNU sed does, skipping empty or unreadable ones.
    while (this.idx + 1 < this.files.length) {
      const saveName = this.name;
      const saveLine = this.lineNo;
      if (!(await this.openNext())) return true;
      this.name = saveName;
      this.lineNo = saveLine;
      if (!(await this.cur!.atEnd())) {
        // Keep the opened file as current: the next read continues there.
        this.pendingName = this.files[this.idx]!;
        return false;
      }
    }
    return true;
  }

  /** Name a look-ahead opened but whose first line was not read yet. */
  private pendingName: string | undefined;

  /** Applies a pending file switch made by look-ahead once its first line is read. */
  settle(): void {
    if (this.pendingName !== undefined) {
      this.name = this.pendingName;
      this.pendingName = undefined;
    }
  }

  /** Ends the current file early (q): with -i what was output so far becomes the file, as in GNU sed. */
  async finish(): Promise<void> {
    if (this.cur && this.onFileEnd) await this.onFileEnd(this.name);
    this.cur = undefined;
  }
}
