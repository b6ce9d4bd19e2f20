// tc/tc_class.c: `tc class add|del|change|replace|show`. print_class() is
// plain fprintf in 6.1 (no JSON), so `tc -j class show` prints text too.
// -g (the class graph) is not modelled.

import { NLM_F_CREATE, NLM_F_EXCL } from "../../../uapi/rtnetlink.js";
import { TC_H_ROOT, tcHMaj, tcHMin, type TcaAttrs, type TcEstimator, type TcMsgType, type TcNlMsg } from "../../../uapi/pkt_sched.js";
import { duparg, invarg, llIndexToName, llNameToIndex, matches } from "../lib/utils.js";
import { getQdiscKind, nextArg, nodev, TcFail, tcDump, tcModifyTalk, type QdiscUtil, type TcCtx } from "./tc_common.js";
import { classGraphNew, graphClsShow, graphNodeAdd, type ClassGraph } from "./tc_class_graph.js";
import { getQdiscHandle, getTcClassid, printTcstatsAttr, sprintTcClassid } from "./tc_util.js";
import { parseEstimator } from "./tc_util.js";

const USAGE =
  "Usage: tc class [ add | del | change | replace | show ] dev STRING\n" +
  "       [ classid CLASSID ] [ root | parent CLASSID ]\n" +
  "       [ [ QDISC_KIND ] [ help | OPTIONS ] ]\n" +
  "\n" +
  "       tc class show [ dev STRING ] [ root | parent CLASSID ]\n" +
  "Where:\n" +
  "QDISC_KIND := { prio | cbq | etc. }\n" +
  "OPTIONS := ... try tc class add <desired QDISC_KIND> help\n";

