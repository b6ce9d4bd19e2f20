// net/sched/sch_mq.c: the multiqueue root. One child per tx queue (the
// default qdisc on the device's real queues, pfifo_fast past them), each
// grafted straight onto its queue by attach (so frames never pass through
// mq itself); mq's counters are the sums of its children's, taken at dump.
// Its classes are the queues, 1..numtxqueues.

import { kerr } from "../../uapi/errno.js";
import { TC_H_ROOT, tcHMaj, tcHMake, tcHMin } from "../../uapi/pkt_sched.js";
import {
  TCQ_F_MQROOT,
  TCQ_F_NOPARENT,
  TCQ_F_ONETXQUEUE,
  registerQdisc,
  type NetdevQueue,
  type Qdisc,
  type QdiscClassOps,
  type QdiscOps,
} from "./qdisc.js";
import {
  devActivate,
  devDeactivate,
  devGraftQdisc,
  devTxQueues,
  mqDefaultQdiscOps,
  netifIsMultiqueue,
  qdiscCreateDflt,
  qdiscPut,
  realNumTxQueues,
} from "./sch_generic.js";
import { qdiscHashAdd } from "./sch_hash.js";

interface MqPriv {
  /** The children until attach hands them to the queues (then undefined). */
  qdiscs: (Qdisc | undefined)[] | undefined;
}

/** mq_queue_get(): class `ntx` is tx queue ntx-1. */
function mqQueueGet(sch: Qdisc, ntx: number): NetdevQueue | undefined {
  const txqs = devTxQueues(sch.dev);
  return ntx >= 1 && ntx - 1 < txqs.length ? txqs[ntx - 1] : undefined;
}

const MQ_CLASS_OPS: QdiscClassOps = {
  selectQueue(sch, tcm) {
    return mqQueueGet(sch, tcHMin(tcm.tcm_parent));
  },
  graft(sch, cl, child) {
    const dev = sch.dev;
    const dq = mqQueueGet(sch, cl as unknown as number)!;
    const up = dev.isUp;
    if (up) devDeactivate(dev);
    const old = devGraftQdisc(dq, child);
    if (child) child.flags |= TCQ_F_ONETXQUEUE;
    if (up) devActivate(dev);
    return old.ops.id === "noop" ? undefined : old;
  },
  leaf(sch, cl) {
    return mqQueueGet(sch, (cl as MqClass).ntx)?.qdiscSleeping;
  },
  find(sch, classid) {
    const ntx = tcHMin(classid);
    return mqQueueGet(sch, ntx) ? mqClass(ntx) : undefined;
  },
  walk(sch) {
    const out: MqClass[] = [];
    for (let ntx = 0; ntx < devTxQueues(sch.dev).length; ntx++) out.push(mqClass(ntx + 1));
    return out;
  },
  dump(sch, cl) {
    const ntx = (cl as MqClass).ntx;
    const leaf = mqQueueGet(sch, ntx)!.qdiscSleeping;
    return { parent: TC_H_ROOT, handle: (sch.handle | tcHMin(ntx)) >>> 0, info: leaf.handle };
  },
  dumpStats(sch, cl) {
    const leaf = mqQueueGet(sch, (cl as MqClass).ntx)!.qdiscSleeping;
    return { bstats: { ...leaf.bstats }, qstats: { ...leaf.qstats }, qlen: leaf.qlen };
  },
};

/** A class is the queue number (Linux passes it as the unsigned long itself). */
interface MqClass {
  ntx: number;
}
const classes: MqClass[] = [];
function mqClass(ntx: number): MqClass {
  return (classes[ntx] ??= { ntx });
}

export const MQ_QDISC_OPS: QdiscOps = {
  id: "mq",
  clOps: {
    ...MQ_CLASS_OPS,
    graft(sch, cl, child) {
      return MQ_CLASS_OPS.graft!(sch, (cl as MqClass).ntx as unknown as object, child);
    },
  },
  init(sch) {
    const dev = sch.dev;
    if (sch.parent !== TC_H_ROOT) throw kerr("EOPNOTSUPP");
    if (!netifIsMultiqueue(dev)) throw kerr("EOPNOTSUPP");
    const txqs = devTxQueues(dev);
    const qdiscs: Qdisc[] = [];
    for (let ntx = 0; ntx < txqs.length; ntx++) {
      const q = qdiscCreateDflt(txqs[ntx]!, mqDefaultQdiscOps(dev, ntx), tcHMake(tcHMaj(sch.handle), ntx + 1));
      if (!q) throw kerr("ENOMEM");
      q.flags |= TCQ_F_ONETXQUEUE | TCQ_F_NOPARENT;
      qdiscs.push(q);
    }
    sch.priv = { qdiscs } satisfies MqPriv;
    sch.flags |= TCQ_F_MQROOT;
  },
  destroy(sch) {
    const p = sch.priv as MqPriv | undefined;
    if (p?.qdiscs) for (const q of p.qdiscs) qdiscPut(q);
  },
  attach(sch) {
    const p = sch.priv as MqPriv;
    const dev = sch.dev;
    const txqs = devTxQueues(dev);
    const real = realNumTxQueues(dev);
    for (let ntx = 0; ntx < txqs.length; ntx++) {
      const q = p.qdiscs![ntx]!;
      qdiscPut(devGraftQdisc(txqs[ntx]!, q));
      if (ntx < real) qdiscHashAdd(q, false);
    }
    p.qdiscs = undefined;
  },
  dump(sch) {
    // mq_dump(): the counters are the children's, summed now; no options.
    sch.qlen = 0;
    const b = sch.bstats;
    const s = sch.qstats;
    b.bytes = b.packets = 0;
    s.backlog = s.drops = s.requeues = s.overlimits = 0;
    for (const t of devTxQueues(sch.dev)) {
      const q = t.qdiscSleeping;
      b.bytes += q.bstats.bytes;
      b.packets += q.bstats.packets;
      s.backlog += q.qstats.backlog;
      s.drops += q.qstats.drops;
      s.requeues += q.qstats.requeues;
      s.overlimits += q.qstats.overlimits;
      sch.qlen += q.qlen;
    }
    return undefined;
  },
};

registerQdisc(MQ_QDISC_OPS);
