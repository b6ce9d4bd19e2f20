// tc/q_tbf.c: `tbf rate R burst B[/CELL] (limit L | latency T) [mtu M[/CELL]]
// [peakrate P] [mpu N] [overhead N] [linklayer ethernet|atm]`, every message
// of tbf_parse_opt, and tbf_print_opt (rate, burst, peakrate/minburst, lat,
// linklayer; -d adds the cell and mpu, -r the raw ticks).

import type { TcRatespec, TcTbfOptions, TcTbfQopt } from "../../../uapi/pkt_sched.js";
import { matches } from "../lib/utils.js";
import { nextArg, registerQdiscUtil, TcFail, type TcCtx } from "./tc_common.js";
import { tcCalcRtable, tcCalcXmitsize, tcCalcXmittime, tcCoreTick2time, TIME_UNITS_PER_SEC } from "./tc_core.js";
import {
  getLinklayer,
  getPercentRate64,
  getRate64,
  getSize,
  getSizeAndCell,
  getTime,
  printRate,
  printSize,
  sprintLinklayer,
  sprintSize,
  sprintTime,
} from "./tc_util.js";

function explain(ctx: TcCtx): void {
  ctx.err(
    "Usage: ... tbf limit BYTES burst BYTES[/BYTES] rate KBPS [ mtu BYTES[/BYTES] ]\n" +
      "\t[ peakrate KBPS ] [ latency TIME ] [ overhead BYTES ] [ linklayer TYPE ]\n",
  );
}

function fail(ctx: TcCtx, msg: string): never {
  ctx.err(msg);
  throw new TcFail(1);
}

function explain1(ctx: TcCtx, arg: string, val: string): never {
  fail(ctx, `tbf: illegal value for "${arg}": "${val}"\n`);
}

/** get_u16(…, 10) */
export function getU16Dec(s: string): number | undefined {
  if (!/^\s*\+?\d+$/.test(s)) return undefined;
  const n = Number(s.trim());
  return n > 0xffff ? undefined : n;
}

export const zeroRatespec = (): TcRatespec => ({ cell_log: 0, linklayer: 0, overhead: 0, cell_align: 0, mpu: 0, rate: 0 });

async function tbfParseOpt(ctx: TcCtx, argv: string[], dev: string): Promise<object> {
  let limit = 0;
  let buffer = 0;
  let mtu = 0;
  let mpu = 0;
  let latency = 0;
  let rcellLog = -1;
  let pcellLog = -1;
  let overhead = 0;
  let linklayer = 1;
  let rate64 = 0;
  let prate64 = 0;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (matches(a, "limit")) {
      const v = nextArg(ctx, argv, i++);
      if (limit) fail(ctx, 'tbf: duplicate "limit" specification\n');
      if (latency) fail(ctx, 'tbf: specifying both "latency" and "limit" is not allowed\n');
      const n = getSize(v);
      if (n === undefined) explain1(ctx, "limit", v);
      limit = n;
    } else if (matches(a, "latency")) {
      const v = nextArg(ctx, argv, i++);
      if (latency) fail(ctx, 'tbf: duplicate "latency" specification\n');
      if (limit) fail(ctx, 'tbf: specifying both "limit" and "/latency" is not allowed\n');
      const n = getTime(v);
      if (n === undefined) explain1(ctx, "latency", v);
      latency = n;
    } else if (matches(a, "burst") || a === "buffer" || a === "maxburst") {
      const v = nextArg(ctx, argv, i++);
      if (buffer) fail(ctx, 'tbf: duplicate "buffer/burst/maxburst" specification\n');
      const r = getSizeAndCell(v);
      if (!r) explain1(ctx, a, v);
      buffer = r.size;
      if (r.cellLog >= 0) rcellLog = r.cellLog;
    } else if (a === "mtu" || a === "minburst") {
      const v = nextArg(ctx, argv, i++);
      if (mtu) fail(ctx, 'tbf: duplicate "mtu/minburst" specification\n');
      const r = getSizeAndCell(v);
      if (!r) explain1(ctx, a, v);
      mtu = r.size;
      if (r.cellLog >= 0) pcellLog = r.cellLog;
    } else if (a === "mpu") {
      const v = nextArg(ctx, argv, i++);
      if (mpu) fail(ctx, 'tbf: duplicate "mpu" specification\n');
      const n = getSize(v);
      if (n === undefined) explain1(ctx, "mpu", v);
      mpu = n;
    } else if (a === "rate") {
      const v = nextArg(ctx, argv, i++);
      if (rate64) fail(ctx, 'tbf: duplicate "rate" specification\n');
      const n = v.includes("%") ? await getPercentRate64(ctx, v, dev) : getRate64(v);
      if (n === undefined) explain1(ctx, "rate", v);
      rate64 = n;
    } else if (matches(a, "peakrate")) {
      const v = nextArg(ctx, argv, i++);
      if (prate64) fail(ctx, 'tbf: duplicate "peakrate" specification\n');
      const n = v.includes("%") ? await getPercentRate64(ctx, v, dev) : getRate64(v);
      if (n === undefined) explain1(ctx, "peakrate", v);
      prate64 = n;
    } else if (matches(a, "overhead")) {
      const v = nextArg(ctx, argv, i++);
      if (overhead) fail(ctx, 'tbf: duplicate "overhead" specification\n');
      const n = getU16Dec(v);
      if (n === undefined) explain1(ctx, "overhead", v);
      overhead = n;
    } else if (matches(a, "linklayer")) {
      const v = nextArg(ctx, argv, i++);
      const n = getLinklayer(v);
      if (n === undefined) explain1(ctx, "linklayer", v);
      linklayer = n;
    } else if (a === "help") {
      explain(ctx);
      throw new TcFail(1);
    } else {
      ctx.err(`tbf: unknown parameter "${a}"\n`);
      explain(ctx);
      throw new TcFail(1);
    }
  }
  let bad = false;
  if (rate64 === 0) {
    ctx.err('tbf: the "rate" parameter is mandatory.\n');
    bad = true;
  }
  if (!buffer) {
    ctx.err('tbf: the "burst" parameter is mandatory.\n');
    bad = true;
  }
  if (prate64 && !mtu) {
    ctx.err('tbf: when "peakrate" is specified, "mtu" must also be specified.\n');
    bad = true;
  }
  if (limit === 0 && latency === 0) {
    ctx.err('tbf: either "limit" or "latency" is required.\n');
    bad = true;
  }
  if (bad) {
    explain(ctx);
    throw new TcFail(1);
  }
  const opt: TcTbfQopt = { rate: zeroRatespec(), peakrate: zeroRatespec(), limit, buffer: 0, mtu: 0 };
  opt.rate.rate = rate64 >= 2 ** 32 ? 0xffffffff : rate64;
  opt.peakrate.rate = prate64 >= 2 ** 32 ? 0xffffffff : prate64;
  if (opt.limit === 0) {
    let lim = (rate64 * latency) / TIME_UNITS_PER_SEC + buffer;
    if (prate64) {
      const lim2 = (prate64 * latency) / TIME_UNITS_PER_SEC + mtu;
      if (lim2 < lim) lim = lim2;
    }
    opt.limit = Math.trunc(lim) >>> 0;
  }
  opt.rate.mpu = mpu;
  opt.rate.overhead = overhead;
  const core = ctx.core;
  const rtab = tcCalcRtable(core, opt.rate, rcellLog, mtu, linklayer, opt.rate.rate);
  opt.buffer = tcCalcXmittime(core, opt.rate.rate, buffer);
  const o: TcTbfOptions = { TCA_TBF_PARMS: opt, TCA_TBF_BURST: buffer };
  if (rate64 >= 2 ** 32) o.TCA_TBF_RATE64 = rate64;
  o.TCA_TBF_RTAB = rtab;
  if (opt.peakrate.rate) {
    opt.peakrate.mpu = mpu;
    opt.peakrate.overhead = overhead;
    const ptab = tcCalcRtable(core, opt.peakrate, pcellLog, mtu, linklayer, opt.peakrate.rate);
    opt.mtu = tcCalcXmittime(core, opt.peakrate.rate, mtu);
    if (prate64 >= 2 ** 32) o.TCA_TBF_PRATE64 = prate64;
    o.TCA_TBF_PBURST = mtu;
    o.TCA_TBF_PTAB = ptab;
  }
  return o;
}

