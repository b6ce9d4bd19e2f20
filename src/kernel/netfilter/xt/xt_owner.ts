// Matches on the local socket of a packet:
// - owner (net/netfilter/xt_owner.c, revision 1), OUTPUT and POSTROUTING:
//   whether the packet has a socket, and the uid/gid of the file that owns it.
// - socket (net/netfilter/xt_socket.c, revision 3), PREROUTING and INPUT:
//   whether a local socket would take the packet (nf_sk_lookup_slow_v4),
//   ignoring wildcard-bound ones unless --nowildcard; --restore-skmark copies
//   the socket's mark to the packet.
// - cgroup (net/netfilter/xt_cgroup.c, revision 2), INPUT/OUTPUT/POSTROUTING:
//   the cgroup v2 path or net_cls classid of the packet's socket.
//
// Where we differ: the skb carries no socket in the model, so the socket of
// a locally sent packet is found again from its addresses and ports in the
// namespace's TCP/UDP tables (an established TCP connection or listener, a
// bound UDP socket) or, for an echo request, ping's socket by its id. What
// the kernel sends itself (echo replies, ICMP errors, RSTs) goes out on the
// control socket, which exists but has no file; other protocols' sockets
// (raw) are taken for that control socket too. A file's uid is its socket's
// sk_uid, its gid taken to be the same number (sockets keep no group); every
// process is in the root cgroup with classid 0; no socket is IP_TRANSPARENT
// or has an SO_MARK. IPv6 packets never have a socket (the model's sockets
// are IPv4 only).

import type { XtCgroup, XtOwner, XtSocket } from "../../../uapi/xt_ext_match.js";
import {
  XT_OWNER_GID,
  XT_OWNER_SOCKET,
  XT_OWNER_SUPPL_GROUPS,
  XT_OWNER_UID,
  XT_SOCKET_NOWILDCARD,
  XT_SOCKET_RESTORESKMARK,
  XT_SOCKET_TRANSPARENT,
} from "../../../uapi/xt_ext_match.js";
import { TCP_LISTEN, TCP_SYN_RECV, TCP_TIME_WAIT } from "../../../uapi/socket.js";
import { NF_INET_LOCAL_IN, NF_INET_LOCAL_OUT } from "../../../uapi/x_tables.js";
import { RTN_LOCAL } from "../../../uapi/route.js";
import { inetAddrType } from "../../ipv4/fib.js";
import { pingSockById } from "../../ipv4/ping.js";
import type { NetNamespace } from "../../core/netns.js";
import { inetLookupBound, inetLookupEstablished, type HashedSock } from "../../ipv4/inet_hashtables.js";
import type { XtPkt } from "../pktinfo.js";
import { HOOK_IN, HOOK_OUT, HOOK_POST, HOOK_PRE, xtRegisterMatch } from "../xt_registry.js";

const IPPROTO_ICMP = 1;
const IPPROTO_TCP = 6;
const IPPROTO_UDP = 17;

/**
 * The credentials of a socket's file: its fsuid is the socket's sk_uid (the
 * creator's uid, root unless runuser changed it). Sockets keep no group, so
 * the fsgid is taken to be the same number, which holds for root, nobody and
 * most of Debian's system users; the only supplementary group is that one.
 */
const credOf = (uid: number) => ({ fsuid: uid, fsgid: uid, groups: [uid] });

/**
 * The socket that owns (laddr, lport) <-> (raddr, rport): __inet_lookup for
 * TCP (established, then listener), __udp4_lib_lookup for UDP (connected
 * sockets only for their peer).
 */
export function lookupSock(net: NetNamespace, proto: number, laddr: number, lport: number, raddr: number, rport: number, iif: number): HashedSock | undefined {
  if (proto === IPPROTO_TCP)
    return inetLookupEstablished(net, "tcp", laddr, lport, raddr, rport) ?? inetLookupBound(net, "tcp", laddr, lport, iif, (sk) => sk.state === TCP_LISTEN);
  if (proto === IPPROTO_UDP)
    return inetLookupBound(net, "udp", laddr, lport, iif, (sk) => (!sk.daddr || sk.daddr === raddr) && (!sk.dport || sk.dport === rport));
  return undefined;
}

