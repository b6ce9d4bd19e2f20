// struct net_bridge and struct net_bridge_port (net/bridge/br_private.h): the
// bridge's ports, forwarding database and the attributes `ip -d link`,
// brctl and sysfs report. Times are kept in centiseconds (clock_t, USER_HZ 100)
// as the netlink attributes carry them.

import type { NetDevice } from "../core/netdevice.js";

export const BR_STATE_DISABLED = 0;
export const BR_STATE_LISTENING = 1;
export const BR_STATE_LEARNING = 2;
export const BR_STATE_FORWARDING = 3;
export const BR_STATE_BLOCKING = 4;

export interface NetBridgePort {
  readonly br: NetBridge;
  readonly dev: NetDevice;
  readonly portNo: number;
  priority: number;
  pathCost: number;
  state: number;
  hairpin: boolean;
  learning: boolean;
  unicastFlood: boolean;
  /** Port flags `bridge link set` may switch that the model only stores and reports. */
  guard?: boolean;
  rootBlock?: boolean;
  fastLeave?: boolean;
  mcastFloodOff?: boolean;
  bcastFloodOff?: boolean;
  neighSuppress?: boolean;
  isolated?: boolean;
  /** BR_MULTICAST_TO_UNICAST, BR_VLAN_TUNNEL, BR_PORT_LOCKED, BR_PROXYARP, BR_PROXYARP_WIFI: stored and reported only. */
  mcastToUcast?: boolean;
  vlanTunnel?: boolean;
  locked?: boolean;
  proxyArp?: boolean;
  proxyArpWifi?: boolean;
  /** p->backup_port (nbp_backup_change): stored and reported, no failover. */
  backupPort?: NetBridgePort;
  /** forward_delay_timer: LISTENING -> LEARNING -> FORWARDING under kernel STP. */
  forwardDelayTimer: StpTimer;
  /** 802.1D port parameters (br_stp.c): what the best BPDU heard on the segment said. */
  designatedRoot: BrId;
  designatedBridge: BrId;
  designatedCost: number;
  designatedPort: number;
  /** Virtual ns the designated root's information was generated (jiffies - message age). */
  designatedAge: number;
  topologyChangeAck: boolean;
  configPending: boolean;
  messageAgeTimer: StpTimer;
  holdTimer: StpTimer;
  /** The user set the path cost (BR_ADMIN_COST). */
  adminCost?: boolean;
  /** br_stp_enable_port/br_stp_disable_port notifications sent for this port (br_ifinfo.ts). */
  enDisSent?: number;
  /** Position in port-list order (br_stp_sel.ts: newer ports have a larger one). */
  readonly seq: number;
  /** br_stp_sel.ts: 0 pending (walked), 1 quiet, 2 quiet and forwarding. */
  selQuiet: number;
  /** br_stp_sel.ts: in the bridge's ccPending (its carrier check may do something). */
  ccMarked: boolean;
}

/** bridge_id: priority (2 bytes, big endian) then the MAC; compared as 8 bytes. */
export interface BrId {
  readonly prio: number;
  readonly addr: Uint8Array;
}

/** A timer_list: pending while `handle` is set, `expires` in virtual ns. */
export interface StpTimer {
  handle?: { cancel(): void };
  expires: number;
}

/** memcmp() of two bridge ids. */
export function brIdCmp(a: BrId, b: BrId): number {
  if (a === b) return 0;
  if (a.prio !== b.prio) return a.prio - b.prio;
  for (let i = 0; i < 6; i++) if (a.addr[i] !== b.addr[i]) return a.addr[i]! - b.addr[i]!;
  return 0;
}

export function brIdCopy(a: BrId): BrId {
  // Ids are never changed in place (a new one replaces the old), so a copy
  // can be the same object: every port of a bridge shares its ids instead of
  // holding two 6-byte arrays (~200 bytes each) of its own.
  return a;
}

/** br_make_port_id(): priority in the top 6 bits, the port number in the low 10. */
export function brPortId(p: NetBridgePort): number {
  return ((p.priority << 10) | (p.portNo & 0x3ff)) & 0xffff;
}

export interface FdbEntry {
  addr: Uint8Array;
  /** undefined: the bridge device's own address. */
  dst?: NetBridgePort;
  isLocal: boolean;
  isStatic: boolean;
  /** Virtual ns of the last time the address was seen. */
  updated: number;
  /** Virtual ns of the last time the entry was used (added, refreshed or forwarded to). */
  used: number;
  /** BR_FDB_ADDED_BY_USER */
  addedByUser: boolean;
  /** BR_FDB_STICKY (`bridge fdb add ... sticky`): the entry never roams to another port. */
  sticky: boolean;
}

