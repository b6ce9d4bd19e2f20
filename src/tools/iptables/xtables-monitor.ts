// xtables-monitor (iptables/xtables-monitor.c, 1.8.9): --trace prints the
// NFT_MSG_TRACE messages (kernel nf_tables_trace.c) of packets a TRACE rule
// marked, as recorded on the kernel:
//   PACKET: 2 1a2b3c4d IN=veth0 MACSRC=… MACDST=… MACPROTO=0800 SRC=… DST=… LEN=84 TOS=0x0 TTL=64 ID=… DF
//    TRACE: 2 1a2b3c4d raw:PREROUTING:rule:0x2:CONTINUE  -4 -t raw -A PREROUTING -p icmp -j TRACE
//    TRACE: 2 1a2b3c4d raw:PREROUTING:policy:ACCEPT
// (the packet line comes with the first message of each chain walk; a rule is
// fetched from the kernel by its handle and printed as iptables-save would).
// -e prints ruleset events (NFNLGRP_NFTABLES): tables and base chains in
// libnftnl's own format (`# nft: ip filter INPUT use 1 type filter hook input
// prio 0 …`), user chains and rules of the ip/ip6 families as iptables-save
// lines (-N/-X, -A/-D, `[p:b]` counters with -c), a rule of another family as an
// empty line, and `NEWGEN: GENID=… PID=… NAME=…` after each batch; sets and
// elements say nothing. stdout is stdio's: line-buffered on a terminal (or under
// `stdbuf -oL`), else fully buffered (4096 bytes), so a monitor killed while
// writing into a file leaves its events unwritten (recorded); a trace flushes.

import type { ProgramContext } from "../../kernel/task/program.js";
import { nfnlTalk } from "../../kernel/netfilter/nfnetlink.js";
import { nfTraceSubscribe, NFT_TRACETYPE_POLICY, NFT_TRACETYPE_RULE, type NfTraceMsg } from "../../kernel/netfilter/nf_trace.js";
import { MonitorQueue } from "../iproute2/lib/monitor_queue.js";
import { nftEventGroup, type NftEvent } from "../../kernel/netfilter/nf_tables_notify.js";
import { FMT_NOCOUNTS, saveRule } from "./print.js";

const USAGE =
  "xtables-monitor 1.8.9 (nf_tables)\n" +
  "Usage: xtables-monitor [ -t | -e ]\n" +
  "        --trace    -t    trace ruleset traversal of packets tagged via -j TRACE rule\n" +
  "        --event    -e    show events that modify the ruleset\n" +
  "Optional arguments:\n" +
  "        --ipv4     -4    only monitor IPv4\n" +
  "        --ipv6     -6    only monitor IPv6\n" +
  "\t--counters -c    show counters in rules\n";

const LONG: Record<string, string> = { counters: "c", trace: "t", event: "e", ipv4: "4", ipv6: "6", version: "V", help: "h" };

/** ether_ntoa(): bytes in %x, unpadded. */
const macText = (b: Uint8Array, o: number): string => [...b.subarray(o, o + 6)].map((x) => x.toString(16)).join(":");
const u16 = (b: Uint8Array, o: number): number => (b[o]! << 8) | b[o + 1]!;

