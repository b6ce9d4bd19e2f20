// net/mptcp/pm_kernel.c (6.18) with the genetlink doors of pm_netlink.c: the
// in-kernel path manager's per-namespace endpoints and limits, as `ip mptcp`
// drives them through the "mptcp_pm" family.
//
// - Endpoints: at most MPTCP_PM_ADDR_MAX (8); ids 1..255 from a bitmap, the
//   search resuming at next_id (which follows the highest id given by hand and
//   wraps to 1 at 255); an id of 0 asks for one, as no id does. A duplicate
//   address is EEXIST (ports compared when either side has one), a taken id
//   EBUSY, a ninth endpoint ERANGE, all behind "too many addresses or
//   duplicate one: -N". A dump lists by id.
// - A `signal` endpoint with a port gets a TCP listener of its own on
//   ADDR:PORT (backlog 1024), bound as a socket would be, so a foreign
//   address fails with "create listen socket error: -99"; deleting or
//   flushing the endpoint closes it.
// - Limits: add_addr_accepted 0 and subflows 2 in a new namespace; above 8 is
//   "limit greater than maximum (8)".
// Not modelled: MPTCP connections themselves (nslab has no IPPROTO_MPTCP
// sockets), so what the kernel does to live connections on add/delete/flush/
// change (ADD_ADDR, RM_ADDR, MP_PRIO, new subflows) and the events
// `ip mptcp monitor` prints never happen; the listener's MPTCP-level socket
// (`ss -M`) is not listed.

import { KernelError, kerr } from "../../uapi/errno.js";
import { AF_INET, AF_INET6 } from "../../uapi/if_addr.js";
import { sockaddrIn, sockaddrIn6 } from "../../uapi/socket.js";
import {
  MPTCP_PM_ADDR_FLAG_BACKUP,
  MPTCP_PM_ADDR_FLAG_FULLMESH,
  MPTCP_PM_ADDR_FLAG_IMPLICIT,
  MPTCP_PM_ADDR_FLAG_SIGNAL,
  MPTCP_PM_ADDR_FLAG_SUBFLOW,
  MPTCP_PM_EV_GRP_NAME,
  MPTCP_PM_NAME,
  MPTCP_PM_VER,
  type MptcpPmAddrAttrs,
  type MptcpPmAddrMsg,
  type MptcpPmReply,
  type MptcpPmRequest,
} from "../../uapi/mptcp.js";
import type { NetNamespace } from "../core/netns.js";
import { genlRegisterFamily } from "../netlink/genetlink.js";
import { tcpClose, tcpListen, tcpSocket } from "../ipv4/tcp.js";
import type { TcpSock } from "../ipv4/tcp_sock.js";
import { inetBind } from "../net/socket.js";
import { sysctlGet } from "../fs/procfs-sys.js";

genlRegisterFamily(MPTCP_PM_NAME, MPTCP_PM_VER, [MPTCP_PM_EV_GRP_NAME]);

const MPTCP_PM_ADDR_MAX = 8;
const MPTCP_PM_MAX_ADDR_ID = 255;

interface Endpoint {
  family: number;
  addr4: number;
  addr6: bigint;
  id: number;
  port: number;
  flags: number;
  ifindex: number;
  /** The listener of a signal endpoint with a port (entry->lsk). */
  lsk?: TcpSock;
}

interface PmPernet {
  /** endp_list: port endpoints at the head, the others at the tail. */
  list: Endpoint[];
  ids: Set<number>;
  nextId: number;
  limitAddAddrAccepted: number;
  limitExtraSubflows: number;
}

function pernet(ns: NetNamespace): PmPernet {
  // pm_nl_init_net(): "2 subflows ought to be enough for anybody".
  return ns.get("mptcp_pm", () => ({ list: [], ids: new Set(), nextId: 1, limitAddAddrAccepted: 0, limitExtraSubflows: 2 }));
}

/** mptcp_addresses_equal() */
function addressesEqual(a: Endpoint, b: Endpoint, usePort: boolean): boolean {
  if (a.family !== b.family) return false;
  if (a.family === AF_INET ? a.addr4 !== b.addr4 : a.addr6 !== b.addr6) return false;
  return !usePort || a.port === b.port;
}

