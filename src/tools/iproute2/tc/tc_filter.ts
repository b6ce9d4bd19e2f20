// tc/tc_filter.c (iproute2 6.1): `tc filter add|change|replace|delete|get|
// show` and `tc chain show`, their argument errors, and print_filter() (also
// used by `tc monitor`). Classifier kinds: u32 (f_u32.ts). The other kinds
// tc 6.1 builds in (basic, bpf, cgroup, flow, flower, fw, matchall, route,
// rsvp, tcindex) have no module on the recording kernel; their words are
// taken as given and the kernel refuses the kind ("TC classifier not
// found"). A kind tc does not know refuses any option, as parse_nofopt.

import { NLM_F_CREATE, NLM_F_EXCL } from "../../../uapi/rtnetlink.js";
import { TC_H_ROOT, tcHMaj, tcHMake, tcHMin, type TcMsg } from "../../../uapi/pkt_sched.js";
import { TCM_IFINDEX_MAGIC_BLOCK, type TcaBpfOptions, type TcaU32Options, type TcFilterMsg, type TcFilterMsgType } from "../../../uapi/pkt_cls.js";
import { tcFilterTalk, type ClsOptions, type TcFilterNlMsg, type TcFilterRequest, type TcfAttrs } from "../../../kernel/sched/cls_api.js";
import { duparg, getUnsigned, invarg, llNameToIndex, matches, nlError } from "../lib/utils.js";
import { llProtoA2n, llProtoN2a } from "../lib/ll_proto.js";
import { nextArg, tcDump, TcFail, type TcCtx } from "./tc_common.js";
import { bpfParseOpt, bpfPrintOpt } from "./f_bpf.js";
import { readTextIfAny } from "../../net-tools/lib.js";
import { getTcClassid, sprintTcClassid } from "./tc_util.js";
import { printDevname } from "./tc_qdisc.js";
import { registerTcObject } from "./tc.js";
import { u32ParseOpt, u32PrintOpt, type U32Parsed } from "./f_u32.js";
import { tcPrintAction } from "./m_action.js";

const USAGE =
  "Usage: tc filter [ add | del | change | replace | show ] [ dev STRING ]\n" +
  "       tc filter [ add | del | change | replace | show ] [ block BLOCK_INDEX ]\n" +
  "       tc filter get dev STRING parent CLASSID protocol PROTO handle FILTERID pref PRIO FILTER_TYPE\n" +
  "       tc filter get block BLOCK_INDEX protocol PROTO handle FILTERID pref PRIO FILTER_TYPE\n" +
  "       [ pref PRIO ] protocol PROTO [ chain CHAIN_INDEX ]\n" +
  "       [ estimator INTERVAL TIME_CONSTANT ]\n" +
  "       [ root | ingress | egress | parent CLASSID ]\n" +
  "       [ handle FILTERID ] [ [ FILTER_TYPE ] [ help | OPTIONS ] ]\n" +
  "\n" +
  "       tc filter show [ dev STRING ] [ root | ingress | egress | parent CLASSID ]\n" +
  "       tc filter show [ block BLOCK_INDEX ]\n" +
  "Where:\n" +
  "FILTER_TYPE := { rsvp | u32 | bpf | fw | route | etc. }\n" +
  "FILTERID := ... format depends on classifier, see there\n" +
  "OPTIONS := ... try tc filter add <desired FILTER_KIND> help\n";

const CHAIN_USAGE =
  "Usage: tc chain [ add | del | get | show ] [ dev STRING ]\n" + "       tc chain [ add | del | get | show ] [ block BLOCK_INDEX ] ]\n";

const ETH_P_ALL = 0x0003;
const TC_H_CLSACT = 0xfffffff1;
const TC_H_MIN_INGRESS = 0xfff2;
const TC_H_MIN_EGRESS = 0xfff3;
const PARENT_INGRESS = tcHMake(TC_H_CLSACT, TC_H_MIN_INGRESS);
const PARENT_EGRESS = tcHMake(TC_H_CLSACT, TC_H_MIN_EGRESS);

