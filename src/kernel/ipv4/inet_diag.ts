// sock_diag / inet_diag (net/ipv4/inet_diag.c, tcp_diag.c, udp_diag.c): the
// dump `ss` asks for — every TCP and UDP socket hashed in a namespace with its
// state, queues and addresses — plus the fd-to-socket map ss builds from
// /proc/PID/fd for -p (here: the host's tasks and their SocketFiles).

import { TCP_CLOSE, TCP_ESTABLISHED, TCP_LISTEN, TCP_TIME_WAIT } from "../../uapi/socket.js";
import { netCore } from "../core/net_namespace.js";
import type { NetNamespace } from "../core/netns.js";
import type { Host } from "../host.js";
import { fdSocket } from "../net/socket.js";
import { hashinfo } from "./inet_hashtables.js";
import { udpTunnelPorts } from "./udp_tunnel.js";
import { udp6TunnelPorts } from "../ipv6/udp_tunnel6.js";
import { tcpQueues } from "./tcp.js";
import type { TcpSock } from "./tcp_sock.js";
import type { UdpSock } from "./udp.js";
import { NS_PER_JIFFY } from "../core/jiffies.js";

/** struct inet_diag_msg, reduced. */
export interface InetDiagMsg {
  proto: "tcp" | "udp";
  /** TCP_* state; UDP sockets are TCP_CLOSE (UNCONN) or TCP_ESTABLISHED (connected). */
  state: number;
  recvQ: number;
  sendQ: number;
  saddr: number;
  sport: number;
  daddr: number;
  dport: number;
  ino: number;
  /** SO_BINDTODEVICE ifindex (0 = none). */
  boundDev: number;
  /** idiag_family: 4 (AF_INET) or 6 (AF_INET6, addresses in saddr6/daddr6). */
  family: 4 | 6;
  saddr6: bigint;
  daddr6: bigint;
  /** idiag_timer: 0 off, 1 on (retransmit), 2 keepalive, 3 timewait, 4 persist. */
  timer: number;
  /** idiag_expires: milliseconds until that timer is due (whole jiffies). */
  expiresMs: number;
  /** idiag_retrans */
  retrans: number;
  /** INET_DIAG_SKV6ONLY set (an IPv6 tunnel socket: udp_sock_create6 sets ipv6_v6only). */
  v6only?: boolean;
  /** ss -e's details: idiag_uid, the socket cookie (sock_gen_cookie), and — full sockets only, not TIME_WAIT
   * minisocks — INET_DIAG_CGROUP_ID's presence and INET_DIAG_SHUTDOWN (RCV_SHUTDOWN 1 | SEND_SHUTDOWN 2). */
  uid?: number;
  cookie?: number;
  shutdown?: number;
}

/** sock_gen_cookie(): a socket's cookie, handed out in order the first time it is asked for (per host). */
const cookies = new WeakMap<object, number>();
const cookieGen = new WeakMap<object, { next: number }>();
function sockCookie(host: object, sk: object): number {
  let c = cookies.get(sk);
  if (c === undefined) {
    let g = cookieGen.get(host);
    if (!g) cookieGen.set(host, (g = { next: 0x100 }));
    c = g.next++;
    cookies.set(sk, c);
  }
  return c;
}

/** sk_shutdown for a full TCP socket: RCV_SHUTDOWN after shutdown(SHUT_RD) or the peer's FIN, SEND_SHUTDOWN once our FIN is due. */
function tcpShutdownMask(t: TcpSock): number {
  return (t.shutRd || t.finRcvd ? 1 : 0) | (t.finSent ? 2 : 0);
}


/** jiffies_delta_to_msecs(due - jiffies), never negative. */
function msecsUntil(due: number, now: number): number {
  return Math.max(0, Math.floor(due / NS_PER_JIFFY) - Math.floor(now / NS_PER_JIFFY)) * 4;
}

/** inet_sk_diag_fill()'s timer fields (inet_twsk_diag_fill() for TIME_WAIT and the lingering FIN_WAIT2 orphan). */
function tcpDiagTimer(t: TcpSock, now: number): { timer: number; expiresMs: number; retrans: number } {
  if (t.lingerTimer && !t.lingerTimer.cancelled) return { timer: 3, expiresMs: msecsUntil(t.lingerTimer.at, now), retrans: 0 };
  if (t.rtoTimer && !t.rtoTimer.cancelled && t.rtoDue !== undefined) return { timer: 1, expiresMs: msecsUntil(t.rtoDue, now), retrans: t.retransmits };
  return { timer: 0, expiresMs: 0, retrans: 0 };
}

