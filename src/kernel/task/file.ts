// Open file descriptions (struct file): what a file descriptor points at.
// Several fds (and processes, after fork) may share one description; it keeps
// the read offset and, for the `read` builtin's line-at-a-time reading, bytes
// read ahead but not yet consumed (bash reads pipes a byte at a time; we read a
// chunk and give back what the line did not use).

import { kerr } from "../../uapi/errno.js";
import type { FileInode } from "../fs/inode.js";
import type { Vfs } from "../fs/vfs.js";
import type { Task } from "./task.js";

export interface OpenFile {
  /** Next chunk of bytes, or null at end of file. May block (pipes, terminals). */
  read?(task: Task): Promise<Uint8Array | null>;
  /** Writes all of data. May block; throws EPIPE when nobody will ever read. */
  write?(task: Task, data: Uint8Array): Promise<void> | void;
  /** Called when the last fd referring to this description closes. */
  release?(): void;
  /** True for a terminal (isatty). */
  readonly tty?: boolean;
  /** Bytes read ahead and given back by unread(). */
  pushback?: Uint8Array;
  refs: number;
  /** What /proc/PID/fd or error messages would call it. */
  readonly label: string;
}

export function unread(f: OpenFile, bytes: Uint8Array): void {
  if (!bytes.length) return;
  if (f.pushback?.length) {
    const b = new Uint8Array(bytes.length + f.pushback.length);
    b.set(bytes);
    b.set(f.pushback, bytes.length);
    f.pushback = b;
  } else f.pushback = bytes;
}

/** Reads one chunk honouring pushback. */
export async function readChunk(f: OpenFile, task: Task): Promise<Uint8Array | null> {
  if (f.pushback?.length) {
    const b = f.pushback;
    f.pushback = undefined;
    return b;
  }
  if (!f.read) throw kerr("EBADF");
  return f.read(task);
}

/** A regular file opened for reading and/or writing. */
export class RegularFile implements OpenFile {
  refs = 0;
  pos = 0;
  pushback?: Uint8Array;
  constructor(
    private vfs: Vfs,
    private inode: FileInode,
    private flags: { read: boolean; write: boolean; append?: boolean },
    readonly label: string,
  ) {}
  async read(): Promise<Uint8Array | null> {
    if (!this.flags.read) throw kerr("EBADF");
    const d = this.inode.data;
    if (this.pos >= d.length) return null;
    const chunk = d.subarray(this.pos, Math.min(d.length, this.pos + 65536));
    this.pos += chunk.length;
    return chunk;
  }
  write(_task: Task, data: Uint8Array): void {
    if (!this.flags.write) throw kerr("EBADF");
    if (this.flags.append || this.pos === this.inode.data.length) {
      this.vfs.appendData(this.inode, data);
      this.pos = this.inode.data.length;
      return;
    }
    const end = this.pos + data.length;
    const next = new Uint8Array(Math.max(end, this.inode.data.length));
    next.set(this.inode.data);
    next.set(data, this.pos);
    this.vfs.setData(this.inode, next);
    this.pos = end;
  }
}

/** /dev/null */
export class NullFile implements OpenFile {
  refs = 0;
  readonly label = "/dev/null";
  async read(): Promise<Uint8Array | null> {
    return null;
  }
  write(): void {}
}

/** /dev/zero: reads give zero bytes without end (a page-sized chunk each); writes vanish. */
export class ZeroFile implements OpenFile {
  refs = 0;
  readonly label = "/dev/zero";
  async read(): Promise<Uint8Array | null> {
    return new Uint8Array(4096);
  }
  write(): void {}
}

/** A fixed byte string to read (heredocs, here-strings, procfs snapshots). */
export class BufferFile implements OpenFile {
  refs = 0;
  private pos = 0;
  pushback?: Uint8Array;
  constructor(
    private data: Uint8Array,
    readonly label = "pipe",
    private onWrite?: (task: Task, data: Uint8Array) => void,
  ) {}
  async read(): Promise<Uint8Array | null> {
    if (this.pos >= this.data.length) return null;
    const c = this.data.subarray(this.pos);
    this.pos = this.data.length;
    return c;
  }
  write(task: Task, data: Uint8Array): void {
    if (!this.onWrite) throw kerr("EBADF");
    this.onWrite(task, data);
  }
}

/** Output sink that hands bytes to a callback (the CLI's stdout/stderr, a test's capture). */
export class SinkFile implements OpenFile {
  refs = 0;
  constructor(
    private sink: (data: Uint8Array) => void,
    readonly label: string,
    readonly tty = false,
  ) {}
  write(_task: Task, data: Uint8Array): void {
    this.sink(data);
  }
}
