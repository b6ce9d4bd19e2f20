// docker-proxy (moby cmd/docker-proxy, Docker 28.2.2): the userland proxy
// dockerd starts per published port, so that connections the NAT rules do not
// see (from the host itself to 127.0.0.1 / localhost, which Docker's nat
// OUTPUT rule leaves alone) still reach the container. Docker 28 binds the
// host port itself and hands the socket over as fd 4 (`-use-listen-fd`);
// without that flag the proxy binds it. TCP: one accepted connection, one
// connection to the container, bytes copied both ways, a half-close passed
// on. UDP: one connected socket towards the container per client address,
// replies sent back from the listening socket, idle flows dropped after 90 s
// (moby's UDPConnTrackTimeout).
//
// Knowingly different: the status pipe (fd 3: "0\n" on success) is not
// written, nobody reads it here; bad flags get Go's "flag provided but not
// defined" line without the flag package's full usage listing.

import { sysAccept, sysBind, sysClose, sysConnect, sysListen, sysRecv, sysSend, sysSetsockopt, sysShutdown, sysSocket } from "../../kernel/net/socket.js";
import type { Program, ProgramContext } from "../../kernel/task/program.js";
import { Task } from "../../kernel/task/task.js";
import { Interrupted } from "../../sim/scheduler.js";
import { strerror } from "../../uapi/errno.js";
import { SIGKILL } from "../../uapi/signal.js";
import { AF_INET, SHUT_WR, SO_REUSEADDR, SOCK_DGRAM, SOCK_STREAM, SOL_SOCKET, sockaddrIn, type SockaddrIn } from "../../uapi/socket.js";

const SEC = 1_000_000_000;
const UDP_IDLE = 90 * SEC;
/** The fd dockerd passes the bound socket on (ExtraFiles[1]). */
const LISTEN_FD = 4;

interface Args {
  proto: string;
  hostIp: string;
  hostPort: number;
  containerIp: string;
  containerPort: number;
  useListenFd: boolean;
}

function ipv4(s: string): number | undefined {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(s);
  if (!m) return undefined;
  const b = m.slice(1).map(Number);
  if (b.some((x) => x > 255)) return undefined;
  return ((b[0]! << 24) | (b[1]! << 16) | (b[2]! << 8) | b[3]!) >>> 0;
}

function parse(argv: string[]): Args | string {
  const a: Args = { proto: "tcp", hostIp: "", hostPort: -1, containerIp: "", containerPort: -1, useListenFd: false };
  for (let i = 0; i < argv.length; i++) {
    const raw = argv[i]!;
    const eq = raw.indexOf("=");
    const name = (eq > 0 ? raw.slice(0, eq) : raw).replace(/^--?/, "");
    const inline = eq > 0 ? raw.slice(eq + 1) : undefined;
    if (name === "use-listen-fd") {
      a.useListenFd = true;
      continue;
    }
    if (!["proto", "host-ip", "host-port", "container-ip", "container-port"].includes(name)) return `flag provided but not defined: -${name}`;
    const v = inline ?? argv[++i];
    if (v === undefined) return `flag needs an argument: -${name}`;
    if (name === "proto") a.proto = v;
    else if (name === "host-ip") a.hostIp = v;
    else if (name === "container-ip") a.containerIp = v;
    else {
      const n = /^\d+$/.test(v) ? Number(v) : Number.NaN;
      if (Number.isNaN(n)) return `invalid value "${v}" for flag -${name}: parse error`;
      if (name === "host-port") a.hostPort = n;
      else a.containerPort = n;
    }
  }
  return a;
}

/** The proxy's threads (goroutines), killed when the process ends. */
type Threads = Set<Task>;

/** A second thread of the proxy (a goroutine): shares the fds it has now, dies with the process. */
function thread(all: Threads, owner: Task, body: (t: Task) => Promise<void>): Task {
  const host = owner.host;
  const t = new Task(host, host.allocPid(), owner, owner.pgid, owner.netns, owner.cwd, owner.comm);
  for (const [fd, f] of owner.fds) t.setFd(fd, f);
  void t.start(async (tt) => {
    try {
      await body(tt);
    } catch (e) {
      if (!(e instanceof Interrupted)) throw e;
    } finally {
      all.delete(tt);
    }
    return 0;
  });
  all.add(t);
  return t;
}

/** Copies from `from` to `to` until end of stream, then half-closes `to` (io.Copy + CloseWrite). */
async function pump(t: Task, from: number, to: number): Promise<void> {
  for (let n = 0; n < 1_000_000; n++) {
    const r = await sysRecv(t, from);
    if (!r.ok || r.value.data.length === 0) break;
    const s = await sysSend(t, to, r.value.data);
    if (!s.ok) break;
  }
  sysShutdown(t, to, SHUT_WR);
}

