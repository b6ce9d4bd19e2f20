// tc/q_htb.c: the qdisc (`default N` hex, `r2q N`, `debug`, `direct_qlen P`,
// `offload`) and class (`rate R [ceil R] [burst B] [cburst B] [prio P]
// [quantum Q] [mtu M] [mpu N] [overhead N] [linklayer L]`) options, their
// messages and usage, htb_print_opt (qdisc and class) and the class xstats.
// A burst not given is rate / HZ + mtu, HZ being /proc/net/psched's clock
// rate (1000000000 here, so the mtu alone).

import type { TcHtbGlob, TcHtbOpt, TcHtbOptions, TcHtbXstats } from "../../../uapi/pkt_sched.js";
import { matches } from "../lib/utils.js";
import { readTextIfAny } from "../../net-tools/lib.js";
import { nextArg, registerQdiscUtil, TcFail, type TcCtx } from "./tc_common.js";
import { tcCalcRtable, tcCalcXmitsize, tcCalcXmittime } from "./tc_core.js";
import { getLinklayer, getPercentRate64, getRate64, getSizeAndCell, printRate, printSize, sprintLinklayer, strtoul16 } from "./tc_util.js";
import { getU16Dec, zeroRatespec } from "./q_tbf.js";

const HTB_TC_VER = 0x30003;

function explain(ctx: TcCtx): void {
  ctx.err(
    "Usage: ... qdisc add ... htb [default N] [r2q N]\n" +
      "                      [direct_qlen P] [offload]\n" +
      " default  minor id of class to which unclassified packets are sent {0}\n" +
      " r2q      DRR quantums are computed as rate in Bps/r2q {10}\n" +
      " debug    string of 16 numbers each 0-3 {0}\n\n" +
      " direct_qlen  Limit of the direct queue {in packets}\n" +
      " offload  enable hardware offload\n" +
      "... class add ... htb rate R1 [burst B1] [mpu B] [overhead O]\n" +
      "                      [prio P] [slot S] [pslot PS]\n" +
      "                      [ceil R2] [cburst B2] [mtu MTU] [quantum Q]\n" +
      " rate     rate allocated to this class (class can still borrow)\n" +
      " burst    max bytes burst which can be accumulated during idle period {computed}\n" +
      " mpu      minimum packet size used in rate computations\n" +
      " overhead per-packet size overhead used in rate computations\n" +
      " linklay  adapting to a linklayer e.g. atm\n" +
      " ceil     definite upper class rate (no borrows) {rate}\n" +
      " cburst   burst but for ceil {computed}\n" +
      " mtu      max packet size we create rate map for {1600}\n" +
      " prio     priority of leaf; lower are served first {0}\n" +
      " quantum  how much bytes to serve from leaf at once {use r2q}\n" +
      `\nTC HTB version ${HTB_TC_VER >> 16}.${HTB_TC_VER & 0xffff}\n`,
  );
}

function explain1(ctx: TcCtx, arg: string): never {
  ctx.err(`Illegal "${arg}"\n`);
  explain(ctx);
  throw new TcFail(1);
}

/** get_u32(…, 10) */
function getU32Dec(s: string): number | undefined {
  if (!/^\s*\+?\d+$/.test(s)) return undefined;
  const n = Number(s.trim());
  return n > 0xffffffff ? undefined : n;
}

/** get_u32(…, 16) */
function getU32Hex(s: string): number | undefined {
  const r = strtoul16(s);
  if (r.end === 0 || r.end !== s.length || r.value > 0xffffffff) return undefined;
  return r.value;
}

/** get_hz(): $HZ, else /proc/net/psched's clock rate when its third field says ns, else 100. */
async function getHz(ctx: TcCtx): Promise<number> {
  const env = ctx.env.get("HZ");
  if (env !== undefined) return Number.parseInt(env, 10) || 100;
  const text = await readTextIfAny(ctx.pc, ctx.env.get("PROC_NET_PSCHED") ?? `${ctx.env.get("PROC_ROOT") ?? "/proc"}/net/psched`);
  const m = text ? /^\s*[0-9a-fA-F]{1,8}\s*[0-9a-fA-F]{1,8}\s*([0-9a-fA-F]{1,8})\s*([0-9a-fA-F]{1,8})/.exec(text) : null;
  if (m && parseInt(m[1]!, 16) === 1000000) return parseInt(m[2]!, 16) || 100;
  return 100;
}