/** address_use_port(): only a pure signal endpoint is told apart by its port. */
function addressUsePort(e: Endpoint): boolean {
  return (e.flags & (MPTCP_PM_ADDR_FLAG_SIGNAL | MPTCP_PM_ADDR_FLAG_SUBFLOW)) === MPTCP_PM_ADDR_FLAG_SIGNAL;
}

/** mptcp_pm_parse_entry(): the nest into an entry (a missing family is AF_UNSPEC). */
function parseEntry(a: MptcpPmAddrAttrs): Endpoint {
  return {
    family: a.family ?? 0,
    addr4: a.addr4 ?? 0,
    addr6: a.addr6 ?? 0n,
    id: a.id ?? 0,
    port: a.port ?? 0,
    flags: a.flags ?? 0,
    ifindex: a.ifindex ?? 0,
  };
}

function fill(e: Endpoint): MptcpPmAddrMsg {
  const m: MptcpPmAddrMsg = { family: e.family, id: e.id, flags: e.flags };
  if (e.family === AF_INET) m.addr4 = e.addr4;
  else if (e.family === AF_INET6) m.addr6 = e.addr6;
  if (e.port) m.port = e.port;
  if (e.ifindex) m.ifindex = e.ifindex;
  return m;
}

/** mptcp_pm_nl_create_listen_socket(): bind and listen as a socket of the endpoint's family would; -errno on failure. */
function createListenSocket(ns: NetNamespace, e: Endpoint): number {
  const v6 = e.family === AF_INET6;
  const sk = tcpSocket(ns, v6 ? 6 : 4);
  try {
    inetBind(sk, v6 ? sockaddrIn6(e.addr6, e.port) : sockaddrIn(e.addr4, e.port));
    tcpListen(sk, 1024, Number.parseInt(sysctlGet(ns, "net.core.somaxconn") ?? "4096", 10));
  } catch (err) {
    tcpClose(sk);
    if (err instanceof KernelError) return -err.errno;
    throw err;
  }
  e.lsk = sk;
  return 0;
}

function releaseEntry(e: Endpoint): void {
  if (e.lsk) tcpClose(e.lsk);
  e.lsk = undefined;
}

/** find_next_zero_bit() over ids 1..255 from `from`; 256 when none is free. */
function nextFreeId(p: PmPernet, from: number): number {
  for (let i = from; i <= MPTCP_PM_MAX_ADDR_ID; i++) if (!p.ids.has(i)) return i;
  return MPTCP_PM_MAX_ADDR_ID + 1;
}

/** mptcp_pm_nl_append_new_local_addr(): the new id, or -errno. */
function appendNewLocalAddr(p: PmPernet, e: Endpoint): number {
  if (p.nextId === MPTCP_PM_MAX_ADDR_ID) p.nextId = 1;
  if (p.list.length >= MPTCP_PM_ADDR_MAX) return -34; // ERANGE
  if (e.id && p.ids.has(e.id)) return -16; // EBUSY
  if (!addressUsePort(e)) e.port = 0;
  for (const cur of p.list) {
    // No implicit endpoints here (they come from MPTCP connections), so a match is a duplicate.
    if (addressesEqual(cur, e, cur.port !== 0 || e.port !== 0)) return -17; // EEXIST
  }
  if (!e.id) {
    let id = nextFreeId(p, p.nextId);
    if (id > MPTCP_PM_MAX_ADDR_ID && p.nextId !== 1) {
      p.nextId = 1;
      id = nextFreeId(p, 1);
    }
    if (id > MPTCP_PM_MAX_ADDR_ID) return -22; // EINVAL
    e.id = id;
  }
  p.ids.add(e.id);
  if (e.id > p.nextId) p.nextId = e.id;
  if (e.port) p.list.unshift(e);
  else p.list.push(e);
  return e.id;
}

function addAddr(ns: NetNamespace, a: MptcpPmAddrAttrs): void {
  const p = pernet(ns);
  const e = parseEntry(a);
  if (e.port && !addressUsePort(e)) throw kerr("EINVAL", "flags must have signal and not subflow when using port");
  if (e.flags & MPTCP_PM_ADDR_FLAG_SIGNAL && e.flags & MPTCP_PM_ADDR_FLAG_FULLMESH) {
    throw kerr("EINVAL", "flags mustn't have both signal and fullmesh");
  }
  if (e.flags & MPTCP_PM_ADDR_FLAG_IMPLICIT) throw kerr("EINVAL", "can't create IMPLICIT endpoint");
  if (e.port) {
    const r = createListenSocket(ns, e);
    if (r) throw new KernelError(-r, `create listen socket error: ${r}`);
  }
  const ret = appendNewLocalAddr(p, e);
  if (ret < 0) {
    releaseEntry(e);
    throw new KernelError(-ret, `too many addresses or duplicate one: ${ret}`);
  }
}