/** The classifiers tc 6.1 has an f_<kind>.c for, besides u32 and bpf. */
const OTHER_FILTER_KINDS = new Set(["basic", "cgroup", "flow", "flower", "fw", "matchall", "route", "rsvp", "tcindex"]);

/** tc_filter.c's statics: what a listing leaves out of each line. */
interface FilterShow {
  ifindex: number;
  parent: number;
  prio: number;
  protocol: number;
  chainSet: boolean;
  chain: number;
  blockIndex: number;
  /** f_proto: the protocol of the filter being printed */
  fProto: number;
}

/** A listing's filters before any option (what `tc monitor` prints with). */
export function newFilterShow(): FilterShow {
  return { ifindex: 0, parent: 0, prio: 0, protocol: 0, chainSet: false, chain: 0, blockIndex: 0, fProto: 0 };
}

/** get_u32(…, 0) */
const u32Arg = (w: string): number | undefined => getUnsigned(w);

/** bpf's parser (f_bpf.ts), which may read a bytecode file. */
async function parseFoptAsync(ctx: TcCtx, kind: string, handle: string | undefined, argv: string[], dev: string): Promise<{ handle: number; options?: ClsOptions }> {
  if (kind !== "bpf") return parseFopt(ctx, kind, handle, argv, dev);
  const r = await bpfParseOpt(ctx, handle, argv, dev, (path) => readTextIfAny(ctx.pc, path));
  if (r === null) throw new TcFail(1);
  return r;
}

/** The words of a filter kind: u32's parser, the absent kinds taken as given, parse_nofopt for the rest. */
function parseFopt(ctx: TcCtx, kind: string, handle: string | undefined, argv: string[], dev: string): U32Parsed {
  if (kind === "u32") {
    const r = u32ParseOpt(ctx, handle, argv, dev);
    if (r === null) throw new TcFail(1);
    return r;
  }
  if (OTHER_FILTER_KINDS.has(kind)) {
    // The kernel refuses the kind whatever the options: they are not modelled.
    const h = handle === undefined ? 0 : (getUnsigned(handle) ?? 0);
    return { handle: h };
  }
  if (argv.length) {
    ctx.err(`Unknown filter "${kind}", hence option "${argv[0]}" is unparsable\n`);
    throw new TcFail(1);
  }
  let h = 0;
  if (handle !== undefined) {
    const v = /^[ \t]*\+?(0[xX])?[0-9a-fA-F]+$/.test(handle) ? Number.parseInt(handle.trim().replace(/^\+/, ""), 16) : undefined;
    if (v === undefined || v > 0xffffffff) {
      ctx.err(`Unparsable filter ID "${handle}"\n`);
      throw new TcFail(1);
    }
    h = v;
  }
  return { handle: h };
}

/** rtnl_talk() for a filter request: the reply, or the kernel's error printed. */
function talk(ctx: TcCtx, req: TcFilterRequest): TcFilterNlMsg[] | undefined {
  try {
    return tcFilterTalk(ctx.task, req);
  } catch (e) {
    nlError(ctx, e);
    return undefined;
  }
}

/** The parent words shared by every filter command: root, ingress, egress, parent X. */
function parentWord(ctx: TcCtx, tcm: TcFilterMsg, w: string, argv: string[], i: number, invalidMsg: string): number | undefined {
  if (w === "root" || w === "ingress" || w === "egress") {
    if (tcm.tcm_parent) {
      ctx.err(`Error: "${w}" is duplicate parent ID\n`);
      throw new TcFail(255);
    }
    tcm.tcm_parent = w === "root" ? TC_H_ROOT : w === "ingress" ? PARENT_INGRESS : PARENT_EGRESS;
    return i;
  }
  if (w === "parent") {
    const v = nextArg(ctx, argv, i);
    if (tcm.tcm_parent) duparg(ctx, "parent", v);
    const h = getTcClassid(v);
    if (h === undefined) invarg(ctx, invalidMsg, v);
    tcm.tcm_parent = h;
    return i + 1;
  }
  return undefined;
}

