// tc/tc_qdisc.c: `tc qdisc add|del|replace|change|link|show`. The modify
// path builds a tcmsg (dev, handle, root/ingress/clsact/parent, the kind and
// its options from q_<kind>.ts) and sends it; show dumps every qdisc and
// prints each as print_qdisc() does (also used by `tc monitor`).

import { NLM_F_CREATE, NLM_F_EXCL, NLM_F_REPLACE } from "../../../uapi/rtnetlink.js";
import {
  TC_H_CLSACT,
  TC_H_INGRESS,
  TC_H_ROOT,
  tcHMake,
  type TcaAttrs,
  type TcEstimator,
  type TcSizespec,
  type TcMsgType,
  type TcNlMsg,
} from "../../../uapi/pkt_sched.js";
import { duparg, invarg, llIndexToName, llNameToIndex, matches, getUnsigned } from "../lib/utils.js";
import { getQdiscKind, nextArg, nodev, TcFail, tcDump, tcModifyTalk, type QdiscUtil, type TcCtx } from "./tc_common.js";
import { getQdiscHandle, getTcClassid, printTcstatsAttr, sprintTcClassid } from "./tc_util.js";
import { parseEstimator } from "./tc_util.js";
import { checkSizeTableOpts, parseSizeTable, printSizeTable } from "./tc_stab.js";
import { tcCalcSizeTable } from "./tc_core.js";

const USAGE =
  "Usage: tc qdisc [ add | del | replace | change | show ] dev STRING\n" +
  "       [ handle QHANDLE ] [ root | ingress | clsact | parent CLASSID ]\n" +
  "       [ estimator INTERVAL TIME_CONSTANT ]\n" +
  "       [ stab [ help | STAB_OPTIONS] ]\n" +
  "       [ ingress_block BLOCK_INDEX ] [ egress_block BLOCK_INDEX ]\n" +
  "       [ [ QDISC_KIND ] [ help | OPTIONS ] ]\n" +
  "\n" +
  "       tc qdisc { show | list } [ dev STRING ] [ QDISC_ID ] [ invisible ]\n" +
  "Where:\n" +
  "QDISC_KIND := { [p|b]fifo | tbf | prio | cbq | red | etc. }\n" +
  "OPTIONS := ... try tc qdisc add <desired QDISC_KIND> help\n" +
  "STAB_OPTIONS := ... try tc qdisc add stab help\n" +
  "QDISC_ID := { root | ingress | handle QHANDLE | parent CLASSID }\n";

/** tc_qdisc_modify() */
async function tcQdiscModify(ctx: TcCtx, type: TcMsgType, flags: number, argv: string[]): Promise<number> {
  let dev = "";
  let handle = 0;
  let parent = 0;
  let kind = "";
  let q: QdiscUtil | undefined;
  const attrs: TcaAttrs = {};
  const est: { v?: TcEstimator } = {};
  const stab: TcSizespec = { cell_log: 0, size_log: 0, cell_align: 0, overhead: 0, linklayer: 0, mpu: 0, mtu: 0, tsize: 0 };
  let ingressBlock = 0;
  let egressBlock = 0;
  let i = 0;
  for (; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "dev") {
      const v = nextArg(ctx, argv, i++);
      if (dev) duparg(ctx, "dev", v);
      dev = v.slice(0, 15);
    } else if (a === "handle") {
      if (handle) duparg(ctx, "handle", a);
      const v = nextArg(ctx, argv, i++);
      const h = getQdiscHandle(v);
      if (h === undefined) invarg(ctx, "invalid qdisc ID", v);
      handle = h;
    } else if (a === "root") {
      if (parent) {
        ctx.err('Error: "root" is duplicate parent ID\n');
        return -1;
      }
      parent = TC_H_ROOT;
    } else if (a === "clsact" || a === "ingress") {
      if (parent) {
        ctx.err(`Error: "${a}" is a duplicate parent ID\n`);
        return -1;
      }
      parent = a === "clsact" ? TC_H_CLSACT : TC_H_INGRESS;
      kind = a;
      q = getQdiscKind(kind);
      handle = tcHMake(TC_H_INGRESS, 0);
      i++;
      break;
    } else if (a === "parent") {
      const v = nextArg(ctx, argv, i++);
      if (parent) duparg(ctx, "parent", v);
      const h = getTcClassid(v);
      if (h === undefined) invarg(ctx, "invalid parent ID", v);
      parent = h;
    } else if (matches(a, "estimator")) {
      const at = parseEstimator(ctx, argv, i, est);
      if (at < 0) return -1;
      i = at;
    } else if (matches(a, "stab")) {
      const at = parseSizeTable(ctx, argv, i, stab);
      if (at < 0) return -1;
      // parse_size_table() stops on the first word that is not its own: the loop goes on from there.
      i = at - 1;
    } else if (matches(a, "ingress_block")) {
      const v = nextArg(ctx, argv, i++);
      const n = getUnsigned(v);
      if (!n) invarg(ctx, "invalid ingress block index value", v);
      ingressBlock = n;
    } else if (matches(a, "egress_block")) {
      const v = nextArg(ctx, argv, i++);
      const n = getUnsigned(v);
      if (!n) invarg(ctx, "invalid egress block index value", v);
      egressBlock = n;
    } else if (matches(a, "help")) {
      ctx.err(USAGE);
    } else {
      kind = a.slice(0, 15);
      q = getQdiscKind(kind);
      i++;
      break;
    }
  }
  const rest = argv.slice(i);
  if (kind) attrs.TCA_KIND = kind;
  if (est.v?.ewma_log) attrs.TCA_RATE = est.v;
  if (checkSizeTableOpts(stab)) {
    const data = tcCalcSizeTable(stab);
    attrs.TCA_STAB = data ? { base: stab, data } : { base: stab };
  }
  if (ingressBlock) attrs.TCA_INGRESS_BLOCK = ingressBlock;
  if (egressBlock) attrs.TCA_EGRESS_BLOCK = egressBlock;
  if (q) {
    if (q.parseQopt) {
      try {
        const opt = await q.parseQopt(ctx, rest, dev);
        if (opt !== undefined) attrs.TCA_OPTIONS = opt;
      } catch (e) {
        if (e instanceof TcFail) return 1;
        throw e;
      }
    } else if (rest.length) {
      ctx.err(`qdisc '${kind}' does not support option parsing\n`);
      return -1;
    }
  } else if (rest.length) {
    if (matches(rest[0]!, "help")) ctx.err(USAGE);
    ctx.err(`Garbage instead of arguments "${rest[0]} ...". Try "tc qdisc help".\n`);
    return -1;
  }
  return tcModifyTalk(ctx, type, flags, dev, handle, parent, attrs);
}

