// Messages an extension prints on stderr while a rule is listed or saved
// (libnetfilter_conntrack's "Warning: cannot open ..." each time connlabel
// looks a label's name up). The print/save hooks return text, so they leave
// such messages here, per task; the program writes them to stderr before its
// held stdout, which is where they land on the real tool too (stderr is
// unbuffered, stdout to a pipe is written at exit).

import type { Task } from "../../../kernel/task/task.js";

const pending = new WeakMap<Task, string[]>();

export function extWarn(task: Task, text: string): void {
  let l = pending.get(task);
  if (!l) pending.set(task, (l = []));
  l.push(text);
}

/** The messages left so far, in order; the list starts over. */
export function takeExtWarnings(task: Task): string[] {
  const l = pending.get(task) ?? [];
  pending.delete(task);
  return l;
}
