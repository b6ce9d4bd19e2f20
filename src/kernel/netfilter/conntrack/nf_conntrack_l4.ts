// The protocol trackers (net/netfilter/nf_conntrack_proto_{tcp,udp,icmp,
// generic}.c): whether a packet may start a connection, how it moves the
// connection's state, and the timeout it leaves the entry with. Timeouts are
// read from the namespace's net.netfilter.nf_conntrack_* sysctls on every
// packet, as the kernel's per-net timeout tables are.
//
// Knowingly different from Linux: TCP window tracking (tcp_in_window) is not
// modelled — every in-state segment is taken as in-window, as with
// nf_conntrack_tcp_be_liberal=1; only the state machine and its timeouts are.

import { sysctlGet } from "../../fs/procfs-sys.js";
import type { NetNamespace } from "../../core/netns.js";
import { Conn, IPS_ASSURED, IPS_SEEN_REPLY, type CtDir } from "./nf_conntrack.js";
import { IPPROTO_ICMP, IPPROTO_ICMPV6, IPPROTO_TCP, IPPROTO_UDP } from "./nf_conntrack_tuple.js";

/** "kill": the entry leaves the table now (nf_ct_kill_acct), the packet still passes. */
export type L4Verdict = "accept" | "invalid" | "ignore" | "kill";

export function ctSysctl(net: NetNamespace, name: string, dflt: number): number {
  const v = sysctlGet(net, `net.netfilter.nf_conntrack_${name}`);
  const n = v === undefined ? Number.NaN : Number.parseInt(v, 10);
  return Number.isNaN(n) ? dflt : n;
}

const S = { NO: 0, SS: 1, SR: 2, ES: 3, FW: 4, CW: 5, LA: 6, TW: 7, CL: 8, S2: 9, IV: 10, IG: 11 } as const;
const { NO: sNO, SS: sSS, SR: sSR, ES: sES, FW: sFW, CW: sCW, LA: sLA, TW: sTW, CL: sCL, S2: sS2, IV: sIV, IG: sIG } = S;

/** tcp_conntracks[dir][flag index][old state] (the transition table of nf_conntrack_proto_tcp.c). */
const TCP_TABLE: readonly (readonly (readonly number[])[])[] = [
  [
    /* syn    */ [sSS, sSS, sIG, sIG, sIG, sIG, sIG, sSS, sSS, sS2],
    /* synack */ [sIV, sIV, sSR, sIV, sIV, sIV, sIV, sIV, sIV, sSR],
    /* fin    */ [sIV, sIV, sFW, sFW, sLA, sLA, sLA, sTW, sCL, sIV],
    /* ack    */ [sES, sIV, sES, sES, sCW, sCW, sTW, sTW, sCL, sIV],
    /* rst    */ [sIV, sCL, sCL, sCL, sCL, sCL, sCL, sCL, sCL, sCL],
    /* none   */ [sIV, sIV, sIV, sIV, sIV, sIV, sIV, sIV, sIV, sIV],
  ],
  [
    /* syn    */ [sIV, sS2, sIV, sIV, sIV, sIV, sIV, sSS, sIV, sS2],
    /* synack */ [sIV, sSR, sIG, sIG, sIG, sIG, sIG, sIG, sIG, sSR],
    /* fin    */ [sIV, sIV, sFW, sFW, sLA, sLA, sLA, sTW, sCL, sIV],
    /* ack    */ [sIV, sIG, sSR, sES, sCW, sCW, sTW, sTW, sCL, sIG],
    /* rst    */ [sIV, sCL, sCL, sCL, sCL, sCL, sCL, sCL, sCL, sCL],
    /* none   */ [sIV, sIV, sIV, sIV, sIV, sIV, sIV, sIV, sIV, sIV],
  ],
];

const TCP_TIMEOUT_NAMES = ["", "syn_sent", "syn_recv", "established", "fin_wait", "close_wait", "last_ack", "time_wait", "close", "syn_sent"];
const TCP_TIMEOUT_DEFAULTS = [0, 120, 60, 432000, 120, 60, 30, 120, 10, 120];

const FIN = 0x01;
const SYN = 0x02;
const RST = 0x04;
const ACK = 0x10;

/** get_conntrack_index() */
function tcpFlagIndex(flags: number): number {
  if (flags & RST) return 4;
  if (flags & SYN) return flags & ACK ? 1 : 0;
  if (flags & FIN) return 2;
  if (flags & ACK) return 3;
  return 5;
}

/** tcp_error(): flag combinations the kernel refuses outright (tcp_valid_flags). */
function tcpFlagsValid(flags: number): boolean {
  const f = flags & ~(0x80 | 0x40 | 0x08 | 0x20); // CWR, ECE, PSH, URG don't matter
  const ok = [SYN, SYN | ACK, RST, RST | ACK, FIN | ACK, ACK];
  return ok.includes(f);
}

function tcpTimeout(net: NetNamespace, state: number): number {
  return ctSysctl(net, `tcp_timeout_${TCP_TIMEOUT_NAMES[state]}`, TCP_TIMEOUT_DEFAULTS[state]!);
}

export interface L4Tracker {
  /** Refuses packets the protocol finds malformed before any lookup (…_error()). */
  error?(d: Uint8Array, th: number): boolean;
  /** …_new(): may this packet create a connection? Sets up the protocol state. */
  newConn(ct: Conn, d: Uint8Array, th: number): boolean;
  /** …_packet(): moves the state and refreshes the timeout. */
  packet(ct: Conn, dir: CtDir, d: Uint8Array, th: number, now: number): L4Verdict;
}

