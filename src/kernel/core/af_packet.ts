// Packet sockets (net/packet/af_packet.c) as the kernel side of the capture
// contract in uapi/packet.ts: a socket bound to one device, or to "any" (all
// devices of the namespace, those created later included), receives a copy
// of every frame at dev_queue_xmit_nit (outgoing, PACKET_OUTGOING) and at
// __netif_receive_skb (incoming, classified by eth_type_trans), through
// NetCore.taps. Timestamps are the virtual clock's. An attached filter
// (SO_ATTACH_FILTER) decides first; what passes is counted (tp_packets) and
// goes into the receive ring libpcap asked for: a TPACKET_V3 ring of 8 blocks
// of 256 KiB (2 MiB buffer / MAXIMUM_SNAPLEN "frames") whose blocks reach the
// reader only when they retire (af_packet_v3.ts), or, in immediate mode, a
// TPACKET_V2 ring (2 MiB of frames) that wakes the reader for every frame.
// Without room a frame is dropped and counted (tp_drops). Binding a device
// with promisc on raises its promiscuity (shown by `ip -d link`, not as
// PROMISC: that flag reports only what the user set). A socket bound to a
// device that is unregistered or leaves the namespace reports the end
// (libpcap: "The interface disappeared") once the reader has what retired.
// Not modelled: PACKET_LOOPBACK copies (packet_rcv drops them anyway),
// a BPF program's snap length (the whole frame is kept).

import { ARPHRD_LOOPBACK, IFF_LOOPBACK } from "../../uapi/if_link.js";
import { BlockRing, tpacket3Size } from "./af_packet_v3.js";
import {
  PACKET_BROADCAST,
  PACKET_HOST,
  PACKET_MULTICAST,
  PACKET_OTHERHOST,
  PACKET_OUTGOING,
  registerPacketSocketProvider,
  type CapturedFrame,
  type PacketSocket,
  type PacketRingOptions,
  type PacketSocketOpen,
} from "../../uapi/packet.js";
import type { Waiter } from "../../sim/scheduler.js";
import type { Task } from "../task/task.js";
import { devGetByName, devGetFlags, devList, devSetPromiscuity, registerNetdevNotifier } from "./dev.js";
import { netCore } from "./net_namespace.js";
import { sysctlGenerationBump } from "../fs/procfs-sys.js";
import type { NetDevice } from "./netdevice.js";
import type { SkBuff } from "./skbuff.js";

/** libpcap's default capture buffer (2 MiB). */
const RING_BYTES = 2 * 1024 * 1024;
/** Per-frame ring overhead of the TPACKET_V2 ring (tpacket2_hdr + sockaddr_ll, aligned). */
const FRAME_OVERHEAD = 80;
/** libpcap's TPACKET_V3 "frame" (MAXIMUM_SNAPLEN), hence the block size (a power-of-two number of pages). */
const V3_BLOCK_BYTES = 262144;

function pkttypeOf(skb: SkBuff, dir: "in" | "out"): number | undefined {
  if (dir === "out") return PACKET_OUTGOING;
  switch (skb.pktType) {
    case "HOST":
      return PACKET_HOST;
    case "BROADCAST":
      return PACKET_BROADCAST;
    case "MULTICAST":
      return PACKET_MULTICAST;
    case "OTHERHOST":
      return PACKET_OTHERHOST;
    case "OUTGOING":
      return PACKET_OUTGOING;
    case "LOOPBACK":
      return undefined;
  }
}

const bound = new Set<PacketSock>();

class PacketSock implements PacketSocket {
  /** TPACKET_V2 (immediate mode): frames wait here, each one wakes the reader. */
  private queue: CapturedFrame[] = [];
  private queuedBytes = 0;
  private readonly ringBytes: number;
  /** TPACKET_V3: blocks of frames handed over when they retire. */
  private readonly ring: BlockRing<CapturedFrame> | undefined;
  private waiter?: Waiter<CapturedFrame | null>;
  private accept: ((f: CapturedFrame) => boolean) | undefined;
  /** tp_packets (frames that passed the filter and went into the ring) and tp_drops. */
  private packets = 0;
  private dropped = 0;
  private gone = false;
  private closed = false;
  private readonly tap: (skb: SkBuff, dir: "in" | "out") => void;

  constructor(
    private readonly task: Task,
    /** undefined: "any" */
    readonly dev: NetDevice | undefined,
    private readonly promisc: boolean,
    ringOpts: PacketRingOptions | undefined,
  ) {
    this.tap = (skb, dir) => this.rcv(skb, dir);
    this.ringBytes = ringOpts?.bufferBytes ?? RING_BYTES;
    if (ringOpts && !ringOpts.immediate) {
      const tov = (ringOpts.timeoutMs > 0 ? ringOpts.timeoutMs : 0xffffffff) * 1_000_000;
      const blocks = Math.ceil(this.ringBytes / V3_BLOCK_BYTES);
      this.ring = new BlockRing<CapturedFrame>(task.host.clock, blocks, V3_BLOCK_BYTES, tov, () => this.dataReady());
    }
    netCore(task.netns).taps.add(this.tap);
    sysctlGenerationBump(task.netns);
    if (dev && promisc) devSetPromiscuity(dev, 1);
    bound.add(this);
  }

