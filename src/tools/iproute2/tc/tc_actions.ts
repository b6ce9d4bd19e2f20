// m_action.c do_action() (iproute2 6.1): `tc actions add|change|replace|
// get|delete|list|flush` and print_action(). Only kinds the kernel has can be
// added or listed (mirred on the recording kernel); the rest are refused by
// the kernel as modules it cannot load.

import { NLM_F_CREATE, NLM_F_EXCL, NLM_F_REPLACE } from "../../../uapi/rtnetlink.js";
import { tcActionTalk, type TcActionRequest } from "../../../kernel/sched/act_api.js";
import { getUnsigned, IpExit, invarg, matches, nlError } from "../lib/utils.js";
import type { TcaAction } from "../../../uapi/pkt_cls.js";
import { actionUtil, parseAction, printHwStats } from "./m_action.js";
import { ArgCursor } from "./q_opts.js";
import { printTcstatsAttr } from "./tc_util.js";
import { registerTcObject } from "./tc.js";
import type { TcCtx } from "./tc_common.js";

const USAGE =
  "usage: tc actions <ACTSPECOP>*\n" +
  "Where: \tACTSPECOP := ACR | GD | FL\n" +
  "\tACR := add | change | replace <ACTSPEC>*\n" +
  "\tGD := get | delete | <ACTISPEC>*\n" +
  "\tFL := ls | list | flush | <ACTNAMESPEC>\n" +
  "\tACTNAMESPEC :=  action <ACTNAME>\n" +
  "\tACTISPEC := <ACTNAMESPEC> <INDEXSPEC>\n" +
  "\tACTSPEC := action <ACTDETAIL> [INDEXSPEC] [HWSTATSSPEC] [SKIPSPEC]\n" +
  "\tINDEXSPEC := index <32 bit indexvalue>\n" +
  "\tHWSTATSSPEC := hw_stats [ immediate | delayed | disabled ]\n" +
  "\tSKIPSPEC := [ skip_sw | skip_hw ]\n" +
  "\tACTDETAIL := <ACTNAME> <ACTPARAMS>\n" +
  "\t\tExample ACTNAME is gact, mirred, bpf, etc\n" +
  "\t\tEach action has its own parameters (ACTPARAMS)\n" +
  "\n";

function usage(ctx: TcCtx): never {
  ctx.err(USAGE);
  throw new IpExit(255);
}

function talk(ctx: TcCtx, req: TcActionRequest): TcaAction[] | undefined {
  try {
    return tcActionTalk(ctx.task.netns, req);
  } catch (e) {
    nlError(ctx, e);
    return undefined;
  }
}

/** tc_print_one_action() for a dump of `tc actions` (not bound to a filter). */
function printOne(ctx: TcCtx, d: TcaAction, order: number, hwStats: boolean): void {
  const out = ctx.out;
  out.openObject(null);
  out.nl();
  out.uint("ANY", "order", "\taction order %u: ", order);
  const util = actionUtil(d.kind);
  if (util?.print && d.options) util.print(ctx, d.options);
  if (ctx.stats && d.stats) {
    out.string("FP", null, "\tAction statistics:", null);
    out.nl();
    out.openObject("stats");
    printTcstatsAttr(out, ctx.iec, { TCA_STATS2: { basic: { bytes: d.stats.bytes, packets: d.stats.packets }, queue: { qlen: 0, backlog: 0, drops: d.stats.drops, requeues: 0, overlimits: 0 } } }, "\t");
    out.closeObject();
    out.nl();
  }
  // TCA_ACT_IN_HW_COUNT (0: not in hardware) and TCA_ACT_USED_HW_STATS (none).
  out.bool("ANY", "not_in_hw", "\tnot_in_hw", true);
  out.nl();
  if (hwStats) printHwStats(out, d.usedHwStats ?? 0, true);
  out.closeObject();
}

/** print_action(): "total acts N", the verb of a notification ("Added action "…), the actions. */
export async function printActions(ctx: TcCtx, dumps: TcaAction[], total: number, firstOrder: number, verb = "", standalone = true): Promise<void> {
  // A notification is sent before the offload attempt: no TCA_ACT_USED_HW_STATS in it.
  const hwStats = standalone;
  const out = ctx.out;
  if (standalone) out.newJsonObj(ctx.json, ctx.pretty);
  out.openObject(null);
  out.uint("ANY", "total acts", "total acts %u", total);
  out.nl();
  out.closeObject();
  if (verb) out.raw(verb);
  out.openObject(null);
  out.openArray("JSON", "actions");
  dumps.forEach((d, i) => printOne(ctx, d, firstOrder + i, hwStats));
  out.closeArray("JSON", "");
  out.closeObject();
  if (standalone) out.deleteJsonObj();
  await ctx.errFlush?.();
  await out.flush();
}

