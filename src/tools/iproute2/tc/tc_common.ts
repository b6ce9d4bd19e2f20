// tc/tc_common.h + tc_util.h's qdisc_util: what every tc command shares — the
// options (-s -d -r -j -p -iec …) as a context, the table of qdisc kinds
// (get_qdisc_kind: a kind without a q_<kind>.ts is "Unknown qdisc", whose
// options cannot be parsed), and the kernel door (tcTalk) with libnetlink's
// error rendering.
//
// A kind is one object implementing QdiscUtil, registered by its q_<kind>.ts
// with registerQdiscUtil(); tc.ts imports every q_*.ts. parseQopt turns the
// words after the kind into the TCA_OPTIONS nest (undefined: none), or prints
// the kind's error and throws TcFail/IpExit; printQopt prints a dump's nest.

import type { Ctx } from "../lib/utils.js";
import { IpExit, llNameToIndex, nlError } from "../lib/utils.js";
import type { IpOut } from "../lib/json_print.js";
import type { TcaAttrs, TcMsgType, TcNlMsg, TcReply, TcRequest } from "../../../uapi/pkt_sched.js";
import { tcTalk } from "../../../kernel/sched/sch_api.js";
import type { TcCore } from "./tc_core.js";
import type { ClsNames } from "./tc_util.js";
import type { ProgramContext } from "../../../kernel/task/program.js";

type MaybePromise<T> = T | Promise<T>;

export interface TcCtx extends Ctx {
  pc: ProgramContext;
  out: IpOut;
  /** -s (counted) */
  stats: number;
  /** -d (counted) */
  details: number;
  /** -r */
  raw: number;
  /** -iec */
  iec: boolean;
  json: boolean;
  pretty: boolean;
  oneline: boolean;
  /** -N */
  numeric: number;
  /** -br */
  brief: number;
  /** -graph */
  graph: boolean;
  /** -nm: the class names file's entries (cls_names_init) */
  clsNames?: ClsNames;
  /** -force (batch) */
  force: boolean;
  /** the clock tc_core_init() read */
  core: TcCore;
  env: ReadonlyMap<string, string>;
}

/** A parser's refusal: the status tc_qdisc_modify returns (1, or -1 = 255). */
export class TcFail {
  constructor(readonly status: number) {}
}

/** struct qdisc_util */
export interface QdiscUtil {
  readonly id: string;
  /** parse_qopt(): the TCA_OPTIONS nest for the words after the kind (dev: the dev argument, "" when none). */
  parseQopt?(ctx: TcCtx, argv: string[], dev: string): MaybePromise<object | undefined>;
  /** print_qopt() */
  printQopt?(ctx: TcCtx, opt: object): void;
  /** print_xstats() */
  printXstats?(ctx: TcCtx, xstats: object): void;
  /** parse_copt() (class options) */
  parseCopt?(ctx: TcCtx, argv: string[], dev: string): MaybePromise<object | undefined>;
  /** print_copt() */
  printCopt?(ctx: TcCtx, opt: object): void;
}

const qdiscUtils = new Map<string, QdiscUtil>();

/** What a q_<kind>.ts calls at load. */
export function registerQdiscUtil(q: QdiscUtil): void {
  qdiscUtils.set(q.id, q);
}

/** get_qdisc_kind(): the kind's util, or one that refuses options ("Unknown qdisc"). */
export function getQdiscKind(kind: string): QdiscUtil {
  const q = qdiscUtils.get(kind);
  if (q) return q;
  return {
    id: kind,
    parseQopt(ctx, argv) {
      if (argv.length) {
        ctx.err(`Unknown qdisc "${kind}", hence option "${argv[0]}" is unparsable\n`);
        throw new TcFail(255);
      }
      return undefined;
    },
    printQopt(ctx, opt) {
      // print_noqopt(): the nest's size, which the model's typed nests do not have.
      void opt;
      ctx.out.raw("[Unknown qdisc, optlen=0] ");
    },
  };
}

/** rtnl_talk(): the reply, or the kernel's error printed and undefined. */
export function tcTalkCtx(ctx: TcCtx, req: TcRequest): TcReply | undefined {
  try {
    const r = tcTalk(ctx.task, req);
    // nl_dump_ext_ack(): an ack's message is a warning.
    if (r.type === "ack" && r.warning) ctx.err(`Warning: ${r.warning}${r.warning.endsWith(".") ? "" : "."}\n`);
    return r;
  } catch (e) {
    nlError(ctx, e);
    return undefined;
  }
}

/** NEXT_ARG(): the next word, or incomplete_command(). */
export function nextArg(ctx: TcCtx, argv: string[], i: number): string {
  if (i + 1 >= argv.length) {
    ctx.err('Command line is not complete. Try option "help"\n');
    throw new IpExit(255);
  }
  return argv[i + 1]!;
}

/** explain()-style usage printers end the command with status -1 (255). */
export function usageExit(ctx: TcCtx, text: string): never {
  ctx.err(text);
  throw new TcFail(255);
}

/** nodev(): "Cannot find device" and status 1. */
export function nodev(ctx: TcCtx, name: string): number {
  ctx.err(`Cannot find device "${name}"\n`);
  return 1;
}

/** The end of tc_qdisc_modify / tc_class_modify: the device's index, then the request; 0, or 2 for a refusal. */
export function tcModifyTalk(ctx: TcCtx, type: TcMsgType, flags: number, dev: string, handle: number, parent: number, attrs: TcaAttrs): number {
  let ifindex = 0;
  if (dev) {
    ifindex = llNameToIndex(ctx, dev);
    if (!ifindex) return nodev(ctx, dev);
  }
  const r = tcTalkCtx(ctx, {
    type,
    nlmsg_flags: flags,
    tcm: { tcm_family: 0, tcm_ifindex: ifindex, tcm_handle: handle, tcm_parent: parent, tcm_info: 0 },
    attrs,
  });
  return r ? 0 : 2;
}

/** A list command's dump (rtnl_dump_request + rtnl_dump_filter): the messages, or the status after printing why not. */
export function tcDump(ctx: TcCtx, type: TcMsgType, ifindex: number, parent: number, attrs: TcaAttrs): TcNlMsg[] | number {
  const r = tcTalkCtx(ctx, {
    type,
    nlmsg_flags: 0,
    dump: true,
    tcm: { tcm_family: 0, tcm_ifindex: ifindex, tcm_handle: 0, tcm_parent: parent, tcm_info: 0 },
    attrs,
  });
  if (!r || r.type !== "tc") {
    ctx.err("Dump terminated\n");
    return 1;
  }
  return r.msgs;
}
