// The UTS namespace (kernel/utsname.c, CLONE_NEWUTS), reduced to what
// gethostname/sethostname and uname -n use: the node name. A task without
// one (Task.uts undefined) is in the host's initial namespace, whose name is
// Host.hostname; children inherit their parent's. Docker gives each container
// that does not use the host's network its own, named after its hostname
// (--hostname, else the short id), so `hostname` inside prints that.
// Not modelled: the domain name (NIS, setdomainname) per namespace, unshare -u,
// nsenter -u, /proc/PID/ns/uts.

import type { Task } from "./task.js";

/** UTS_RELEASE: the kernel the recordings come from (uname -r; drivers without a version of their own report it). */
export const UTS_RELEASE = "6.18.44-fc-v669";

export class UtsNamespace {
  constructor(public nodename: string) {}
}

/** gethostname(2): the node name of the task's UTS namespace. */
export function getHostname(t: Task): string {
  return t.uts ? t.uts.nodename : t.host.hostname;
}

/** sethostname(2): changes the node name of the task's UTS namespace only. */
export function setHostname(t: Task, name: string): void {
  if (t.uts) t.uts.nodename = name;
  else t.host.hostname = name;
}
