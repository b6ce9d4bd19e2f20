// ip/ipstats.c of iproute2 6.1: `ip stats [show [dev DEV] [group G [subgroup
// S [suite T]]]...]`, `ip stats set dev DEV l3_stats on|off`, `ip stats help`.
// The selection walks the same tree of statistics (top-level: link, xstats,
// xstats_slave, offload, afstats) with ipstats_select()'s and
// ipstats_enable_find_stat_desc()'s messages; the enabled leaves are then
// sorted as ipstats_comp_enabled() sorts them — by the address of their
// static descriptor in the binary, which for Debian's build is the order in
// LEAF_RANK — and each device prints one block per leaf. Talks to the kernel
// through RTM_GETSTATS / RTM_SETSTATS (kernel/core/rtnl_stats.ts); the bridge
// and bond xstats have nothing to show there, so their leaves print their
// heading only.

import { rtnlStatsTalk } from "../../../kernel/core/rtnl_stats.js";
import type { IfStatsMsg, RtmStatsRequest, RtnlHwStats64 } from "../../../uapi/if_stats.js";
import { checkIfname, duparg2, incompleteCommand, invarg, IpExit, llIndexToName, llNameToIndex, nlError } from "../lib/utils.js";
import type { IpCtx } from "./iplink.js";
import { registerIpObject } from "./ip.js";
import { num, printStats64, sizeColumns } from "./print_link.js";

const LEVELS = ["group", "subgroup", "suite"] as const;

type Show = (ctx: IpCtx, s: IfStatsMsg) => void;
interface Desc {
  name: string;
  subs?: Desc[];
  show?: Show;
  /** ipstats_comp_enabled(): where the descriptor lies in the binary. */
  rank?: number;
}

const headingOnly: Show = () => {};

function showLink(ctx: IpCtx, s: IfStatsMsg): void {
  ctx.out.nl();
  // "stats show" implies one -s, -d one more; bare "ip stats" prints with what -s gave.
  if (s.IFLA_STATS_LINK_64) printStats64(ctx.out, s.IFLA_STATS_LINK_64, undefined, "stats64", ctx.stats);
}

function showCpuHit(ctx: IpCtx): void {
  ctx.out.nl();
}

/** ipstats_print_moo() of the request and used flags. */
function printInfo(ctx: IpCtx, i: { request: boolean; used: boolean }): void {
  ctx.out.onOff("ANY", "request", " %s", i.request);
  ctx.out.onOff("ANY", "used", " used %s", i.used);
}

function showHwSInfo(ctx: IpCtx, s: IfStatsMsg): void {
  if (!s.offload) return;
  const out = ctx.out;
  out.nl();
  out.openObject("info");
  out.string("FP", null, "    %s", "l3_stats");
  out.openObject("l3_stats");
  printInfo(ctx, s.offload.HW_S_INFO.l3_stats);
  out.closeObject();
  out.closeObject();
}

/** print_hw_stats64() */
function printHwStats64(ctx: IpCtx, s: RtnlHwStats64): void {
  const out = ctx.out;
  if (out.isJson) {
    const j = (k: string, v: number) => out.uint("JSON", k, "", v);
    out.openObject("rx");
    j("bytes", s.rx_bytes);
    j("packets", s.rx_packets);
    j("errors", s.rx_errors);
    j("dropped", s.rx_dropped);
    j("multicast", s.multicast);
    out.closeObject();
    out.openObject("tx");
    j("bytes", s.tx_bytes);
    j("packets", s.tx_packets);
    j("errors", s.tx_errors);
    j("dropped", s.tx_dropped);
    out.closeObject();
    return;
  }
  const cols = ["*X: bytes".length, 7, 6, 7, 7];
  sizeColumns(out, cols, s.rx_bytes, s.rx_packets, s.rx_errors, s.rx_dropped, s.multicast);
  sizeColumns(out, cols, s.tx_bytes, s.tx_packets, s.tx_errors, s.tx_dropped, 0);
  const w = (n: number, t: string) => t.padStart(n);
  out.raw(`    RX: ${w(cols[0]! - 4, "bytes")} ${w(cols[1]!, "packets")} ${w(cols[2]!, "errors")} ${w(cols[3]!, "dropped")} ${w(cols[4]!, "mcast")}${out.sl}`);
  out.raw("    ");
  [s.rx_bytes, s.rx_packets, s.rx_errors, s.rx_dropped, s.multicast].forEach((v, i) => num(out, cols[i]!, v));
  out.raw(out.sl);
  out.raw(`    TX: ${w(cols[0]! - 4, "bytes")} ${w(cols[1]!, "packets")} ${w(cols[2]!, "errors")} ${w(cols[3]!, "dropped")}${out.sl}`);
  out.raw("    ");
  [s.tx_bytes, s.tx_packets, s.tx_errors, s.tx_dropped].forEach((v, i) => num(out, cols[i]!, v));
}

