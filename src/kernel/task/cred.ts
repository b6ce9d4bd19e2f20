// Process credentials (struct cred, reduced to uid and gid). Every process
// runs as root unless a program that changes users (runuser) gave it other
// ones; children inherit them, so a task's credentials are the nearest ones
// set on it or an ancestor. Kept beside Task rather than in it: only the few
// places that check privileges (capable(CAP_NET_ADMIN) in nfnetlink) read it.

import type { Task } from "./task.js";

export interface Cred {
  uid: number;
  gid: number;
}

const ROOT: Cred = { uid: 0, gid: 0 };
const creds = new WeakMap<Task, Cred>();

/** setresuid()/setresgid() before exec: the task and its future children run as `c`. */
export function setCred(task: Task, c: Cred): void {
  creds.set(task, { ...c });
}

/** current_cred() */
export function taskCred(task: Task): Cred {
  for (let t: Task | undefined = task; t; t = t.parent) {
    const c = creds.get(t);
    if (c) return c;
  }
  return ROOT;
}

/** capable(CAP_NET_ADMIN) and friends: root has every capability, others none. */
export function capable(task: Task): boolean {
  return taskCred(task).uid === 0;
}