function htbParseOpt(ctx: TcCtx, argv: string[]): object {
  let directQlen: number | undefined;
  const opt: TcHtbGlob = { version: 3, rate2quantum: 10, defcls: 0, debug: 0, direct_pkts: 0 };
  let offload = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (matches(a, "r2q")) {
      const n = getU32Dec(nextArg(ctx, argv, i++));
      if (n === undefined) explain1(ctx, "r2q");
      opt.rate2quantum = n;
    } else if (matches(a, "default")) {
      const n = getU32Hex(nextArg(ctx, argv, i++));
      if (n === undefined) explain1(ctx, "default");
      opt.defcls = n;
    } else if (matches(a, "debug")) {
      const p = nextArg(ctx, argv, i++);
      for (let k = 0; k < 16 && k < p.length; k++) {
        const c = p.charCodeAt(k) - 48;
        if (c < 0 || c > 3) break;
        opt.debug |= c << (2 * k);
      }
    } else if (matches(a, "direct_qlen")) {
      const n = getU32Dec(nextArg(ctx, argv, i++));
      if (n === undefined) explain1(ctx, "direct_qlen");
      directQlen = n;
    } else if (matches(a, "offload")) offload = true;
    else {
      ctx.err(`What is "${a}"?\n`);
      explain(ctx);
      throw new TcFail(1);
    }
  }
  const o: TcHtbOptions = { TCA_HTB_INIT: opt };
  if (directQlen !== undefined && directQlen !== 0xffffffff) o.TCA_HTB_DIRECT_QLEN = directQlen;
  if (offload) o.TCA_HTB_OFFLOAD = true;
  return o;
}

async function htbParseClassOpt(ctx: TcCtx, argv: string[], dev: string): Promise<object> {
  const opt: TcHtbOpt = { rate: zeroRatespec(), ceil: zeroRatespec(), buffer: 0, cbuffer: 0, quantum: 0, level: 0, prio: 0 };
  let buffer = 0;
  let cbuffer = 0;
  let cellLog = -1;
  let ccellLog = -1;
  let mtu = 1600;
  let mpu = 0;
  let overhead = 0;
  let linklayer = 1;
  let ceil64 = 0;
  let rate64 = 0;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (matches(a, "prio")) {
      const n = getU32Dec(nextArg(ctx, argv, i++));
      if (n === undefined) explain1(ctx, "prio");
      opt.prio = n;
    } else if (matches(a, "mtu")) {
      const n = getU32Dec(nextArg(ctx, argv, i++));
      if (n === undefined) explain1(ctx, "mtu");
      mtu = n;
    } else if (matches(a, "mpu")) {
      const n = getU16Dec(nextArg(ctx, argv, i++));
      if (n === undefined) explain1(ctx, "mpu");
      mpu = n;
    } else if (matches(a, "overhead")) {
      const n = getU16Dec(nextArg(ctx, argv, i++));
      if (n === undefined) explain1(ctx, "overhead");
      overhead = n;
    } else if (matches(a, "linklayer")) {
      const n = getLinklayer(nextArg(ctx, argv, i++));
      if (n === undefined) explain1(ctx, "linklayer");
      linklayer = n;
    } else if (matches(a, "quantum")) {
      const n = getU32Dec(nextArg(ctx, argv, i++));
      if (n === undefined) explain1(ctx, "quantum");
      opt.quantum = n;
    } else if (matches(a, "burst") || a === "buffer" || a === "maxburst") {
      const r = getSizeAndCell(nextArg(ctx, argv, i++));
      if (!r) explain1(ctx, a);
      buffer = r.size;
      if (r.cellLog >= 0) cellLog = r.cellLog;
    } else if (matches(a, "cburst") || a === "cbuffer" || a === "cmaxburst") {
      const r = getSizeAndCell(nextArg(ctx, argv, i++));
      if (!r) explain1(ctx, a);
      cbuffer = r.size;
      if (r.cellLog >= 0) ccellLog = r.cellLog;
    } else if (a === "ceil" || a === "rate") {
      const v = nextArg(ctx, argv, i++);
      if (a === "ceil" ? ceil64 : rate64) {
        ctx.err(`Double "${a}" spec\n`);
        throw new TcFail(1);
      }
      const n = v.includes("%") ? await getPercentRate64(ctx, v, dev) : getRate64(v);
      if (n === undefined) explain1(ctx, a);
      if (a === "ceil") ceil64 = n;
      else rate64 = n;
    } else if (a === "help") {
      explain(ctx);
      throw new TcFail(1);
    } else {
      ctx.err(`What is "${a}"?\n`);
      explain(ctx);
      throw new TcFail(1);
    }
  }
  if (!rate64) {
    ctx.err('"rate" is required.\n');
    throw new TcFail(1);
  }
  if (!ceil64) ceil64 = rate64;
  opt.rate.rate = rate64 >= 2 ** 32 ? 0xffffffff : rate64;
  opt.ceil.rate = ceil64 >= 2 ** 32 ? 0xffffffff : ceil64;
  const hz = await getHz(ctx);
  if (!buffer) buffer = (Math.floor(rate64 / hz) + mtu) >>> 0;
  if (!cbuffer) cbuffer = (Math.floor(ceil64 / hz) + mtu) >>> 0;
  opt.ceil.overhead = overhead;
  opt.rate.overhead = overhead;
  opt.ceil.mpu = mpu;
  opt.rate.mpu = mpu;
  const core = ctx.core;
  const rtab = tcCalcRtable(core, opt.rate, cellLog, mtu, linklayer, opt.rate.rate);
  opt.buffer = tcCalcXmittime(core, rate64, buffer);
  const ctab = tcCalcRtable(core, opt.ceil, ccellLog, mtu, linklayer, opt.ceil.rate);
  opt.cbuffer = tcCalcXmittime(core, ceil64, cbuffer);
  const o: TcHtbOptions = {};
  if (rate64 >= 2 ** 32) o.TCA_HTB_RATE64 = rate64;
  if (ceil64 >= 2 ** 32) o.TCA_HTB_CEIL64 = ceil64;
  o.TCA_HTB_PARMS = opt;
  o.TCA_HTB_RTAB = rtab;
  o.TCA_HTB_CTAB = ctab;
  return o;
}

