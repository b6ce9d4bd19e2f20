// The socket system calls (net/socket.c + net/ipv4/af_inet.c): a socket is an
// open file (SocketFile) in the task's fd table, so read()/write()/close()
// and fork inheritance work on it like on any fd; the calls below are the
// typed syscalls programs use. Each returns a SysResult (the value or the
// errno; never throws for user-reachable errors) and blocks only through the
// scheduler, with deadlines on the world clock (SO_RCVTIMEO / a poll timeout).

import { netMib, netMib6, UDP_INDATAGRAMS } from "../core/snmp.js";
import { ERRNO, KernelError, kerr } from "../../uapi/errno.js";
import {
  AF_INET,
  AF_INET6,
  IP_RECVERR,
  IP_TOS,
  IP_TTL,
  IPPROTO_TCP,
  IPPROTO_UDP,
  POLLERR,
  POLLHUP,
  POLLIN,
  POLLOUT,
  SO_BINDTODEVICE,
  SO_BROADCAST,
  SO_ERROR,
  SO_KEEPALIVE,
  SO_LINGER,
  SO_RCVBUF,
  SO_REUSEADDR,
  SO_REUSEPORT,
  SOCK_DGRAM,
  SOCK_STREAM,
  SOL_IP,
  SOL_SOCKET,
  SOL_TCP,
  TCP_CLOSE,
  TCP_CLOSE_WAIT,
  TCP_ESTABLISHED,
  TCP_LISTEN,
  TCP_NODELAY,
  TCP_SYN_SENT,
  sockaddrIn,
  sockaddrIn6,
  type SockExtendedErr,
  type SockaddrIn,
  type SysResult,
} from "../../uapi/socket.js";
import { Interrupted } from "../../sim/scheduler.js";
import { devGetByName } from "../core/dev.js";
import { sysctlGet } from "../fs/procfs-sys.js";
import type { OpenFile } from "../task/file.js";
import type { Task } from "../task/task.js";
import { taskCred } from "../task/cred.js";
import { sockError, sockWait, type InetSock } from "../ipv4/inet_sock.js";
import { ipDevFind, isMulticast } from "../ipv4/route.js";
import { tcpAccept, tcpBind, tcpClose, tcpConnectStart, tcpConnectWait, tcpListen, tcpRecvmsg, tcpSendmsg, tcpShutdown, tcpSocket } from "../ipv4/tcp.js";
import type { TcpSock } from "../ipv4/tcp_sock.js";
import { udpBind, udpClose, udpConnect, udpSendmsg, udpSocket, type UdpSock } from "../ipv4/udp.js";
import { inet6CheckBindAddr, udpv6Bind, udpv6Connect, udpv6Sendmsg, V4MAPPED } from "../ipv6/udp.js";
import { tcpV6Connect } from "../ipv6/tcp_ipv6.js";
import { ipv6AddrScope } from "../ipv6/saddr.js";

export type Sock = TcpSock | UdpSock;

/** struct socket + its file: what an fd refers to. */
export class SocketFile implements OpenFile {
  refs = 0;
  pushback?: Uint8Array;
  constructor(readonly sock: Sock) {}
  get label(): string {
    return `socket:[${this.sock.ino}]`;
  }
  async read(task: Task): Promise<Uint8Array | null> {
    const r = await recvOn(task, this.sock, 65536);
    if (!r.ok) throw new KernelError(r.errno);
    return r.value.data.length ? r.value.data : null;
  }
  async write(task: Task, data: Uint8Array): Promise<void> {
    const r = await sendOn(task, this.sock, data);
    if (!r.ok) throw new KernelError(r.errno);
  }
  release(): void {
    if (this.sock.proto === "tcp") tcpClose(this.sock);
    else udpClose(this.sock);
  }
}

function ok<T>(value: T): SysResult<T> {
  return { ok: true, value };
}

function fail<T>(errno: number): SysResult<T> {
  return { ok: false, errno };
}

/** Runs a kernel call, turning a KernelError into its errno (signals still propagate). */
async function sys<T>(fn: () => T | Promise<T>): Promise<SysResult<T>> {
  try {
    return ok(await fn());
  } catch (e) {
    if (e instanceof KernelError) return fail(e.errno);
    throw e;
  }
}

function sysSync<T>(fn: () => T): SysResult<T> {
  try {
    return ok(fn());
  } catch (e) {
    if (e instanceof KernelError) return fail(e.errno);
    throw e;
  }
}

