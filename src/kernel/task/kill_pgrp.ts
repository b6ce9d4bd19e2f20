// kill_pgrp() (kernel/signal.c): a signal to every live member of a process
// group, in the host's task order. The terminal's ^C, the shell's job control
// and `timeout` (GNU timeout's kill(0, sig)) all send this way.

import type { Host } from "../host.js";
import type { Task } from "./task.js";

/** Signals each live task of `pgid` not in `skip`; true when there was one. */
export function killPgrp(host: Host, pgid: number, sig: number, skip?: ReadonlySet<Task>): boolean {
  let any = false;
  for (const t of [...host.tasks.values()]) {
    if (t.pgid !== pgid || !t.alive || skip?.has(t)) continue;
    t.signal(sig);
    any = true;
  }
  return any;
}
