// /proc/net/tcp, tcp6, udp, udp6, raw, raw6 (tcp4_seq_show / tcp6_seq_show, udp4_format_sock /
// udp6_sock_seq_show, raw_seq_show): the sockets of the reader's namespace, listeners first, then the
// established table; addresses as the kernel's __be32 words printed in host (little-endian) order.
//
// Differences from Linux (see README): the UDP "sl" is the port's slot without the kernel's random
// per-namespace hash mix; "pointer" is a stand-in (the kernel prints a hashed %pK address); ato is
// TCP_ATO_MIN once data or a FIN arrived, 0 before (the model keeps no ato); ssthresh is always the
// initial one (-1); UDP drops are 0; raw and unix sockets are not modelled (headers only).
// /proc/net/psched lives here too (the constants tc reads).

import { TCP_CLOSE, TCP_ESTABLISHED, TCP_LISTEN } from "../../uapi/socket.js";
import { registerProcEntry } from "../fs/procfs.js";
import { procTextFile } from "../fs/proc_text.js";
import type { Task } from "../task/task.js";
import { netCore } from "../core/net_namespace.js";
import { jiffiesToClockT, nsToJiffies } from "../core/jiffies.js";
import { hashinfo } from "./inet_hashtables.js";
import { tcpQueues } from "./tcp.js";
import type { TcpSock } from "./tcp_sock.js";
import type { UdpSock } from "./udp.js";
import type { InetSock } from "./inet_sock.js";
import { hex32le } from "./igmp.js";

const hex8 = (n: number) => (n >>> 0).toString(16).toUpperCase().padStart(8, "0");
const hex4 = (n: number) => n.toString(16).toUpperCase().padStart(4, "0");

function addr6(a: bigint): string {
  let s = "";
  for (let w = 3; w >= 0; w--) s += hex32le(Number((a >> BigInt(32 * w)) & 0xffffffffn));
  return s;
}

/** jiffies_to_clock_t() of a duration in ns. */
function clockT(ns: number): number {
  return jiffiesToClockT(nsToJiffies(ns));
}

/** A stand-in for the hashed %pK pointer: 16 hex digits derived from the inode. */
function pointer(sk: InetSock): string {
  return (0x1000 + sk.ino).toString(16).padStart(16, "0");
}

function endpoints(sk: InetSock, local: number, local6: bigint, remote: number, remote6: bigint, rport: number): string {
  return sk.family === 4
    ? `${hex32le(local)}:${hex4(sk.sport)} ${hex32le(remote)}:${hex4(rport)}`
    : `${addr6(local6)}:${hex4(sk.sport)} ${addr6(remote6)}:${hex4(rport)}`;
}

const TCP_ATO_MIN_CLOCK = 4;

/** get_tcp4_sock / get_tcp6_sock, and get_timewait4_sock for a socket in its TIME_WAIT / FIN_WAIT2 linger. */
function tcpRow(t: TcpSock, i: number, now: number): string {
  const listening = t.state === TCP_LISTEN;
  const ends = endpoints(t, listening ? t.rcvSaddr : t.saddr, listening ? t.rcvSaddr6 : t.saddr6, listening ? 0 : t.daddr, listening ? 0n : t.daddr6, listening ? 0 : t.dport);
  const sl = String(i).padStart(4);
  const due = (at: number) => hex8(Math.max(0, clockT(at - now)));
  if (t.lingerTimer && !t.lingerTimer.cancelled) {
    return `${sl}: ${ends} ${hex4(t.state).slice(2)} 00000000:00000000 03:${due(t.lingerTimer.at)} 00000000     0        0 0 3 ${pointer(t)}`;
  }
  // A listener's rx_queue is its accept backlog and nothing is in flight; others as ss shows them.
  const q = listening ? { sendQ: 0, recvQ: t.acceptq.length } : tcpQueues(t);
  const retrans = t.rtoTimer && !t.rtoTimer.cancelled && t.rtoDue !== undefined;
  const timer = retrans ? `01:${due(t.rtoDue!)}` : "00:00000000";
  // A listener's refcount is its file's; a connected socket is also held by the established hash.
  const ref = listening || t.passive ? 1 : 2;
  const ato = !listening && (t.rcvNxt - t.irs) >>> 0 > 1 ? TCP_ATO_MIN_CLOCK : 0;
  const tail = listening ? "0" : "-1";
  return (
    `${sl}: ${ends} ${hex4(t.state).slice(2)} ${hex8(q.sendQ)}:${hex8(q.recvQ)} ${timer} ${hex8(retrans ? t.retransmits : 0)} ` +
    `${"0".padStart(5)} ${"0".padStart(8)} ${t.hasFile ? t.ino : 0} ${ref} ${pointer(t)} ${clockT(t.rto)} ${ato} ${t.pingpong ? 1 : 0} ${t.cwnd} ${tail}`
  );
}

