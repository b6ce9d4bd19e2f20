// netlink_diag (net/netlink/diag.c) over the namespace's netlink sockets: what
// `ss -a`/`ss -l`/`ss -f netlink` list as "nl" rows.
//
// Every network namespace holds the kernel-side sockets its pernet init
// functions create with netlink_kernel_create() (portid 0, one per protocol):
// rtnetlink_net_init (NETLINK_ROUTE), diag_net_init (NETLINK_SOCK_DIAG),
// xfrm_user_net_init (NETLINK_XFRM), audit_net_init (NETLINK_AUDIT),
// fib_netlink_init (NETLINK_FIB_LOOKUP), nfnetlink_net_init
// (NETLINK_NETFILTER), uevent_net_init (NETLINK_KOBJECT_UEVENT) and
// genl_pernet_init (NETLINK_GENERIC). The dump walks protocols in order and,
// inside one, the portid hash table (a randomly seeded rhashtable: verify sorts
// these rows).
//
// The asking socket itself is a NETLINK_SOCK_DIAG socket autobound at its first
// sendmsg to the caller's tgid. While the kernel fills the first dump skb (from
// inside that sendmsg: netlink_dump_start runs the first netlink_dump at once)
// two buffers are charged as receive memory (SK_MEMINFO_RMEM_ALLOC):
// - the request skb, still owned by the kernel sock_diag socket:
//   netlink_sendmsg's skb for the small request (kmalloc 512 plus the sk_buff), truesize 832;
// - the dump skb, already owned by the asker (netlink_skb_set_owner_r before
//   the dump callback): NLMSG_GOODSIZE (3776) + skb overhead, truesize 4352.
// Sockets of other processes (ip monitor and the like) are not modelled: nslab's
// programs talk to the kernel by direct calls and hold no netlink sockets.

export const NETLINK_SOCK_DIAG = 4;

/** The protocols with a per-namespace kernel socket, in protocol order. */
const KERNEL_PROTOCOLS = [0, 4, 6, 9, 10, 12, 15, 16] as const;

/** truesize of the sock_diag request skb while its dump runs. */
const REQUEST_TRUESIZE = 832;
/** truesize of a netlink dump skb of NLMSG_GOODSIZE (the asker has not called recvmsg yet). */
const DUMP_SKB_TRUESIZE = 4352;

/** struct netlink_diag_msg with NETLINK_DIAG_MEMINFO's rmem/wmem, reduced. */
export interface NetlinkDiagMsg {
  protocol: number;
  portid: number;
  /** NETLINK_UNCONNECTED (7, printed UNCONN) for every socket here. */
  state: number;
  groups: number;
  rmem: number;
  wmem: number;
}

/** The dump a NETLINK_SOCK_DIAG socket of process `askerPid` receives (NDIAG_PROTO_ALL). */
export function netlinkDiagDump(askerPid: number): NetlinkDiagMsg[] {
  const out: NetlinkDiagMsg[] = [];
  for (const protocol of KERNEL_PROTOCOLS) {
    const kernel = { protocol, portid: 0, state: 7, groups: 0, rmem: 0, wmem: 0 };
    out.push(kernel);
    if (protocol === NETLINK_SOCK_DIAG) {
      kernel.rmem = REQUEST_TRUESIZE;
      out.push({ protocol, portid: askerPid, state: 7, groups: 0, rmem: DUMP_SKB_TRUESIZE, wmem: 0 });
    }
  }
  return out;
}