/** inet_diag_dump(): the namespace's sockets of `proto`, in table order. */
export function inetDiagDump(ns: NetNamespace, proto: "tcp" | "udp"): InetDiagMsg[] {
  const out: InetDiagMsg[] = [];
  for (const s of hashinfo(ns, proto).all) {
    if (proto === "tcp") {
      const t = s as TcpSock;
      if (t.state === TCP_CLOSE) continue;
      const q = tcpQueues(t);
      const listening = t.state === TCP_LISTEN;
      out.push({
        proto,
        state: t.state,
        recvQ: q.recvQ,
        sendQ: q.sendQ,
        saddr: listening ? t.rcvSaddr : t.saddr,
        sport: t.sport,
        daddr: listening ? 0 : t.daddr,
        dport: listening ? 0 : t.dport,
        ino: t.hasFile ? t.ino : 0,
        boundDev: t.boundDev,
        family: t.family,
        saddr6: listening ? t.rcvSaddr6 : t.saddr6,
        daddr6: listening ? 0n : t.daddr6,
        ...tcpDiagTimer(t, netCore(ns).host.clock.now),
      });
      const m = out[out.length - 1]!;
      m.cookie = sockCookie(netCore(ns).host, t);
      // inet_twsk_diag_fill(): a TIME_WAIT (or lingering FIN_WAIT2) minisock has no uid, inode, cgroup or shutdown.
      if (t.state !== TCP_TIME_WAIT && m.timer !== 3) {
        m.uid = t.uid;
        m.shutdown = tcpShutdownMask(t);
      }
    } else {
      const u = s as UdpSock;
      if (u.closed) continue;
      const connected = u.state === TCP_ESTABLISHED;
      out.push({
        proto,
        state: connected ? TCP_ESTABLISHED : TCP_CLOSE,
        recvQ: u.rcvqBytes,
        sendQ: 0,
        saddr: connected ? u.saddr : u.rcvSaddr,
        sport: u.sport,
        daddr: connected ? u.daddr : 0,
        dport: connected ? u.dport : 0,
        ino: u.ino,
        boundDev: u.boundDev,
        family: u.family,
        saddr6: connected ? u.saddr6 : u.rcvSaddr6,
        timer: 0,
        expiresMs: 0,
        retrans: 0,
        daddr6: connected ? u.daddr6 : 0n,
        uid: u.uid,
        cookie: sockCookie(netCore(ns).host, u),
        shutdown: u.shutRd ? 1 : 0,
      });
    }
  }
  // A tunnel's kernel socket (udp_sock_create + setup_udp_tunnel_sock: vxlan's, bound to
  // 0.0.0.0:dstport in the device's link namespace while a device uses it) is hashed in the
  // same table: ss and netstat list it, with no owning process.
  if (proto === "udp") {
    // (an IPv6 vxlan's socket is AF_INET6, bound to [::]:dstport: udp_tunnel6.ts)
    for (const [family, port] of [...udpTunnelPorts(ns).map((p) => [4, p] as const), ...udp6TunnelPorts(ns).map((p) => [6, p] as const)]) {
      out.push({
        proto,
        state: TCP_CLOSE,
        recvQ: 0,
        sendQ: 0,
        saddr: 0,
        sport: port,
        daddr: 0,
        dport: 0,
        ino: 0,
        boundDev: 0,
        family,
        ...(family === 6 ? { v6only: true } : {}),
        saddr6: 0n,
        daddr6: 0n,
        timer: 0,
        expiresMs: 0,
        retrans: 0,
      });
    }
  }
  return out;
}

export interface SocketUser {
  comm: string;
  pid: number;
  fd: number;
}

/**
 * The name /proc/PID/stat gives a task (its executable, at most 15 characters); a daemon that retitled itself
 * ("nginx: worker process") keeps its name.
 */
export function statComm(cmdline: string): string {
  const first = cmdline.split(" ")[0] ?? "";
  return (first.split("/").pop() ?? first).replace(/:$/, "").slice(0, 15);
}

/** What /proc/PID/fd says: socket inode -> the processes holding it (pid order). */
export function socketUsers(host: Host): Map<number, SocketUser[]> {
  const map = new Map<number, SocketUser[]>();
  const tasks = [...host.tasks.values()].sort((a, b) => a.pid - b.pid);
  for (const t of tasks) {
    if (!t.alive) continue;
    const comm = statComm(t.comm);
    for (const [fd, f] of [...t.fds.entries()].sort((a, b) => a[0] - b[0])) {
      const s = fdSocket(f);
      if (!s) continue;
      let l = map.get(s.ino);
      if (!l) map.set(s.ino, (l = []));
      l.push({ comm, pid: t.pid, fd });
    }
  }
  return map;
}
