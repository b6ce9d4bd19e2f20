// Buffered text output and chunked line input shared by grep, sed and gawk.
// Output is collected and written in pieces of glibc's stdio buffer (full
// buffering of a pipe or file): a program flushes it before it blocks for more
// input only when its stdout is line-buffered (a terminal) or it was asked to
// (grep --line-buffered, sed -u) — `tcpdump -l | grep ICMP &` shows nothing
// until grep's buffer fills or grep exits, as on Linux.

import type { OutStream } from "../../kernel/task/stdio.js";

/** glibc's stdio buffer for a pipe or regular file (st_blksize). */
export const STDIO_BUFSIZ = 4096;

export class BufferedOut {
  private parts: string[] = [];
  private size = 0;
  constructor(private readonly out: OutStream) {}

  write(s: string): void {
    if (!s) return;
    this.parts.push(s);
    this.size += s.length;
  }

  get pending(): number {
    return this.size;
  }

  async flush(): Promise<void> {
    if (!this.size) return;
    const s = this.parts.join("");
    this.parts = [];
    this.size = 0;
    await this.out.write(s);
  }

  /** Flushes once stdio's buffer would have filled. */
  async maybeFlush(): Promise<void> {
    if (this.size >= STDIO_BUFSIZ) await this.flush();
  }
}

/** Splits a stream of byte chunks into lines (UTF-8 decoded). */
export class LineSplitter {
  private dec = new TextDecoder();
  private carry = "";
  private done = false;
  private queue: string[] = [];
  private qi = 0;
  /** Whether the last line returned ended without a delimiter. */
  lastUnterminated = false;
  /** Set when a NUL byte was seen (grep's binary-file test). */
  sawNul = false;

  constructor(
    private readonly next: () => Promise<Uint8Array | null>,
    private readonly delim = "\n",
  ) {}

  /** Next line without its delimiter, or null at end of input. */
  async readLine(): Promise<string | null> {
    for (;;) {
      if (this.qi < this.queue.length) {
        const l = this.queue[this.qi++]!;
        this.lastUnterminated = false;
        return l;
      }
      if (this.done) {
        if (this.carry) {
          const l = this.carry;
          this.carry = "";
          this.lastUnterminated = true;
          return l;
        }
        return null;
      }
      const c = await this.next();
      if (c === null) {
        this.carry += this.dec.decode();
        this.done = true;
        continue;
      }
      if (!this.sawNul && c.includes(0)) this.sawNul = true;
      const text = this.carry + this.dec.decode(c, { stream: true });
      const parts = text.split(this.delim);
      this.carry = parts.pop()!;
      this.queue = parts;
      this.qi = 0;
    }
  }

  /** True when no more lines remain (reads ahead if needed). */
  async atEnd(): Promise<boolean> {
    for (;;) {
      if (this.qi < this.queue.length || this.carry) return false;
      if (this.done) return true;
      const c = await this.next();
      if (c === null) {
        this.carry += this.dec.decode();
        this.done = true;
        continue;
      }
      if (!this.sawNul && c.includes(0)) this.sawNul = true;
      const text = this.carry + this.dec.decode(c, { stream: true });
      const parts = text.split(this.delim);
      this.carry = parts.pop()!;
      this.queue = this.queue.slice(this.qi).concat(parts);
      this.qi = 0;
    }
  }
}

/** A chunk source over bytes already in memory. */
export function bytesSource(data: Uint8Array): () => Promise<Uint8Array | null> {
  let given = false;
  return async () => {
    if (given || !data.length) return null;
    given = true;
    return data;
  };
}
