// net/sched/cls_bpf.c, classic BPF only (TCA_BPF_OPS): each filter of a tp is
// a checked sock_filter program (bpf_check_classic, EINVAL otherwise) with a
// handle from 1 up. On classify the programs run in handle order over the
// frame from its MAC header (skb->data at egress; at ingress cls_bpf pushes
// the MAC header back): 0 is no match, -1 the filter's classid, anything
// else that class id; direct-action programs return a TC_ACT_* verdict.
// skip_sw is refused (EOPNOTSUPP: nothing here offloads), as the recorded
// kernel does. eBPF programs (TCA_BPF_FD) cannot be made here: tc's object
// loader fails before asking. The interpreter and checker are xt_bpf's
// (net/core/filter.c's, shared by both in Linux); its SKF_NET_OFF loads
// count from the frame start here, not from the network header.

import { kerr } from "../../uapi/errno.js";
import { TCA_BPF_FLAG_ACT_DIRECT, TCA_CLS_FLAGS_NOT_IN_HW, TCA_CLS_FLAGS_SKIP_HW, TCA_CLS_FLAGS_SKIP_SW, type TcaBpfOptions } from "../../uapi/pkt_cls.js";
import { tcHMaj } from "../../uapi/pkt_sched.js";
import type { SockFilter } from "../../uapi/xt_ext_match.js";
import { bpfCheckClassic, bpfRun } from "../netfilter/xt/xt_bpf.js";
import { registerTcfProtoOps, tcfBindFilter, tcfUnbindFilter, type TcfProto } from "./cls_api.js";
import { tcfExtsDestroy, tcfExtsDump, tcfExtsExec, tcfExtsValidate, type TcfExts } from "./act_api.js";
import { TC_ACT_OK, TC_ACT_RECLASSIFY, TC_ACT_REDIRECT, TC_ACT_SHOT, TC_ACT_STOLEN, TC_ACT_TRAP, TC_ACT_UNSPEC, type TcfResult } from "./tcf_block.js";

interface BpfProg {
  handle: number;
  prog: SockFilter[];
  res: TcfResult;
  exts: TcfExts;
  direct: boolean;
  genFlags: number;
}

const progs = (tp: TcfProto): BpfProg[] => tp.data as BpfProg[];

/** cls_bpf_exec_opcode(): the verdicts a direct-action program may give. */
function execOpcode(r: number): number {
  switch (r) {
    case TC_ACT_OK:
    case TC_ACT_SHOT:
    case TC_ACT_STOLEN:
    case TC_ACT_TRAP:
    case TC_ACT_REDIRECT:
    case TC_ACT_RECLASSIFY:
      return r;
    default:
      return TC_ACT_UNSPEC;
  }
}

registerTcfProtoOps({
  kind: "bpf",
  classify(skb, tp, res) {
    for (const p of progs(tp)) {
      const r =
        bpfRun(p.prog, { data: skb.data, nh: 0, mac: 0, protocol: skb.protocol, pktType: skb.pktType, ifindex: skb.dev.ifindex, mark: skb.mark, hatype: skb.dev.type }) | 0;
      if (p.direct) {
        res.class = undefined;
        res.classid = (tcHMaj(p.res.classid) | p.res.classid) >>> 0;
        const v = execOpcode(r);
        if (v === TC_ACT_UNSPEC) continue;
        return v;
      }
      if (r === 0) continue;
      if (r !== -1) {
        res.class = undefined;
        res.classid = r >>> 0;
      } else {
        res.classid = p.res.classid;
        res.class = p.res.class;
      }
      const v = tcfExtsExec(skb, p.exts, res);
      if (v < 0) continue;
      return v;
    }
    return TC_ACT_UNSPEC;
  },
  init(tp) {
    tp.data = [] satisfies BpfProg[];
  },
  destroy(tp) {
    for (const p of progs(tp)) {
      tcfUnbindFilter(tp, p.res);
      tcfExtsDestroy(p.exts);
    }
    tp.data = [];
  },
  get: (tp, handle) => progs(tp).find((p) => p.handle === handle),
  change(tp, base, handle, o, fh) {
    const opts = o as TcaBpfOptions | undefined;
    if (!opts) throw kerr("EINVAL");
    const gen = opts.TCA_BPF_FLAGS_GEN ?? 0;
    if (gen & ~(TCA_CLS_FLAGS_SKIP_HW | TCA_CLS_FLAGS_SKIP_SW) || (gen & TCA_CLS_FLAGS_SKIP_HW && gen & TCA_CLS_FLAGS_SKIP_SW)) throw kerr("EINVAL");
    const old = fh as BpfProg | undefined;
    if (old && handle && old.handle !== handle) throw kerr("EINVAL");
    const list = progs(tp);
    let h = handle;
    if (!old) {
      if (h) {
        if (list.some((p) => p.handle === h)) throw kerr("EEXIST");
      } else {
        h = 1;
        while (list.some((p) => p.handle === h)) h++;
      }
    }
    // cls_bpf_set_parms(): exactly one of OPS and FD.
    const ops = opts.TCA_BPF_OPS;
    if (!ops === (opts.TCA_BPF_FD === undefined)) throw kerr("EINVAL");
    if (!ops || !ops.length || ops.length > 4096 || !bpfCheckClassic(ops)) throw kerr("EINVAL");
    if (gen & TCA_CLS_FLAGS_SKIP_SW) throw kerr("EOPNOTSUPP");
    const exts = tcfExtsValidate(tp, opts.TCA_BPF_ACT, opts.TCA_BPF_POLICE);
    const p: BpfProg = {
      handle: old ? old.handle : h,
      prog: ops.map((i) => ({ ...i })),
      res: { classid: 0 },
      exts,
      direct: ((opts.TCA_BPF_FLAGS ?? 0) & TCA_BPF_FLAG_ACT_DIRECT) !== 0,
      genFlags: gen | TCA_CLS_FLAGS_NOT_IN_HW,
    };
    if (opts.TCA_BPF_CLASSID !== undefined) {
      p.res.classid = opts.TCA_BPF_CLASSID;
      tcfBindFilter(tp, p.res, base);
    }
    if (old) {
      tcfUnbindFilter(tp, old.res);
      tcfExtsDestroy(old.exts);
      list[list.indexOf(old)] = p;
    } else {
      const at = list.findIndex((x) => x.handle > p.handle);
      list.splice(at < 0 ? list.length : at, 0, p);
    }
    return p;
  },
  delete(tp, fh) {
    const p = fh as BpfProg;
    const list = progs(tp);
    list.splice(list.indexOf(p), 1);
    tcfUnbindFilter(tp, p.res);
    tcfExtsDestroy(p.exts);
    return list.length === 0;
  },
  walk: (tp) => [...progs(tp)],
  dump(_tp, fh) {
    const p = fh as BpfProg;
    const o: TcaBpfOptions = {};
    if (p.res.classid) o.TCA_BPF_CLASSID = p.res.classid;
    o.TCA_BPF_OPS = p.prog.map((i) => ({ ...i }));
    const acts = tcfExtsDump(p.exts);
    if (acts) o.TCA_BPF_ACT = acts;
    if (p.direct) o.TCA_BPF_FLAGS = TCA_BPF_FLAG_ACT_DIRECT;
    o.TCA_BPF_FLAGS_GEN = p.genFlags;
    return { handle: p.handle, options: o };
  },
});