/** The words tc_filter_modify() and tc_filter_get() share, up to the filter kind. */
interface FilterWords {
  prio: number;
  protocol: number;
  protocolSet: boolean;
  blockIndex: number;
  chain: number | undefined;
  fhandle: string | undefined;
  dev: string;
  kind: string;
  /** Where the kind's own options start. */
  next: number;
}

/** tc_qdisc_block_exists() (tc_qdisc.c): some qdisc's dump names the block as its ingress or egress block. */
function tcQdiscBlockExists(ctx: TcCtx, index: number): boolean {
  const msgs = tcDump(ctx, "RTM_GETQDISC", 0, 0, {});
  if (typeof msgs === "number") return false;
  return msgs.some((m) => m.attrs.TCA_INGRESS_BLOCK === index || m.attrs.TCA_EGRESS_BLOCK === index);
}

/**
 * Both commands' argument loop: dev/block, parent words, handle, priority,
 * protocol, chain, help; the first other word is the filter kind. A number is
 * the exit status of a word that ends the command (help, dev with block).
 */
function filterWords(ctx: TcCtx, argv: string[], tcm: TcFilterMsg, protocol: number, getCmd: boolean): FilterWords | number {
  const f: FilterWords = { prio: 0, protocol, protocolSet: false, blockIndex: 0, chain: undefined, fhandle: undefined, dev: "", kind: "", next: argv.length };
  for (let i = 0; i < argv.length; i++) {
    const w = argv[i]!;
    if (w === "dev") {
      const v = nextArg(ctx, argv, i++);
      if (f.dev) duparg(ctx, "dev", v);
      if (f.blockIndex) {
        ctx.err('Error: "dev" and "block" are mutually exclusive\n');
        return -1;
      }
      f.dev = v.slice(0, 15);
    } else if (matches(w, "block")) {
      const v = nextArg(ctx, argv, i++);
      if (f.blockIndex) duparg(ctx, "block", v);
      if (f.dev) {
        ctx.err('Error: "dev" and "block" are mutually exclusive\n');
        return -1;
      }
      const b = u32Arg(v);
      if (!b) invarg(ctx, "invalid block index value", v);
      f.blockIndex = b;
    } else if (w === "root" || w === "ingress" || w === "egress" || w === "parent") {
      i = parentWord(ctx, tcm, w, argv, i, "Invalid parent ID")!;
    } else if (w === "handle") {
      const v = nextArg(ctx, argv, i++);
      if (f.fhandle !== undefined) duparg(ctx, "handle", v);
      f.fhandle = v;
    } else if (matches(w, "preference") || matches(w, "priority")) {
      const v = nextArg(ctx, argv, i++);
      if (f.prio) duparg(ctx, "priority", v);
      const p = u32Arg(v);
      if (p === undefined || p > 0xffff) invarg(ctx, "invalid priority value", v);
      f.prio = p;
    } else if (matches(w, "protocol")) {
      const v = nextArg(ctx, argv, i++);
      if (f.protocolSet) duparg(ctx, "protocol", v);
      const id = llProtoA2n(v);
      if (id === undefined) invarg(ctx, "invalid protocol", v);
      f.protocol = id;
      f.protocolSet = true;
    } else if (matches(w, "chain")) {
      const v = nextArg(ctx, argv, i++);
      if (f.chain !== undefined) duparg(ctx, "chain", v);
      const c = u32Arg(v);
      if (c === undefined) invarg(ctx, "invalid chain index value", v);
      f.chain = c;
    } else if (matches(w, "help")) {
      ctx.err(USAGE);
      return 0;
    } else {
      // tc_filter_get() alone refuses an empty kind.
      if (getCmd && w === "") invarg(ctx, "invalid filter name", w);
      f.kind = w.slice(0, 15);
      f.next = i + 1;
      break;
    }
  }
  return f;
}

