// struct sock + struct inet_sock (include/net/sock.h, include/net/inet_sock.h),
// reduced to what UDP and TCP share: the namespace, the bound and connected
// addresses and ports, socket options, the pending error (sk_err), and a wait
// queue (sk_wq) that blocked callers park on. Waking is a plain callback list:
// whoever changes the socket calls sockWake(), and every waiter re-checks its
// own condition (as wait_event_interruptible does).

import type { NetNamespace } from "../core/netns.js";
import { netCore } from "../core/net_namespace.js";
import type { Task } from "../task/task.js";

export type SockProto = "tcp" | "udp";

export interface InetSock {
  readonly ns: NetNamespace;
  readonly proto: SockProto;
  /** AF_INET (4) or AF_INET6 (6): which of the address fields below are used. */
  readonly family: 4 | 6;
  /** AF_INET6 sockets: the bound, source and peer addresses (0n = ::); the IPv4 fields stay 0. */
  rcvSaddr6: bigint;
  saddr6: bigint;
  daddr6: bigint;
  /**
   * An AF_INET6 TCP connection that speaks IPv4 (accepted by a listener on ::):
   * the IPv4 fields drive the wire, the IPv6 ones hold ::ffff:a.b.c.d for the
   * socket calls and ss (tcp_v6_syn_recv_sock's ipv6_mapped ops).
   */
  v4mapped: boolean;
  /** inet_rcv_saddr: the address bound (0 = any). */
  rcvSaddr: number;
  /** inet_saddr: the source used on the wire once connected. */
  saddr: number;
  /** inet_num / inet_sport (0 while unbound). */
  sport: number;
  daddr: number;
  dport: number;
  /** sk_bound_dev_if */
  boundDev: number;
  reuseaddr: boolean;
  reuseport: boolean;
  broadcast: boolean;
  /** IP_TTL (undefined: net.ipv4.ip_default_ttl). */
  ttl: number | undefined;
  tos: number;
  /** IP_RECVERR: ICMP errors queued for recvmsg(MSG_ERRQUEUE). */
  recverr: boolean;
  /** sk_err: an errno waiting to be reported by the next call (0 = none). */
  err: number;
  /** sk_err_soft (TCP: the last ICMP error while connecting, reported on timeout). */
  errSoft: number;
  /** Callbacks of the tasks waiting on this socket (sk_wq). */
  readonly waiters: Set<() => void>;
  /** sk_socket: false once the owning file is closed (an orphan, for TCP). */
  hasFile: boolean;
  /** Inode number shown by ss -e and /proc/net/tcp. */
  readonly ino: number;
  /** Whether the port was picked by the kernel (bind(0) or autobind). */
  autoPort: boolean;
  /** sk_uid: the creator's fsuid, carried in route lookups for `ip rule uidrange`. */
  uid: number;
}

let nextIno = 20000;

export function inetSockInit(ns: NetNamespace, proto: SockProto, family: 4 | 6 = 4): InetSock {
  return {
    ns,
    proto,
    family,
    rcvSaddr6: 0n,
    saddr6: 0n,
    daddr6: 0n,
    v4mapped: false,
    rcvSaddr: 0,
    saddr: 0,
    sport: 0,
    daddr: 0,
    dport: 0,
    boundDev: 0,
    reuseaddr: false,
    reuseport: false,
    broadcast: false,
    ttl: undefined,
    tos: 0,
    recverr: false,
    err: 0,
    errSoft: 0,
    waiters: new Set(),
    hasFile: true,
    ino: nextIno++,
    autoPort: false,
    uid: 0,
  };
}

/** sk_data_ready / sk_state_change / sk_write_space: every waiter re-checks. */
export function sockWake(sk: InetSock): void {
  for (const w of [...sk.waiters]) w();
}

/** sock_error(): takes the pending error. */
export function sockError(sk: InetSock): number {
  const e = sk.err;
  sk.err = 0;
  return e;
}

/**
 * Every TCP and UDP sock of a host, for /proc/net/sockstat: the kernel's
 * per-netns sock_inuse and prot_inuse counters and the host-wide
 * tcp_sockets_allocated / tcp_orphan_count are read from this list (a sock
 * leaves it once freed; sockstat prunes it as it reads).
 */
const hostSocks = new WeakMap<object, Set<InetSock>>();

/** sk_alloc()/sk_clone_lock(): registers a new sock with its host. */
export function sockAccount<T extends InetSock>(sk: T): T {
  const host = netCore(sk.ns).host;
  let set = hostSocks.get(host);
  if (!set) hostSocks.set(host, (set = new Set()));
  set.add(sk);
  return sk;
}

/** The socks registered on the host of `ns` (live and not yet pruned). */
export function hostSockList(ns: NetNamespace): Set<InetSock> {
  const host = netCore(ns).host;
  let set = hostSocks.get(host);
  if (!set) hostSocks.set(host, (set = new Set()));
  return set;
}

export function nowNs(ns: NetNamespace): number {
  return netCore(ns).host.clock.now;
}

/**
 * wait_event_interruptible_timeout(): blocks `task` until `ready()` holds, a
 * socket in `socks` wakes it and `ready()` then holds, or `deadline` (absolute
 * virtual ns; undefined = forever) passes. Returns whether ready() held.
 * Throws Interrupted when a signal arrives.
 */
export async function sockWait(task: Task, socks: readonly { readonly waiters: Set<() => void> }[], ready: () => boolean, deadline?: number): Promise<boolean> {
  const clock = task.host.clock;
  for (let i = 0; ; i++) {
    if (ready()) return true;
    if (deadline !== undefined && clock.now >= deadline) return false;
    await task.block<void>((w) => {
      const cb = () => w.wake();
      for (const s of socks) s.waiters.add(cb);
      const t = deadline !== undefined ? clock.at(deadline, cb) : undefined;
      return () => {
        for (const s of socks) s.waiters.delete(cb);
        t?.cancel();
      };
    });
    void i;
  }
}
