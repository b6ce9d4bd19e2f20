// net/sched/sch_ingress.c: the ingress and clsact qdiscs (handle ffff:,
// parent ffff:fff1, on the device's ingress queue). Neither queues: they
// hold filter blocks that net/core runs on the receive path (ingress, and
// clsact's ingress block: sch_handle_ingress) and before the root qdisc on
// transmit (clsact's egress block: sch_handle_egress), counting what passes
// in the qdisc's "Sent" line. ingress takes any minor as its one class
// (ffff:fff2 "ingress" and ffff:fff3 "egress" both name its block); clsact
// knows only those two. `ingress_block N` (both) and `egress_block N`
// (clsact) take the namespace's shared block N from cls_api (tcfBlockGet).

import { tcHMin } from "../../uapi/pkt_sched.js";
import type { SkBuff } from "../core/skbuff.js";
import type { NetDevice } from "../core/netdevice.js";
import { registerQdisc, TCQ_F_INGRESS, type Qdisc, type QdiscOps } from "./qdisc.js";
import { tcfClassify, TC_ACT_OK, TC_ACT_RECLASSIFY, TC_ACT_SHOT, TC_ACT_STOLEN, TC_ACT_QUEUED, TC_ACT_TRAP, TC_ACT_REDIRECT, type TcfBlock } from "./tcf_block.js";
import { tcfBlockGet, tcfBlockHasFilters, tcfBlockPut } from "./cls_api.js";
import { tcHooks } from "../core/dev_tc_hooks.js";

const TC_H_MIN_INGRESS = 0xfff2;
const TC_H_MIN_EGRESS = 0xfff3;

interface IngressPriv {
  /** ingress: its one block; clsact: the ingress block */
  ingress: TcfBlock;
  /** clsact only */
  egress: TcfBlock | undefined;
}

/** The block indexes qdisc_block_indexes_set() hands over before init (block_info.block_index). */
interface BlockIndexes {
  ingressIndex?: number;
  egressIndex?: number;
}

function indexes(sch: Qdisc): BlockIndexes {
  return (sch.priv ??= {}) as BlockIndexes;
}

const blockOps = {
  ingressBlockSet: (sch: Qdisc, idx: number) => void (indexes(sch).ingressIndex = idx),
  ingressBlockGet: (sch: Qdisc) => priv(sch).ingress.index,
};
const egressBlockOps = {
  egressBlockSet: (sch: Qdisc, idx: number) => void (indexes(sch).egressIndex = idx),
  egressBlockGet: (sch: Qdisc) => priv(sch).egress?.index ?? 0,
};

function priv(sch: Qdisc): IngressPriv {
  return sch.priv as IngressPriv;
}

/** A class of these qdiscs is only its minor (cl = TC_H_MIN(classid) [+ 1]). */
interface IngressClass {
  readonly minor: number;
}

function destroy(sch: Qdisc): void {
  const p = priv(sch);
  if (!p?.ingress) return;
  tcfBlockPut(p.ingress);
  tcfBlockPut(p.egress);
  sch.priv = undefined;
}

const INGRESS_OPS: QdiscOps = {
  id: "ingress",
  staticFlags: TCQ_F_INGRESS,
  init(sch) {
    const ix = indexes(sch);
    sch.priv = { ingress: tcfBlockGet(sch, 0, ix.ingressIndex ?? 0), egress: undefined } satisfies IngressPriv;
  },
  ...blockOps,
  destroy,
  // ingress_dump(): an empty TCA_OPTIONS nest.
  dump: () => ({}),
  clOps: {
    leaf: () => undefined,
    find: (_sch, classid) => ({ minor: tcHMin(classid) + 1 }) satisfies IngressClass,
    walk: () => [],
    tcfBlock: (sch) => priv(sch).ingress,
    bindTcf: (_sch, _parent, classid) => ({ minor: tcHMin(classid) + 1 }) satisfies IngressClass,
    unbindTcf: () => {},
    dump: (sch, cl) => ({ parent: sch.handle, handle: (cl as IngressClass).minor, info: 0 }),
  },
};

const CLSACT_OPS: QdiscOps = {
  id: "clsact",
  staticFlags: TCQ_F_INGRESS,
  init(sch) {
    const ix = indexes(sch);
    sch.priv = { ingress: tcfBlockGet(sch, TC_H_MIN_INGRESS, ix.ingressIndex ?? 0), egress: tcfBlockGet(sch, TC_H_MIN_EGRESS, ix.egressIndex ?? 0) } satisfies IngressPriv;
  },
  ...blockOps,
  ...egressBlockOps,
  destroy,
  dump: () => ({}),
  clOps: {
    leaf: () => undefined,
    find: (_sch, classid) => {
      const m = tcHMin(classid);
      return m === TC_H_MIN_INGRESS || m === TC_H_MIN_EGRESS ? ({ minor: m } satisfies IngressClass) : undefined;
    },
    walk: () => [],
    tcfBlock: (sch, cl) => {
      const m = (cl as IngressClass | undefined)?.minor;
      return m === TC_H_MIN_INGRESS ? priv(sch).ingress : m === TC_H_MIN_EGRESS ? priv(sch).egress : undefined;
    },
    bindTcf: (_sch, _parent, classid) => ({ minor: tcHMin(classid) }) satisfies IngressClass,
    unbindTcf: () => {},
    dump: (sch, cl) => ({ parent: sch.handle, handle: (cl as IngressClass).minor, info: 0 }),
  },
};

registerQdisc(INGRESS_OPS);
registerQdisc(CLSACT_OPS);

/** The ingress/clsact qdisc on a device's ingress queue, if any. */
function ingressQdisc(dev: NetDevice): Qdisc | undefined {
  const q = dev.sched?.ingressQueue?.qdiscSleeping;
  return q && (q.ops === INGRESS_OPS || q.ops === CLSACT_OPS) ? q : undefined;
}

/**
 * The verdict of a block for a frame, counted in the qdisc (its Sent line;
 * drops for a shot frame). `len` is skb->len at that point: without the
 * MAC header on receive, with it on transmit.
 */
function runBlock(q: Qdisc, block: TcfBlock | undefined, skb: SkBuff, len: number): "PASS" | "DROP" | "CONSUMED" {
  // The mini_Qdisc the hook reads exists only while chain 0 has a filter: no count before.
  if (!tcfBlockHasFilters(block)) return "PASS";
  q.bstats.packets++;
  q.bstats.bytes += len;
  const res = { classid: 0 };
  const verdict = tcfClassify(skb, block!, res);
  switch (verdict) {
    case TC_ACT_OK:
    case TC_ACT_RECLASSIFY:
      return "PASS";
    case TC_ACT_SHOT:
      q.qstats.drops++;
      return "DROP";
    case TC_ACT_STOLEN:
    case TC_ACT_QUEUED:
    case TC_ACT_TRAP:
    case TC_ACT_REDIRECT:
      return "CONSUMED";
    default:
      return "PASS";
  }
}

tcHooks.ingress = (skb: SkBuff) => {
  const q = ingressQdisc(skb.dev);
  if (!q) return "PASS";
  return runBlock(q, priv(q).ingress, skb, Math.max(0, skb.data.length - 14));
};

tcHooks.egress = (skb: SkBuff) => {
  const q = ingressQdisc(skb.dev);
  if (!q || q.ops !== CLSACT_OPS) return "PASS";
  return runBlock(q, priv(q).egress, skb, skb.data.length);
};