/** tc_filter_modify(): add, change, replace, delete. */
async function filterModify(ctx: TcCtx, type: TcFilterMsgType, flags: number, argv: string[]): Promise<number> {
  const tcm: TcFilterMsg = { tcm_family: 0, tcm_ifindex: 0, tcm_handle: 0, tcm_parent: 0, tcm_info: 0 };
  const f = filterWords(ctx, argv, tcm, type === "RTM_NEWTFILTER" && flags & NLM_F_CREATE ? ETH_P_ALL : 0, false);
  if (typeof f === "number") return f;
  const { prio, protocol, blockIndex, chain, fhandle, dev, kind } = f;
  const i = f.next;
  tcm.tcm_info = tcHMake((prio << 16) >>> 0, protocol);
  const attrs: TcfAttrs = {};
  if (chain !== undefined) attrs.TCA_CHAIN = chain;
  if (kind) attrs.TCA_KIND = kind;
  if (dev) {
    tcm.tcm_ifindex = llNameToIndex(ctx, dev);
    if (!tcm.tcm_ifindex) {
      ctx.err(`Cannot find device "${dev}"\n`);
      return 1;
    }
  } else if (blockIndex) {
    tcm.tcm_ifindex = TCM_IFINDEX_MAGIC_BLOCK;
    tcm.tcm_block_index = blockIndex;
  }
  const rest = argv.slice(i);
  if (kind) {
    const r = await parseFoptAsync(ctx, kind, fhandle, rest, dev);
    tcm.tcm_handle = r.handle;
    if (r.options !== undefined) attrs.TCA_OPTIONS = r.options;
  } else {
    if (fhandle !== undefined) {
      ctx.err('Must specify filter type when using "handle"\n');
      return -1;
    }
    if (rest.length) {
      if (matches(rest[0]!, "help")) ctx.err(USAGE);
      ctx.err(`Garbage instead of arguments "${rest[0]} ...". Try "tc filter help".\n`);
      return -1;
    }
  }
  if (talk(ctx, { type, nlmsg_flags: flags, tcm, attrs }) === undefined) {
    ctx.err("We have an error talking to the kernel\n");
    return 2;
  }
  return 0;
}