function sockOf(task: Task, fd: number): Sock {
  const f = task.getFd(fd);
  if (!f) throw kerr("EBADF");
  if (!(f instanceof SocketFile)) throw kerr("ENOTSOCK");
  return f.sock;
}

/** The socket behind an fd, if it is one (ss -p, /proc/PID/fd). */
export function fdSocket(f: OpenFile | undefined): Sock | undefined {
  return f instanceof SocketFile ? f.sock : undefined;
}

/** socket(AF_INET|AF_INET6, SOCK_STREAM|SOCK_DGRAM, 0|IPPROTO_TCP|IPPROTO_UDP) */
export function sysSocket(task: Task, domain: number, type: number, protocol = 0): SysResult<number> {
  if (domain !== AF_INET && domain !== AF_INET6) return fail(ERRNO.EAFNOSUPPORT);
  const family = domain === AF_INET6 ? 6 : 4;
  let sock: Sock;
  if (type === SOCK_STREAM && (protocol === 0 || protocol === IPPROTO_TCP)) sock = tcpSocket(task.netns, family);
  else if (type === SOCK_DGRAM && (protocol === 0 || protocol === IPPROTO_UDP)) sock = udpSocket(task.netns, family);
  else return fail(type === SOCK_STREAM || type === SOCK_DGRAM ? ERRNO.EPROTONOSUPPORT : ERRNO.EPROTONOSUPPORT);
  // sock_init_data(): sk_uid is the creating task's fsuid.
  sock.uid = taskCred(task).uid;
  const fd = task.freeFd(0);
  task.setFd(fd, new SocketFile(sock));
  return ok(fd);
}

/** bind(): the address must be local (EADDRNOTAVAIL) unless ip_nonlocal_bind; the port free (EADDRINUSE). */
export function sysBind(task: Task, fd: number, sa: SockaddrIn): SysResult<void> {
  return sysSync(() => inetBind(sockOf(task, fd), sa));
}

/** inet_bind_sk() / inet6_bind_sk(): also what the kernel's own sockets use (an MPTCP endpoint's listener). */
export function inetBind(sk: Sock, sa: SockaddrIn): void {
  if (sk.family === 6) {
    // inet6_bind(): an AF_INET address (a shorter sockaddr) is EINVAL.
    if (sa.family !== AF_INET6) throw kerr("EINVAL");
    const a = sa.addr6 ?? 0n;
    inet6CheckBindAddr(sk.ns, a, sk.boundDev || (ipv6AddrScope(a) === 2 ? (sa.scope ?? 0) : 0));
    if (sk.proto === "tcp") {
      tcpBind(sk, 0, sa.port);
      sk.rcvSaddr6 = a;
      sk.saddr6 = a;
    } else udpv6Bind(sk, a, sa.port);
    return;
  }
  if (sa.family === AF_INET6) throw kerr("EAFNOSUPPORT");
  if (sa.addr && !isMulticast(sa.addr) && sa.addr !== 0xffffffff && !ipDevFind(sk.ns, sa.addr) && sysctlGet(sk.ns, "net.ipv4.ip_nonlocal_bind") !== "1")
    throw kerr("EADDRNOTAVAIL");
  if (sk.proto === "tcp") tcpBind(sk, sa.addr, sa.port);
  else udpBind(sk, sa.addr, sa.port);
}

export function sysListen(task: Task, fd: number, backlog: number): SysResult<void> {
  return sysSync(() => {
    const sk = sockOf(task, fd);
    if (sk.proto !== "tcp") throw kerr("EOPNOTSUPP");
    const somax = Number.parseInt(sysctlGet(sk.ns, "net.core.somaxconn") ?? "4096", 10);
    tcpListen(sk, backlog, somax);
  });
}

function deadlineOf(task: Task, timeoutNs: number | undefined): number | undefined {
  return timeoutNs === undefined ? undefined : task.host.clock.now + Math.max(0, timeoutNs);
}

/** accept(): a new fd for the next connection; EAGAIN when `timeoutNs` passes first. */
export async function sysAccept(task: Task, fd: number, opts: { timeoutNs?: number } = {}): Promise<SysResult<{ fd: number; peer: SockaddrIn }>> {
  return sys(async () => {
    const sk = sockOf(task, fd);
    if (sk.proto !== "tcp") throw kerr("EOPNOTSUPP");
    const c = await tcpAccept(task, sk, deadlineOf(task, opts.timeoutNs));
    if (!c) throw kerr("EAGAIN");
    const nfd = task.freeFd(0);
    task.setFd(nfd, new SocketFile(c));
    return { fd: nfd, peer: peerAddr(c) };
  });
}