export interface NetBridge {
  readonly dev: NetDevice;
  readonly ports: NetBridgePort[];
  /** FDB by "aa:bb:cc:dd:ee:ff". */
  /** By macKey() of the address. */
  readonly fdb: Map<number, FdbEntry>;
  /**
   * Set once a port was made isolated or had mcast_flood/bcast_flood turned off: br_flood's
   * per-port flag tests then run port by port (the aggregated flood is not used).
   */
  floodFlagsSeen?: boolean;
  /** BROPT_NEIGH_SUPPRESS_ENABLED: some port has neigh_suppress (br_recalculate_neigh_suppress_enabled). */
  neighSuppressOn?: boolean;
  /** br->gc_work (br_fdb.ts fdbCleanup) while scheduled: the bridge is up. */
  gcWork?: { cancel(): void };
  /** Set once a port had proxy_arp or proxy_arp_wifi: before that no ARP frame can be answered (br_arp_nd_proxy.ts). */
  proxyArpSeen?: boolean;
  bridgeId: BrId;
  /** The values in use (the root's, learned from its BPDUs), centiseconds: what netlink reports. */
  forwardDelay: number;
  helloTime: number;
  maxAge: number;
  ageingTime: number;
  /** The values configured on this bridge (bridge_forward_delay etc.), centiseconds. */
  bridgeForwardDelay: number;
  bridgeHelloTime: number;
  bridgeMaxAge: number;
  bridgeAgeingTime: number;
  /** 802.1D bridge parameters (br_stp.c). */
  designatedRoot: BrId;
  rootPathCost: number;
  rootPort: number;
  topologyChange: boolean;
  topologyChangeDetected: boolean;
  helloTimer: StpTimer;
  tcnTimer: StpTimer;
  topologyChangeTimer: StpTimer;
  stpEnabled: boolean;
  vlanFiltering: number;
  groupFwdMask: number;
  groupAddr: Uint8Array;
  /** The br_opt bits without a field of their own, made at the first change (undefined: all off). */
  opts?: BrOpts;
  /** The user set the MTU explicitly (no auto-adjust to the ports' minimum). */
  mtuSetByUser: boolean;
  /** br_stp_sel.ts: the ports the state selection walks (undefined: walk all and rebuild), and the quiet forwarding ones' count. */
  selPending?: NetBridgePort[];
  selFwd: number;
  /** br_stp_sel.ts: the ports the carrier check walks (undefined: walk all and start over). */
  ccPending?: NetBridgePort[];
  /** Port numbers in use (find_portno's bitmap, kept instead of rebuilt on each add); made at the first add. */
  portNos?: Uint8Array;
  /** Every port number below this one is in use (br_if.ts findPortNo starts its search there). */
  portNoLow: number;
  /** The lowest port address (br_if.ts brRecalculateBridgeId; undefined: not known, walk the ports). */
  minPortAddr?: Uint8Array;
  /** The lowest port MTU, tso_max_size and tso_max_segs (br_if.ts; undefined: not known, walk the ports). */
  minPortMtu?: number;
  minPortTso?: { size: number; segs: number };
}

/** BROPT_NO_LL_LEARN, BROPT_NF_CALL_IPTABLES/IP6TABLES/ARPTABLES, BROPT_MULTICAST_STATS_ENABLED. */
export interface BrOpts {
  noLlLearn: boolean;
  nfCallIptables: boolean;
  nfCallIp6tables: boolean;
  nfCallArptables: boolean;
}

/** netif_oper_up(): operstate UP, or UNKNOWN (devices that do not report one). */
export function netifOperUp(dev: NetDevice): boolean {
  return dev.operstate === 6 || dev.operstate === 0;
}

export function brOf(dev: NetDevice): NetBridge | undefined {
  return dev.ops.kind === "bridge" ? (dev.priv as NetBridge) : undefined;
}

/**
 * br_port_get_rcu(): the device's port, kept in rx_handler_data by brAddIf
 * and cleared by brDelIf (not searched for in the bridge's port list: every
 * frame a port receives asks).
 */
export function portOf(dev: NetDevice): NetBridgePort | undefined {
  const p = dev.rxHandlerData as NetBridgePort | undefined;
  return p && dev.master && p.br.dev === dev.master && p.dev === dev ? p : undefined;
}