function showL3Stats(ctx: IpCtx, s: IfStatsMsg): void {
  if (!s.offload) return;
  const out = ctx.out;
  out.openObject("info");
  printInfo(ctx, s.offload.HW_S_INFO.l3_stats);
  out.closeObject();
  if (s.offload.L3_STATS) {
    out.nl();
    out.openObject("stats64");
    printHwStats64(ctx, s.offload.L3_STATS);
    out.closeObject();
  }
}

const leaf = (name: string, rank: number, show: Show): Desc => ({ name, rank, show });
const xstats = (bond: number, mcast: number, stp: number): Desc[] => [
  { name: "bridge", subs: [leaf("stp", stp, headingOnly), leaf("mcast", mcast, headingOnly)] },
  { name: "bond", subs: [leaf("802.3ad", bond, headingOnly)] },
];

/** ipstats_stat_desc_toplev_group; the ranks give Debian 12's descriptor layout (xstats_slave's leaves before xstats'). */
const TOPLEV: Desc = {
  name: "top-level",
  subs: [
    leaf("link", 1, showLink),
    { name: "xstats", subs: xstats(6, 9, 10) },
    { name: "xstats_slave", subs: xstats(5, 7, 8) },
    { name: "offload", subs: [leaf("cpu_hit", 4, showCpuHit), leaf("hw_stats_info", 3, showHwSInfo), leaf("l3_stats", 2, showL3Stats)] },
    { name: "afstats", subs: [leaf("mpls", 0, headingOnly)] },
  ],
};

interface Enabled {
  desc: Desc;
  sel: string[];
}

class StatsErr extends Error {
  constructor(readonly status: number) {
    super("ip stats");
  }
}

function usage(ctx: IpCtx): void {
  let s =
    "Usage: ip stats help\n" +
    "       ip stats show [ dev DEV ] [ group GROUP [ subgroup SUBGROUP [ suite SUITE ] ... ] ... ] ...\n" +
    "       ip stats set dev DEV l3_stats { on | off }\n";
  s += `GROUP := { ${TOPLEV.subs!.map((d) => d.name).join(" | ")} }\n`;
  for (const g of TOPLEV.subs!) {
    if (!g.subs) continue;
    const parts = g.subs.map((sg) => ` ${sg.name}${(sg.subs ?? []).map((t) => ` [ suite ${t.name} ]`).join("")}`);
    s += `${g.name} SUBGROUP := {${parts.join(" |")} }\n`;
  }
  ctx.err(s);
}

/** ipstats_enable(): the leaves under the selection, merged, sorted and without duplicates. */
function enable(ctx: IpCtx, sel: string[], enabled: Enabled[]): void {
  let desc = TOPLEV;
  for (let i = 0; i < sel.length; i++) {
    if (!desc.subs) {
      ctx.err(`Error: ${LEVELS[i]} ${sel[i]} requested inside leaf ${LEVELS[i - 1]} ${desc.name}\n`);
      throw new StatsErr(22);
    }
    const next = desc.subs.find((d) => d.name === sel[i]);
    if (!next) {
      ctx.err(`Error: no ${LEVELS[i]} named ${sel[i]} found inside ${desc.name}\n`);
      throw new StatsErr(22);
    }
    desc = next;
  }
  const walk = (d: Desc, path: string[]): void => {
    if (!d.subs) enabled.push({ desc: d, sel: path });
    else for (const s of d.subs) walk(s, [...path, s.name]);
  };
  walk(desc, sel);
  enabled.sort((a, b) => a.desc.rank! - b.desc.rank!);
  for (let i = enabled.length - 1; i > 0; i--) if (enabled[i]!.desc === enabled[i - 1]!.desc) enabled.splice(i, 1);
}

function talk(ctx: IpCtx, req: RtmStatsRequest) {
  try {
    return rtnlStatsTalk(ctx.task, req);
  } catch (e) {
    nlError(ctx, e);
    return undefined;
  }
}

/** ipstats_process_ifsm(): one block per enabled leaf. */
function printDevice(ctx: IpCtx, s: IfStatsMsg, enabled: Enabled[]): void {
  const out = ctx.out;
  const dev = llIndexToName(ctx, s.ifindex);
  for (const en of enabled) {
    out.openObject(null);
    out.int("ANY", "ifindex", "%d:", s.ifindex);
    out.string("ANY", "ifname", " %s:", dev);
    en.sel.forEach((v, i) => {
      out.string("JSON", LEVELS[i]!, null, v);
      out.string("FP", null, " %s ", LEVELS[i]!);
      out.string("FP", null, "%s", v);
    });
    en.desc.show!(ctx, s);
    out.closeObject();
    out.nl();
  }
}