/**
 * connect(): for TCP, sends the SYN and waits for the handshake. With
 * `timeoutNs`, a connection still in progress when it passes gives
 * EINPROGRESS (as a non-blocking connect polled with a timeout does; the
 * attempt goes on). For UDP, sets the default peer.
 */
export async function sysConnect(task: Task, fd: number, sa: SockaddrIn, opts: { timeoutNs?: number } = {}): Promise<SysResult<void>> {
  return sys(async () => {
    const sk = sockOf(task, fd);
    if (sk.family === 6 && sa.family !== AF_INET6) throw kerr("EINVAL");
    if (sk.family === 4 && sa.family === AF_INET6) throw kerr("EAFNOSUPPORT");
    if (sk.proto === "udp") {
      if (sk.family === 6) udpv6Connect(sk, sa.addr6 ?? 0n, sa.port, sa.scope);
      else udpConnect(sk, sa.addr, sa.port);
      return;
    }
    const v6 = sk.family === 6 ? (s: TcpSock) => tcpV6Connect(s, sa.addr6 ?? 0n, sa.port, sa.scope) : undefined;
    if (sk.state !== TCP_SYN_SENT) tcpConnectStart(sk, sa.addr, sa.port, v6);
    const r = await tcpConnectWait(task, sk, deadlineOf(task, opts.timeoutNs));
    if (r === "timeout") throw kerr("EINPROGRESS");
  });
}

async function sendOn(task: Task, sk: Sock, data: Uint8Array, to?: SockaddrIn): Promise<SysResult<number>> {
  return sys(async () => {
    if (sk.proto === "tcp") {
      if (sk.state === TCP_CLOSE && !sk.err) throw kerr(sk.daddr || sk.daddr6 ? "EPIPE" : "ENOTCONN");
      return tcpSendmsg(task, sk, data);
    }
    const err = sockError(sk);
    if (err) throw new KernelError(err);
    if (sk.family === 6) {
      if (to && to.family !== AF_INET6) throw kerr("EINVAL");
      return udpv6Sendmsg(sk, data, to ? { addr6: to.addr6 ?? 0n, port: to.port, scope: to.scope } : undefined);
    }
    return udpSendmsg(sk, data, to ? { addr: to.addr, port: to.port } : undefined);
  });
}

/**
 * The return to user space after a call that transmitted: Linux runs the
 * softirqs the packets raised first (on veth and lo the whole exchange they
 * trigger — the peer's ACK included — completes before the caller goes on).
 * Here: one nanosecond of virtual time, so every frame queued for "now" is
 * processed before the caller continues.
 */
async function softirqYield(task: Task): Promise<void> {
  await task.sleep(1);
}

/** send()/sendto(): all of data (TCP blocks while the send buffer is full). */
export async function sysSend(task: Task, fd: number, data: Uint8Array, to?: SockaddrIn): Promise<SysResult<number>> {
  let sk: Sock;
  try {
    sk = sockOf(task, fd);
  } catch (e) {
    return fail((e as KernelError).errno);
  }
  const r = await sendOn(task, sk, data, to);
  await softirqYield(task);
  return r;
}

export interface Received {
  /** Empty at end of stream (TCP) — a zero-length datagram is also empty for UDP. */
  data: Uint8Array;
  from?: SockaddrIn;
  /** UDP: the address the datagram was sent to (IP_PKTINFO). */
  to?: number;
  /** UDP over IPv6: the destination (IPV6_PKTINFO). */
  to6?: bigint;
}

