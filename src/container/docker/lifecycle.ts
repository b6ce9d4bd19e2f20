// A container's life: create (record), start (sandbox, networks, main
// process), stop/kill (signals, then SIGKILL after the grace period), wait,
// remove. The main process runs the image's command with the host's programs
// inside the container's network namespace; it is the container's pid 1, so a
// signal it installed no handler for is ignored (the kernel protects a
// namespace's init), except SIGKILL.

import { NullFile, SinkFile, type OpenFile } from "../../kernel/task/file.js";
import { resolveCommand, spawn } from "../../kernel/task/exec.js";
import type { Program } from "../../kernel/task/program.js";
import type { Task } from "../../kernel/task/task.js";
import { SIGKILL, SIGTERM } from "../../uapi/signal.js";
import { ApiError, type Daemon } from "./daemon.js";
import { findImage, SERVER_OF } from "./images.js";
import type { Container } from "./model.js";
import { writeContainerFiles } from "./etc-files.js";
import type { MountView } from "../../kernel/fs/mount-view.js";
import { UtsNamespace } from "../../kernel/task/uts.js";
import { redisServer } from "./redis.js";
import { httpdServer } from "./httpd.js";
import { Interrupted } from "../../sim/scheduler.js";

const NS_PER_SEC = 1_000_000_000;

/** A file that keeps what is written in the container's log and passes it on. */
class LogFile implements OpenFile {
  refs = 0;
  readonly label = "pipe";
  private dec = new TextDecoder();
  constructor(
    private c: Container,
    private stream: "stdout" | "stderr",
    private next: OpenFile | undefined,
  ) {}
  get tty(): boolean {
    return !!this.next?.tty;
  }
  write(task: Task, data: Uint8Array): Promise<void> | void {
    this.c.log.push({ stream: this.stream, data: this.dec.decode(data, { stream: true }) });
    return this.next?.write?.(task, data);
  }
}

/** Blocks until a signal; an idle server process. */
const idleServer: Program = async (ctx) => {
  // Stop signals end it cleanly (exit 0), as a server's handlers do.
  for (const sig of [2, 3, 15, 28]) ctx.task.handlers.set(sig, () => {});
  try {
    await ctx.task.block<void>(() => {});
  } catch {
    // interrupted by one of the signals above
  }
  return 0;
};

function bannerThen(banner: string, next: Program, argv: string[]): Program {
  return async (ctx) => {
    if (banner) await ctx.stdout.write(banner);
    return next({ ...ctx, argv });
  };
}

export interface Attach {
  stdin?: OpenFile;
  stdout?: OpenFile;
  stderr?: OpenFile;
}

/** Starts a created or exited container. `attach` wires its stdio to a client (docker run without -d). */
export async function startContainer(d: Daemon, caller: Task, c: Container, attach: Attach = {}): Promise<void> {
  if (c.state === "running") return;
  const mode = c.networkMode;
  const argv = [c.path, ...c.args];
  // Resolve the program first: runc fails before anything is plumbed.
  let program: Program | undefined;
  const image = findImage(c.image);
  const server = SERVER_OF[c.path];
  if (image && c.path === image.entrypoint[0] && image.entrypoint.length) {
    // The image's entrypoint script: prints its banner, then runs the command.
    const cmd = c.args.length ? c.args : image.cmd;
    const inner = resolveProgram(d, cmd);
    program = bannerThen(image.banner, inner, cmd);
  } else if (server) {
    program = resolveProgram(d, argv);
  } else {
    const r = resolveCommand(d.task, c.path, "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin");
    if (r.kind !== "found") {
      c.state = "created";
      c.exitCode = 127;
      throw new ApiError(
        `failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: exec: "${c.path}": executable file not found in $PATH: unknown`,
        400,
      );
    }
    program = r.program;
  }
  if (mode === "host") {
    c.netns = d.host.initNet;
    c.sandboxKey = "/var/run/docker/netns/default";
  } else if (mode.startsWith("container:")) {
    const other = d.findContainer(mode.slice("container:".length));
    if (!other || other.state !== "running" || !other.netns) {
      throw new ApiError(`cannot join network namespace of a non running container: ${mode.slice(10)}`, 409);
    }
    c.netns = other.netns;
    c.sandboxKey = other.sandboxKey;
    // Sharing another container's network namespace means sharing its files
    // and hostname too (daemon initializeNetworking: initializeNetworkingPaths
    // points HostnamePath/HostsPath/ResolvConfPath at the other's; Config.Hostname copied).
    c.joinedMnt = other.mnt;
    c.hostname = other.hostname;
  } else {
    await d.createSandbox(caller, c);
    if (mode !== "none") {
      const n = d.findNetwork(mode === "default" ? "bridge" : mode);
      if (!n) throw new ApiError(`network ${mode} not found`, 404);
      try {
        await d.connect(caller, c, n, c.requestedIp, c.aliases);
      } catch (e) {
        await d.destroySandbox(caller, c);
        throw e;
      }
    }
  }
  let view: MountView;
  if (mode.startsWith("container:") && c.joinedMnt) view = c.joinedMnt;
  else {
    view = writeContainerFiles(d, c);
    c.mnt = view;
    d.refreshResolvConf(c);
  }
  const fds = new Map<number, OpenFile>([
    [0, attach.stdin ?? new NullFile()],
    [1, new LogFile(c, "stdout", attach.stdout)],
    [2, new LogFile(c, "stderr", attach.stderr)],
  ]);
  const env = new Map<string, string>();
  for (const e of [...(image?.env ?? []), `HOSTNAME=${c.hostname}`, ...c.env]) {
    const i = e.indexOf("=");
    if (i > 0) env.set(e.slice(0, i), e.slice(i + 1));
  }
  if (c.tty) env.set("TERM", "xterm");
  env.set("HOME", "/root");
  // containerd-shim-runc-v2 is the container's parent: it starts the main
  // process, waits for it, and has the sandbox torn down when it exits.
  const shim = d.host.newTask(d.task, "containerd-shim-runc-v2", {});
  shim.comm = `/usr/bin/containerd-shim-runc-v2 -namespace moby -id ${c.id} -address /run/containerd/containerd.sock`;
  void shim.start(async (self) => {
    // runc's bind mounts: the container's processes see its own /etc files;
    // and, unless it uses the host's network, its own UTS namespace named
    // after its hostname (runc sets it with sethostname in the new namespace).
    self.mnt = view;
    self.uts = mode === "host" ? undefined : new UtsNamespace(c.hostname);
    const init = spawn(self, { argv, env, program: program!, netns: c.netns, fds, cwd: "/" });
    init.comm = argv.join(" ");
    // pid 1 of a pid namespace: signals without a handler do not kill it.
    if (!server && !(image && c.path === image.entrypoint[0])) {
      init.handlers.set(SIGTERM, "ignore");
      init.handlers.set(2, "ignore");
    }
    c.init = init;
    c.state = "running";
    c.stopping = false;
    c.startedAt = d.now;
    c.exitCode = 0;
    await watchExit(d, c, init, self);
    return 0;
  });
}