async function ipstatsShow(ctx: IpCtx, argv: string[]): Promise<number> {
  const enabled: Enabled[] = [];
  let sel: string[] = [];
  let dev: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const next = () => {
      if (i + 1 >= argv.length) incompleteCommand(ctx);
      return argv[++i]!;
    };
    if (a === "dev") {
      const v = next();
      if (dev !== undefined) duparg2(ctx, "dev", v);
      if (!checkIfname(v)) invarg(ctx, '"dev" not a valid ifname', v);
      dev = v;
    } else if (a === "help") {
      usage(ctx);
      return 0;
    } else {
      const level = (LEVELS as readonly string[]).indexOf(a);
      if (level < 0) {
        ctx.err(`What is "${a}"?\n`);
        usage(ctx);
        return 22;
      }
      const v = next();
      // ipstats_select(): a deeper level needs the ones above it; a level already given pushes the selection so far.
      for (let l = 0; l < level; l++) {
        if (sel[l] === undefined) {
          ctx.err(`Error: ${LEVELS[level]} ${v} requested without selecting a ${LEVELS[l]} first\n`);
          return 22;
        }
      }
      if (sel.length > level) enable(ctx, sel, enabled);
      sel = [...sel.slice(0, level), v];
    }
  }
  enable(ctx, sel, enabled);
  let ifindex = 0;
  if (dev !== undefined) {
    ifindex = llNameToIndex(ctx, dev);
    if (!ifindex) {
      ctx.err(`Cannot find device "${dev}"\n`);
      return 1;
    }
  }
  const r = talk(ctx, { type: "RTM_GETSTATS", ifindex });
  if (!r || r.type !== "stats") return 2;
  const out = ctx.out;
  out.newJsonObj(ctx.json, ctx.pretty);
  for (const s of r.stats) {
    printDevice(ctx, s, enabled);
    // ipstats_dump_one(): a dump ends each device with an empty line.
    if (!ifindex) out.nl();
  }
  out.deleteJsonObj();
  await out.flush();
  return 0;
}

async function ipstatsSet(ctx: IpCtx, argv: string[]): Promise<number> {
  let dev: string | undefined;
  let on: boolean | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const next = () => {
      if (i + 1 >= argv.length) incompleteCommand(ctx);
      return argv[++i]!;
    };
    if (a === "dev") {
      const v = next();
      if (dev !== undefined) duparg2(ctx, "dev", v);
      if (!checkIfname(v)) invarg(ctx, '"dev" not a valid ifname', v);
      dev = v;
    } else if (a === "l3_stats") {
      const v = next();
      if (on !== undefined) {
        ctx.err("A statistics suite to toggle was already given.\n");
        return 22;
      }
      // parse_on_off()
      if (v !== "on" && v !== "off") {
        ctx.err(`Error: argument of "l3_stats" must be one of "off", "on", not "${v}"\n`);
        return 22;
      }
      on = v === "on";
    } else if (a === "help") {
      usage(ctx);
      return 0;
    } else {
      ctx.err(`What is "${a}"?\n`);
      usage(ctx);
      return 22;
    }
  }
  if (dev === undefined) {
    ctx.err('Not enough information: "dev" argument is required.\n');
    return 255;
  }
  if (on === undefined) {
    ctx.err("Not enough information: stat type to toggle is required.\n");
    return 255;
  }
  const ifindex = llNameToIndex(ctx, dev);
  if (!ifindex) {
    ctx.err(`Cannot find device "${dev}"\n`);
    return 1;
  }
  return talk(ctx, { type: "RTM_SETSTATS", ifindex, IFLA_STATS_SET_OFFLOAD_XSTATS_L3_STATS: on }) ? 0 : 2;
}

/** do_ipstats() */
export async function doIpstats(ctx: IpCtx, argv: string[]): Promise<number> {
  try {
    if (argv.length === 0) return await ipstatsShow(ctx, []);
    const a = argv[0]!;
    if (a === "help") {
      usage(ctx);
      return 0;
    }
    // "stats show" implies one -s; -d adds one more.
    if (a === "show") return await ipstatsShow({ ...ctx, stats: ctx.stats + ctx.details + 1 }, argv.slice(1));
    if (a === "set") return await ipstatsSet(ctx, argv.slice(1));
    ctx.err(`Command "${a}" is unknown, try "ip stats help".\n`);
    return 1;
  } catch (e) {
    if (e instanceof StatsErr) return e.status;
    throw e;
  }
}

registerIpObject("stats", doIpstats);