async function recvOn(task: Task, sk: Sock, max: number, deadline?: number, peek = false): Promise<SysResult<Received>> {
  return sys(async () => {
    if (sk.proto === "tcp") {
      const d = await tcpRecvmsg(task, sk, max, deadline, peek);
      if (!d) throw kerr("EAGAIN");
      return { data: d, from: peerAddr(sk) };
    }
    const got = await sockWait(task, [sk], () => sk.rcvq.length > 0 || sk.err !== 0 || sk.closed || sk.shutRd, deadline);
    if (!got) throw kerr("EAGAIN");
    if (!sk.rcvq.length) {
      const err = sockError(sk);
      if (err) throw new KernelError(err);
      return { data: new Uint8Array(0) };
    }
    const dg = peek ? sk.rcvq[0]! : sk.rcvq.shift()!;
    if (!peek) {
      sk.rcvqBytes -= dg.data.length;
      // udp_recvmsg()/udpv6_recvmsg(): an IPv4 datagram counts in Udp, an IPv6 one in Udp6.
      if (sk.proto === "udp") {
        (dg.from6 !== undefined ? netMib6(sk.ns).udp6 : netMib(sk.ns).udp)[UDP_INDATAGRAMS]++;
      }
    }
    // An AF_INET6 socket hears an IPv4 datagram from ::ffff:a.b.c.d.
    const from =
      dg.from6 !== undefined
        ? sockaddrIn6(dg.from6, dg.fport, ipv6AddrScope(dg.from6) === 2 ? (dg.iif ?? 0) : 0)
        : sk.family === 6
          ? sockaddrIn6(V4MAPPED | BigInt(dg.from >>> 0), dg.fport)
          : sockaddrIn(dg.from, dg.fport);
    return { data: dg.data.subarray(0, max), from, to: dg.to, to6: dg.to6 };
  });
}

/** recv()/recvfrom(): EAGAIN when `timeoutNs` passes first. */
export function sysRecv(task: Task, fd: number, opts: { max?: number; timeoutNs?: number; peek?: boolean } = {}): Promise<SysResult<Received>> {
  let sk: Sock;
  try {
    sk = sockOf(task, fd);
  } catch (e) {
    return Promise.resolve(fail((e as KernelError).errno));
  }
  return recvOn(task, sk, opts.max ?? 65536, deadlineOf(task, opts.timeoutNs), opts.peek);
}

/** recvmsg(MSG_ERRQUEUE): the oldest queued ICMP error (IP_RECVERR), EAGAIN when none. */
export function sysRecvErr(task: Task, fd: number): SysResult<SockExtendedErr> {
  return sysSync(() => {
    const sk = sockOf(task, fd);
    if (sk.proto !== "udp") throw kerr("EAGAIN");
    const e = sk.errq.shift();
    if (!e) throw kerr("EAGAIN");
    if (!sk.errq.length) sk.err = 0;
    return e;
  });
}

export async function sysShutdown(task: Task, fd: number, how: number): Promise<SysResult<void>> {
  const r = sysSync(() => {
    const sk = sockOf(task, fd);
    if (how < 0 || how > 2) throw kerr("EINVAL");
    if (sk.proto === "tcp") tcpShutdown(sk, how);
    else {
      if (sk.state !== TCP_ESTABLISHED) throw kerr("ENOTCONN");
      if (how !== 1) sk.shutRd = true;
    }
  });
  await softirqYield(task);
  return r;
}

export function sysClose(task: Task, fd: number): SysResult<void> {
  return task.closeFd(fd) ? ok(undefined) : fail(ERRNO.EBADF);
}

/** setsockopt(): the options the programs here set. An int option takes a number; SO_BINDTODEVICE a name. */
export function sysSetsockopt(task: Task, fd: number, level: number, name: number, value: number | string): SysResult<void> {
  return sysSync(() => {
    const sk = sockOf(task, fd);
    const n = typeof value === "number" ? value : 0;
    if (level === SOL_SOCKET) {
      switch (name) {
        case SO_REUSEADDR:
          sk.reuseaddr = n !== 0;
          return;
        case SO_REUSEPORT:
          sk.reuseport = n !== 0;
          return;
        case SO_BROADCAST:
          sk.broadcast = n !== 0;
          return;
        case SO_KEEPALIVE:
        case SO_LINGER:
        case SO_RCVBUF:
          return;
        case SO_BINDTODEVICE: {
          if (typeof value !== "string" || value === "") {
            sk.boundDev = 0;
            return;
          }
          const dev = devGetByName(sk.ns, value);
          if (!dev) throw kerr("ENODEV");
          sk.boundDev = dev.ifindex;
          return;
        }
      }
      throw kerr("ENOPROTOOPT");
    }
    if (level === SOL_IP) {
      switch (name) {
        case IP_TTL:
          if (n === -1) sk.ttl = undefined;
          else if (n < 1 || n > 255) throw kerr("EINVAL");
          else sk.ttl = n;
          return;
        case IP_TOS:
          sk.tos = n & 0xfc;
          return;
        case IP_RECVERR:
          sk.recverr = n !== 0;
          if (!sk.recverr && sk.proto === "udp") sk.errq.length = 0;
          return;
      }
      throw kerr("ENOPROTOOPT");
    }
    if (level === SOL_TCP) {
      if (sk.proto !== "tcp") throw kerr("EOPNOTSUPP");
      if (name === TCP_NODELAY) {
        sk.nodelay = n !== 0;
        return;
      }
      throw kerr("ENOPROTOOPT");
    }
    throw kerr("ENOPROTOOPT");
  });
}

