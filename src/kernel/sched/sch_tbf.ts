// net/sched/sch_tbf.c: the token bucket. Frames wait in a child (a bfifo of
// `limit` bytes, invisible, until one is grafted on class 1) and leave when
// the bucket (burst, refilled at `rate`; and the peak bucket of `mtu` at
// `peakrate`) holds their length in tokens; otherwise the watchdog fires
// when enough have come back (on the virtual clock) and the qdisc counts
// an overlimit. A frame longer than the bucket can ever hold is dropped.

import { kerr } from "../../uapi/errno.js";
import type { TcTbfOptions, TcTbfQopt } from "../../uapi/pkt_sched.js";
import { netCore } from "../core/net_namespace.js";
import { NOOP_QDISC, NET_XMIT_SUCCESS, NET_XMIT_MASK, registerQdisc, type Qdisc, type QdiscOps } from "./qdisc.js";
import { qdiscBstatsUpdate, qdiscDrop, qdiscPut, qdiscReset, qdiscWatchdogCancel, qdiscWatchdogInit, qdiscWatchdogSchedule, type QdiscWatchdog } from "./sch_generic.js";
import { qdiscPktLen } from "./sch_generic.js";
import { BFIFO_QDISC_OPS, fifoCreateDflt, fifoSetLimit, pschedMtu } from "./sch_fifo.js";
import { qdiscHashAdd } from "./sch_hash.js";
import { qdiscTreeReduceBacklog } from "./sch_api.js";
import {
  psched_ns2ticks,
  psched_ticks2ns,
  pschedL2tNs,
  pschedNsT2l,
  pschedRatecfgGetrate,
  pschedRatecfgPrecompute,
  type PschedRatecfg,
} from "./psched.js";

interface TbfPriv {
  limit: number;
  maxSize: number;
  /** ns */
  buffer: number;
  mtu: number;
  rate: PschedRatecfg;
  peak: PschedRatecfg | undefined;
  tokens: number;
  ptokens: number;
  /** time of the last dequeue (ns) */
  tC: number;
  qdisc: Qdisc;
  watchdog: QdiscWatchdog;
}

const priv = (sch: Qdisc): TbfPriv => sch.priv as TbfPriv;
const now = (sch: Qdisc): number => netCore(sch.dev.net).host.clock.now;

/** qdisc_purge_queue(): what a replaced child held leaves its ancestors' counts too. */
function qdiscPurgeQueue(q: Qdisc): void {
  const qlen = q.qlen;
  const backlog = q.qstats.backlog;
  qdiscReset(q);
  qdiscTreeReduceBacklog(q, qlen, backlog);
}

function tbfChange(sch: Qdisc, opt: object | undefined): void {
  const o = (opt ?? {}) as TcTbfOptions;
  const qopt: TcTbfQopt | undefined = o.TCA_TBF_PARMS;
  if (!qopt) throw kerr("EINVAL");
  const p = priv(sch);
  let buffer = Math.min(psched_ticks2ns(qopt.buffer), 0xffffffff);
  let mtu = Math.min(psched_ticks2ns(qopt.mtu), 0xffffffff);
  const rate = pschedRatecfgPrecompute(qopt.rate, o.TCA_TBF_RATE64 ?? 0);
  let maxSize: number;
  if (o.TCA_TBF_BURST !== undefined) {
    maxSize = o.TCA_TBF_BURST;
    buffer = pschedL2tNs(rate, maxSize);
  } else maxSize = Math.min(pschedNsT2l(rate, buffer), 0xffffffff);
  let peak: PschedRatecfg | undefined;
  if (qopt.peakrate.rate) {
    peak = pschedRatecfgPrecompute(qopt.peakrate, o.TCA_TBF_PRATE64 ?? 0);
    // "sch_tbf: peakrate %llu is lower than or equals to rate %llu !" (a log line only).
    if (peak.rateBytesPs <= rate.rateBytesPs) throw kerr("EINVAL");
    if (o.TCA_TBF_PBURST !== undefined) {
      maxSize = Math.min(maxSize, o.TCA_TBF_PBURST);
      mtu = pschedL2tNs(peak, o.TCA_TBF_PBURST);
    } else maxSize = Math.min(maxSize, pschedNsT2l(peak, mtu));
  }
  // "sch_tbf: burst %llu is lower than device %s mtu (%u) !" goes to the kernel log only.
  void pschedMtu;
  if (!maxSize) throw kerr("EINVAL");
  let child: Qdisc | undefined;
  if (p.qdisc !== NOOP_QDISC) fifoSetLimit(p.qdisc, qopt.limit);
  else if (qopt.limit > 0) {
    child = fifoCreateDflt(sch, BFIFO_QDISC_OPS, qopt.limit);
    qdiscHashAdd(child, true);
  }
  let old: Qdisc | undefined;
  if (child) {
    qdiscPurgeQueue(p.qdisc);
    old = p.qdisc;
    p.qdisc = child;
  }
  p.limit = qopt.limit;
  p.mtu = o.TCA_TBF_PBURST !== undefined ? mtu : psched_ticks2ns(qopt.mtu);
  p.maxSize = maxSize;
  p.buffer = o.TCA_TBF_BURST !== undefined ? buffer : psched_ticks2ns(qopt.buffer);
  p.tokens = p.buffer;
  p.ptokens = p.mtu;
  p.rate = rate;
  p.peak = peak;
  if (old && old !== NOOP_QDISC) qdiscPut(old);
}

