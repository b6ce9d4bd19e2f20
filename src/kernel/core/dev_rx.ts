// The receive half of net/core/dev.c: netif_rx() queues a frame on the host's
// backlog (the per-CPU softnet queue), which the clock drains at the current
// virtual time (NET_RX_SOFTIRQ), in bounded batches, so a frame never recurses
// into the stack of the code that sent it and a ping flood cannot overflow the
// JavaScript stack. __netif_receive_skb() then shows the frame to taps
// (tcpdump), to the device's rx_handler (a bridge port), and to the protocol
// handler registered for its ethertype (dev_add_pack).

import type { Host } from "../host.js";
import { countDrop, type SkbDropReason } from "./drop-reason.js";
import { netCore } from "./net_namespace.js";
import type { NetDevice } from "./netdevice.js";
import type { SkBuff } from "./skbuff.js";

/** struct packet_type: a protocol's receive function for one ethertype. */
export interface PacketType {
  type: number;
  func: (skb: SkBuff) => void;
}

const ptypeBase = new Map<number, PacketType>();

/** dev_add_pack(): IPv4 registers ETH_P_IP, ARP ETH_P_ARP... (one handler per ethertype here). */
export function devAddPack(pt: PacketType): void {
  ptypeBase.set(pt.type, pt);
}

/** kfree_skb_reason(): the one place frames die; counts per namespace and reason. */
export function kfreeSkbReason(skb: SkBuff, reason: SkbDropReason): void {
  countDrop(netCore(skb.dev.net).drops, reason);
}

/** NETDEV_MAX_BACKLOG */
const MAX_BACKLOG = 1000;
/** netdev_budget: frames handled per softirq run before yielding to the clock. */
const BUDGET = 300;

interface Backlog {
  /** Queued frames from `head` on (a moving head, not shift(): O(1) per frame). */
  queue: SkBuff[];
  head: number;
  scheduled: boolean;
  /** The run was raised by a task and holds wakeups until it is done. */
  held: boolean;
}
const backlogs = new WeakMap<Host, Backlog>();
/** The last host's backlog: one WeakMap lookup less per frame in a one-host world. */
let lastHost: Host | undefined;
let lastBacklog: Backlog | undefined;

/** netif_rx(): enqueue for later processing; drops when the backlog is full. */
export function netifRx(skb: SkBuff): void {
  const dev = skb.dev;
  const host = netCore(dev.net).host;
  let b = host === lastHost ? lastBacklog : backlogs.get(host);
  if (!b) backlogs.set(host, (b = { queue: [], head: 0, scheduled: false, held: false }));
  lastHost = host;
  lastBacklog = b;
  if (b.queue.length - b.head >= MAX_BACKLOG) {
    dev.stats.rx_dropped++;
    kfreeSkbReason(skb, "FULL_RING");
    return;
  }
  skb.tstamp = host.clock.now;
  b.queue.push(skb);
  if (!b.scheduled) {
    b.scheduled = true;
    // Raised from a task (its sendmsg, inside dev_queue_xmit's bh-disabled
    // section): Linux runs the softirq before that task goes on and before
    // any task it woke runs. Raised from a timer or from the softirq itself,
    // it runs with the other events of this instant.
    b.held = !host.clock.inEvent;
    if (b.held) host.sched.holdWakeups();
    host.clock.at(host.clock.now, () => netRxAction(host));
  }
}

/** net_rx_action(): drain up to BUDGET frames, then let other events at this instant run. */
function netRxAction(host: Host): void {
  const b = backlogs.get(host)!;
  const q = b.queue;
  for (let n = 0; n < BUDGET && b.head < q.length; n++) {
    const skb = q[b.head]!;
    q[b.head++] = undefined as unknown as SkBuff;
    if (skb.dev.regState !== "REGISTERED" || skb.dev.net.dead) {
      kfreeSkbReason(skb, "NETNS_GONE");
      continue;
    }
    netifReceiveSkb(skb);
  }
  if (b.head === q.length) {
    q.length = 0;
    b.head = 0;
  } else if (b.head > 4096 && b.head * 2 > q.length) {
    q.splice(0, b.head);
    b.head = 0;
  }
  if (b.head < q.length) host.clock.at(host.clock.now, () => netRxAction(host));
  else {
    b.scheduled = false;
    if (b.held) host.sched.releaseWakeups();
    b.held = false;
  }
}

/** Taps see every frame on a device of their namespace (ptype_all / packet sockets). */
export function deliverToTaps(skb: SkBuff, dir: "in" | "out"): void {
  const taps = netCore(skb.dev.net).taps;
  if (taps.size) for (const t of [...taps]) t(skb, dir);
}

/** __netif_receive_skb_core() */
export function netifReceiveSkb(skb: SkBuff): void {
  for (let another = 0; another < 8; another++) {
    const dev: NetDevice = skb.dev;
    deliverToTaps(skb, "in");
    if (!dev.isUp) {
      kfreeSkbReason(skb, "DEV_READY");
      return;
    }
    if (dev.rxHandler && !skb.brInput) {
      const r = dev.rxHandler(skb);
      if (r === "CONSUMED") return;
      if (r === "ANOTHER") continue; // skb.dev was changed: go round again as that device
    }
    break;
  }
  const pt = ptypeBase.get(skb.protocol);
  if (!pt) {
    skb.dev.stats.rx_nohandler++;
    kfreeSkbReason(skb, "UNHANDLED_PROTO");
    return;
  }
  if (skb.pktType === "OTHERHOST") {
    // ip_rcv/arp_rcv drop frames for another host; counted here once for all.
    kfreeSkbReason(skb, "OTHERHOST");
    return;
  }
  pt.func(skb);
}