/** getsockopt(SO_ERROR): takes the pending error. */
export function sysGetsockoptError(task: Task, fd: number): SysResult<number> {
  return sysSync(() => {
    const sk = sockOf(task, fd);
    void SO_ERROR;
    return sockError(sk);
  });
}

export function sysGetsockname(task: Task, fd: number): SysResult<SockaddrIn> {
  return sysSync(() => {
    const sk = sockOf(task, fd);
    if (sk.family === 6) return sockaddrIn6(sk.saddr6 || sk.rcvSaddr6, sk.sport);
    return sockaddrIn(sk.saddr || sk.rcvSaddr, sk.sport);
  });
}

export function sysGetpeername(task: Task, fd: number): SysResult<SockaddrIn> {
  return sysSync(() => {
    const sk = sockOf(task, fd);
    const connected = sk.proto === "tcp" ? sk.state !== TCP_CLOSE && sk.state !== TCP_LISTEN && sk.state !== TCP_SYN_SENT : sk.state === TCP_ESTABLISHED;
    if (!connected) throw kerr("ENOTCONN");
    return peerAddr(sk);
  });
}

/** The peer as a sockaddr of the socket's family (a link-local peer carries its scope id). */
function peerAddr(sk: Sock): SockaddrIn {
  if (sk.family === 4) return sockaddrIn(sk.daddr, sk.dport);
  return sockaddrIn6(sk.daddr6, sk.dport, ipv6AddrScope(sk.daddr6) === 2 ? sk.boundDev : 0);
}

/** The poll(2) events a socket has now. */
export function sockPollMask(sk: Sock): number {
  let m = 0;
  if (sk.err) m |= POLLERR;
  if (sk.proto === "tcp") {
    if (sk.state === TCP_LISTEN) return sk.acceptq.length ? POLLIN : 0;
    if (sk.rcvqBytes > 0 || sk.finRcvd || sk.shutRd) m |= POLLIN;
    if (sk.state === TCP_CLOSE) m |= POLLHUP | POLLIN;
    if (sk.state === TCP_ESTABLISHED || sk.state === TCP_CLOSE_WAIT) m |= POLLOUT;
  } else {
    if (sk.rcvq.length || sk.shutRd) m |= POLLIN;
    if (sk.recverr && sk.errq.length) m |= POLLERR;
    m |= POLLOUT;
  }
  return m;
}

/**
 * poll() over socket fds: the revents of each entry, waiting until one is
 * ready or `timeoutNs` passes (all zero then). Non-socket fds never become
 * ready here (programs read those in their own task).
 */
export async function sysPoll(
  task: Task,
  fds: readonly { fd: number; events: number }[],
  timeoutNs?: number,
  notifier?: PollNotifier,
): Promise<SysResult<number[]>> {
  return sys(async () => {
    const socks = fds.map((p) => fdSocket(task.getFd(p.fd)));
    const revents = () => fds.map((p, i) => (socks[i] ? sockPollMask(socks[i]!) & (p.events | POLLERR | POLLHUP) : 0));
    const queues: { waiters: Set<() => void> }[] = socks.filter((s): s is Sock => !!s);
    if (notifier) queues.push(notifier);
    await sockWait(task, queues, () => revents().some((r) => r !== 0) || !!notifier?.pending, deadlineOf(task, timeoutNs));
    return revents();
  });
}

/**
 * An eventfd-like wake-up another thread of the same program can give a
 * poll() in progress (fire() sets `pending` and wakes it).
 */
export class PollNotifier {
  pending = false;
  readonly waiters = new Set<() => void>();
  fire(): void {
    this.pending = true;
    for (const w of [...this.waiters]) w();
  }
}

export { Interrupted, type InetSock };