export const TBF_QDISC_OPS: QdiscOps = {
  id: "tbf",
  clOps: {
    graft(sch, _cl, child) {
      const p = priv(sch);
      const old = p.qdisc;
      p.qdisc = child ?? NOOP_QDISC;
      if (old !== NOOP_QDISC) qdiscPurgeQueue(old);
      return old === NOOP_QDISC ? undefined : old;
    },
    leaf: (sch) => priv(sch).qdisc,
    find: () => TBF_CLASS,
    walk: () => [TBF_CLASS],
    dump: (sch) => ({ parent: sch.handle, handle: (sch.handle | 1) >>> 0, info: priv(sch).qdisc.handle }),
  },
  init(sch, opt) {
    sch.priv = {
      limit: 0,
      maxSize: 0,
      buffer: 0,
      mtu: 0,
      rate: pschedRatecfgPrecompute({ cell_log: 0, linklayer: 0, overhead: 0, cell_align: 0, mpu: 0, rate: 0 }, 0),
      peak: undefined,
      tokens: 0,
      ptokens: 0,
      tC: 0,
      qdisc: NOOP_QDISC,
      watchdog: qdiscWatchdogInit(sch),
    } satisfies TbfPriv;
    if (!opt) throw kerr("EINVAL");
    priv(sch).tC = now(sch);
    tbfChange(sch, opt);
  },
  change: tbfChange,
  enqueue(skb, sch) {
    const p = priv(sch);
    const len = qdiscPktLen(skb);
    if (len > p.maxSize) return qdiscDrop(skb, sch, "QDISC_OVERLIMIT");
    const child = p.qdisc;
    const ret = child.ops.enqueue ? child.ops.enqueue(skb, child) & NET_XMIT_MASK : qdiscDrop(skb, child);
    if (ret !== NET_XMIT_SUCCESS) {
      // net_xmit_drop_count(): NET_XMIT_CN is not a drop here.
      if (ret !== 2) sch.qstats.drops++;
      return ret;
    }
    sch.qstats.backlog += len;
    sch.qlen++;
    return NET_XMIT_SUCCESS;
  },
  dequeue(sch) {
    const p = priv(sch);
    const child = p.qdisc;
    const skb = child.ops.peek?.(child);
    if (!skb) return undefined;
    const t = now(sch);
    const len = qdiscPktLen(skb);
    let toks = Math.min(t - p.tC, p.buffer);
    let ptoks = 0;
    if (p.peak) {
      ptoks = toks + p.ptokens;
      if (ptoks > p.mtu) ptoks = p.mtu;
      ptoks -= pschedL2tNs(p.peak, len);
    }
    toks += p.tokens;
    if (toks > p.buffer) toks = p.buffer;
    toks -= pschedL2tNs(p.rate, len);
    if (toks >= 0 && ptoks >= 0) {
      const out = child.ops.dequeue!(child);
      if (!out) return undefined;
      p.tC = t;
      p.tokens = toks;
      p.ptokens = ptoks;
      sch.qstats.backlog -= qdiscPktLen(out);
      sch.qlen--;
      qdiscBstatsUpdate(sch, out);
      return out;
    }
    qdiscWatchdogSchedule(p.watchdog, t + Math.max(-toks, -ptoks));
    sch.qstats.overlimits++;
    return undefined;
  },
  peek(sch) {
    const child = priv(sch).qdisc;
    return child.ops.peek?.(child);
  },
  reset(sch) {
    const p = sch.priv as TbfPriv | undefined;
    if (!p) return;
    qdiscReset(p.qdisc);
    p.tC = now(sch);
    p.tokens = p.buffer;
    p.ptokens = p.mtu;
    qdiscWatchdogCancel(p.watchdog);
  },
  destroy(sch) {
    const p = sch.priv as TbfPriv | undefined;
    if (!p) return;
    qdiscWatchdogCancel(p.watchdog);
    qdiscPut(p.qdisc);
  },
  dump(sch): TcTbfOptions {
    const p = priv(sch);
    const parms: TcTbfQopt = {
      limit: p.limit,
      rate: pschedRatecfgGetrate(p.rate),
      peakrate: p.peak ? pschedRatecfgGetrate(p.peak) : { cell_log: 0, linklayer: 0, overhead: 0, cell_align: 0, mpu: 0, rate: 0 },
      mtu: psched_ns2ticks(p.mtu),
      buffer: psched_ns2ticks(p.buffer),
    };
    const o: TcTbfOptions = { TCA_TBF_PARMS: parms };
    if (p.rate.rateBytesPs >= 2 ** 32) o.TCA_TBF_RATE64 = p.rate.rateBytesPs;
    if (p.peak && p.peak.rateBytesPs >= 2 ** 32) o.TCA_TBF_PRATE64 = p.peak.rateBytesPs;
    return o;
  },
};

/** tbf's one class (cl 1). */
const TBF_CLASS = { cl: 1 };

registerQdisc(TBF_QDISC_OPS);