const tcp: L4Tracker = {
  error: (d, th) => d.length >= th + 20 && tcpFlagsValid(d[th + 13]!),
  newConn(ct, d, th) {
    const flags = d[th + 13]!;
    const st = TCP_TABLE[0]![tcpFlagIndex(flags)]![sNO]!;
    if (st === sSS) {
      ct.tcp = { state: sNO, retrans: 0, lastDir: 0, lastFlags: 0 };
      return true;
    }
    // nf_conntrack_tcp_loose: pick up a connection in the middle (an ACK without SYN).
    if (st === sES && ctSysctl(ct.net, "tcp_loose", 1)) {
      ct.tcp = { state: sNO, retrans: 0, lastDir: 0, lastFlags: 0 };
      return true;
    }
    return false;
  },
  packet(ct, dir, d, th, now) {
    const t = ct.tcp!;
    const flags = d[th + 13]!;
    const idx = tcpFlagIndex(flags);
    const old = t.state;
    const next = TCP_TABLE[dir]![idx]![old]!;
    if (next === sSS && (old === sTW || old === sCL) && dir === 0) {
      // A SYN reopening a closed connection: the old entry is forgotten, a new one starts.
      ct.status &= ~(IPS_SEEN_REPLY | IPS_ASSURED);
    }
    if (next === sIG) return "ignore";
    if (next === sIV) return "invalid";
    if (old === next && t.lastDir === dir && t.lastFlags === flags) t.retrans++;
    else t.retrans = 0;
    t.lastDir = dir;
    t.lastFlags = flags;
    t.state = next;
    let timeout = tcpTimeout(ct.net, next);
    const maxRetrans = ctSysctl(ct.net, "tcp_max_retrans", 3);
    const retransTimeout = ctSysctl(ct.net, "tcp_timeout_max_retrans", 300);
    if (t.retrans >= maxRetrans && timeout > retransTimeout) timeout = retransTimeout;
    if (!(ct.status & IPS_SEEN_REPLY) && dir === 0 && !(flags & SYN) && next === sES) {
      // Picked up mid-stream and not answered yet: the unacknowledged timeout.
      timeout = Math.min(timeout, ctSysctl(ct.net, "tcp_timeout_unacknowledged", 300));
    } else if (!(ct.status & IPS_ASSURED) && (old === sSR || old === sES) && next === sES && ct.status & IPS_SEEN_REPLY) {
      ct.status |= IPS_ASSURED;
    }
    // "If only reply is a RST, we can consider ourselves not to have an established
    // connection": the kernel kills the entry at once (nf_ct_kill_acct in
    // nf_conntrack_proto_tcp.c), before its timeout is refreshed and before
    // nf_conntrack_in marks it SEEN_REPLY.
    if (!(ct.status & IPS_SEEN_REPLY) && flags & RST) return "kill";
    ct.timeout = now + timeout * 1e9;
    return "accept";
  },
};

const udp: L4Tracker = {
  error: (d, th) => d.length >= th + 8,
  newConn(ct) {
    ct.udpStreamAt = 0;
    return true;
  },
  packet(ct, _dir, _d, _th, now) {
    if (!ct.udpStreamAt) ct.udpStreamAt = now + 2e9;
    if (ct.status & IPS_SEEN_REPLY) {
      let extra = ctSysctl(ct.net, "udp_timeout", 30);
      let stream = false;
      if (now > ct.udpStreamAt) {
        extra = ctSysctl(ct.net, "udp_timeout_stream", 120);
        stream = !(ct.status & IPS_ASSURED);
      }
      ct.timeout = now + extra * 1e9;
      if (stream) ct.status |= IPS_ASSURED;
    } else ct.timeout = now + ctSysctl(ct.net, "udp_timeout", 30) * 1e9;
    return "accept";
  },
};

/** ICMP types that start a query (icmp_new: valid_new[]). */
const ICMP_NEW = new Set([8, 13, 15, 17]);

const icmp: L4Tracker = {
  newConn: (ct) => ICMP_NEW.has(ct.orig.type),
  packet(ct, _dir, _d, _th, now) {
    ct.timeout = now + ctSysctl(ct.net, "icmp_timeout", 30) * 1e9;
    return "accept";
  },
};

/** ICMPv6 types that start a query (icmpv6_new: valid_new[]: echo request, node information query). */
const ICMPV6_NEW = new Set([128, 139]);

const icmpv6: L4Tracker = {
  newConn: (ct) => ICMPV6_NEW.has(ct.orig.type),
  packet(ct, _dir, _d, _th, now) {
    ct.timeout = now + ctSysctl(ct.net, "icmpv6_timeout", 30) * 1e9;
    return "accept";
  },
};

const generic: L4Tracker = {
  newConn: () => true,
  packet(ct, _dir, _d, _th, now) {
    ct.timeout = now + ctSysctl(ct.net, "generic_timeout", 600) * 1e9;
    return "accept";
  },
};

export function l4Tracker(proto: number): L4Tracker {
  switch (proto) {
    case IPPROTO_TCP:
      return tcp;
    case IPPROTO_UDP:
      return udp;
    case IPPROTO_ICMP:
      return icmp;
    case IPPROTO_ICMPV6:
      return icmpv6;
    default:
      return generic;
  }
}

/** ICMP error types whose payload quotes the packet that caused them (icmp_error_message). */
export const ICMP_ERROR_TYPES: ReadonlySet<number> = new Set([3, 4, 5, 11, 12]);

/**
 * ICMPv6 messages conntrack leaves untracked (noct_valid_new[] in
 * nf_conntrack_proto_icmpv6.c): MLD query/report/done, router and neighbour
 * solicitations and advertisements, MLDv2 reports.
 */
export const ICMPV6_NOCT_TYPES: ReadonlySet<number> = new Set([130, 131, 132, 133, 134, 135, 136, 143]);