/** The show filters (tc_qdisc.c's statics). */
export interface QdiscFilter {
  ifindex: number;
  parent: number;
  handle: number;
}

/** print_qdisc(): one qdisc message (dumps and `tc monitor`). */
export function printQdisc(ctx: TcCtx, m: TcNlMsg, filter: QdiscFilter): void {
  const out = ctx.out;
  const t = m.tcm;
  if (m.nlmsg_type !== "RTM_NEWQDISC" && m.nlmsg_type !== "RTM_DELQDISC") {
    ctx.err("Not a qdisc\n");
    return;
  }
  if (filter.ifindex && filter.ifindex !== t.tcm_ifindex) return;
  if (filter.handle && filter.handle !== t.tcm_handle) return;
  if (filter.parent && filter.parent !== t.tcm_parent) return;
  const kind = m.attrs.TCA_KIND;
  if (kind === undefined) {
    ctx.err("print_qdisc: NULL kind\n");
    throw new TcFail(255);
  }
  out.openObject(null);
  if (m.nlmsg_type === "RTM_DELQDISC") out.bool("ANY", "deleted", "deleted ", true);
  if (m.nlmsg_type === "RTM_NEWQDISC" && m.nlmsg_flags & NLM_F_CREATE && m.nlmsg_flags & NLM_F_REPLACE) {
    out.bool("ANY", "replaced", "replaced ", true);
  }
  if (m.nlmsg_type === "RTM_NEWQDISC" && m.nlmsg_flags & NLM_F_CREATE && m.nlmsg_flags & NLM_F_EXCL) {
    out.bool("ANY", "added", "added ", true);
  }
  out.string("ANY", "kind", "qdisc %s", kind);
  out.string("ANY", "handle", " %s", `${(t.tcm_handle >>> 16).toString(16)}:`);
  if (ctx.raw) out.string("FP", null, "%s", `[${t.tcm_handle.toString(16).padStart(8, "0")}]`);
  out.string("FP", null, " ", null);
  if (filter.ifindex === 0) printDevname(ctx, t.tcm_ifindex);
  if (t.tcm_parent === TC_H_ROOT) out.bool("ANY", "root", "root ", true);
  else if (t.tcm_parent) out.string("ANY", "parent", "parent %s ", sprintTcClassid(t.tcm_parent, ctx.clsNames));
  if (t.tcm_info !== 1) out.uint("ANY", "refcnt", "refcnt %u ", t.tcm_info);
  if (m.attrs.TCA_HW_OFFLOAD) out.bool("ANY", "offloaded", "offloaded ", true);
  if (m.attrs.TCA_INGRESS_BLOCK) out.uint("ANY", "ingress_block", "ingress_block %u ", m.attrs.TCA_INGRESS_BLOCK);
  if (m.attrs.TCA_EGRESS_BLOCK) out.uint("ANY", "egress_block", "egress_block %u ", m.attrs.TCA_EGRESS_BLOCK);
  // "pfifo_fast is generic enough to warrant the hardcoding --JHS"
  const q = getQdiscKind(kind === "pfifo_fast" ? "prio" : kind);
  out.openObject("options");
  if (m.attrs.TCA_OPTIONS) {
    if (q.printQopt) q.printQopt(ctx, m.attrs.TCA_OPTIONS);
    else ctx.err("Cannot parse qdisc parameters\n");
  }
  out.closeObject();
  out.nl();
  if (ctx.details && m.attrs.TCA_STAB) {
    printSizeTable(ctx, m.attrs.TCA_STAB.base);
    out.nl();
  }
  if (ctx.stats) {
    let xstats: object | undefined;
    if (m.attrs.TCA_STATS2) {
      xstats = printTcstatsAttr(out, ctx.iec, m.attrs, " ");
      out.nl();
    }
    if (xstats && q.printXstats) {
      q.printXstats(ctx, xstats);
      out.nl();
    }
  }
  out.closeObject();
}