function packetLine(m: NfTraceMsg): string {
  let s = `PACKET: ${m.family} ${m.id.toString(16).padStart(8, "0")} `;
  if (m.iifname !== undefined) s += `IN=${m.iifname} `;
  if (m.oifname !== undefined) s += `OUT=${m.oifname} `;
  if (m.family !== m.nfproto) s += `NFPROTO=${m.nfproto} `;
  if (m.ll) {
    if (m.iiftype === 1 && m.ll.length >= 14) s += `MACSRC=${macText(m.ll, 6)} MACDST=${macText(m.ll, 0)} MACPROTO=${u16(m.ll, 12).toString(16).padStart(4, "0")} `;
    else s += `LL=0x${(m.iiftype ?? 0).toString(16)} ${[...m.ll].map((x) => x.toString(16).padStart(2, "0")).join("")} `;
  }
  let l4 = -1;
  const nh = m.nh;
  if (nh && m.nfproto === 2 && nh.length >= 20) {
    const ip = (o: number) => `${nh[o]}.${nh[o + 1]}.${nh[o + 2]}.${nh[o + 3]}`;
    s += `SRC=${ip(12)} DST=${ip(16)} LEN=${u16(nh, 2)} TOS=0x${nh[1]!.toString(16)} TTL=${nh[8]} ID=${u16(nh, 4)} `;
    const frag = u16(nh, 6);
    if (frag & 0x8000) s += "CE ";
    if (frag & 0x4000) s += "DF ";
    if (frag & 0x2000) s += "MF ";
    if (frag & 0x1fff) s += `FRAG:${frag & 0x1fff} `;
    l4 = nh[9]!;
  }
  const th = m.th;
  if (th && (l4 === 17 || l4 === 33 || l4 === 132 || l4 === 136) && th.length >= 4) s += `SPORT=${u16(th, 0)} DPORT=${u16(th, 2)} `;
  if (th && l4 === 6 && th.length >= 20) {
    s += `SPORT=${u16(th, 0)} DPORT=${u16(th, 2)} `;
    const f = th[13]!;
    for (const [bit, n] of [[0x02, "SYN"], [0x10, "ACK"], [0x01, "FIN"], [0x04, "RST"], [0x08, "PSH"], [0x20, "URG"]] as const) if (f & bit) s += `${n} `;
  }
  if (m.mark) s += `MARK=0x${m.mark.toString(16)} `;
  return `${s}\n`;
}

/** The rule the message names, as `-4 -t TABLE -A CHAIN …` (rule_cb on a GETRULE of that handle). */
function ruleSave(ctx: ProgramContext, m: NfTraceMsg): string {
  if (m.family !== 2 && m.family !== 10) return "";
  const d = nfnlTalk(ctx.task, { kind: "dump", family: m.family, table: m.table, nft: true });
  const r = d.kind === "dump" ? d.table?.chains.find((c) => c.name === m.chain)?.rules.find((x) => x.handle === m.handle) : undefined;
  if (!r || r.native) return "";
  return `-${m.family === 2 ? 4 : 6} -t ${m.table} -A ${m.chain}${saveRule(r.entry, r.counters, FMT_NOCOUNTS, ctx.task)}`;
}

const VERDICT: Record<string, string> = { accept: "ACCEPT", drop: "DROP", continue: "CONTINUE", return: "RETURN", jump: "JUMP", goto: "GOTO" };

function traceLines(ctx: ProgramContext, m: NfTraceMsg): string {
  let s = m.ll || m.nh ? packetLine(m) : "";
  s += ` TRACE: ${m.family} ${m.id.toString(16).padStart(8, "0")} ${m.table}:${m.chain}`;
  if (m.type === NFT_TRACETYPE_RULE) {
    const v = m.verdict!;
    s += `:rule:0x${(m.handle ?? 0).toString(16)}:${VERDICT[v.code]}${v.chain !== undefined ? `:${v.chain}` : ""} `;
    const rule = ruleSave(ctx, m);
    return rule ? `${s} ${rule}` : `${s}\n`;
  }
  if (m.type === NFT_TRACETYPE_POLICY) return `${s}:policy:${m.policy === "drop" ? "DROP" : "ACCEPT"} \n`;
  return `${s}:return:\n`;
}

const FAMILY_PF: Record<string, number> = { ip: 2, ip6: 10, inet: 1, arp: 3, bridge: 7, netdev: 5 };

