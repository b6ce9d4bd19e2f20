// How the daemon reaches the kernel: by running the host's own programs
// (`ip`, `iptables`) as children of the dockerd process, exactly the commands
// an administrator would type, and through the few syscalls a real dockerd
// makes itself (unshare(CLONE_NEWNET) + a bind mount for a sandbox, writes to
// /proc/sys). Real dockerd speaks netlink for links and addresses and execs
// iptables for rules; running `ip` keeps us on the same uapi path the tools
// use, so nothing here touches kernel objects directly.

import { copyNetNs } from "../../kernel/core/net_namespace.js";
import type { NetNamespace } from "../../kernel/core/netns.js";
import { bindNsfs, umountNsfs } from "../../kernel/fs/nsfs.js";
import { NullFile, readChunk, SinkFile, type OpenFile } from "../../kernel/task/file.js";
import { resolveCommand, spawn } from "../../kernel/task/exec.js";
import type { Task } from "../../kernel/task/task.js";

export interface ToolResult {
  status: number;
  stdout: string;
  stderr: string;
}

/** An operation the daemon ran failed; `message` is what dockerd would report. */
export class DaemonOpError extends Error {}

const ENV = new Map([["PATH", "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"]]);

/**
 * fork+exec of a host program as a child of `parent` (dockerd), optionally in
 * another namespace (what dockerd does with setns in a locked thread), its
 * output collected; `waiter` is the task that blocks meanwhile.
 */
export async function runTool(parent: Task, waiter: Task, argv: string[], netns?: NetNamespace): Promise<ToolResult> {
  const r = resolveCommand(parent, argv[0]!, ENV.get("PATH"));
  if (r.kind !== "found") return { status: 127, stdout: "", stderr: `${argv[0]}: not found\n` };
  const out: string[] = [];
  const err: string[] = [];
  const dec1 = new TextDecoder();
  const dec2 = new TextDecoder();
  const fds = new Map<number, OpenFile>([
    [0, new NullFile()],
    [1, new SinkFile((d) => out.push(dec1.decode(d, { stream: true })), "pipe")],
    [2, new SinkFile((d) => err.push(dec2.decode(d, { stream: true })), "pipe")],
  ]);
  const child = spawn(parent, { argv, env: ENV, program: r.program, netns, fds });
  const status = await child.waitExit(waiter);
  return { status, stdout: out.join(""), stderr: err.join("") };
}

/** runTool, failing with the tool's own words when it exits non-zero. */
export async function mustRun(parent: Task, waiter: Task, argv: string[], netns?: NetNamespace): Promise<string> {
  const r = await runTool(parent, waiter, argv, netns);
  if (r.status !== 0) throw new DaemonOpError(`${argv.join(" ")}: ${r.stderr.trim() || `exit status ${r.status}`}`);
  return r.stdout;
}

/** unshare(CLONE_NEWNET) and bind-mount it at `path`, as libnetwork's osl.NewSandbox does. */
export function newSandboxNs(task: Task, path: string): NetNamespace {
  const fs = task.host.fs;
  fs.mkdirp(path.slice(0, path.lastIndexOf("/")));
  fs.createFile(task, "/", path, true, 0);
  const ns = copyNetNs(task.host);
  ns.get_ref();
  bindNsfs(task, path, ns);
  ns.put_ref();
  return ns;
}

export function removeSandboxNs(task: Task, path: string): void {
  try {
    umountNsfs(task, path);
  } catch {
    // already unmounted
  }
  try {
    task.host.fs.unlink(task, "/", path);
  } catch {
    // already gone
  }
}

/** open(2)+read(2) on /proc/sys, as dockerd's sysctl helpers do. */
export async function readProcSys(task: Task, key: string): Promise<string> {
  const n = task.host.fs.tryLookup(task, "/", `/proc/sys/${key.replaceAll(".", "/")}`);
  if (!n || !("open" in n) || typeof n.open !== "function") return "";
  const f = n.open(task, { read: true, write: false });
  const c = await readChunk(f, task);
  return c ? new TextDecoder().decode(c).trim() : "";
}

/** open(2)+write(2) on /proc/sys. */
export async function writeProcSys(task: Task, key: string, value: string): Promise<void> {
  const n = task.host.fs.tryLookup(task, "/", `/proc/sys/${key.replaceAll(".", "/")}`);
  if (!n || !("open" in n) || typeof n.open !== "function") throw new DaemonOpError(`open /proc/sys/${key.replaceAll(".", "/")}: no such file or directory`);
  const f = n.open(task, { read: false, write: true });
  await f.write!(task, new TextEncoder().encode(`${value}\n`));
}