function ports(p: XtPkt): [number, number] | undefined {
  // The model's sockets are IPv4 only: an IPv6 packet has none.
  if (p.fragoff || p.ip6) return undefined;
  const d = p.skb.data;
  const o = p.thoff;
  if (d.length < o + 4) return undefined;
  return [(d[o]! << 8) | d[o + 1]!, (d[o + 2]! << 8) | d[o + 3]!];
}

/** skb->sk of a locally sent packet: the socket its source address and port belong to. */
function outputSock(p: XtPkt): HashedSock | undefined {
  const pp = ports(p);
  if (!pp) return undefined;
  return lookupSock(p.state.net, p.iph.protocol, p.iph.saddr, pp[0], p.iph.daddr, pp[1], 0);
}

const TCP_FIN_WAIT1 = 4;
const TCP_LAST_ACK = 9;
const TCP_CLOSING = 11;

/**
 * Whether the sender still has sk_socket: a SYN-ACK is sent for a request
 * socket, which sk_to_full_sk() turns into its listener; an accepted
 * connection has none until accept(); a closed one loses it (sock_orphan)
 * right after tcp_close() has sent its FIN, so that FIN still has it.
 */
function hasSocket(p: XtPkt, sk: HashedSock): boolean {
  if (sk.hasFile) return true;
  const parent = (sk as { parent?: HashedSock }).parent;
  if (sk.state === TCP_SYN_RECV && parent) return parent.hasFile;
  const fin = p.iph.protocol === IPPROTO_TCP && !!(p.skb.data[p.thoff + 13]! & 1);
  return fin && (sk.state === TCP_FIN_WAIT1 || sk.state === TCP_LAST_ACK || sk.state === TCP_CLOSING);
}

/**
 * Who sent a locally generated packet: a process's socket ("user"), the
 * namespace's control socket the kernel answers with (ICMP echo replies and
 * errors, TCP RSTs and TIME_WAIT ACKs: it has a struct socket but no file,
 * "ctl"), or nothing ("none": forwarded packets, and a socket that has lost
 * its sk_socket). In POSTROUTING a packet counts as local when its source
 * address is one of ours.
 */
function ownerOf(p: XtPkt): { who: "user"; uid: number } | { who: "ctl" | "none" } {
  if (p.ip6) return { who: "none" };
  const sk = outputSock(p);
  if (sk && sk.state !== TCP_TIME_WAIT) return hasSocket(p, sk) ? { who: "user", uid: sk.uid } : { who: "none" };
  const d = p.skb.data;
  if (!sk && p.iph.protocol === IPPROTO_ICMP && !p.fragoff && d.length >= p.thoff + 8 && d[p.thoff] === 8) {
    const ps = pingSockById(p.state.net, (d[p.thoff + 4]! << 8) | d[p.thoff + 5]!);
    if (ps) return { who: "user", uid: ps.uid };
  }
  const local = p.hook === NF_INET_LOCAL_OUT || inetAddrType(p.state.net, p.iph.saddr) === RTN_LOCAL;
  return { who: local ? "ctl" : "none" };
}

function ownerMatch(p: XtPkt, d: object): boolean {
  const o = d as XtOwner;
  const owner = ownerOf(p);
  if (owner.who === "none") return (o.match ^ o.invert) === 0;
  if (o.match & o.invert & XT_OWNER_SOCKET) return false;
  if (owner.who !== "user") return ((o.match ^ o.invert) & (XT_OWNER_UID | XT_OWNER_GID)) === 0;
  const cred = credOf(owner.uid);
  if (o.match & XT_OWNER_UID && (cred.fsuid >= o.uidMin && cred.fsuid <= o.uidMax) === !!(o.invert & XT_OWNER_UID)) return false;
  if (o.match & XT_OWNER_GID) {
    let hit = cred.fsgid >= o.gidMin && cred.fsgid <= o.gidMax;
    if (!hit && o.match & XT_OWNER_SUPPL_GROUPS) hit = cred.groups.some((g) => g >= o.gidMin && g <= o.gidMax);
    if (hit === !!(o.invert & XT_OWNER_GID)) return false;
  }
  return true;
}