/** One ruleset event as monitor_cb prints it ("" for what it ignores). */
function eventLines(e: NftEvent, nfproto: number, counters: boolean): string {
  if (e.obj === "gen") return `NEWGEN: GENID=${e.gen} PID=${e.pid} NAME=${e.comm}\n`;
  if (e.obj === "set" || e.obj === "element") return "";
  const pf = FAMILY_PF[e.t.family] ?? 0;
  if (nfproto && nfproto !== pf) return "";
  const v = pf === 2 ? "-4" : pf === 10 ? "-6" : "";
  switch (e.obj) {
    case "table":
      return ` EVENT: nft: ${e.add ? "NEW" : "DEL"} table: table ${e.t.name} ${e.t.family} flags 0 use ${e.add ? e.t.chains.length + e.t.sets.length : 0} handle ${e.t.handle ?? 0}\n`;
    case "chain": {
      const c = e.c;
      // A delete message carries no hook: it takes the family's branch like a user chain.
      if (e.add && c.base) return ` EVENT: # nft: ${e.t.family} ${e.t.name} ${c.name} use ${c.rules.length} type ${c.base.type} hook ${c.base.hook} prio ${c.base.priority} policy ${c.base.policy} packets 0 bytes 0 flags 1\n`;
      if (v) return ` EVENT: ${v} -t ${e.t.name} -${e.add ? "N" : "X"} ${c.name}\n`;
      return ` EVENT: # nft: ${e.t.family} ${e.t.name} ${c.name} use ${e.add ? c.rules.length : 0}\n`;
    }
    case "rule": {
      const r = e.r;
      if (!v || !r.entry) return " EVENT: \n";
      const cnt = counters && r.counters ? `[${r.counters.pcnt}:${r.counters.bcnt}] ` : "";
      return ` EVENT: ${v} -t ${e.t.name} ${cnt}-${e.add ? "A" : "D"} ${e.c.name}${saveRule(r.entry, r.counters, FMT_NOCOUNTS)}`;
    }
  }
}

/** stdio's stdout: line-buffered on a terminal or under stdbuf -oL/-o0, else flushed by 4096-byte blocks. */
class Stdout {
  private held = "";
  constructor(
    private readonly ctx: ProgramContext,
    private readonly lineBuffered: boolean,
  ) {}
  async put(s: string, flush: boolean): Promise<void> {
    this.held += s;
    if (flush || this.lineBuffered) {
      const out = this.held;
      this.held = "";
      await this.ctx.stdout.write(out);
      return;
    }
    const n = this.held.length - (this.held.length % 4096);
    if (n) {
      const out = this.held.slice(0, n);
      this.held = this.held.slice(n);
      await this.ctx.stdout.write(out);
    }
  }
}

export async function xtablesMonitorMain(ctx: ProgramContext): Promise<number> {
  let trace = false;
  let events = false;
  let nfproto = 0;
  let counters = false;
  for (const a of ctx.argv.slice(1)) {
    const letters = a.startsWith("--") ? [LONG[a.slice(2)] ?? "?"] : a.startsWith("-") && a.length > 1 ? [...a.slice(1)] : ["?"];
    for (const c of letters) {
      if (c === "t") trace = true;
      else if (c === "e") events = true;
      else if (c === "4") nfproto = 2;
      else if (c === "6") nfproto = 10;
      else if (c === "c") counters = true;
      else if (c === "h") {
        await ctx.stdout.write(USAGE);
        return 1;
      } else if (c === "V") {
        await ctx.stdout.write("xtables-monitor 1.8.9\n");
        return 0;
      } else {
        await ctx.stderr.write("xtables-monitor 1.8.9: Bad argument.\nTry `xtables-monitor -h' for more information.\n");
        return 2;
      }
    }
  }
  if (!trace && !events) {
    await ctx.stdout.write(USAGE);
    return 1;
  }
  const queue = new MonitorQueue<NfTraceMsg | NftEvent>();
  const leave = trace ? nfTraceSubscribe(ctx.task.netns, queue.push) : undefined;
  const leaveEvents = events ? nftEventGroup.listen(ctx.task.netns, queue.push) : undefined;
  const mode = ctx.env.get("_STDBUF_O");
  const out = new Stdout(ctx, ctx.stdout.isTTY || mode === "L" || mode === "0");
  try {
    for (;;) {
      const m = await queue.next(ctx.task);
      if ("obj" in m) {
        await out.put(eventLines(m, nfproto, counters), false);
        continue;
      }
      if (nfproto && m.family !== nfproto) continue;
      await out.put(traceLines(ctx, m), true);
    }
  } finally {
    leave?.();
    leaveEvents?.();
  }
}
