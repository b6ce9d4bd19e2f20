// /proc/net/sockstat and /proc/net/sockstat6 (net/ipv4/proc.c sockstat_seq_show,
// net/ipv6/proc.c sockstat6_seq_show), which `ss -s` reads. Per namespace, as
// the kernel keeps them: "sockets: used" (sock_inuse: user socks allocated
// in the namespace until freed), each protocol's "inuse" (prot_inuse: TCP
// socks in the listening or established hash — a TIME_WAIT sock is a
// timewait mini-sock counted by "tw" instead; UDP socks holding a port), the
// TIME_WAIT count and the fragment queues. Host-wide, as in the kernel:
// TCP "orphan" (tcp_orphan_count) and "alloc" (tcp_sockets_allocated) over
// every namespace of the host.
//
// Differs from Linux: "mem" (tcp/udp_memory_allocated) is 0 — the kernel
// charges pages through per-CPU reserves of 1 MB, so the figure moves only
// under bulk traffic, which the model does not account; FRAG memory counts
// the queued payload bytes, not skb truesize; RAW and UDPLITE sockets are
// not modelled (0).

import { registerProcEntry } from "../fs/procfs.js";
import { procTextFile } from "../fs/proc_text.js";
import type { NetNamespace } from "../core/netns.js";
import type { Task } from "../task/task.js";
import { TCP_CLOSE, TCP_SYN_RECV, TCP_TIME_WAIT } from "../../uapi/socket.js";
import { hostSockList, type InetSock } from "./inet_sock.js";
import { ipFragStats } from "./ip_fragment.js";
import type { TcpSock } from "./tcp_sock.js";
import type { UdpSock } from "./udp.js";

/** A SYN_RECV child still on its listener is a request sock (reqsk), not a full sock. */
function isRequest(t: TcpSock): boolean {
  return t.state === TCP_SYN_RECV && t.parent !== undefined;
}

/** Whether the sock is still allocated (not yet __sk_free'd); a TIME_WAIT sock was replaced by its timewait sock. */
function allocated(sk: InetSock): boolean {
  if (sk.proto === "udp") return !(sk as UdpSock).closed;
  const t = sk as TcpSock;
  if (isRequest(t) || t.state === TCP_TIME_WAIT) return false;
  return t.hasFile || t.parent !== undefined || t.state !== TCP_CLOSE;
}

/** prot_inuse: in the TCP listening/established hash, or holding a UDP port. */
function hashed(sk: InetSock): boolean {
  if (sk.proto === "udp") return !(sk as UdpSock).closed && sk.sport !== 0;
  const t = sk as TcpSock;
  return !isRequest(t) && t.state !== TCP_CLOSE && t.state !== TCP_TIME_WAIT;
}

export interface SockStat {
  used: number;
  tcp: number;
  tcp6: number;
  udp: number;
  udp6: number;
  tw: number;
  orphan: number;
  alloc: number;
}

/** The counters sockstat shows for `ns`; frees (drops from the list) socks that are gone. */
export function sockStat(ns: NetNamespace): SockStat {
  const st: SockStat = { used: 0, tcp: 0, tcp6: 0, udp: 0, udp6: 0, tw: 0, orphan: 0, alloc: 0 };
  const list = hostSockList(ns);
  for (const sk of [...list]) {
    const t = sk.proto === "tcp" ? (sk as TcpSock) : undefined;
    const tw = t?.state === TCP_TIME_WAIT;
    if (!allocated(sk) && !tw) {
      if (!t || !isRequest(t)) list.delete(sk);
      continue;
    }
    if (t && !tw) {
      st.alloc++;
      if (t.orphan && t.state !== TCP_CLOSE) st.orphan++;
    }
    if (sk.ns !== ns) continue;
    if (tw) {
      st.tw++;
      continue;
    }
    st.used++;
    if (!hashed(sk)) continue;
    if (sk.proto === "tcp") st[sk.family === 6 ? "tcp6" : "tcp"]++;
    else st[sk.family === 6 ? "udp6" : "udp"]++;
  }
  return st;
}

function sockstat(t: Task): string {
  const s = sockStat(t.netns);
  const f = ipFragStats(t.netns);
  return (
    `sockets: used ${s.used}\n` +
    `TCP: inuse ${s.tcp} orphan ${s.orphan} tw ${s.tw} alloc ${s.alloc} mem 0\n` +
    `UDP: inuse ${s.udp} mem 0\n` +
    "UDPLITE: inuse 0\n" +
    "RAW: inuse 0\n" +
    `FRAG: inuse ${f.inuse} memory ${f.memory}\n`
  );
}

function sockstat6(t: Task): string {
  const s = sockStat(t.netns);
  return `TCP6: inuse ${s.tcp6}\nUDP6: inuse ${s.udp6}\nUDPLITE6: inuse 0\nRAW6: inuse 0\nFRAG6: inuse 0 memory 0\n`;
}

registerProcEntry("net", "sockstat", () => procTextFile(sockstat));
registerProcEntry("net", "sockstat6", () => procTextFile(sockstat6));