/** print_filter(): one filter (or chain) message. */
export function printFilter(ctx: TcCtx, m: TcFilterNlMsg, show: FilterShow): void {
  const out = ctx.out;
  const t = m.tcm;
  const isFilter = m.nlmsg_type === "RTM_NEWTFILTER" || m.nlmsg_type === "RTM_GETTFILTER" || m.nlmsg_type === "RTM_DELTFILTER";
  if (isFilter && m.attrs.TCA_KIND === undefined) {
    ctx.err("print_filter: NULL kind\n");
    throw new TcFail(1);
  }
  out.openObject(null);
  if (m.nlmsg_type === "RTM_DELTFILTER" || m.nlmsg_type === "RTM_DELCHAIN") out.bool("ANY", "deleted", "deleted ", true);
  const isNew = m.nlmsg_type === "RTM_NEWTFILTER" || m.nlmsg_type === "RTM_NEWCHAIN";
  if (isNew && m.nlmsg_flags & NLM_F_CREATE && !(m.nlmsg_flags & NLM_F_EXCL)) out.bool("ANY", "replaced", "replaced ", true);
  if (isNew && m.nlmsg_flags & NLM_F_CREATE && m.nlmsg_flags & NLM_F_EXCL) out.bool("ANY", "added", "added ", true);
  out.string("FP", null, isFilter ? "filter " : "chain ", null);
  if (t.tcm_ifindex === TCM_IFINDEX_MAGIC_BLOCK) {
    if (!show.blockIndex || show.blockIndex !== t.tcm_block_index) out.uint("ANY", "block", "block %u ", t.tcm_block_index ?? 0);
  } else {
    if (!show.ifindex || show.ifindex !== t.tcm_ifindex) printDevname(ctx, t.tcm_ifindex);
    if (!show.parent || show.parent !== t.tcm_parent) {
      if (t.tcm_parent === TC_H_ROOT) out.bool("ANY", "root", "root ", true);
      else if (t.tcm_parent === PARENT_INGRESS) out.bool("ANY", "ingress", "ingress ", true);
      else if (t.tcm_parent === PARENT_EGRESS) out.bool("ANY", "egress", "egress ", true);
      else out.string("ANY", "parent", "parent %s ", sprintTcClassid(t.tcm_parent, ctx.clsNames));
    }
  }
  if (t.tcm_info && isFilter) {
    show.fProto = tcHMin(t.tcm_info);
    const prio = tcHMaj(t.tcm_info) >>> 16;
    if ((!show.protocol || show.protocol !== show.fProto) && show.fProto) {
      out.string("ANY", "protocol", "protocol %s ", llProtoN2a(show.fProto, ctx.numeric > 0));
    }
    if ((!show.prio || show.prio !== prio) && prio) out.uint("ANY", "pref", "pref %u ", prio);
  }
  const kind = m.attrs.TCA_KIND;
  if (kind !== undefined) out.string("ANY", "kind", "%s ", kind);
  if (m.attrs.TCA_CHAIN !== undefined && (!show.chainSet || show.chain !== m.attrs.TCA_CHAIN)) {
    out.uint("ANY", "chain", "chain %u ", m.attrs.TCA_CHAIN);
  }
  if (kind !== undefined && m.attrs.TCA_OPTIONS !== undefined) {
    out.openObject("options");
    if (kind === "u32") {
      u32PrintOpt(
        { out, err: ctx.err, showStats: ctx.stats > 0, pretty: ctx.pretty, showRaw: ctx.raw > 0, clsNames: ctx.clsNames, proto: show.fProto, printActions: (acts) => tcPrintAction(ctx, acts) },
        m.attrs.TCA_OPTIONS as TcaU32Options,
        t.tcm_handle,
      );
    } else if (kind === "bpf") bpfPrintOpt(out, m.attrs.TCA_OPTIONS as TcaBpfOptions, t.tcm_handle, ctx.clsNames, (acts) => tcPrintAction(ctx, acts));
    else ctx.err("cannot parse option parameters\n");
    out.closeObject();
  }
  out.nl();
  out.closeObject();
}

