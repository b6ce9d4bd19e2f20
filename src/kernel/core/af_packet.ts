// Packet sockets (net/packet/af_packet.c) as the kernel side of the capture
// contract in uapi/packet.ts: a socket bound to one device, or to "any" (all
// devices of the namespace, those created later included), receives a copy
// of every frame at dev_queue_xmit_nit (outgoing, PACKET_OUTGOING) and at
// __netif_receive_skb (incoming, classified by eth_type_trans), through
// NetCore.taps. Timestamps are the virtual clock's. Frames wait in the
// socket's buffer (libpcap's default 2 MiB ring) until the reader takes
// them; beyond that they are dropped and counted (tp_drops). Binding a
// device with promisc on raises its promiscuity (shown by `ip -d link`,
// not as PROMISC: that flag reports only what the user set). A socket bound
// to a device that is unregistered or leaves the namespace reports the end
// (libpcap: "The interface disappeared").
// Not modelled: PACKET_LOOPBACK copies (packet_rcv drops them anyway),
// in-kernel BPF (tcpdump filters after reading; counts are per delivered frame).

import { ARPHRD_LOOPBACK, IFF_LOOPBACK } from "../../uapi/if_link.js";
import {
  PACKET_BROADCAST,
  PACKET_HOST,
  PACKET_MULTICAST,
  PACKET_OTHERHOST,
  PACKET_OUTGOING,
  registerPacketSocketProvider,
  type CapturedFrame,
  type PacketSocket,
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
/** Per-frame ring overhead (tpacket3_hdr + sockaddr_ll, aligned). */
const FRAME_OVERHEAD = 80;

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
  private queue: CapturedFrame[] = [];
  private queuedBytes = 0;
  private waiter?: Waiter<CapturedFrame | null>;
  private received = 0;
  private dropped = 0;
  private gone = false;
  private closed = false;
  private readonly tap: (skb: SkBuff, dir: "in" | "out") => void;

  constructor(
    private readonly task: Task,
    /** undefined: "any" */
    readonly dev: NetDevice | undefined,
    private readonly promisc: boolean,
  ) {
    this.tap = (skb, dir) => this.rcv(skb, dir);
    netCore(task.netns).taps.add(this.tap);
    sysctlGenerationBump(task.netns);
    if (dev && promisc) devSetPromiscuity(dev, 1);
    bound.add(this);
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
    if (this.waiter && !this.waiter.done) {
      const w = this.waiter;
      this.waiter = undefined;
      this.received++;
      w.wake(f);
      return;
    }
    const size = f.bytes.length + FRAME_OVERHEAD;
    if (this.queuedBytes + size > RING_BYTES) {
      this.dropped++;
      return;
    }
    this.received++;
    this.queue.push(f);
    this.queuedBytes += size;
  }

  async next(task: Task): Promise<CapturedFrame | null> {
    const f = this.queue.shift();
    if (f) {
      this.queuedBytes -= f.bytes.length + FRAME_OVERHEAD;
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

  stats() {
    return { received: this.received, dropped: this.dropped };
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
});

registerPacketSocketProvider({
  open(task: Task, device: string, opts: { promisc: boolean }): PacketSocketOpen {
    if (device === "any") return { ok: true, socket: new PacketSock(task, undefined, false) };
    const dev = devGetByName(task.netns, device);
    if (!dev) return { ok: false, errno: "ENODEV" };
    if (!dev.isUp) return { ok: false, errno: "ENETDOWN" };
    return { ok: true, socket: new PacketSock(task, dev, opts.promisc) };
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