function tbfPrintOpt(ctx: TcCtx, opt: object): void {
  const o = opt as TcTbfOptions;
  const q = o.TCA_TBF_PARMS;
  if (!q) return;
  const out = ctx.out;
  const core = ctx.core;
  const rate64 = o.TCA_TBF_RATE64 ?? q.rate.rate;
  printRate(out, ctx.iec, "ANY", "rate", "rate %s ", rate64);
  const buffer = tcCalcXmitsize(core, rate64, q.buffer);
  if (ctx.details) {
    out.string("ANY", "burst", "burst %s ", `${sprintSize(buffer)}/${2 ** q.rate.cell_log}`);
    printSize(out, "ANY", "mpu", "mpu %s ", q.rate.mpu);
  } else printSize(out, "ANY", "burst", "burst %s ", buffer);
  if (ctx.raw) out.hex("ANY", "burst_raw", "[%08x] ", q.buffer);
  const prate64 = o.TCA_TBF_PRATE64 ?? q.peakrate.rate;
  if (prate64) {
    printRate(out, ctx.iec, "FP", "peakrate", "peakrate %s ", prate64);
    if (q.mtu || q.peakrate.mpu) {
      const mtu = tcCalcXmitsize(core, prate64, q.mtu);
      if (ctx.details) {
        out.string("ANY", "mtu", "mtu %s ", `${sprintSize(mtu)}/${2 ** q.peakrate.cell_log}`);
        printSize(out, "ANY", "mpu", "mpu %s ", q.peakrate.mpu);
      } else printSize(out, "ANY", "minburst", "minburst %s ", mtu);
      if (ctx.raw) out.hex("ANY", "mtu_raw", "[%08x] ", q.mtu);
    }
  }
  let latency = TIME_UNITS_PER_SEC * (q.limit / rate64) - tcCoreTick2time(core, q.buffer);
  if (prate64) {
    const lat2 = TIME_UNITS_PER_SEC * (q.limit / prate64) - tcCoreTick2time(core, q.mtu);
    if (lat2 > latency) latency = lat2;
  }
  if (latency >= 0) {
    out.uint("JSON", "lat", "%u", Math.trunc(latency));
    out.string("FP", null, "lat %s ", sprintTime(Math.trunc(latency) >>> 0));
  }
  if (ctx.raw || latency < 0) printSize(out, "ANY", "limit", "limit %s ", q.limit);
  if (q.rate.overhead) out.int("ANY", "overhead", "overhead %d ", q.rate.overhead);
  const ll = q.rate.linklayer & 0x0f;
  if (ll > 1 || ctx.details) out.string("ANY", "linklayer", "linklayer %s ", sprintLinklayer(ll));
}

registerQdiscUtil({ id: "tbf", parseQopt: tbfParseOpt, printQopt: tbfPrintOpt });
