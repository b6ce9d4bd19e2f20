// Reading an input as it arrives, as coreutils' filters do with their fixed
// read buffer (nl, fold, expand, cut, uniq… read a block, write what it
// completes, read again): output keeps pace with a pipe that never closes
// (`yes | nl | head -2` ends when head's exit turns the next write into
// SIGPIPE/EPIPE, which the write itself raises), and /dev/zero never has to
// be held whole.
import { readChunk } from "../../../kernel/task/file.js";
import type { Cmd } from "./cmd.js";

/**
 * Opens NAME ("-" is stdin) and hands each chunk to `fn` until end of file
 * (or until `fn` returns false: the rest is left unread).
 * Returns undefined, or the KernelError that opening or reading raised (the
 * caller words the message as its upstream does).
 */
export async function eachChunk(cmd: Cmd, name: string, fn: (chunk: Uint8Array) => Promise<void | boolean> | void | boolean): Promise<unknown> {
  let f;
  try {
    f = cmd.openRead(name);
  } catch (e) {
    return e;
  }
  for (;;) {
    let c;
    try {
      c = await readChunk(f, cmd.task);
    } catch (e) {
      return e;
    }
    if (c === null || (await fn(c)) === false) return undefined;
  }
}

/**
 * Cuts chunks into lines (as binary strings, one char per byte, without the
 * terminator) and carries an unfinished line to the next chunk; `end()` gives
 * the last line when the input did not end with the terminator.
 */
export class LineSplitter {
  private rest = "";
  private readonly term: string;
  constructor(delim = 10) {
    this.term = String.fromCharCode(delim);
  }

  /** The lines this chunk completes. */
  push(chunk: Uint8Array): string[] {
    let s = this.rest;
    for (let i = 0; i < chunk.length; i += 8192) s += String.fromCharCode(...chunk.subarray(i, i + 8192));
    const parts = s.split(this.term);
    this.rest = parts.pop()!;
    return parts;
  }

  /** The unterminated last line, if any (and forgets it). */
  end(): string | undefined {
    const r = this.rest;
    this.rest = "";
    return r === "" ? undefined : r;
  }
}
