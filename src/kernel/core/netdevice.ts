// struct net_device and its operations (include/linux/netdevice.h): identity
// (name, ifindex, namespace), the IFF_* flags the administrator sets, carrier
// and operational state, MTU limits, addresses, queue parameters, statistics,
// the master/rx_handler hook a bridge claims, and the driver's callbacks.
// Drivers (kernel/drivers/*) fill NetDeviceOps; core/dev.ts runs the state
// machine; tools see a device only through an RTM_NEWLINK reply.

import { NOOP_QDISC, type DevSched, type Qdisc } from "../sched/qdisc.js";
import type { BrFdbMsg, RtmDelNeighBridge, RtmDelNeighBridgeBulk, RtmNewNeighBridge } from "../../uapi/if_bridge_fdb.js";
import type { IflaBrportInfo, IflaLinkInfo, IfOperState, RtnlLinkStats64 } from "../../uapi/if_link.js";
import { zeroStats64 } from "../../uapi/if_link.js";
import type { NetNamespace } from "./netns.js";
import type { SkBuff } from "./skbuff.js";

/** What an rx_handler did with a frame (enum rx_handler_result). */
export type RxHandlerResult = "CONSUMED" | "ANOTHER" | "EXACT" | "PASS";

/** NET_ADDR_* (dev->addr_assign_type): where the MAC came from. */
export type AddrAssignType = "PERM" | "RANDOM" | "STOLEN" | "SET";

/**
 * netdev_tx_t, and NET_XMIT_DROP ("DROP"), which a driver such as veth
 * returns for a frame it freed (the peer refused it): dev_queue_xmit() hands
 * that back up the output path, where ip_send_skb() turns it into ENOBUFS.
 */
export type NetdevTx = "OK" | "BUSY" | "DROP";

export interface NetDeviceOps {
  /** rtnl_link_ops->kind ("veth", "bridge", "dummy"); undefined for lo and physical NICs. */
  readonly kind?: string;
  /** ethtool -i driver name. */
  readonly driver: string;
  ndoOpen?(dev: NetDevice): void;
  ndoStop?(dev: NetDevice): void;
  /** Hands a frame to the driver (ndo_start_xmit). The driver owns the skb afterwards. */
  ndoStartXmit(skb: SkBuff, dev: NetDevice): NetdevTx;
  /**
   * For the aggregated flood (dev_rx_batch.ts): when ndoStartXmit would hand a
   * frame of `len` bytes unchanged to netif_rx() of another device after only
   * counting (a veth whose peer is up and whose MTU fits), count exactly what
   * it counts and return that device; otherwise change nothing and return
   * undefined (the caller then transmits the frame for real).
   */
  ndoForwardToPeer?(dev: NetDevice, len: number): NetDevice | undefined;
  /**
   * The device ndoForwardToPeer hands frames to, without counting anything.
   * Defined only by drivers whose ndoForwardToPeer is exactly: when the peer
   * is up and `len` <= its MTU + 18, count tx on dev and rx on the peer (a
   * veth); the counted flood (bridge/br_flood_count.ts) relies on it.
   */
  ndoPeer?(dev: NetDevice): NetDevice | undefined;
  /** dev_get_iflink(): the index of the lower/peer device, or the device's own. */
  ndoGetIflink?(dev: NetDevice): number;
  /** rtnl_link_ops->get_link_net: the namespace that ndoGetIflink's index lives in. */
  getLinkNet?(dev: NetDevice): NetNamespace;
  /** rtnl_link_ops->dellink: what else goes when this device is deleted (a veth's peer). */
  dellink?(dev: NetDevice): NetDevice[];
  /** IFLA_INFO_DATA / slave data for RTM_NEWLINK replies. */
  fillInfo?(dev: NetDevice, info: IflaLinkInfo): void;
  /** ndo_set_mac_address beyond the core's checks (a bridge pins its address). */
  ndoSetMacAddress?(dev: NetDevice, addr: Uint8Array): void;
  /** Called after the MTU changed (a bridge port's MTU bounds the bridge). */
  ndoChangeMtu?(dev: NetDevice, mtu: number): void;
  /** ndo_add_slave: enslave `port` to this master. Missing = EOPNOTSUPP. */
  ndoAddSlave?(dev: NetDevice, port: NetDevice, extack: (msg: string) => void): void;
  ndoDelSlave?(dev: NetDevice, port: NetDevice): void;
  /** ethtool -S: the driver's statistics names and values. */
  ethtoolStats?(dev: NetDevice): Array<[string, number]>;
  /** ndo_fdb_add / ndo_fdb_del / ndo_fdb_dump: a driver's own forwarding database (vxlan), reached with NTF_SELF. */
  ndoFdbAdd?(dev: NetDevice, req: RtmNewNeighBridge): void;
  ndoFdbDel?(dev: NetDevice, req: RtmDelNeighBridge): void;
  ndoFdbDump?(dev: NetDevice): BrFdbMsg[];
  /** ndo_fdb_del_bulk: `bridge fdb flush dev DEV self`. */
  ndoFdbDelBulk?(dev: NetDevice, req: RtmDelNeighBridgeBulk): void;
  /** Features, as `ethtool -k` lists them for this driver. */
  readonly featuresFile: string;
  /** ethtool_ops members beyond the generic ones (tun: bus-info per mode, coalesce, msglevel). */
  readonly ethtool?: {
    readonly busInfo?: string;
    getCoalesce?(dev: NetDevice): { rxFrames: number };
    /** set_coalesce with the parameters it supports (supported_coalesce_params), by attribute name. */
    setCoalesce?(dev: NetDevice, values: ReadonlyMap<string, number>): void;
    readonly coalesceSupported?: ReadonlySet<string>;
    /** get_channels for drivers other than veth (tun: one combined channel, or MAX_TAP_QUEUES). */
    getChannels?(dev: NetDevice): { maxCombined: number; combined: number };
    getMsglevel?(dev: NetDevice): number;
    setMsglevel?(dev: NetDevice, value: number): void;
  };
  /** The link speed get_link_ksettings reports (Mb/s), when the driver has one: veth and tun say 10000. */
  readonly speedMbps?: number;
  /** get_link_ksettings answered by another device (vxlan_get_link_ksettings: the lower device's). */
  linkSettingsDev?(dev: NetDevice): NetDevice | undefined;
  /**
   * Set for drivers without IFF_NO_QUEUE (tun/tap, ifb, NICs): dev_activate()
   * attaches the default qdisc (pfifo_fast, or mq over several queues);
   * without it the device gets noqueue.
   */
  readonly defaultQdisc?: "pfifo_fast";
  /** dev->real_num_tx_queues when the driver uses fewer than it allocated (veth: 1 unless asked); default all. */
  realNumTxQueues?(dev: NetDevice): number;
  /** Driver attributes under /sys/class/net/DEV (tun's tun_flags/owner/group): name and show(). */
  sysfsAttrs?(dev: NetDevice): Array<[string, () => string]>;
}

