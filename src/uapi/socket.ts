// The socket ABI as programs see it (include/linux/socket.h, include/uapi/linux/in.h,
// include/uapi/linux/tcp.h, include/uapi/asm-generic/socket.h): address families,
// socket types, option names and struct sockaddr_in. The calls themselves
// (socket, bind, connect, ...) are in src/kernel/net/socket.ts; each returns a
// SysResult — the value, or the errno the kernel returned — and tools render
// the words (strerror) the way the real program does.

export const AF_UNSPEC = 0;
export const AF_INET = 2;
export const AF_INET6 = 10;

export const SOCK_STREAM = 1;
export const SOCK_DGRAM = 2;
export const SOCK_RAW = 3;

export const IPPROTO_IP = 0;
export const IPPROTO_ICMP = 1;
export const IPPROTO_TCP = 6;
export const IPPROTO_UDP = 17;

export const SOL_SOCKET = 1;
export const SO_REUSEADDR = 2;
export const SO_ERROR = 4;
export const SO_BROADCAST = 6;
export const SO_RCVBUF = 8;
export const SO_KEEPALIVE = 9;
export const SO_LINGER = 13;
export const SO_REUSEPORT = 15;
export const SO_BINDTODEVICE = 25;

export const SOL_IP = 0;
export const IP_TOS = 1;
export const IP_TTL = 2;
export const IP_RECVERR = 11;

export const SOL_TCP = 6;
export const TCP_NODELAY = 1;
export const TCP_MAXSEG = 2;

export const SHUT_RD = 0;
export const SHUT_WR = 1;
export const SHUT_RDWR = 2;

/** poll(2) events. */
export const POLLIN = 0x001;
export const POLLOUT = 0x004;
export const POLLERR = 0x008;
export const POLLHUP = 0x010;

/** struct sockaddr_in, with the address as a host-order uint32. */
export interface SockaddrIn {
  family: typeof AF_INET | typeof AF_INET6;
  addr: number;
  port: number;
  /** AF_INET6: sin6_addr (addr is 0 then). */
  addr6?: bigint;
  /** AF_INET6: sin6_scope_id (a link-local peer's device). */
  scope?: number;
}

export function sockaddrIn(addr: number, port: number): SockaddrIn {
  return { family: AF_INET, addr: addr >>> 0, port };
}

/** struct sockaddr_in6 in the same shape (family AF_INET6, the address in addr6). */
export function sockaddrIn6(addr6: bigint, port: number, scope = 0): SockaddrIn {
  return { family: AF_INET6, addr: 0, port, addr6, scope };
}

/** What a system call gives back: its value, or the errno (never an exception). */
export type SysResult<T> = { ok: true; value: T } | { ok: false; errno: number };

/**
 * struct sock_extended_err as IP_RECVERR queues it (include/uapi/linux/errqueue.h):
 * an ICMP error about a datagram this socket sent, with the offender's address.
 */
export interface SockExtendedErr {
  /** errno the error maps to (ECONNREFUSED, EHOSTUNREACH...). */
  errno: number;
  /** SO_EE_ORIGIN_ICMP */
  origin: "icmp" | "local";
  type: number;
  code: number;
  info: number;
  /** Who sent the ICMP error. */
  offender: number;
  /** The quoted datagram's destination port and address (which probe it was). */
  dport: number;
  daddr: number;
  sport: number;
  /** Virtual time the error arrived (ns), as SO_TIMESTAMP would give. */
  at: number;
  /** TTL of the ICMP error itself (IP_RECVTTL on the error), for traceroute's back-path guess. */
  ttl: number;
}

/** TCP states (include/net/tcp_states.h), numbered as the kernel does (ss filters use them). */
export const TCP_ESTABLISHED = 1;
export const TCP_SYN_SENT = 2;
export const TCP_SYN_RECV = 3;
export const TCP_FIN_WAIT1 = 4;
export const TCP_FIN_WAIT2 = 5;
export const TCP_TIME_WAIT = 6;
export const TCP_CLOSE = 7;
export const TCP_CLOSE_WAIT = 8;
export const TCP_LAST_ACK = 9;
export const TCP_LISTEN = 10;
export const TCP_CLOSING = 11;
