// Convenience views over a task's file descriptors for programs: write text,
// read all input, read line by line (giving back unread bytes so a following
// reader of the same description sees them, as bash's `read` relies on).

import { kerr } from "../../uapi/errno.js";
import { concatBytes } from "../../wire/bytes.js";
import { NullFile, readChunk, RegularFile, unread } from "./file.js";
import type { Task } from "./task.js";

const enc = new TextEncoder();

export function encodeText(s: string): Uint8Array {
  return enc.encode(s);
}

export function decodeText(b: Uint8Array): string {
  return new TextDecoder().decode(b);
}

export class OutStream {
  constructor(
    private task: Task,
    readonly fd: number,
  ) {}

  get isTTY(): boolean {
    return !!this.task.getFd(this.fd)?.tty;
  }

  /** Writes text or bytes; throws KernelError (EBADF, EPIPE, ENOSPC) on failure. */
  async write(data: string | Uint8Array): Promise<void> {
    const f = this.task.getFd(this.fd);
    if (!f || !f.write) throw kerr("EBADF");
    if (typeof data === "string") {
      if (!data.length) return;
      data = enc.encode(data);
    }
    const r = f.write(this.task, data);
    if (r) await r;
  }

  /** write() for a program run without awaiting (exec.ts runAlone): only files that never block are handed to one. */
  writeNow(data: string): void {
    const f = this.task.getFd(this.fd);
    if (!f || !f.write) throw kerr("EBADF");
    if (!data.length) return;
    if (f.write(this.task, enc.encode(data))) throw new Error("writeNow: a write that blocks");
  }
}

export class InStream {
  constructor(
    private task: Task,
    readonly fd: number,
  ) {}

  get isTTY(): boolean {
    return !!this.task.getFd(this.fd)?.tty;
  }

  /** lseek() works on it (a regular file or /dev/null; not a pipe or terminal): what ftell() needs. */
  get seekable(): boolean {
    const f = this.task.getFd(this.fd);
    return f instanceof RegularFile || f instanceof NullFile;
  }

  /** Next raw chunk, or null at EOF. */
  async read(): Promise<Uint8Array | null> {
    const f = this.task.getFd(this.fd);
    if (!f) throw kerr("EBADF");
    return readChunk(f, this.task);
  }

  async readAllBytes(): Promise<Uint8Array> {
    const parts: Uint8Array[] = [];
    let n = 0;
    for (;;) {
      const c = await this.read();
      if (c === null) break;
      parts.push(c);
      n += c.length;
    }
    const out = new Uint8Array(n);
    let o = 0;
    for (const p of parts) {
      out.set(p, o);
      o += p.length;
    }
    return out;
  }

  async readAll(): Promise<string> {
    return decodeText(await this.readAllBytes());
  }

  /**
   * Reads up to and including the next delimiter (default newline). Returns the
   * text without the delimiter, `eof` true when input ended before one was seen,
   * or null when nothing at all was left.
   */
  async readLine(delim = 10): Promise<{ line: string; eof: boolean } | null> {
    const f = this.task.getFd(this.fd);
    if (!f) throw kerr("EBADF");
    const parts: Uint8Array[] = [];
    for (;;) {
      const c = await readChunk(f, this.task);
      if (c === null) {
        if (!parts.length) return null;
        return { line: decodeText(concatBytes(...parts)), eof: true };
      }
      const i = c.indexOf(delim);
      if (i >= 0) {
        parts.push(c.subarray(0, i));
        unread(f, c.subarray(i + 1));
        return { line: decodeText(concatBytes(...parts)), eof: false };
      }
      parts.push(c);
    }
  }

  /** Iterates lines (without their newline); a last unterminated line is included. */
  async *lines(): AsyncGenerator<string> {
    for (;;) {
      const l = await this.readLine();
      if (l === null) return;
      yield l.line;
    }
  }
}