/** What a counted flood owes a device's counters (bridge/br_flood_count.ts). */
export interface FloodOwed {
  owed(): boolean;
  settle(): void;
}

export class NetDevice {
  name: string;
  ifindex = 0;
  net: NetNamespace;
  /** ARPHRD_* */
  type: number;
  /** Administrative flags (IFF_UP, IFF_NOARP, IFF_PROMISC...); RUNNING/LOWER_UP are derived. */
  flags: number;
  /** dev->gflags: what the user asked for with promisc/allmulti (counted separately below). */
  promiscuity = 0;
  allmulti = 0;
  /** IFF_PROMISC / IFF_ALLMULTI as set by the user (dev->gflags): one count each in the counters. */
  userPromisc = false;
  userAllmulti = false;
  mtu: number;
  minMtu: number;
  maxMtu: number;
  addr: Uint8Array;
  broadcast: Uint8Array;
  permAddr?: Uint8Array;
  addrAssignType: AddrAssignType = "RANDOM";
  txqueuelen: number;
  numTxQueues = 1;
  numRxQueues = 1;
  gsoMaxSize = 65536;
  gsoMaxSegs = 65535;
  tsoMaxSize = 524280;
  tsoMaxSegs = 65535;
  groMaxSize = 65536;
  group = 0;
  linkMode = 0;
  alias?: string;
  addrGenMode = 0;
  /** __LINK_STATE_NOCARRIER, inverted. */
  carrier = true;
  carrierUpCount = 0;
  carrierDownCount = 0;
  operstate: IfOperState = 0;
  /** NETIF_F_NETNS_LOCAL: may not change namespace (lo, bridge). */
  netnsLocal = false;
  /** NETREG_*: a device only counts once registered. */
  regState: "UNINITIALIZED" | "REGISTERED" | "UNREGISTERED" = "UNINITIALIZED";
  /** Upper device this one is enslaved to (bridge port -> bridge). */
  master?: NetDevice;
  /** Who owns frames arriving on this device before the protocols see them. */
  rxHandler?: (skb: SkBuff) => RxHandlerResult;
  /** rx_handler_data: the rx_handler's own state for this device (a bridge port's net_bridge_port). */
  rxHandlerData?: unknown;
  /** Slave kind + data for replies (a bridge port reports kind "bridge"). */
  slaveInfo?: () => { kind: string; port: IflaBrportInfo };
  /** The counters as last written; `stats` adds what a counted flood still owes first. */
  readonly ownStats: RtnlLinkStats64 = zeroStats64();
  /**
   * Set while the device is a port (floodPort) or a port's peer (floodPeer)
   * in a bridge's counted flood (bridge/br_flood_count.ts), which counts
   * floods once per bridge and pays each device its share when read.
   */
  floodPort: FloodOwed | undefined = undefined;
  floodPeer: FloodOwed | undefined = undefined;
  /** Driver-private state (veth peer, bridge). */
  priv: unknown;
  /** dev_rx.ts rxQuiet's cached device test (the aggregated flood). */
  rxQuietCache: unknown = undefined;
  /** dev->ip6_ptr: the IPv6 state (ipv6/inet6_dev.ts), a field because every IPv6 frame received reads it. */
  ip6Ptr: unknown = undefined;
  /**
   * dev->ip_ptr (ipv4/devinet.ts), the in_device's multicast list
   * (ipv4/igmp.ts), dev->uc/dev->mc (core/dev_addr_lists.ts) and the name the
   * device's sysctl directories were registered under (fs/procfs-sys.ts):
   * fields, not WeakMaps keyed by the device, as every device has them (a
   * WeakMap entry costs more memory than a field, and major GCs trace
   * ephemerons the slow way).
   */
  ipPtr: unknown = undefined;
  ipMcPtr: unknown = undefined;
  addrLists: unknown = undefined;
  sysctlName: string | undefined = undefined;
  /** The device's entry in its namespace's sysctl table while registered under a device name (fs/procfs-sys.ts sysctlGetDevOf). */
  sysctlConf: unknown = undefined;
  /** addrconf saw NETDEV_UP since the last DOWN/UNREGISTER (ipv6/addrconf.ts; was a WeakSet of devices). */
  addrconfUpSeen = false;
  /** The device's neighbour records (core/neighbour.ts: one per table and namespace holding entries, chained). */
  neighRecs: unknown = undefined;
  /** dev->qdisc: the root qdisc (kernel/sched); noop_qdisc until dev_activate() first attaches the default. */
  qdisc: Qdisc = NOOP_QDISC;
  /** Whether a tx queue's qdisc queues: dev_queue_xmit's one test before the driver. */
  qdiscQueued = false;
  /**
   * The rest of the scheduler's per-device state (tx queues, ingress queue,
   * qdisc hash: kernel/sched/sch_generic.ts DevSched), made when a device
   * first needs more than the shared default noqueue: one field, as most
   * devices (every container's) never do.
   */
  sched: DevSched | undefined = undefined;
  /**
   * Whether the tx queue runs the attached qdisc (dev_activate with carrier)
   * rather than noop (before the first carrier at open, after dev_deactivate).
   * While the device is up and this is false, qdisc_tx_changing() holds, which
   * makes a carrier-on event urgent for linkwatch.
   */
  txActive = false;
  /** Per-namespace registration order, for dumps in the kernel's list order. */
  seq = 0;