function delAddr(ns: NetNamespace, a: MptcpPmAddrAttrs): void {
  const p = pernet(ns);
  const e = parseEntry(a);
  // The zero id is the first subflow's address of each connection: nothing to remove without connections.
  if (e.id === 0) return;
  const i = p.list.findIndex((c) => c.id === e.id);
  if (i < 0) throw kerr("EINVAL", "address not found");
  const [gone] = p.list.splice(i, 1);
  p.ids.delete(gone!.id);
  releaseEntry(gone!);
}

function flushAddrs(ns: NetNamespace): void {
  const p = pernet(ns);
  const old = p.list;
  p.list = [];
  p.ids.clear();
  p.nextId = 1;
  for (const e of old) releaseEntry(e);
}

/** mptcp_pm_nl_set_flags(): only backup and fullmesh change, found by id (no address) or by address. */
function setFlags(ns: NetNamespace, a: MptcpPmAddrAttrs): void {
  const p = pernet(ns);
  const local = parseEntry(a);
  const mask = MPTCP_PM_ADDR_FLAG_BACKUP | MPTCP_PM_ADDR_FLAG_FULLMESH;
  let entry: Endpoint | undefined;
  if (local.family === 0) {
    if (!local.id) throw kerr("EOPNOTSUPP", "missing address ID");
    entry = p.list.find((c) => c.id === local.id);
  } else entry = p.list.find((c) => addressesEqual(c, local, c.port !== 0));
  if (!entry) throw kerr("EINVAL", "address not found");
  if (local.flags & MPTCP_PM_ADDR_FLAG_FULLMESH && entry.flags & (MPTCP_PM_ADDR_FLAG_SIGNAL | MPTCP_PM_ADDR_FLAG_IMPLICIT)) {
    throw kerr("EINVAL", "invalid addr flags");
  }
  entry.flags = (entry.flags & ~mask) | (local.flags & mask);
}

/** parse_limit() */
function checkLimit(v: number | undefined): void {
  if (v !== undefined && v > MPTCP_PM_ADDR_MAX) throw kerr("EINVAL", `limit greater than maximum (${MPTCP_PM_ADDR_MAX})`);
}

function sorted(p: PmPernet): Endpoint[] {
  return [...p.list].sort((x, y) => x.id - y.id);
}

/** The "mptcp_pm" family's doit/dumpit handlers; errors are thrown as KernelError with the extack. */
export function mptcpPmTalk(ns: NetNamespace, req: MptcpPmRequest): MptcpPmReply {
  const p = pernet(ns);
  switch (req.cmd) {
    case "ADD_ADDR":
      addAddr(ns, req.addr);
      return { type: "ack" };
    case "DEL_ADDR":
      delAddr(ns, req.addr);
      return { type: "ack" };
    case "FLUSH_ADDRS":
      flushAddrs(ns);
      return { type: "ack" };
    case "SET_FLAGS":
      setFlags(ns, req.addr);
      return { type: "ack" };
    case "GET_ADDR": {
      if (req.dump) return { type: "addrs", addrs: sorted(p).map(fill) };
      const id = parseEntry(req.addr).id;
      const e = p.list.find((c) => c.id === id);
      if (!e) throw kerr("EINVAL", "address not found");
      return { type: "addrs", addrs: [fill(e)] };
    }
    case "SET_LIMITS":
      checkLimit(req.rcvAddAddrs);
      checkLimit(req.subflows);
      if (req.rcvAddAddrs !== undefined) p.limitAddAddrAccepted = req.rcvAddAddrs;
      if (req.subflows !== undefined) p.limitExtraSubflows = req.subflows;
      return { type: "ack" };
    case "GET_LIMITS":
      return { type: "limits", rcvAddAddrs: p.limitAddAddrAccepted, subflows: p.limitExtraSubflows };
  }
}