function tcpSockets(task: Task, family: 4 | 6): TcpSock[] {
  const all = ([...hashinfo(task.netns, "tcp").all] as TcpSock[]).filter((t) => t.family === family && t.state !== TCP_CLOSE);
  // tcp_seq_next(): the listening hash first, then the established one.
  return [...all.filter((t) => t.state === TCP_LISTEN), ...all.filter((t) => t.state !== TCP_LISTEN)];
}

const TCP4_HEADER = "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode";
const TCP6_HEADER =
  "  sl  local_address                         remote_address                        st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode";
const UDP4_HEADER = "   sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode ref pointer drops";
const UDP6_HEADER =
  "  sl  local_address                         remote_address                        st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode ref pointer drops";
const RAW_HEADER = "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode ref pointer drops";

/** seq_pad(): IPv4 rows are padded to TMPSZ - 1 columns (150 for TCP, 128 for UDP). */
const pad = (s: string, width: number) => `${s.padEnd(width - 1)}\n`;

function procTcp(task: Task, family: 4 | 6): string {
  const now = netCore(task.netns).host.clock.now;
  const rows = tcpSockets(task, family).map((t, i) => tcpRow(t, i, now));
  if (family === 6) return [TCP6_HEADER, ...rows].map((l) => `${l}\n`).join("");
  return [TCP4_HEADER, ...rows].map((l) => pad(l, 150)).join("");
}

/** udp_hashfn() without the namespace's random hash mix: the port's slot in a 16384-slot table. */
const UDP_SLOTS_MASK = 16383;

function udpRow(u: UdpSock): string {
  const connected = u.state === TCP_ESTABLISHED;
  const ends = endpoints(u, connected ? u.saddr : u.rcvSaddr, connected ? u.saddr6 : u.rcvSaddr6, connected ? u.daddr : 0, connected ? u.daddr6 : 0n, connected ? u.dport : 0);
  return (
    `${String(u.sport & UDP_SLOTS_MASK).padStart(5)}: ${ends} ${connected ? "01" : "07"} 00000000:${hex8(u.rcvqBytes)} 00:00000000 00000000 ` +
    `${"0".padStart(5)} ${"0".padStart(8)} ${u.ino} 2 ${pointer(u)} 0`
  );
}

function procUdp(task: Task, family: 4 | 6): string {
  const socks = ([...hashinfo(task.netns, "udp").all] as UdpSock[]).filter((u) => u.family === family && !u.closed);
  const rows = socks.sort((a, b) => (a.sport & UDP_SLOTS_MASK) - (b.sport & UDP_SLOTS_MASK)).map(udpRow);
  if (family === 6) return [UDP6_HEADER, ...rows].map((l) => `${l}\n`).join("");
  return [UDP4_HEADER, ...rows].map((l) => pad(l, 128)).join("");
}

registerProcEntry("net", "tcp", () => procTextFile((t) => procTcp(t, 4)));
registerProcEntry("net", "tcp6", () => procTextFile((t) => procTcp(t, 6)));
registerProcEntry("net", "udp", () => procTextFile((t) => procUdp(t, 4)));
registerProcEntry("net", "udp6", () => procTextFile((t) => procUdp(t, 6)));
// unix_seq_show(): the header; the model has no AF_UNIX sockets.
registerProcEntry("net", "unix", () => procTextFile(() => "Num       RefCount Protocol Flags    Type St Inode Path\n"));
// psched_show(): NSEC_PER_USEC, PSCHED_TICKS2NS(1), 1000000, NSEC_PER_SEC / hrtimer_resolution (1 ns).
registerProcEntry("net", "psched", () => procTextFile(() => "000003e8 00000040 000f4240 3b9aca00\n"));
registerProcEntry("net", "raw", () => procTextFile(() => `${RAW_HEADER}\n`));
registerProcEntry("net", "raw6", () => procTextFile(() => `${UDP6_HEADER}\n`));
