// The application side of TCP (net/ipv4/tcp.c, inet_connection_sock.c):
// listen(), accept(), connect()'s wait, sendmsg() into the send queue,
// recvmsg() from the receive queue, shutdown() and close() with the FIN (or
// the RST when unread data is thrown away, or for a listener's unaccepted
// children). Blocking calls wait through sockWait() on the world clock.

import { LINUX_MIB_TCPABORTONCLOSE, netMib } from "../core/snmp.js";
import { ERRNO, kerr } from "../../uapi/errno.js";
import {
  TCP_CLOSE,
  TCP_CLOSE_WAIT,
  TCP_CLOSING,
  TCP_ESTABLISHED,
  TCP_FIN_WAIT1,
  TCP_FIN_WAIT2,
  TCP_LAST_ACK,
  TCP_LISTEN,
  TCP_SYN_RECV,
  TCP_SYN_SENT,
  TCP_TIME_WAIT,
} from "../../uapi/socket.js";
import type { Task } from "../task/task.js";
import { inetGetPort, hashinfo } from "./inet_hashtables.js";
import { sockError, sockWait, sockWake } from "./inet_sock.js";
import { tcpEventDataSent } from "./tcp_input.js";
import { tcpSendAck, tcpSendActiveReset, tcpWriteXmit } from "./tcp_output.js";
import { tcpFinWait2Timer } from "./tcp_timer.js";
import { tcpDone, tcpSetState, tcpSockCreate, tcpSendQueued, type TcpSock } from "./tcp_sock.js";
import { tcpV4Connect } from "./tcp_ipv4.js";
import type { NetNamespace } from "../core/netns.js";

/** sk_sndbuf at its autotuned ceiling (tcp_wmem[2]). */
const SNDBUF = 4 * 1024 * 1024;

export function tcpSocket(ns: NetNamespace, family: 4 | 6 = 4): TcpSock {
  return tcpSockCreate(ns, family);
}

export function tcpBind(sk: TcpSock, addr: number, port: number): void {
  if (sk.sport || sk.state !== TCP_CLOSE) throw kerr("EINVAL");
  sk.rcvSaddr = addr;
  sk.saddr = addr;
  inetGetPort(sk, port);
}

/** inet_listen(): autobinds when unbound; the backlog is capped by net.core.somaxconn. */
export function tcpListen(sk: TcpSock, backlog: number, somaxconn: number): void {
  if (sk.state !== TCP_CLOSE && sk.state !== TCP_LISTEN) throw kerr("EINVAL");
  sk.backlog = Math.max(0, Math.min(backlog, somaxconn));
  if (sk.state === TCP_LISTEN) return;
  if (!sk.sport) inetGetPort(sk, 0);
  hashinfo(sk.ns, "tcp").all.add(sk);
  tcpSetState(sk, TCP_LISTEN);
}

/** inet_csk_accept(): the next established child, or undefined when the deadline passes (EAGAIN). */
export async function tcpAccept(task: Task, sk: TcpSock, deadline?: number): Promise<TcpSock | undefined> {
  if (sk.state !== TCP_LISTEN) throw kerr("EINVAL");
  const ok = await sockWait(task, [sk], () => sk.acceptq.length > 0 || sk.state !== TCP_LISTEN, deadline);
  if (!ok) return undefined;
  if (sk.state !== TCP_LISTEN) throw kerr("EINVAL");
  const c = sk.acceptq.shift()!;
  c.parent = undefined;
  c.hasFile = true;
  return c;
}

/**
 * Starts a connection: sends the SYN (throws ENETUNREACH, EISCONN, EALREADY...).
 * The caller then waits with tcpConnectWait().
 */
export function tcpConnectStart(sk: TcpSock, daddr: number, dport: number, v6?: (sk: TcpSock) => void): void {
  if (sk.state === TCP_SYN_SENT) throw kerr("EALREADY");
  if (sk.state !== TCP_CLOSE) throw kerr("EISCONN");
  if (dport === 0) throw kerr("ECONNREFUSED");
  // An AF_INET6 socket connects through tcp_v6_connect (passed in by the socket layer).
  if (v6) v6(sk);
  else tcpV4Connect(sk, daddr, dport);
}