/** tc_filter_list() (and tc_chain's listing). */
async function filterList(ctx: TcCtx, type: "RTM_GETTFILTER" | "RTM_GETCHAIN", argv: string[]): Promise<number> {
  const tcm: TcFilterMsg = { tcm_family: 0, tcm_ifindex: 0, tcm_handle: 0, tcm_parent: 0, tcm_info: 0 };
  const show = newFilterShow();
  let dev = "";
  let prio = 0;
  let protocol = 0;
  let blockIndex = 0;
  let fhandle: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const w = argv[i]!;
    if (w === "dev") {
      const v = nextArg(ctx, argv, i++);
      if (dev) duparg(ctx, "dev", v);
      if (blockIndex) {
        ctx.err('Error: "dev" cannot be used in the same time as "block"\n');
        return -1;
      }
      dev = v.slice(0, 15);
    } else if (matches(w, "block")) {
      const v = nextArg(ctx, argv, i++);
      if (blockIndex) duparg(ctx, "block", v);
      if (dev) {
        ctx.err('Error: "block" cannot be used in the same time as "dev"\n');
        return -1;
      }
      const b = u32Arg(v);
      if (!b) invarg(ctx, "invalid block index value", v);
      blockIndex = b;
    } else if (w === "root" || w === "ingress" || w === "egress" || w === "parent") {
      i = parentWord(ctx, tcm, w, argv, i, "invalid parent ID")!;
      show.parent = tcm.tcm_parent;
    } else if (w === "handle") {
      const v = nextArg(ctx, argv, i++);
      if (fhandle !== undefined) duparg(ctx, "handle", v);
      fhandle = v;
    } else if (matches(w, "preference") || matches(w, "priority")) {
      const v = nextArg(ctx, argv, i++);
      if (prio) duparg(ctx, "priority", v);
      const p = u32Arg(v);
      if (p === undefined) invarg(ctx, "invalid preference", v);
      prio = p;
      show.prio = p;
    } else if (matches(w, "protocol")) {
      const v = nextArg(ctx, argv, i++);
      if (protocol) duparg(ctx, "protocol", v);
      const id = llProtoA2n(v);
      if (id === undefined) invarg(ctx, "invalid protocol", v);
      protocol = id;
      show.protocol = id;
    } else if (matches(w, "chain")) {
      const v = nextArg(ctx, argv, i++);
      if (show.chainSet) duparg(ctx, "chain", v);
      const c = u32Arg(v);
      if (c === undefined) invarg(ctx, "invalid chain index value", v);
      show.chainSet = true;
      show.chain = c;
    } else if (matches(w, "help")) {
      ctx.err(type === "RTM_GETCHAIN" ? CHAIN_USAGE : USAGE);
    } else {
      ctx.err(` What is "${w}"? Try "tc filter help"\n`);
      return -1;
    }
  }
  tcm.tcm_info = tcHMake((prio << 16) >>> 0, protocol);
  if (dev) {
    tcm.tcm_ifindex = llNameToIndex(ctx, dev);
    if (!tcm.tcm_ifindex) {
      ctx.err(`Cannot find device "${dev}"\n`);
      return 1;
    }
    show.ifindex = tcm.tcm_ifindex;
  } else if (blockIndex) {
    if (!tcQdiscBlockExists(ctx, blockIndex)) {
      ctx.err(`Cannot find block "${blockIndex}"\n`);
      return 1;
    }
    tcm.tcm_ifindex = TCM_IFINDEX_MAGIC_BLOCK;
    tcm.tcm_parent = blockIndex;
    tcm.tcm_block_index = blockIndex;
    show.blockIndex = blockIndex;
  }
  const attrs: TcfAttrs = {};
  if (show.chainSet) attrs.TCA_CHAIN = show.chain;
  const msgs = talk(ctx, { type, nlmsg_flags: 0, dump: true, tcm, attrs });
  if (msgs === undefined) {
    ctx.err("Dump terminated\n");
    return 1;
  }
  ctx.out.newJsonObj(ctx.json, ctx.pretty);
  for (const m of msgs) {
    printFilter(ctx, m, show);
    await ctx.errFlush?.();
    await ctx.out.flush();
  }
  ctx.out.deleteJsonObj();
  await ctx.errFlush?.();
    await ctx.out.flush();
  return 0;
}