xtRegisterMatch({
  name: "owner",
  revisions: [1],
  hooks: HOOK_OUT | HOOK_POST,
  match: ownerMatch,
  check: (_ctx, d) => {
    const o = d as XtOwner;
    if (o.match & ~0xf) return "EINVAL";
    // A range whose end comes before its start is refused.
    if (o.match & XT_OWNER_UID && o.uidMax < o.uidMin) return "EINVAL";
    if (o.match & XT_OWNER_GID && o.gidMax < o.gidMin) return "EINVAL";
    return undefined;
  },
});

function socketMatch(p: XtPkt, d: object): boolean {
  const flags = (d as XtSocket).flags;
  const pp = ports(p);
  if (!pp) return false;
  const sk = lookupSock(p.state.net, p.iph.protocol, p.iph.daddr, pp[1], p.iph.saddr, pp[0], p.in?.ifindex ?? 0);
  if (!sk) return false;
  // TIME_WAIT entries are not full sockets.
  const full = sk.state !== TCP_TIME_WAIT;
  const wildcard = !(flags & XT_SOCKET_NOWILDCARD) && full && sk.rcvSaddr === 0;
  // No socket is IP_TRANSPARENT in the model.
  const transparent = !(flags & XT_SOCKET_TRANSPARENT);
  if (flags & XT_SOCKET_RESTORESKMARK && !wildcard && transparent && full) p.skb.mark = 0;
  return !wildcard && transparent;
}

xtRegisterMatch({
  name: "socket",
  revisions: [1, 2, 3],
  hooks: HOOK_PRE | HOOK_IN,
  match: socketMatch,
  check: (_ctx, d) => ((d as XtSocket).flags & ~7 ? "EINVAL" : undefined),
});

/** The socket early demux attaches on input: an established TCP connection or a connected UDP socket. */
function earlyDemux(p: XtPkt, pp: [number, number]): HashedSock | undefined {
  const { saddr, daddr, protocol } = p.iph;
  if (protocol === IPPROTO_TCP) return inetLookupEstablished(p.state.net, "tcp", daddr, pp[1], saddr, pp[0]);
  if (protocol !== IPPROTO_UDP) return undefined;
  const sk = inetLookupBound(p.state.net, "udp", daddr, pp[1], p.in?.ifindex ?? 0, (s) => s.daddr === saddr && s.dport === pp[0]);
  return sk && sk.rcvSaddr === daddr ? sk : undefined;
}

function cgroupMatch(p: XtPkt, d: object): boolean {
  const c = d as XtCgroup;
  // Received packets carry the socket early demux gave them (none for a listener's SYN); sent ones, their sender's.
  const pp = ports(p);
  const sk = !pp ? undefined : p.hook === NF_INET_LOCAL_IN ? earlyDemux(p, pp) : outputSock(p);
  if (!sk || sk.state === TCP_TIME_WAIT) return false;
  // Every socket belongs to the root cgroup, which is an ancestor of itself only; classid 0.
  if (c.hasClassid) return (c.classid === 0) !== c.invertClassid;
  return (c.path === "/") !== c.invertPath;
}

xtRegisterMatch({
  name: "cgroup",
  revisions: [2],
  hooks: HOOK_IN | HOOK_OUT | HOOK_POST,
  match: cgroupMatch,
  check: (_ctx, d) => {
    const c = d as XtCgroup;
    if (c.hasPath === c.hasClassid) return "EINVAL";
    // cgroup_get_from_path(): only the root of the cgroup v2 hierarchy exists in the model.
    if (c.hasPath && c.path.replace(/\/+$/, "") !== "") return "EINVAL";
    return undefined;
  },
});
