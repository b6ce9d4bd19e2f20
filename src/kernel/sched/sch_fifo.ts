// net/sched/sch_fifo.c: pfifo (a packet limit), bfifo (a byte limit) and
// pfifo_head_drop (full: the oldest frame goes). Without options the limit
// is the device's txqueuelen (bfifo: times psched_mtu). fifo_create_dflt()
// makes the child tbf starts with.

import type { SkBuff } from "../core/skbuff.js";
import type { NetDevice } from "../core/netdevice.js";
import { kfreeSkbReason } from "../core/dev_rx.js";
import { kerr } from "../../uapi/errno.js";
import { tcHMake, type TcFifoQopt } from "../../uapi/pkt_sched.js";
import { NET_XMIT_CN, TCQ_F_CAN_BYPASS, registerQdisc, type Qdisc, type QdiscOps } from "./qdisc.js";
import { qdiscCreateDflt, qdiscDequeueHead, qdiscDrop, qdiscEnqueueTail } from "./sch_generic.js";
import { qdiscPktLen } from "./sch_generic.js";
import { qdiscTreeReduceBacklog } from "./sch_api.js";

const ARPHRD_ETHER = 1;
const ARPHRD_LOOPBACK = 772;

/** psched_mtu(): the MTU plus the link-layer header. */
export function pschedMtu(dev: NetDevice): number {
  return dev.mtu + (dev.type === ARPHRD_ETHER || dev.type === ARPHRD_LOOPBACK ? 14 : 0);
}

interface FifoPriv {
  limit: number;
}

const limitOf = (sch: Qdisc): number => (sch.priv as FifoPriv).limit;

/** fifo_init() (also its change) */
function fifoInit(sch: Qdisc, opt: object | undefined): void {
  const bfifo = sch.ops === BFIFO_QDISC_OPS;
  let limit: number;
  if (opt === undefined) {
    limit = sch.dev.txqueuelen;
    if (bfifo) limit = (limit * pschedMtu(sch.dev)) >>> 0;
  } else {
    const ctl = opt as Partial<TcFifoQopt>;
    if (ctl.limit === undefined) throw kerr("EINVAL");
    limit = ctl.limit >>> 0;
  }
  sch.priv = { limit } satisfies FifoPriv;
  const bypass = bfifo ? limit >= pschedMtu(sch.dev) : limit >= 1;
  if (bypass) sch.flags |= TCQ_F_CAN_BYPASS;
  else sch.flags &= ~TCQ_F_CAN_BYPASS;
}

function fifoDump(sch: Qdisc): TcFifoQopt {
  return { limit: limitOf(sch) };
}

const dequeue = (sch: Qdisc): SkBuff | undefined => qdiscDequeueHead(sch);
const peek = (sch: Qdisc): SkBuff | undefined => sch.q.peek();

export const PFIFO_QDISC_OPS: QdiscOps = {
  id: "pfifo",
  enqueue(skb, sch) {
    if (sch.qlen < limitOf(sch)) return qdiscEnqueueTail(skb, sch);
    return qdiscDrop(skb, sch, "QDISC_OVERLIMIT");
  },
  dequeue,
  peek,
  init: fifoInit,
  change: fifoInit,
  dump: fifoDump,
};

export const BFIFO_QDISC_OPS: QdiscOps = {
  id: "bfifo",
  enqueue(skb, sch) {
    if (sch.qstats.backlog + qdiscPktLen(skb) <= limitOf(sch)) return qdiscEnqueueTail(skb, sch);
    return qdiscDrop(skb, sch, "QDISC_OVERLIMIT");
  },
  dequeue,
  peek,
  init: fifoInit,
  change: fifoInit,
  dump: fifoDump,
};

export const PFIFO_HEAD_DROP_QDISC_OPS: QdiscOps = {
  id: "pfifo_head_drop",
  enqueue(skb, sch) {
    if (sch.qlen < limitOf(sch)) return qdiscEnqueueTail(skb, sch);
    const prevBacklog = sch.qstats.backlog;
    if (!limitOf(sch)) return qdiscDrop(skb, sch, "QDISC_OVERLIMIT");
    // __qdisc_queue_drop_head(): the oldest frame makes room.
    const old = sch.q.shift()!;
    sch.qlen--;
    sch.qstats.backlog -= qdiscPktLen(old);
    sch.qstats.drops++;
    kfreeSkbReason(old, "QDISC_OVERLIMIT");
    qdiscEnqueueTail(skb, sch);
    qdiscTreeReduceBacklog(sch, 0, prevBacklog - sch.qstats.backlog);
    return NET_XMIT_CN;
  },
  dequeue,
  peek,
  init: fifoInit,
  change: fifoInit,
  dump: fifoDump,
};

registerQdisc(PFIFO_QDISC_OPS);
registerQdisc(BFIFO_QDISC_OPS);
registerQdisc(PFIFO_HEAD_DROP_QDISC_OPS);

/** fifo_set_limit() */
export function fifoSetLimit(q: Qdisc, limit: number): void {
  // Only the fifos take a limit this way ("bfifo"/"pfifo" prefix test in the kernel).
  if (q.ops.id.slice(1, 5) !== "fifo") return;
  q.ops.change!(q, { limit } satisfies TcFifoQopt);
}

/** fifo_create_dflt(): a child fifo of `sch` on its class 1 (tbf's). */
export function fifoCreateDflt(sch: Qdisc, ops: QdiscOps, limit: number): Qdisc {
  const q = qdiscCreateDflt(sch.devQueue!, ops, tcHMake(sch.handle, 1));
  if (!q) throw kerr("ENOMEM");
  fifoSetLimit(q, limit);
  return q;
}