async function tcpProxy(threads: Threads, task: Task, lfd: number, backend: SockaddrIn): Promise<void> {
  for (;;) {
    const a = await sysAccept(task, lfd);
    if (!a.ok) continue;
    const cfd = a.value.fd;
    const conn = thread(threads, task, async (t) => {
      const s = sysSocket(t, AF_INET, SOCK_STREAM);
      if (!s.ok) return;
      const bfd = s.value;
      // A container that refuses: the client's connection is simply closed.
      if ((await sysConnect(t, bfd, backend)).ok) {
        const back = thread(threads, t, (bt) => pump(bt, bfd, cfd));
        await pump(t, cfd, bfd);
        await back.waitExit(t);
      }
      sysClose(t, bfd);
      sysClose(t, cfd);
    });
    // The accepted fd now belongs to the connection's thread.
    sysClose(task, cfd);
    void conn;
    if (threads.size > 20_000) break;
  }
}

async function udpProxy(threads: Threads, task: Task, lfd: number, backend: SockaddrIn): Promise<void> {
  const flows = new Map<string, { fd: number; thread: Task }>();
  for (;;) {
    const r = await sysRecv(task, lfd);
    if (!r.ok || !r.value.from) continue;
    const from = r.value.from;
    const key = `${from.addr}:${from.port}`;
    let flow = flows.get(key);
    if (!flow) {
      const s = sysSocket(task, AF_INET, SOCK_DGRAM);
      if (!s.ok) continue;
      const fd = s.value;
      if (!(await sysConnect(task, fd, backend)).ok) {
        sysClose(task, fd);
        continue;
      }
      const th = thread(threads, task, async (t) => {
        try {
          for (let n = 0; n < 1_000_000; n++) {
            const got = await sysRecv(t, fd, { timeoutNs: UDP_IDLE });
            if (!got.ok) break;
            await sysSend(t, lfd, got.value.data, from);
          }
        } finally {
          flows.delete(key);
          sysClose(task, fd);
          sysClose(t, fd);
        }
      });
      flow = { fd, thread: th };
      flows.set(key, flow);
    }
    await sysSend(task, flow.fd, r.value.data);
  }
}

async function fail(ctx: ProgramContext, msg: string, status: number): Promise<number> {
  await ctx.stderr.write(`${msg}\n`);
  return status;
}

export const dockerProxyMain: Program = async (ctx) => {
  const a = parse(ctx.argv.slice(1));
  if (typeof a === "string") return fail(ctx, a, 2);
  const t = ctx.task;
  const udp = a.proto === "udp";
  if (a.proto !== "tcp" && !udp) return fail(ctx, `unsupported protocol ${a.proto}`, 1);
  const cip = ipv4(a.containerIp);
  if (cip === undefined) return fail(ctx, `invalid container IP address: ${JSON.stringify(a.containerIp)}`, 1);
  let lfd: number;
  if (a.useListenFd) {
    if (!t.getFd(LISTEN_FD)) return fail(ctx, "failed to get listen fd", 1);
    lfd = LISTEN_FD;
  } else {
    const hip = ipv4(a.hostIp || "0.0.0.0");
    if (hip === undefined) return fail(ctx, `invalid host IP address: ${JSON.stringify(a.hostIp)}`, 1);
    const s = sysSocket(t, AF_INET, udp ? SOCK_DGRAM : SOCK_STREAM);
    if (!s.ok) return 1;
    lfd = s.value;
    if (!udp) sysSetsockopt(t, lfd, SOL_SOCKET, SO_REUSEADDR, 1);
    const b = sysBind(t, lfd, sockaddrIn(hip, a.hostPort));
    // Go's net errors: "listen tcp4 0.0.0.0:80: bind: address already in use".
    if (!b.ok) return fail(ctx, `listen ${a.proto}4 ${a.hostIp || "0.0.0.0"}:${a.hostPort}: bind: ${strerror(b.errno).toLowerCase()}`, 1);
    if (!udp) sysListen(t, lfd, 4096);
  }
  const backend = sockaddrIn(cip, a.containerPort);
  const threads: Threads = new Set();
  try {
    if (udp) await udpProxy(threads, t, lfd, backend);
    else await tcpProxy(threads, t, lfd, backend);
  } catch (e) {
    if (!(e instanceof Interrupted)) throw e;
    return 128 + e.signal;
  } finally {
    // Threads die with the process.
    for (const th of [...threads]) th.signal(SIGKILL);
  }
  return 0;
};