/** print_devname() */
export function printDevname(ctx: TcCtx, ifindex: number): void {
  if (!ctx.out.isJson) ctx.out.raw("dev ");
  ctx.out.string("ANY", "dev", "%s ", llIndexToName(ctx, ifindex));
}

/** tc_qdisc_list() */
async function tcQdiscList(ctx: TcCtx, argv: string[]): Promise<number> {
  let dev = "";
  const filter: QdiscFilter = { ifindex: 0, parent: 0, handle: 0 };
  let invisible = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "dev") {
      dev = nextArg(ctx, argv, i++).slice(0, 15);
    } else if (a === "root" || a === "ingress" || a === "clsact" || matches(a, "parent") || matches(a, "handle")) {
      if (filter.parent) invarg(ctx, "parent is already specified", a);
      if (filter.handle) invarg(ctx, "handle is already specified", a);
      if (a === "root") filter.parent = TC_H_ROOT;
      else if (a === "ingress" || a === "clsact") filter.parent = TC_H_INGRESS;
      else if (matches(a, "parent")) {
        const v = nextArg(ctx, argv, i++);
        const h = getTcClassid(v);
        if (h === undefined) invarg(ctx, "invalid parent ID", v);
        filter.parent = h;
      } else {
        const v = nextArg(ctx, argv, i++);
        const h = getQdiscHandle(v);
        if (h === undefined) invarg(ctx, "invalid handle ID", v);
        filter.handle = h;
      }
    } else if (matches(a, "help")) {
      ctx.err(USAGE);
    } else if (a === "invisible") {
      invisible = true;
    } else {
      ctx.err(`What is "${a}"? Try "tc qdisc help".\n`);
      return -1;
    }
  }
  let ifindex = 0;
  if (dev) {
    ifindex = llNameToIndex(ctx, dev);
    if (!ifindex) return nodev(ctx, dev);
    filter.ifindex = ifindex;
  }
  const attrs: TcaAttrs = invisible ? { TCA_DUMP_INVISIBLE: true } : {};
  const msgs = tcDump(ctx, "RTM_GETQDISC", ifindex, 0, attrs);
  if (typeof msgs === "number") return msgs;
  ctx.out.newJsonObj(ctx.json, ctx.pretty);
  for (const m of msgs) {
    printQdisc(ctx, m, filter);
    await ctx.out.flush();
  }
  ctx.out.deleteJsonObj();
  return 0;
}

/** do_qdisc() */
export async function doQdisc(ctx: TcCtx, argv: string[]): Promise<number> {
  if (argv.length < 1) return tcQdiscList(ctx, []);
  const cmd = argv[0]!;
  const rest = argv.slice(1);
  if (matches(cmd, "add")) return tcQdiscModify(ctx, "RTM_NEWQDISC", NLM_F_EXCL | NLM_F_CREATE, rest);
  if (matches(cmd, "change")) return tcQdiscModify(ctx, "RTM_NEWQDISC", 0, rest);
  if (matches(cmd, "replace")) return tcQdiscModify(ctx, "RTM_NEWQDISC", NLM_F_CREATE | NLM_F_REPLACE, rest);
  if (matches(cmd, "link")) return tcQdiscModify(ctx, "RTM_NEWQDISC", NLM_F_REPLACE, rest);
  if (matches(cmd, "delete")) return tcQdiscModify(ctx, "RTM_DELQDISC", 0, rest);
  if (matches(cmd, "list") || matches(cmd, "show") || matches(cmd, "lst")) return tcQdiscList(ctx, rest);
  if (matches(cmd, "help")) {
    ctx.err(USAGE);
    return 0;
  }
  ctx.err(`Command "${cmd}" is unknown, try "tc qdisc help".\n`);
  return -1;
}