/** Waits for the handshake: "connected", "timeout" (deadline passed, still SYN_SENT), or throws the error. */
export async function tcpConnectWait(task: Task, sk: TcpSock, deadline?: number): Promise<"connected" | "timeout"> {
  const ok = await sockWait(task, [sk], () => sk.state !== TCP_SYN_SENT, deadline);
  if (!ok) return "timeout";
  const err = sockError(sk);
  if (err) throw new KernelError(err);
  if (sk.state === TCP_CLOSE) throw kerr("ECONNREFUSED");
  return "connected";
}

function canSend(sk: TcpSock): boolean {
  return sk.state === TCP_ESTABLISHED || sk.state === TCP_CLOSE_WAIT;
}

/** tcp_sendmsg(): queues all of data (blocking while the send buffer is full). */
export async function tcpSendmsg(task: Task, sk: TcpSock, data: Uint8Array): Promise<number> {
  let off = 0;
  for (let guard = 0; off < data.length || guard === 0; guard++) {
    const ready = () => sk.err !== 0 || !canSend(sk) || sk.finQueued || tcpSendQueued(sk) < SNDBUF;
    await sockWait(task, [sk], () => ready() && sk.state !== TCP_SYN_SENT);
    const err = sockError(sk);
    if (err) throw new KernelError(err);
    if (sk.finQueued) throw kerr("EPIPE");
    if (!canSend(sk)) throw kerr(sk.state === TCP_CLOSE ? "EPIPE" : "ENOTCONN");
    const n = Math.min(data.length - off, SNDBUF - tcpSendQueued(sk));
    if (n > 0) {
      sk.sendq.push(data.slice(off, off + n));
      sk.sendqBytes += n;
      off += n;
      tcpEventDataSent(sk);
      tcpWriteXmit(sk);
    }
    if (!data.length) break;
  }
  return data.length;
}

/**
 * tcp_recvmsg(): what is queued (up to `max` bytes), an empty array at end of
 * stream, or undefined when the deadline passes first (EAGAIN).
 */
export async function tcpRecvmsg(task: Task, sk: TcpSock, max: number, deadline?: number, peek = false): Promise<Uint8Array | undefined> {
  if (sk.state === TCP_LISTEN) throw kerr("ENOTCONN");
  const ok = await sockWait(
    task,
    [sk],
    () => sk.rcvqBytes > 0 || sk.finRcvd || sk.shutRd || sk.err !== 0 || sk.state === TCP_CLOSE,
    deadline,
  );
  if (!ok) return undefined;
  if (sk.rcvqBytes === 0) {
    const err = sockError(sk);
    if (err) throw new KernelError(err);
    if (sk.state === TCP_CLOSE && !sk.finRcvd && !sk.shutRd && !sk.daddr && !sk.daddr6) throw kerr("ENOTCONN");
    return new Uint8Array(0);
  }
  const n = Math.min(max, sk.rcvqBytes);
  const out = new Uint8Array(n);
  let o = 0;
  let i = 0;
  while (o < n) {
    const head = sk.rcvq[i]!;
    const k = Math.min(head.length, n - o);
    out.set(head.subarray(0, k), o);
    o += k;
    if (peek) i++;
    else if (k === head.length) sk.rcvq.shift();
    else sk.rcvq[0] = head.subarray(k);
  }
  if (!peek) {
    const before = Math.max(0, sk.rcvWndInit - sk.rcvqBytes);
    sk.rcvqBytes -= n;
    // tcp_cleanup_rbuf(): tell the peer when reading reopened a mostly closed window.
    if (before < sk.rcvWndInit / 2 && sk.rcvWndInit - sk.rcvqBytes >= sk.rcvWndInit / 2 && (sk.state === TCP_ESTABLISHED || sk.state === TCP_FIN_WAIT1 || sk.state === TCP_FIN_WAIT2)) tcpSendAck(sk);
  }
  return out;
}