  constructor(
    readonly ops: NetDeviceOps,
    init: {
      name: string;
      net: NetNamespace;
      type: number;
      flags: number;
      mtu: number;
      minMtu: number;
      maxMtu: number;
      addr: Uint8Array;
      broadcast: Uint8Array;
      txqueuelen: number;
    },
  ) {
    this.name = init.name;
    this.net = init.net;
    this.type = init.type;
    this.flags = init.flags;
    this.mtu = init.mtu;
    this.minMtu = init.minMtu;
    this.maxMtu = init.maxMtu;
    this.addr = init.addr;
    this.broadcast = init.broadcast;
    this.txqueuelen = init.txqueuelen;
  }

  /** dev->stats (rtnl_link_stats64): reading or writing it first settles what a counted flood owes. */
  get stats(): RtnlLinkStats64 {
    const a = this.floodPort;
    if (a !== undefined && a.owed()) a.settle();
    const b = this.floodPeer;
    if (b !== undefined && b.owed()) b.settle();
    return this.ownStats;
  }

  get isUp(): boolean {
    return (this.flags & 0x1) !== 0;
  }

  /** dev_get_iflink() */
  get iflink(): number {
    return this.ops.ndoGetIflink ? this.ops.ndoGetIflink(this) : this.ifindex;
  }
}

let usableHook: ((dev: NetDevice) => void) | undefined;
/** Told whenever a device's IFF_UP or operstate changes (bridge/br_if.ts: what a bridge port's carrier check reads). */
export function setDevUsableHook(fn: (dev: NetDevice) => void): void {
  usableHook = fn;
}
export function devUsableChanged(dev: NetDevice): void {
  usableHook?.(dev);
}

/**
 * The device whose get_link_ksettings answers for dev: a stacked device (vxlan)
 * reports its lower device's settings; undefined when there is none.
 */
export function linkSettingsDev(dev: NetDevice): NetDevice | undefined {
  let d: NetDevice | undefined = dev;
  for (let i = 0; i < 8 && d?.ops.linkSettingsDev; i++) d = d.ops.linkSettingsDev(d);
  return d;
}

export function formatMac(a: Uint8Array): string {
  return [...a].map((b) => b.toString(16).padStart(2, "0")).join(":");
}

export function isMulticastEtherAddr(a: Uint8Array): boolean {
  return (a[0]! & 1) === 1;
}

export function isZeroEtherAddr(a: Uint8Array): boolean {
  return a.every((b) => b === 0);
}

/** is_valid_ether_addr(): not multicast, not all zeros. */
export function isValidEtherAddr(a: Uint8Array): boolean {
  return a.length === 6 && !isMulticastEtherAddr(a) && !isZeroEtherAddr(a);
}

export function etherAddrEqual(a: Uint8Array, b: Uint8Array): boolean {
  for (let i = 0; i < 6; i++) if (a[i] !== b[i]) return false;
  return true;
}

export const ETH_BROADCAST = new Uint8Array([0xff, 0xff, 0xff, 0xff, 0xff, 0xff]);
