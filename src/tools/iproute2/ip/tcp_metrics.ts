// iproute2 6.1 ip/tcp_metrics.c: `ip tcp_metrics|tcpmetrics { show | flush }
// [ [address] PREFIX ] [ src|source PREFIX ]` and `delete [address] ADDRESS`,
// over the "tcp_metrics" generic netlink family (kernel/ipv4/tcp_metrics.ts).
// One exact address asks the kernel for that entry (ESRCH when it has none);
// `flush` with no selector and no -4/-6 is a single DEL of everything; a
// prefix or a family makes it dump, filter and delete what matched, in rounds
// (-s counts them, -s -s lists what went).

import { formatIp6, formatIpv4 } from "../../../wire/addr.js";
import { TCP_METRICS_GENL_NAME, type TcpmAddr, type TcpMetricsMsg, type TcpMetricsRequest } from "../../../uapi/tcp_metrics.js";
import { tcpMetricsTalk } from "../../../kernel/ipv4/tcp_metrics.js";
import { duparg2, flushDoneMessage, IpExit, matches } from "../lib/utils.js";
import { parsePrefix } from "../lib/inet.js";
import { genlInitHandle, genlTalk } from "../lib/libgenl.js";
import { parsePrefix6 } from "./ipaddress6.js";
import { prefix6Match } from "./iproute6.js";
import type { IpCtx } from "./iplink.js";
import { registerIpObject } from "./ip.js";

const USAGE =
  "Usage:\tip tcp_metrics/tcpmetrics { COMMAND | help }\n" +
  "\tip tcp_metrics { show | flush } SELECTOR\n" +
  "\tip tcp_metrics delete [ address ] ADDRESS\n" +
  "SELECTOR := [ [ address ] PREFIX ]\n";

function usage(ctx: IpCtx): never {
  ctx.err(USAGE);
  throw new IpExit(255);
}

const CMD_LIST = 1;
const CMD_DEL = 2;
const CMD_FLUSH = 4;

/** cmds[], in order: the first the word abbreviates. */
const CMDS: Array<[string, number]> = [
  ["list", CMD_LIST],
  ["lst", CMD_LIST],
  ["show", CMD_LIST],
  ["delete", CMD_DEL],
  ["remove", CMD_DEL],
  ["flush", CMD_FLUSH],
];

/** An inet_prefix: family 4/6 (0 for "default"/"all"/"any"), the address, its length. */
interface Sel {
  family: 0 | 4 | 6;
  addr: TcpmAddr;
  bitlen: number;
  /** bytelen * 8 == bitlen: one exact address. */
  exact: boolean;
}

/** get_prefix(&p, arg, preferred_family), exiting 1 as it does on bad input. */
function getPrefix(ctx: IpCtx, arg: string): Sel {
  const fam = ctx.family === "inet" ? 4 : ctx.family === "inet6" ? 6 : 0;
  if (arg === "default" || arg === "all" || arg === "any") {
    return { family: fam === 0 ? 0 : fam, addr: fam === 6 ? 0n : 0, bitlen: 0, exact: false };
  }
  if (fam !== 4 && arg.includes(":")) {
    const p = parsePrefix6(arg);
    if (p) return { family: 6, addr: p.addr, bitlen: p.len, exact: p.len === 128 };
  } else if (fam !== 6) {
    const p = parsePrefix(arg);
    if (p && !p.isDefault) return { family: 4, addr: p.addr, bitlen: p.bitlen, exact: p.bitlen === 32 };
  }
  ctx.err(`Error: ${fam === 4 ? "inet" : fam === 6 ? "inet6" : "any valid"} prefix is expected rather than "${arg}".\n`);
  throw new IpExit(1);
}

function fmtAddr(a: TcpmAddr): string {
  return typeof a === "bigint" ? formatIp6(a) : formatIpv4(a);
}

/** inet_addr_match() of an entry's address against a selector. */
function selMatches(sel: Sel | undefined, prefFamily: number, a: TcpmAddr): boolean {
  const fam = typeof a === "bigint" ? 6 : 4;
  const f = sel?.family || prefFamily;
  if (f && f !== fam) return false;
  if (!sel || sel.bitlen <= 0) return true;
  if (typeof a === "bigint") return prefix6Match(a, sel.addr as bigint, sel.bitlen);
  const shift = 32 - sel.bitlen;
  return a >>> shift === (sel.addr as number) >>> shift;
}

/** process_msg()'s printing half. */
function printEntry(ctx: IpCtx, m: TcpMetricsMsg, deleted: boolean): void {
  const out = ctx.out;
  out.openObject(null);
  if (deleted) out.bool("ANY", "deleted", "Deleted ", true);
  out.cstring("ANY", typeof m.daddr === "bigint" ? "inet6" : "inet", "dst", "%s", fmtAddr(m.daddr));
  out.float("ANY", "age", " age %ssec", m.ageMs / 1000, 3);
  for (const [name, v] of [["ssthresh", m.ssthresh], ["cwnd", m.cwnd], ["reordering", m.reordering]] as const) {
    if (v === undefined) continue;
    out.uint("JSON", name, "", v);
    out.string("FP", null, " %s ", name);
    out.uint("FP", null, "%u", v);
  }
  const rtt = m.rttUs !== undefined ? m.rttUs >>> 3 : 0;
  const rttvar = m.rttvarUs !== undefined ? m.rttvarUs >>> 2 : 0;
  if (rtt) {
    out.float("JSON", "rtt", "", rtt / 1e6, 6);
    out.uint("FP", null, " rtt %uus", rtt);
  }
  if (rttvar) {
    out.float("JSON", "rttvar", "", rttvar / 1e6, 6);
    out.uint("FP", null, " rttvar %uus", rttvar);
  }
  out.string("ANY", "source", " source %s", fmtAddr(m.saddr));
  out.string("FP", null, "\n", "");
  out.closeObject();
}