/** tc_class_modify() */
async function tcClassModify(ctx: TcCtx, type: TcMsgType, flags: number, argv: string[]): Promise<number> {
  let dev = "";
  let handle = 0;
  let parent = 0;
  let kind = "";
  let q: QdiscUtil | undefined;
  const attrs: TcaAttrs = {};
  const est: { v?: TcEstimator } = {};
  let i = 0;
  for (; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "dev") {
      const v = nextArg(ctx, argv, i++);
      if (dev) duparg(ctx, "dev", v);
      dev = v.slice(0, 15);
    } else if (a === "classid") {
      const v = nextArg(ctx, argv, i++);
      if (handle) duparg(ctx, "classid", v);
      const h = getTcClassid(v);
      if (h === undefined) invarg(ctx, "invalid class ID", v);
      handle = h;
    } else if (a === "handle") {
      ctx.err('Error: try "classid" instead of "handle"\n');
      return -1;
    } else if (a === "root") {
      if (parent) {
        ctx.err('Error: "root" is duplicate parent ID.\n');
        return -1;
      }
      parent = TC_H_ROOT;
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
  if (q) {
    if (!q.parseCopt) {
      ctx.err(`Error: Qdisc "${kind}" is classless.\n`);
      return 1;
    }
    try {
      const opt = await q.parseCopt(ctx, rest, dev);
      if (opt !== undefined) attrs.TCA_OPTIONS = opt;
    } catch (e) {
      if (e instanceof TcFail) return 1;
      throw e;
    }
  } else if (rest.length) {
    if (matches(rest[0]!, "help")) ctx.err(USAGE);
    ctx.err(`Garbage instead of arguments "${rest[0]} ...". Try "tc class help".`);
    return -1;
  }
  return tcModifyTalk(ctx, type, flags, dev, handle, parent, attrs);
}

/** The show filters. */
export interface ClassFilter {
  ifindex: number;
  qdisc: number;
  classid: number;
  /** -g: classes are collected, then drawn (tc_class_graph.ts) */
  graph?: ClassGraph;
}

/** print_class() */
export function printClass(ctx: TcCtx, m: TcNlMsg, f: ClassFilter): void {
  const out = ctx.out;
  const t = m.tcm;
  if (m.nlmsg_type !== "RTM_NEWTCLASS" && m.nlmsg_type !== "RTM_DELTCLASS") {
    ctx.err("Not a class\n");
    return;
  }
  if (f.graph) {
    graphNodeAdd(f.graph, m);
    return;
  }
  if (f.qdisc && tcHMaj((t.tcm_handle ^ f.qdisc) >>> 0)) return;
  if (f.classid && t.tcm_handle !== f.classid) return;
  const kind = m.attrs.TCA_KIND;
  if (kind === undefined) {
    ctx.err("print_class: NULL kind\n");
    throw new TcFail(255);
  }
  if (m.nlmsg_type === "RTM_DELTCLASS") out.raw("deleted ");
  let abuf = "";
  if (t.tcm_handle) abuf = sprintTcClassid(f.qdisc ? tcHMin(t.tcm_handle) : t.tcm_handle, ctx.clsNames);
  out.raw(`class ${kind} ${abuf} `);
  if (f.ifindex === 0) out.raw(`dev ${llIndexToName(ctx, t.tcm_ifindex)} `);
  if (t.tcm_parent === TC_H_ROOT) out.raw("root ");
  else out.raw(`parent ${sprintTcClassid(f.qdisc ? tcHMin(t.tcm_parent) : t.tcm_parent, ctx.clsNames)} `);
  if (t.tcm_info) out.raw(`leaf ${(t.tcm_info >>> 16).toString(16)}: `);
  const q = getQdiscKind(kind);
  if (m.attrs.TCA_OPTIONS) {
    if (q.printCopt) q.printCopt(ctx, m.attrs.TCA_OPTIONS);
    else ctx.err("[cannot parse class parameters]");
  }
  out.raw("\n");
  if (ctx.stats) {
    let xstats: object | undefined;
    if (m.attrs.TCA_STATS2) {
      xstats = printTcstatsAttr(out, ctx.iec, m.attrs, " ");
      out.raw("\n");
    }
    if ((xstats ?? m.attrs.TCA_XSTATS) && q.printXstats) {
      q.printXstats(ctx, (xstats ?? m.attrs.TCA_XSTATS)!);
      out.raw("\n");
    }
  }
}

/** tc_class_list() */
async function tcClassList(ctx: TcCtx, argv: string[]): Promise<number> {
  let dev = "";
  const f: ClassFilter = { ifindex: 0, qdisc: 0, classid: 0 };
  let parent = 0;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "dev") {
      const v = nextArg(ctx, argv, i++);
      if (dev) duparg(ctx, "dev", v);
      dev = v.slice(0, 15);
    } else if (a === "qdisc") {
      const v = nextArg(ctx, argv, i++);
      if (f.qdisc) duparg(ctx, "qdisc", v);
      const h = getQdiscHandle(v);
      if (h === undefined) invarg(ctx, "invalid qdisc ID", v);
      f.qdisc = h;
    } else if (a === "classid") {
      const v = nextArg(ctx, argv, i++);
      if (f.classid) duparg(ctx, "classid", v);
      const h = getTcClassid(v);
      if (h === undefined) invarg(ctx, "invalid class ID", v);
      f.classid = h;
    } else if (a === "root") {
      if (parent) {
        ctx.err('Error: "root" is duplicate parent ID\n');
        return -1;
      }
      parent = TC_H_ROOT;
    } else if (a === "parent") {
      if (parent) duparg(ctx, "parent", a);
      const v = nextArg(ctx, argv, i++);
      const h = getTcClassid(v);
      if (h === undefined) invarg(ctx, "invalid parent ID", v);
      parent = h;
    } else if (matches(a, "help")) {
      ctx.err(USAGE);
    } else {
      ctx.err(`What is "${a}"? Try "tc class help".\n`);
      return -1;
    }
  }
  let ifindex = 0;
  if (dev) {
    ifindex = llNameToIndex(ctx, dev);
    if (!ifindex) return nodev(ctx, dev);
    f.ifindex = ifindex;
  }
  const msgs = tcDump(ctx, "RTM_GETTCLASS", ifindex, parent, {});
  if (typeof msgs === "number") return msgs;
  if (ctx.graph) f.graph = classGraphNew();
  for (const m of msgs) {
    printClass(ctx, m, f);
    await ctx.out.flush();
  }
  if (f.graph) {
    graphClsShow(ctx, f.graph, f.graph.roots);
    await ctx.out.flush();
  }
  return 0;
}

/** do_class() */
export async function doClass(ctx: TcCtx, argv: string[]): Promise<number> {
  if (argv.length < 1) return tcClassList(ctx, []);
  const cmd = argv[0]!;
  const rest = argv.slice(1);
  if (matches(cmd, "add")) return tcClassModify(ctx, "RTM_NEWTCLASS", NLM_F_EXCL | NLM_F_CREATE, rest);
  if (matches(cmd, "change")) return tcClassModify(ctx, "RTM_NEWTCLASS", 0, rest);
  if (matches(cmd, "replace")) return tcClassModify(ctx, "RTM_NEWTCLASS", NLM_F_CREATE, rest);
  if (matches(cmd, "delete")) return tcClassModify(ctx, "RTM_DELTCLASS", 0, rest);
  if (matches(cmd, "list") || matches(cmd, "show") || matches(cmd, "lst")) return tcClassList(ctx, rest);
  if (matches(cmd, "help")) {
    ctx.err(USAGE);
    return 0;
  }
  ctx.err(`Command "${cmd}" is unknown, try "tc class help".\n`);
  return -1;
}