  setFilter(accept: (f: CapturedFrame) => boolean): void {
    this.accept = accept;
  }

  /** packet_rcv() / tpacket_rcv() */
  private rcv(skb: SkBuff, dir: "in" | "out"): void {
    if (this.closed || this.gone) return;
    if (this.dev && skb.dev !== this.dev) return;
    const pkttype = pkttypeOf(skb, dir);
    if (pkttype === undefined) return;
    const host = netCore(skb.dev.net).host;
    const f: CapturedFrame = {
      bytes: skb.data.slice(),
      ts: dir === "in" ? skb.tstamp : host.clock.now,
      ifindex: skb.dev.ifindex,
      ifname: skb.dev.name,
      hatype: skb.dev.type,
      pkttype,
    };
    if (this.accept && !this.accept(f)) return;
    if (this.ring) {
      // SOCK_RAW on a device keeps the 14-byte header before tp_mac; "any" is SOCK_DGRAM (cooked).
      const maclen = this.dev ? 14 : 0;
      if (this.ring.add(f, tpacket3Size(maclen, f.bytes.length - 14 + maclen))) this.packets++;
      else this.dropped++;
      return;
    }
    if (this.waiter && !this.waiter.done) {
      const w = this.waiter;
      this.waiter = undefined;
      this.packets++;
      w.wake(f);
      return;
    }
    const size = f.bytes.length + FRAME_OVERHEAD;
    if (this.queuedBytes + size > this.ringBytes) {
      this.dropped++;
      return;
    }
    this.packets++;
    this.queue.push(f);
    this.queuedBytes += size;
  }

  /** sk_data_ready when a V3 block retires: a waiting reader gets its first frame. */
  private dataReady(): void {
    const w = this.waiter;
    if (!w || w.done) return;
    const f = this.ring!.take();
    if (!f) return;
    this.waiter = undefined;
    w.wake(f);
  }

  async next(task: Task): Promise<CapturedFrame | null> {
    const f = this.ring ? this.ring.take() : this.queue.shift();
    if (f) {
      if (!this.ring) this.queuedBytes -= f.bytes.length + FRAME_OVERHEAD;
      return f;
    }
    if (this.gone || this.closed) return null;
    return task.block<CapturedFrame | null>((w) => {
      this.waiter = w;
      return () => {
        if (this.waiter === w) this.waiter = undefined;
      };
    });
  }

  /** PACKET_STATISTICS: tp_packets counts the drops too. */
  stats() {
    return { received: this.packets + this.dropped, dropped: this.dropped };
  }

  /** The bound device went away (NETDEV_UNREGISTER in packet_notifier). */
  deviceGone(): void {
    if (this.gone) return;
    this.gone = true;
    netCore(this.task.netns).taps.delete(this.tap);
    sysctlGenerationBump(this.task.netns);
    const w = this.waiter;
    this.waiter = undefined;
    if (w && !w.done) w.wake(null);
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.ring?.close();
    bound.delete(this);
    if (!this.gone) {
      netCore(this.task.netns).taps.delete(this.tap);
      sysctlGenerationBump(this.task.netns);
      if (this.dev && this.promisc && this.dev.regState === "REGISTERED") devSetPromiscuity(this.dev, -1);
    }
  }
}

registerNetdevNotifier((event, dev) => {
  if (event !== "UNREGISTER") return;
  for (const s of [...bound]) if (s.dev === dev) s.deviceGone();
}, ["UNREGISTER"]);

registerPacketSocketProvider({
  open(task: Task, device: string, opts: { promisc: boolean; ring?: PacketRingOptions }): PacketSocketOpen {
    if (device === "any") return { ok: true, socket: new PacketSock(task, undefined, false, opts.ring) };
    const dev = devGetByName(task.netns, device);
    if (!dev) return { ok: false, errno: "ENODEV" };
    if (!dev.isUp) return { ok: false, errno: "ENETDOWN" };
    return { ok: true, socket: new PacketSock(task, dev, opts.promisc, opts.ring) };
  },
  devices(task: Task) {
    return devList(task.netns)
      .sort((a, b) => a.ifindex - b.ifindex)
      .map((d) => {
        const f = devGetFlags(d);
        return {
          name: d.name,
          ifindex: d.ifindex,
          up: d.isUp,
          running: (f & 0x40) !== 0,
          loopback: (d.flags & IFF_LOOPBACK) !== 0 || d.type === ARPHRD_LOOPBACK,
        };
      });
  },
  indexToName(task: Task, ifindex: number) {
    return devList(task.netns).find((d) => d.ifindex === ifindex)?.name;
  },
});
