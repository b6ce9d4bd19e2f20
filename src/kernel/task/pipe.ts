// Anonymous pipes (fs/pipe.c): a bounded buffer between writers and readers.
// Writers block when it is full; readers block while it is empty and a writer
// remains; a write with no reader left fails with EPIPE (the writer then dies
// of SIGPIPE, as `yes | head -1` needs).

import { kerr } from "../../uapi/errno.js";
import type { Waiter } from "../../sim/scheduler.js";
import type { OpenFile } from "./file.js";
import type { Task } from "./task.js";

export const PIPE_BUF_CAPACITY = 65536;

export class Pipe {
  private chunks: Uint8Array[] = [];
  private size = 0;
  readers = 0;
  writers = 0;
  private readWaiters: Waiter<void>[] = [];
  private writeWaiters: Waiter<void>[] = [];

  readonly readEnd: OpenFile;
  readonly writeEnd: OpenFile;

  constructor() {
    const pipe = this;
    this.readEnd = {
      refs: 0,
      label: "pipe",
      read: (task) => pipe.read(task),
      release: () => {
        pipe.readers--;
        pipe.wakeAll(pipe.writeWaiters);
      },
    };
    this.writeEnd = {
      refs: 0,
      label: "pipe",
      write: (task, data) => pipe.write(task, data),
      release: () => {
        pipe.writers--;
        pipe.wakeAll(pipe.readWaiters);
      },
    };
    this.readers = 1;
    this.writers = 1;
  }

  private wakeAll(ws: Waiter<void>[]): void {
    const list = ws.splice(0);
    for (const w of list) w.wake();
  }

  async read(task: Task): Promise<Uint8Array | null> {
    for (;;) {
      if (this.size > 0) {
        const c = this.chunks.shift()!;
        this.size -= c.length;
        this.wakeAll(this.writeWaiters);
        return c;
      }
      if (this.writers <= 0) return null;
      await task.block<void>((w) => {
        this.readWaiters.push(w);
      });
    }
  }

  async write(task: Task, data: Uint8Array): Promise<void> {
    let off = 0;
    while (off < data.length) {
      if (this.readers <= 0) throw kerr("EPIPE");
      const room = PIPE_BUF_CAPACITY - this.size;
      if (room <= 0) {
        await task.block<void>((w) => {
          this.writeWaiters.push(w);
        });
        continue;
      }
      const part = data.subarray(off, off + room);
      // Copy: the writer may reuse its buffer.
      this.chunks.push(part.slice());
      this.size += part.length;
      off += part.length;
      this.wakeAll(this.readWaiters);
    }
  }
}
