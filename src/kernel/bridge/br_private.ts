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
  /** forward_delay_timer: LISTENING -> LEARNING -> FORWARDING under kernel STP. */
  fdTimer?: { cancel(): void };
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
}

export interface NetBridge {
  readonly dev: NetDevice;
  readonly ports: NetBridgePort[];
  /** FDB by "aa:bb:cc:dd:ee:ff". */
  /** By macKey() of the address. */
  readonly fdb: Map<number, FdbEntry>;
  bridgeId: { prio: number; addr: Uint8Array };
  forwardDelay: number;
  helloTime: number;
  maxAge: number;
  ageingTime: number;
  stpEnabled: boolean;
  vlanFiltering: number;
  groupFwdMask: number;
  groupAddr: Uint8Array;
  /** The user set the MTU explicitly (no auto-adjust to the ports' minimum). */
  mtuSetByUser: boolean;
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