/** tc_action_gd(): get or delete "action KIND index N"…; the words it took, or -1 / 1 (error). */
async function actionGd(ctx: TcCtx, del: boolean, argv: string[], start: number): Promise<{ ret: number; next: number }> {
  let i = start + 1;
  const specs: Array<{ kind: string; index: number }> = [];
  while (i < argv.length) {
    const w = argv[i]!;
    if (w === "action") {
      i++;
      continue;
    }
    if (w === "help") return { ret: -1, next: i };
    // get_action_kind(): a kind tc does not know becomes gact (its name rewritten too).
    const k = (actionUtil(w.slice(0, 15)) ?? actionUtil("gact")!).id;
    i++;
    if (i >= argv.length || !matches(argv[i]!, "index")) {
      ctx.err(`Error: no index specified action: ${k}\n`);
      return { ret: -1, next: i };
    }
    if (i + 1 >= argv.length) {
      ctx.err('Command line is not complete. Try option "help"\n');
      throw new IpExit(255);
    }
    const v = /^\d+$/.test(argv[i + 1]!) ? getUnsigned(argv[i + 1]!) : undefined;
    if (v === undefined) {
      ctx.err('Illegal "index"\n');
      return { ret: -1, next: i };
    }
    specs.push({ kind: k, index: v });
    i += 2;
  }
  const r = talk(ctx, del ? { type: "RTM_DELACTION", actions: specs } : { type: "RTM_GETACTION", actions: specs });
  if (r === undefined) {
    ctx.err("We have an error talking to the kernel\n");
    return { ret: 1, next: start };
  }
  if (!del) await printActions(ctx, r, 0, 1);
  return { ret: 0, next: i };
}

/** do_action() */
async function doAction(ctx: TcCtx, argv: string[]): Promise<number> {
  let i = 0;
  while (i < argv.length) {
    const w = argv[i]!;
    let ret = 0;
    if (matches(w, "add") || matches(w, "change") || matches(w, "replace")) {
      const flags = matches(w, "add") ? NLM_F_EXCL | NLM_F_CREATE : NLM_F_CREATE | NLM_F_REPLACE;
      const a = new ArgCursor(ctx, argv);
      a.i = i + 1;
      const acts: TcaAction[] | null = a.more ? parseAction(ctx, a, "") : null;
      if (acts === null) {
        ctx.err('Illegal "action"\n');
        return -1;
      }
      i = a.i;
      if (talk(ctx, { type: "RTM_NEWACTION", nlmsg_flags: flags, actions: acts }) === undefined) {
        ctx.err("We have an error talking to the kernel\n");
        ret = -1;
      }
    } else if (matches(w, "delete") || matches(w, "get")) {
      const r = await actionGd(ctx, matches(w, "delete"), argv, i + 1);
      ret = r.ret;
      i = r.next;
    } else if (matches(w, "list") || matches(w, "show") || matches(w, "lst") || matches(w, "flush")) {
      if (argv.length - i <= 2) usage(ctx);
      const k = argv[i + 2]!.slice(0, 15);
      let rest = i + 3;
      if (rest < argv.length && argv[rest] === "since") {
        const v = argv[rest + 1];
        if (v === undefined) {
          ctx.err('Command line is not complete. Try option "help"\n');
          throw new IpExit(255);
        }
        if (getUnsigned(v) === undefined) invarg(ctx, 'dump time "since" is invalid', v);
        rest += 2;
      }
      if (matches(w, "flush")) {
        if (talk(ctx, { type: "RTM_DELACTION", flush: true, kind: k }) === undefined) {
          ctx.err("We have an error flushing\n");
          return 1;
        }
        return 0;
      }
      const r = talk(ctx, { type: "RTM_GETACTION", dump: true, kind: k });
      if (r && r.length) await printActions(ctx, r, r.length, 0);
      return 0;
    } else if (matches(w, "help")) {
      usage(ctx);
    } else {
      ctx.err(`Command "${w}" is unknown, try "tc actions help".\n`);
      return -1;
    }
    if (ret < 0) return -1;
  }
  return 0;
}

registerTcObject("actions", doAction);
