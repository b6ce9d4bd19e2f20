// A second thread of control for a program (clone(CLONE_VM|CLONE_FILES)):
// a Task sharing the caller's open files, not listed in the process table,
// so one program can wait on its stdin and on a socket at the same time, as
// OpenBSD netcat's poll() loop does. The thread ends with the program:
// stop() interrupts whatever it waits in.

import { Task } from "../../kernel/task/task.js";
import { SIGKILL } from "../../uapi/signal.js";

export interface Thread {
  readonly task: Task;
  readonly done: Promise<number>;
  stop(): void;
}

export function startThread(owner: Task, body: (t: Task) => Promise<void>): Thread {
  const host = owner.host;
  const t = new Task(host, host.allocPid(), owner, owner.pgid, owner.netns, owner.cwd, owner.comm);
  for (const [fd, f] of owner.fds) t.setFd(fd, f);
  const done = t.start(async (tt) => {
    await body(tt);
    return 0;
  });
  return {
    task: t,
    done,
    stop() {
      if (t.alive) t.signal(SIGKILL);
    },
  };
}
