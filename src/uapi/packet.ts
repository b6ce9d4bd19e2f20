// Packet sockets (AF_PACKET, include/uapi/linux/if_packet.h) as a capture
// program sees them: the contract between the kernel model and tcpdump.
//
// The kernel model implements PacketSocketProvider and registers it once with
// registerPacketSocketProvider(); tcpdump looks it up at run time. Without a
// provider, live capture reports "No such device exists" and `tcpdump -r`
// still works fully.

import type { Task } from "../kernel/task/task.js";

// sockaddr_ll.sll_pkttype
export const PACKET_HOST = 0;
export const PACKET_BROADCAST = 1;
export const PACKET_MULTICAST = 2;
export const PACKET_OTHERHOST = 3;
export const PACKET_OUTGOING = 4;

/** One frame as a packet socket delivers it (the skb at dev_queue_xmit_nit / __netif_receive_skb). */
export interface CapturedFrame {
  /**
   * The whole link-layer frame. For Ethernet-like devices (veth, bridge,
   * vxlan, and lo, whose header has zero MACs) a full Ethernet header first.
   */
  bytes: Uint8Array;
  /** Virtual time of the capture, ns since the world's time 0. */
  ts: number;
  ifindex: number;
  ifname: string;
  /** ARPHRD_* of the device: 1 Ethernet, 772 loopback. */
  hatype: number;
  /** PACKET_* direction/class: OUTGOING for transmitted frames. */
  pkttype: number;
}

export interface PacketSocketStats {
  /** Frames that passed the socket's filter (tp_packets, which includes tp_drops). */
  received: number;
  /** Frames dropped because the socket's queue was full (tp_drops). */
  dropped: number;
}

export interface PacketSocket {
  /**
   * The next frame, waiting for one through task.block() (so a signal
   * interrupts the wait by throwing Interrupted). null when the device went
   * away (libpcap: "The interface disappeared").
   */
  next(task: Task): Promise<CapturedFrame | null>;
  stats(): PacketSocketStats;
  /**
   * SO_ATTACH_FILTER: the kernel keeps (and counts) only frames the filter
   * accepts. Optional: without it the capture program filters what it reads.
   */
  setFilter?(accept: (f: CapturedFrame) => boolean): void;
  close(): void;
}

/**
 * How the receive ring is set up (libpcap's choice): immediate mode gets a
 * TPACKET_V2 ring that wakes the reader for every frame; otherwise a
 * TPACKET_V3 ring of blocks that reach the reader only when they retire
 * (full, or after `timeoutMs`, libpcap's packet buffer timeout).
 */
export interface PacketRingOptions {
  immediate: boolean;
  timeoutMs: number;
  /** The ring's size (pcap_set_buffer_size); libpcap's default is 2 MiB. */
  bufferBytes?: number;
}

/** One entry of the capture-device list (pcap_findalldevs over the task's namespace). */
export interface CaptureDevice {
  name: string;
  ifindex: number;
  /** IFF_UP */
  up: boolean;
  /** IFF_RUNNING (operstate up: carrier present) */
  running: boolean;
  /** IFF_LOOPBACK */
  loopback: boolean;
}

export type PacketSocketOpen =
  | { ok: true; socket: PacketSocket }
  /** ENODEV: no such device; ENETDOWN: the device is not up. */
  | { ok: false; errno: "ENODEV" | "ENETDOWN" };

export interface PacketSocketProvider {
  /**
   * Opens a packet socket on `device` (an interface name, or "any" for all
   * interfaces) in the task's network namespace. Frames are delivered for both
   * directions; `promisc` is what -p turns off.
   */
  open(task: Task, device: string, opts: { promisc: boolean; ring?: PacketRingOptions }): PacketSocketOpen;
  /** The network devices of the task's namespace, in ifindex order. */
  devices(task: Task): CaptureDevice[];
  /** if_indextoname in the task's namespace. */
  indexToName(task: Task, ifindex: number): string | undefined;
}

let provider: PacketSocketProvider | undefined;

/** Called once by the kernel model at load time. */
export function registerPacketSocketProvider(p: PacketSocketProvider): void {
  provider = p;
}

export function packetSocketProvider(): PacketSocketProvider | undefined {
  return provider;
}