/** tc_filter_get() */
async function filterGet(ctx: TcCtx, argv: string[]): Promise<number> {
  const tcm: TcFilterMsg = { tcm_family: 0, tcm_ifindex: 0, tcm_handle: 0, tcm_parent: 0, tcm_info: 0 };
  const show = newFilterShow();
  const f = filterWords(ctx, argv, tcm, 0, true);
  if (typeof f === "number") return f;
  const { prio, protocol, protocolSet, blockIndex, chain, fhandle, dev, kind } = f;
  const i = f.next;
  if (!protocolSet) {
    ctx.err("Must specify filter protocol\n");
    return -1;
  }
  if (!prio) {
    ctx.err("Must specify filter priority\n");
    return -1;
  }
  tcm.tcm_info = tcHMake((prio << 16) >>> 0, protocol);
  const attrs: TcfAttrs = {};
  if (chain !== undefined) attrs.TCA_CHAIN = chain;
  if (tcm.tcm_parent === 0) {
    ctx.err("Must specify filter parent\n");
    return -1;
  }
  if (!kind) {
    ctx.err("Must specify filter type\n");
    return -1;
  }
  attrs.TCA_KIND = kind;
  if (dev) {
    tcm.tcm_ifindex = llNameToIndex(ctx, dev);
    if (!tcm.tcm_ifindex) {
      ctx.err(`Cannot find device "${dev}"\n`);
      return 1;
    }
    show.ifindex = tcm.tcm_ifindex;
  } else if (blockIndex) {
    tcm.tcm_ifindex = TCM_IFINDEX_MAGIC_BLOCK;
    tcm.tcm_block_index = blockIndex;
    show.blockIndex = blockIndex;
  } else {
    ctx.err('Must specify netdevice "dev" or block index "block"\n');
    return -1;
  }
  const rest = argv.slice(i);
  const r = await parseFoptAsync(ctx, kind, fhandle, rest, dev);
  tcm.tcm_handle = r.handle;
  if (fhandle === undefined) {
    ctx.err('Must specify filter "handle"\n');
    return -1;
  }
  if (rest.length) {
    if (matches(rest[0]!, "help")) ctx.err(USAGE);
    ctx.err(`Garbage instead of arguments "${rest[0]} ...". Try "tc filter help".\n`);
    return -1;
  }
  const msgs = talk(ctx, { type: "RTM_GETTFILTER", nlmsg_flags: 0, tcm, attrs });
  if (msgs === undefined) {
    ctx.err("We have an error talking to the kernel\n");
    return 2;
  }
  ctx.out.newJsonObj(ctx.json, ctx.pretty);
  for (const m of msgs) printFilter(ctx, m, show);
  ctx.out.deleteJsonObj();
  await ctx.errFlush?.();
    await ctx.out.flush();
  return 0;
}

/** do_filter() */
async function doFilter(ctx: TcCtx, argv: string[]): Promise<number> {
  if (argv.length < 1) return filterList(ctx, "RTM_GETTFILTER", []);
  const cmd = argv[0]!;
  const rest = argv.slice(1);
  if (matches(cmd, "add")) return filterModify(ctx, "RTM_NEWTFILTER", NLM_F_EXCL | NLM_F_CREATE, rest);
  if (matches(cmd, "change")) return filterModify(ctx, "RTM_NEWTFILTER", 0, rest);
  if (matches(cmd, "replace")) return filterModify(ctx, "RTM_NEWTFILTER", NLM_F_CREATE, rest);
  if (matches(cmd, "delete")) return filterModify(ctx, "RTM_DELTFILTER", 0, rest);
  if (matches(cmd, "get")) return filterGet(ctx, rest);
  if (matches(cmd, "list") || matches(cmd, "show") || matches(cmd, "lst")) return filterList(ctx, "RTM_GETTFILTER", rest);
  if (matches(cmd, "help")) {
    ctx.err(USAGE);
    return 0;
  }
  ctx.err(`Command "${cmd}" is unknown, try "tc filter help".\n`);
  return -1;
}

/** do_chain(): the listing (add/delete/get of explicit chains are not modelled: the kernel answer is "not supported"). */
async function doChain(ctx: TcCtx, argv: string[]): Promise<number> {
  if (argv.length < 1) return filterList(ctx, "RTM_GETCHAIN", []);
  const cmd = argv[0]!;
  const rest = argv.slice(1);
  if (matches(cmd, "add")) return filterModify(ctx, "RTM_NEWCHAIN", NLM_F_EXCL | NLM_F_CREATE, rest);
  if (matches(cmd, "delete")) return filterModify(ctx, "RTM_DELCHAIN", 0, rest);
  if (matches(cmd, "list") || matches(cmd, "show") || matches(cmd, "lst")) return filterList(ctx, "RTM_GETCHAIN", rest);
  if (matches(cmd, "help")) {
    ctx.err(CHAIN_USAGE);
    return 0;
  }
  ctx.err(`Command "${cmd}" is unknown, try "tc chain help".\n`);
  return -1;
}

registerTcObject("filter", doFilter);
registerTcObject("chain", doChain);