/** The server standing for an image's daemon: the host's program when it has one, else a built-in or idle server. */
function resolveProgram(d: Daemon, argv: string[]): Program {
  const want = SERVER_OF[argv[0]!] ?? argv;
  const r = resolveCommand(d.task, want[0]!, "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin");
  if (r.kind === "found") return inForeground(r.program);
  if (want[0] === "redis-server") return redisServer;
  if (want[0] === "httpd-foreground") return httpdServer;
  return idleServer;
}

/**
 * The image runs its server in the foreground (`nginx -g 'daemon off;'`):
 * the container lives as long as the server. The host's nginx daemonises
 * whatever -g says, so when the program returns 0 having left a new
 * parentless process in the container's namespace (its master), the
 * container's main process stands in for it: it passes the stop signals on
 * and exits with the master's status; if it is killed, the master and its
 * workers go too (as everything in a pid namespace dies with its init).
 * Knowingly different: `ps` shows the master with parent 0 rather than as the
 * container's pid 1.
 */
function inForeground(program: Program): Program {
  return async (ctx) => {
    const t = ctx.task;
    const before = new Set(t.host.tasks.keys());
    const status = await program(ctx);
    if (status !== 0) return status;
    const master = [...t.host.tasks.values()].find((x) => !before.has(x.pid) && !x.parent && x.netns === t.netns && x.alive);
    if (!master) return status;
    for (const sig of [1, 2, 3, 15, 28]) t.handlers.set(sig, (s) => master.signal(s));
    try {
      for (let n = 0; n < 100_000; n++) {
        try {
          return await master.waitExit(t);
        } catch (e) {
          // A forwarded stop signal: keep waiting for the master to finish.
          if (!(e instanceof Interrupted) || e.signal === SIGKILL) throw e;
        }
      }
      return 0;
    } finally {
      if (master.alive) {
        for (const c of [...(master.children ?? [])]) c.signal(SIGKILL);
        master.signal(SIGKILL);
      }
    }
  };
}

async function watchExit(d: Daemon, c: Container, init: Task, shim: Task): Promise<void> {
  const status = await init.waitExit(shim).catch(() => 137);
  if (c.init !== init) return;
  c.state = "exited";
  c.exitCode = status;
  c.finishedAt = d.now;
  c.init = undefined;
  if (c.networkMode !== "host" && !c.networkMode.startsWith("container:")) await d.destroySandbox(shim, c);
  c.netns = undefined;
  c.mnt = undefined;
  for (const w of c.exitWaiters.splice(0)) w();
  if (c.autoRemove) {
    const i = d.containers.indexOf(c);
    if (i >= 0) d.containers.splice(i, 1);
  }
}

/** Blocks `caller` until `c` is no longer running (its teardown done). */
export function waitStopped(c: Container, caller: Task): Promise<void> {
  if (c.state !== "running") return Promise.resolve();
  return caller.block<void>((w) => {
    const f = () => w.wake();
    c.exitWaiters.push(f);
    return () => {
      const i = c.exitWaiters.indexOf(f);
      if (i >= 0) c.exitWaiters.splice(i, 1);
    };
  });
}

/** docker stop: the stop signal, then SIGKILL after `timeout` seconds. */
export async function stopContainer(c: Container, caller: Task, timeout = 10, signal?: number): Promise<void> {
  if (c.state !== "running" || !c.init) return;
  c.stopping = true;
  const init = c.init;
  init.signal(signal ?? findImage(c.image)?.stopSignal ?? SIGTERM);
  const timer = caller.host.clock.after(timeout * NS_PER_SEC, () => {
    if (init.alive) init.signal(SIGKILL);
  });
  await waitStopped(c, caller);
  timer.cancel();
}

export function killContainer(c: Container, sig: number): void {
  if (c.state !== "running" || !c.init) return;
  c.stopping = true;
  c.init.signal(sig);
}