function talk(ctx: IpCtx, req: TcpMetricsRequest): TcpMetricsMsg[] | undefined {
  return genlTalk(ctx, () => tcpMetricsTalk(ctx.task.netns, req));
}

/** tcpm_do_cmd() */
function tcpmDoCmd(ctx: IpCtx, cmd0: number, argv: string[]): number {
  let cmd = cmd0;
  if (ctx.family === "packet") {
    ctx.err("Unsupported protocol family: 17\n");
    return 1;
  }
  const prefFamily = ctx.family === "inet" ? 4 : ctx.family === "inet6" ? 6 : 0;
  let daddr: Sel | undefined;
  let saddr: Sel | undefined;
  for (let i = 0; i < argv.length; i++) {
    let a = argv[i]!;
    const next = (): string => {
      if (i + 1 >= argv.length) {
        ctx.err('Command line is not complete. Try option "help"\n');
        throw new IpExit(255);
      }
      return argv[++i]!;
    };
    if (a === "src" || a === "source") {
      const who = a;
      a = next();
      if (matches(a, "help")) usage(ctx);
      if (saddr) duparg2(ctx, who, a);
      saddr = getPrefix(ctx, a);
      if (!saddr.exact) {
        ctx.err(`Error: a specific IP address is expected rather than "${a}"\n`);
        return 1;
      }
    } else {
      let who = "address";
      if (a === "addr" || a === "address") {
        who = a;
        a = next();
      }
      if (matches(a, "help")) usage(ctx);
      if (daddr) duparg2(ctx, who, a);
      daddr = getPrefix(ctx, a);
      if (cmd & CMD_DEL && !daddr.exact) {
        ctx.err(`Error: a specific IP address is expected rather than "${a}"\n`);
        return 1;
      }
    }
    // The C loop steps past one more word after each selector (argc--/argv++ in the body and in
    // the for): `show ADDR src X` never reads "src" as a keyword.
    i++;
  }
  const exact = daddr?.exact === true;
  if (cmd === CMD_DEL && !exact) {
    ctx.err('Error: argument "address" is required\n');
    throw new IpExit(255);
  }
  if (cmd === CMD_FLUSH && exact) cmd = CMD_DEL;
  let delAll = false;
  if (cmd === CMD_FLUSH && (daddr?.bitlen ?? -1) <= 0 && (saddr?.bitlen ?? -1) <= 0 && prefFamily === 0) {
    cmd = CMD_DEL;
    delAll = true;
  }
  genlInitHandle(ctx, TCP_METRICS_GENL_NAME);
  const src = saddr?.exact ? saddr.addr : undefined;

  if (cmd & CMD_FLUSH) return flush(ctx, daddr, saddr, prefFamily);
  if (cmd === CMD_DEL) {
    return talk(ctx, delAll ? { cmd: "DEL" } : { cmd: "DEL", daddr: daddr!.addr, saddr: src }) ? 0 : 2;
  }
  const out = ctx.out;
  if (exact) {
    const r = talk(ctx, { cmd: "GET", dump: false, daddr: daddr!.addr, saddr: src });
    if (!r) return 2;
    for (const m of r) if (keep(m, daddr, saddr, prefFamily)) printEntry(ctx, m, false);
    return 0;
  }
  const r = talk(ctx, { cmd: "GET", dump: true }) ?? [];
  out.newJsonObj(ctx.json, ctx.pretty);
  for (const m of r) if (keep(m, daddr, saddr, prefFamily)) printEntry(ctx, m, false);
  out.deleteJsonObj();
  return 0;
}

/** process_msg()'s filter. */
function keep(m: TcpMetricsMsg, daddr: Sel | undefined, saddr: Sel | undefined, prefFamily: number): boolean {
  return selMatches(daddr, prefFamily, m.daddr) && selMatches(saddr, prefFamily, m.saddr);
}

/** The flush rounds: dump, delete what the selector keeps, until a round finds nothing. */
function flush(ctx: IpCtx, daddr: Sel | undefined, saddr: Sel | undefined, prefFamily: number): number {
  const out = ctx.out;
  for (let round = 0; round < 16; round++) {
    const r = talk(ctx, { cmd: "GET", dump: true }) ?? [];
    const gone = r.filter((m) => keep(m, daddr, saddr, prefFamily));
    if (!gone.length) {
      if (round === 0) ctx.err("Nothing to flush.\n");
      else if (ctx.stats) out.raw(flushDoneMessage(round));
      return 0;
    }
    for (const m of gone) {
      talk(ctx, { cmd: "DEL", daddr: m.daddr, saddr: m.saddr });
      if (ctx.stats >= 2) printEntry(ctx, m, true);
    }
    if (ctx.stats) out.raw(`\n*** Round ${round + 1}, deleting ${gone.length} entries ***\n`);
  }
  return 0;
}

async function doTcpMetrics(ctx: IpCtx, argv: string[]): Promise<number> {
  if (!argv.length) return tcpmDoCmd(ctx, CMD_LIST, []);
  const c = CMDS.find(([n]) => matches(argv[0]!, n));
  if (c) return tcpmDoCmd(ctx, c[1], argv.slice(1));
  if (matches(argv[0]!, "help")) usage(ctx);
  ctx.err(`Command "${argv[0]}" is unknown, try "ip tcp_metrics help".\n`);
  throw new IpExit(255);
}

registerIpObject("tcp_metrics", doTcpMetrics);
registerIpObject("tcpmetrics", doTcpMetrics);
