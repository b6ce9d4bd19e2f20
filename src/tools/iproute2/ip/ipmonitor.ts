// ip/ipmonitor.c + ipneigh.c's print_neigh(): `ip monitor neigh [dev DEV]
// [label]`. It joins RTNLGRP_NEIGH in its namespace and prints every
// notification as it arrives, flushed at once (fflush after each message), until
// a signal ends it (`kill %1`, `timeout`). RTM_DELNEIGH lines start with
// "Deleted ", RTM_GETNEIGH (vxlan l2miss/l3miss) with "miss "; with `dev` only
// that device's messages are shown and the "dev NAME" column is left out.
//
// Known difference: the model sends neighbour notifications only, so asking
// for another object (link, address, route, rule, nsid, all, ...) is refused
// with a message naming the limit instead of waiting forever on silence.

import { rtnlNeighListen, type NeighNotify } from "../../../kernel/core/rtnl_notify.js";
import type { Waiter } from "../../../sim/scheduler.js";
import { NTF_EXT_LEARNED, NTF_OFFLOADED, NTF_PROXY, NTF_ROUTER } from "../../../uapi/neighbour.js";
import { formatIp6, formatIpv4 } from "../../../wire/addr.js";
import { invarg, IpExit, llIndexToName, llNameToIndex, matches } from "../lib/utils.js";
import type { IpCtx } from "./iplink.js";
import { registerIpObject } from "./ip.js";
import { printNudState } from "./ipneigh.js";

const USAGE =
  "Usage: ip monitor [ all | OBJECTS ] [ FILE ] [ label ] [ all-nsid ]\n" +
  "                  [ dev DEVICE ]\n" +
  "OBJECTS :=  address | link | mroute | neigh | netconf |\n" +
  "            nexthop | nsid | prefix | route | rule | stats\n" +
  "FILE := file FILENAME\n";

const OBJECTS = ["link", "address", "route", "mroute", "prefix", "neigh", "netconf", "rule", "nsid", "nexthop", "stats"];

function usage(ctx: IpCtx): never {
  ctx.err(USAGE);
  throw new IpExit(255);
}

/** print_neigh() for a notification (filter: state ~0, the monitor's ifindex). */
function printNeigh(ctx: IpCtx, m: NeighNotify, index: number, label: boolean): void {
  if (index && index !== m.ndm_ifindex) return;
  const out = ctx.out;
  if (label) out.string("FP", null, "[NEIGH]", null);
  out.openObject(null);
  if (m.type === "RTM_DELNEIGH") out.bool("ANY", "deleted", "Deleted ", true);
  else if (m.type === "RTM_GETNEIGH") {
    // print_null(PRINT_ANY, "miss", "%s ", "miss")
    if (out.isJson) out.null("JSON", "miss", "");
    else out.string("FP", null, "%s ", "miss");
  }
  if (m.NDA_DST) out.string("ANY", "dst", "%s ", m.NDA_DST.family === 4 ? formatIpv4(m.NDA_DST.addr) : formatIp6(m.NDA_DST.addr));
  if (!index && m.ndm_ifindex) out.string("ANY", "dev", "dev %s ", llIndexToName(ctx, m.ndm_ifindex));
  if (m.NDA_LLADDR) {
    if (!out.isJson) out.string("FP", null, "lladdr ", null);
    out.string("ANY", "lladdr", "%s ", [...m.NDA_LLADDR].map((b) => b.toString(16).padStart(2, "0")).join(":"));
  }
  if (m.ndm_flags & NTF_ROUTER) out.null("ANY", "router", " router");
  if (m.ndm_flags & NTF_PROXY) out.null("ANY", "proxy", " proxy");
  if (m.ndm_flags & NTF_EXT_LEARNED) out.null("ANY", "extern_learn", " extern_learn ");
  if (m.ndm_flags & NTF_OFFLOADED) out.null("ANY", "offload", " offload ");
  printNudState(out, m.ndm_state);
  out.string("FP", null, "\n", null);
  out.closeObject();
}

/** do_ipmonitor() */
async function doIpmonitor(ctx: IpCtx, argv: string[]): Promise<number> {
  let label = false;
  let index = 0;
  const wanted = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (matches(a, "file")) {
      ctx.err('nslab: ip monitor: "file" (replaying a saved netlink dump) is not modelled\n');
      throw new IpExit(2);
    } else if (matches(a, "label")) label = true;
    else if (matches(a, "all-nsid")) {
      // Only this namespace's messages exist for a listener here; nothing is added.
    } else if (a === "dev") {
      if (++i >= argv.length) {
        ctx.err('Command line is not complete. Try option "help"\n');
        throw new IpExit(255);
      }
      index = llNameToIndex(ctx, argv[i]!);
      if (!index) invarg(ctx, "Device does not exist\n", argv[i]!);
    } else if (matches(a, "all")) OBJECTS.forEach((o) => wanted.add(o));
    else if (matches(a, "help")) usage(ctx);
    else {
      const o = OBJECTS.find((x) => matches(a, x) || (x === "address" && a === "addr"));
      if (!o) {
        ctx.err(`Argument "${a}" is unknown, try "ip monitor help".\n`);
        throw new IpExit(255);
      }
      wanted.add(o);
    }
  }
  if (wanted.size === 0) OBJECTS.forEach((o) => wanted.add(o));
  if (wanted.size !== 1 || !wanted.has("neigh")) {
    ctx.err("nslab: ip monitor: only neighbour events are modelled; use `ip monitor neigh`\n");
    throw new IpExit(2);
  }
  const queue: NeighNotify[] = [];
  let waiter: Waiter<void> | undefined;
  const leave = rtnlNeighListen(ctx.task.netns, (m) => {
    queue.push(m);
    const w = waiter;
    waiter = undefined;
    if (w && !w.done) w.wake();
  });
  try {
    for (;;) {
      while (queue.length) {
        printNeigh(ctx, queue.shift()!, index, label);
        await ctx.out.flush();
      }
      await ctx.task.block<void>((w) => {
        waiter = w;
        return () => {
          if (waiter === w) waiter = undefined;
        };
      });
    }
  } finally {
    leave();
  }
}

registerIpObject("monitor", doIpmonitor);
