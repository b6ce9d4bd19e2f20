// `nft monitor [new|destroy] [tables|chains|sets|rules|elements|ruleset|trace]`
// (src/monitor.c): joins NFNLGRP_NFTABLES and prints each event as the
// command that would make it (`add table ip t`, `add rule ip t c ...`,
// `delete rule ip t c handle 2`), and after each batch `# new generation N by
// process PID (COMM)` (only when every event is watched), until a signal ends
// it. Traces (NFNLGRP_NFTRACE) are printed by `monitor trace` and by a plain
// `monitor` (trace.ts).

import type { ProgramContext } from "../../kernel/task/program.js";
import { nftEventGroup, type NftEvent, type NotifyChain, type NotifyTable } from "../../kernel/netfilter/nf_tables_notify.js";
import { MonitorQueue } from "../iproute2/lib/monitor_queue.js";
import { elemLine, listedStmts, nativePriority, stmtText } from "./native-render.js";
import { ruleText } from "./render.js";
import { NftError } from "./io.js";
import { nfTraceSubscribe, type NfTraceMsg } from "../../kernel/netfilter/nf_trace.js";
import { traceCache, traceText } from "./trace.js";

const OBJECTS: Record<string, NftEvent["obj"][]> = {
  tables: ["table"],
  chains: ["chain"],
  sets: ["set"],
  rules: ["rule"],
  elements: ["element"],
  ruleset: ["table", "chain", "set", "rule", "element"],
  trace: [],
};

/** What the command line asks for; an unknown word is nft's "invalid event" at that word. */
export function monitorFilter(args: string[]): { add: boolean; del: boolean; objs: NftEvent["obj"][] | undefined } {
  let i = 0;
  let add = true;
  let del = true;
  if (args[i] === "new" || args[i] === "destroy") {
    add = args[i] === "new";
    del = !add;
    i++;
  }
  let objs: NftEvent["obj"][] | undefined;
  if (i < args.length) {
    const o = OBJECTS[args[i]!];
    if (!o) {
      const line = `monitor ${args.join(" ")}`;
      const at = line.indexOf(args[i]!, 8);
      throw new NftError(`Error: invalid event ${args[i]}\n${line}\n${" ".repeat(at)}${"^".repeat(args[i]!.length)}\n`);
    }
    objs = o;
    i++;
  }
  return { add, del, objs };
}

function chainDecl(t: NotifyTable, c: NotifyChain): string {
  const b = c.base;
  if (!b) return "";
  return ` { type ${b.type} hook ${b.hook}${b.device !== undefined ? ` device "${b.device}"` : ""} priority ${nativePriority(b.priority, b.hook, t.family, {})}; policy ${b.policy}; }`;
}

/** One event as monitor.c prints it (netlink_events_*_cb), without its newline. */
export function eventText(e: NftEvent): string {
  if (e.obj === "gen") return `# new generation ${e.gen} by process ${e.pid} (${e.comm})`;
  const verb = e.add ? "add" : "delete";
  const where = `${e.t.family} ${e.t.name}`;
  switch (e.obj) {
    case "table":
      return `${verb} table ${where}`;
    case "chain":
      return e.add ? `add chain ${where} ${e.c.name}${chainDecl(e.t, e.c)}` : `delete chain ${where} ${e.c.name}`;
    case "rule": {
      if (!e.add) return `delete rule ${where} ${e.c.name} handle ${e.r.handle}`;
      const text = e.r.stmts ? listedStmts(e.r.stmts).map((s) => stmtText(s, e.t.family, {}, { family: e.t.family as "ip", name: e.t.name, handle: 0, chains: [], sets: e.t.sets })).join(" ") : ruleText(e.r.entry!, e.r.counters!).text;
      return `add rule ${where} ${e.c.name} ${text}`;
    }
    case "set":
      if (!e.add) return `delete set ${where} ${e.s.name}`;
      return `add ${e.s.data !== undefined ? "map" : "set"} ${where} ${e.s.name} { type ${e.s.key}${e.s.data !== undefined ? ` : ${e.s.data}` : ""}; ${e.s.flags.length ? `flags ${e.s.flags.join(",")}; ` : ""}} `;
    case "element":
      return `${verb} element ${where} ${e.s.name} { ${elemLine(e.s, e.e)} }`;
  }
}

export async function nftMonitor(ctx: ProgramContext, args: string[]): Promise<number> {
  const f = monitorFilter(args);
  const queue = new MonitorQueue<NftEvent | { obj: "trace"; m: NfTraceMsg }>();
  const leave = nftEventGroup.listen(ctx.task.netns, queue.push);
  // Traces: `monitor trace`, or everything (no object, no new/destroy).
  const traces = (f.objs ? f.objs.length === 0 : f.add && f.del) ? nfTraceSubscribe(ctx.task.netns, (m) => queue.push({ obj: "trace", m })) : undefined;
  let cache = traces ? traceCache(ctx) : undefined;
  try {
    for (;;) {
      const e = await queue.next(ctx.task);
      if (e.obj === "trace") {
        const s = traceText(e.m, cache!);
        if (s) await ctx.stdout.write(s);
        continue;
      }
      // nft's cache follows the rule set (netlink_events_cache_update).
      if (traces && e.obj !== "gen") cache = traceCache(ctx);
      if (e.obj === "gen") {
        if (f.objs || !f.add || !f.del) continue;
      } else if ((f.objs && !f.objs.includes(e.obj)) || (e.add ? !f.add : !f.del)) continue;
      await ctx.stdout.write(`${eventText(e)}\n`);
    }
  } finally {
    leave();
    traces?.();
  }
}
