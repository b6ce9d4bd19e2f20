// What a monitor's netlink socket has received and not yet read: `ip monitor`
// and `bridge monitor` push notifications in as the kernel sends them and
// block in next() while there are none (a signal ends the wait, and them).

import type { Task } from "../../../kernel/task/task.js";
import type { Waiter } from "../../../sim/scheduler.js";

export class MonitorQueue<T> {
  private readonly items: T[] = [];
  private waiter: Waiter<void> | undefined;

  /** A notification arrives (wakes a reader blocked in next()). */
  readonly push = (m: T): void => {
    this.items.push(m);
    const w = this.waiter;
    this.waiter = undefined;
    if (w && !w.done) w.wake();
  };

  /** The next notification, waiting for one. */
  async next(task: Task): Promise<T> {
    while (!this.items.length) {
      await task.block<void>((w) => {
        this.waiter = w;
        return () => {
          if (this.waiter === w) this.waiter = undefined;
        };
      });
    }
    return this.items.shift()!;
  }
}