/** Sends our FIN after the queued data (tcp_send_fin) and moves to the closing state. */
function sendFin(sk: TcpSock): void {
  if (sk.finQueued) return;
  sk.finQueued = true;
  if (sk.state === TCP_ESTABLISHED || sk.state === TCP_SYN_RECV) tcpSetState(sk, TCP_FIN_WAIT1);
  else if (sk.state === TCP_CLOSE_WAIT) tcpSetState(sk, TCP_LAST_ACK);
  tcpWriteXmit(sk);
}

/** tcp_shutdown(): SHUT_RD (0), SHUT_WR (1), SHUT_RDWR (2). */
export function tcpShutdown(sk: TcpSock, how: number): void {
  if (sk.state === TCP_CLOSE || sk.state === TCP_SYN_SENT) {
    if (sk.state === TCP_SYN_SENT) tcpDone(sk, false);
    else throw kerr("ENOTCONN");
  }
  if (sk.state === TCP_LISTEN) {
    if (how !== 1) closeListener(sk);
    return;
  }
  if (how === 0 || how === 2) {
    sk.shutRd = true;
    sockWake(sk);
  }
  if (how === 1 || how === 2) sendFin(sk);
}

function closeListener(sk: TcpSock): void {
  for (const c of [...sk.acceptq, ...sk.synq]) {
    if (c.state === TCP_ESTABLISHED || c.state === TCP_CLOSE_WAIT) tcpSendActiveReset(c);
    tcpDone(c);
  }
  sk.acceptq.length = 0;
  sk.synq.clear();
  tcpDone(sk);
}

/** tcp_close(): the file is gone; the connection finishes as an orphan. */
export function tcpClose(sk: TcpSock): void {
  sk.hasFile = false;
  sk.orphan = true;
  switch (sk.state) {
    case TCP_LISTEN:
      closeListener(sk);
      return;
    case TCP_CLOSE:
      tcpDone(sk);
      return;
    case TCP_SYN_SENT:
      tcpDone(sk, false);
      return;
  }
  if (sk.rcvqBytes > 0) {
    // Unread data is lost: the peer gets a RST, not a FIN (RFC 2525 2.17).
    netMib(sk.ns).net[LINUX_MIB_TCPABORTONCLOSE]++;
    sk.rcvq.length = 0;
    sk.rcvqBytes = 0;
    if (sk.state !== TCP_TIME_WAIT) tcpSendActiveReset(sk);
    tcpDone(sk);
    return;
  }
  if (sk.state === TCP_ESTABLISHED || sk.state === TCP_CLOSE_WAIT || sk.state === TCP_SYN_RECV) sendFin(sk);
  if (sk.state === TCP_FIN_WAIT2) tcpFinWait2Timer(sk);
  void TCP_FIN_WAIT1;
  void TCP_CLOSING;
}

/** Bytes ss reports: Recv-Q and Send-Q. */
export function tcpQueues(sk: TcpSock): { recvQ: number; sendQ: number } {
  if (sk.state === TCP_LISTEN) return { recvQ: sk.acceptq.length, sendQ: sk.backlog };
  // tcp_diag_get_info() and /proc/net/tcp: write_seq - snd_una, so an unacknowledged SYN or FIN
  // (SYN-SENT; FIN-WAIT-1, CLOSING, LAST-ACK) counts one.
  const flag = sk.state === TCP_SYN_SENT || sk.state === TCP_FIN_WAIT1 || sk.state === TCP_CLOSING || sk.state === TCP_LAST_ACK ? 1 : 0;
  return { recvQ: sk.rcvqBytes, sendQ: tcpSendQueued(sk) + flag };
}

export { ERRNO };
import { KernelError } from "../../uapi/errno.js";
