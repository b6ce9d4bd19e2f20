// tc/tc_monitor.c (iproute2 6.1): `tc monitor` joins RTNLGRP_TC and prints
// each qdisc, class, filter and chain notification as it comes (print_qdisc,
// print_class, print_filter, print_action), flushed. Not modelled: `file FILE` (a saved
// netlink stream), -timestamp/-tshort; of actions, only RTM_NEWACTION (add, replace).

import { IpExit, matches, llInitMap } from "../lib/utils.js";
import { MonitorQueue } from "../lib/monitor_queue.js";
import { tcNotifyListen } from "../../../kernel/sched/sch_api.js";
import { tcFilterNotifyListen, type TcFilterNlMsg } from "../../../kernel/sched/cls_api.js";
import { tcActionNotifyListen, type TcActionNotify } from "../../../kernel/sched/act_api.js";
import { NLM_F_CREATE, NLM_F_REPLACE } from "../../../uapi/rtnetlink.js";
import { printActions } from "./tc_actions.js";
import type { TcNlMsg } from "../../../uapi/pkt_sched.js";
import { registerTcObject } from "./tc.js";
import type { TcCtx } from "./tc_common.js";
import { printQdisc } from "./tc_qdisc.js";
import { printClass } from "./tc_class.js";
import { newFilterShow, printFilter } from "./tc_filter.js";

function usage(ctx: TcCtx): never {
  ctx.err("Usage: tc [-timestamp [-tshort] monitor\n");
  throw new IpExit(255);
}

type Event = { tc: TcNlMsg } | { filter: TcFilterNlMsg } | { action: TcActionNotify };

async function doTcMonitor(ctx: TcCtx, argv: string[]): Promise<number> {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (matches(a, "file")) {
      if (++i >= argv.length) {
        ctx.err('Command line is not complete. Try option "help"\n');
        throw new IpExit(255);
      }
      ctx.err("Cannot fopen: No such file or directory\n");
      throw new IpExit(255);
    }
    if (matches(a, "help")) usage(ctx);
    ctx.err(`Argument "${a}" is unknown, try "tc monitor help".\n`);
    throw new IpExit(255);
  }
  const net = ctx.task.netns;
  const queue = new MonitorQueue<Event>();
  const leaves = [
    tcNotifyListen(net, (m) => queue.push({ tc: m })),
    tcFilterNotifyListen(net, (m) => queue.push({ filter: m })),
    tcActionNotifyListen(net, (m) => queue.push({ action: m })),
  ];
  llInitMap(ctx);
  try {
    for (;;) {
      const ev = await queue.next(ctx.task);
      if ("action" in ev) {
        const f = ev.action.nlmsg_flags;
        const verb = f & NLM_F_REPLACE ? "Replaced action " : f & NLM_F_CREATE ? "Added action " : "";
        await printActions(ctx, ev.action.actions, 0, 1, verb, false);
      } else if ("filter" in ev) printFilter(ctx, ev.filter, newFilterShow());
      else if (ev.tc.nlmsg_type === "RTM_NEWTCLASS" || ev.tc.nlmsg_type === "RTM_DELTCLASS") printClass(ctx, ev.tc, { ifindex: 0, qdisc: 0, classid: 0 });
      else printQdisc(ctx, ev.tc, { ifindex: 0, parent: 0, handle: 0 });
      await ctx.errFlush?.();
    await ctx.out.flush();
    }
  } finally {
    for (const l of leaves) l();
  }
}

registerTcObject("monitor", doTcMonitor);