function htbPrintOpt(ctx: TcCtx, opt: object): void {
  const o = opt as TcHtbOptions;
  const out = ctx.out;
  const core = ctx.core;
  const h = o.TCA_HTB_PARMS;
  if (h) {
    if (!h.level) {
      out.int("ANY", "prio", "prio %d ", h.prio | 0);
      if (ctx.details) out.int("ANY", "quantum", "quantum %d ", h.quantum | 0);
    }
    const rate64 = o.TCA_HTB_RATE64 ?? h.rate.rate;
    const ceil64 = o.TCA_HTB_CEIL64 ?? h.ceil.rate;
    printRate(out, ctx.iec, "FP", null, "rate %s ", rate64);
    if (h.rate.overhead) out.raw(`overhead ${h.rate.overhead} `);
    const buffer = tcCalcXmitsize(core, rate64, h.buffer);
    printRate(out, ctx.iec, "FP", null, "ceil %s ", ceil64);
    const cbuffer = tcCalcXmitsize(core, ceil64, h.cbuffer);
    const ll = h.rate.linklayer & 0x0f;
    if (ll > 1 || ctx.details) out.raw(`linklayer ${sprintLinklayer(ll)} `);
    if (ctx.details) {
      printSize(out, "FP", null, "burst %s/", buffer);
      out.raw(`${2 ** h.rate.cell_log} `);
      printSize(out, "FP", null, "mpu %s ", h.rate.mpu);
      printSize(out, "FP", null, "cburst %s/", cbuffer);
      out.raw(`${2 ** h.ceil.cell_log} `);
      printSize(out, "FP", null, "mpu %s ", h.ceil.mpu);
      out.raw(`level ${h.level | 0} `);
    } else {
      printSize(out, "FP", null, "burst %s ", buffer);
      printSize(out, "FP", null, "cburst %s ", cbuffer);
    }
    if (ctx.raw) out.raw(`buffer [${h.buffer.toString(16).padStart(8, "0")}] cbuffer [${h.cbuffer.toString(16).padStart(8, "0")}] `);
  }
  const g = o.TCA_HTB_INIT;
  if (g) {
    out.int("ANY", "r2q", "r2q %d", g.rate2quantum | 0);
    // print_0xhex(): "%#llx" in the text, the same string in JSON.
    const def = g.defcls ? `0x${g.defcls.toString(16)}` : "0";
    out.string("ANY", "default", " default %s", def);
    out.uint("ANY", "direct_packets_stat", " direct_packets_stat %u", g.direct_pkts);
    if (ctx.details) out.string("ANY", "ver", " ver %s", `${g.version >> 16}.${g.version & 0xffff}`);
  }
  if (o.TCA_HTB_DIRECT_QLEN !== undefined) out.uint("ANY", "direct_qlen", " direct_qlen %u", o.TCA_HTB_DIRECT_QLEN);
  if (o.TCA_HTB_OFFLOAD) out.null("ANY", "offload", " offload");
}

function htbPrintXstats(ctx: TcCtx, xstats: object): void {
  const st = xstats as TcHtbXstats;
  ctx.out.raw(` lended: ${st.lends} borrowed: ${st.borrows} giants: ${st.giants}\n`);
  ctx.out.raw(` tokens: ${st.tokens} ctokens: ${st.ctokens}\n`);
}

registerQdiscUtil({
  id: "htb",
  parseQopt: htbParseOpt,
  printQopt: htbPrintOpt,
  printXstats: htbPrintXstats,
  parseCopt: htbParseClassOpt,
  printCopt: htbPrintOpt,
});
