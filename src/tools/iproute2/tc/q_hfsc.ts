// q_hfsc.c (iproute2 6.1): the qdisc's `default CLASSID` (hex) and a class's
// service curves — rt, ls, sc, ul, each `[m1 RATE] [d TIME] m2 RATE` or
// `[umax SIZE] [dmax TIME] rate RATE` — as tc parses them. The recording
// kernel has no sch_hfsc: what is sent is refused as an unknown kind.

import { matches, type Ctx } from "../lib/utils.js";
import { getRate, getSize, getTime } from "./tc_util.js";
import { ArgCursor, getPercentRate, registerQdiscParser, type QdiscOptParser } from "./q_opts.js";
import type { TcCtx } from "./tc_common.js";

const USAGE_QDISC = "Usage: ... hfsc [ default CLASSID ]\n\n default: default class for unclassified packets\n";
const USAGE_CLASS =
  "Usage: ... hfsc [ [ rt SC ] [ ls SC ] | [ sc SC ] ] [ ul SC ]\n" +
  "\n" +
  "SC := [ [ m1 BPS ] d SEC ] m2 BPS\n" +
  "\n" +
  " m1 : slope of first segment\n" +
  " d  : x-coordinate of intersection\n" +
  " m2 : slope of second segment\n" +
  "\n" +
  "Alternative format:\n" +
  "\n" +
  "SC := [ [ umax BYTE ] dmax SEC ] rate BPS\n" +
  "\n" +
  " umax : maximum unit of work\n" +
  " dmax : maximum delay\n" +
  " rate : rate\n" +
  "\n" +
  "Remarks:\n" +
  " - at least one of 'rt', 'ls' or 'sc' must be specified\n" +
  " - 'ul' can only be specified with 'ls' or 'sc'\n" +
  "\n";

/** struct tc_service_curve: m1/m2 in bytes per second, d in ktime (microseconds here: clock_factor 1). */
type ServiceCurve = {
  m1: number;
  d: number;
  m2: number;
};

function explain1(ctx: Ctx, what: string): void {
  ctx.err(`HFSC: Illegal "${what}"\n`);
}

/** A rate or "N%" of the device's speed (get_rate / get_percent_rate). */
async function rateArg(ctx: TcCtx, word: string, dev: string): Promise<number | undefined> {
  return word.includes("%") ? await getPercentRate(ctx, word, dev) : getRate(word);
}

/** hfsc_get_sc1(): m1/d/m2 from a copy of the cursor; the caller's moves only on success. undefined: "not this form". */
async function getSc1(ctx: TcCtx, a: ArgCursor, dev: string): Promise<ServiceCurve | undefined> {
  const c = new ArgCursor(ctx, a.argv);
  c.i = a.i;
  let m1 = 0;
  let d = 0;
  if (matches(c.cur, "m1")) {
    const v = await rateArg(ctx, c.next(), dev);
    if (v === undefined) return fail(ctx, "m1");
    m1 = v;
    c.next();
  }
  if (matches(c.cur, "d")) {
    const v = getTime(c.next());
    if (v === undefined) return fail(ctx, "d");
    d = v;
    c.next();
  }
  if (!matches(c.cur, "m2")) return undefined;
  const m2 = await rateArg(ctx, c.next(), dev);
  if (m2 === undefined) return fail(ctx, "m2");
  a.i = c.i;
  return { m1, d, m2 };
}

/** hfsc_get_sc2(): umax/dmax/rate, turned into m1/d/m2. */
async function getSc2(ctx: TcCtx, a: ArgCursor, dev: string): Promise<ServiceCurve | undefined> {
  const c = new ArgCursor(ctx, a.argv);
  c.i = a.i;
  let umax = 0;
  let dmax = 0;
  if (matches(c.cur, "umax")) {
    const v = getSize(c.next());
    if (v === undefined) return fail(ctx, "umax");
    umax = v;
    c.next();
  }
  if (matches(c.cur, "dmax")) {
    const v = getTime(c.next());
    if (v === undefined) return fail(ctx, "dmax");
    dmax = v;
    c.next();
  }
  if (!matches(c.cur, "rate")) return undefined;
  const rate = await rateArg(ctx, c.next(), dev);
  if (rate === undefined) return fail(ctx, "rate");
  if (umax !== 0 && dmax === 0) {
    ctx.err("HFSC: umax given but dmax is zero.\n");
    return undefined;
  }
  a.i = c.i;
  const m1 = dmax !== 0 ? Math.ceil((umax * 1000000) / dmax) : 0;
  // Concave: the first segment's slope umax/dmax up to dmax; convex: flat, then rate.
  if (dmax !== 0 && m1 > rate) return { m1: m1 >>> 0, d: dmax, m2: rate };
  return { m1: 0, d: Math.ceil(dmax - (umax * 1000000) / rate) >>> 0, m2: rate };
}

/** explain1 and "not parsed" (upstream returns -1 after printing; the caller prints its own line too). */
function fail(ctx: Ctx, what: string): undefined {
  explain1(ctx, what);
  return undefined;
}

/** hfsc_get_sc(): either form, and not two zero slopes. */
async function getSc(ctx: TcCtx, a: ArgCursor, dev: string): Promise<ServiceCurve | undefined> {
  const sc = (await getSc1(ctx, a, dev)) ?? (await getSc2(ctx, a, dev));
  if (!sc) return undefined;
  if (sc.m1 === 0 && sc.m2 === 0) {
    ctx.err("HFSC: Service Curve has two zero slopes\n");
    return undefined;
  }
  return sc;
}

export const HFSC: QdiscOptParser = {
  id: "hfsc",
  parseQopt(ctx, argv) {
    let defcls = 0;
    const a = new ArgCursor(ctx, argv);
    for (; a.more; a.i++) {
      if (matches(a.cur, "default")) {
        const w = a.next();
        if (defcls !== 0) {
          ctx.err('HFSC: Double "default"\n');
          return null;
        }
        // get_u16(…, 16): hex; a failure prints explain1.
        const v = /^[ \t]*\+?(0[xX])?[0-9a-fA-F]+$/.test(w) ? parseInt(w.trim().replace(/^\+/, ""), 16) : undefined;
        if (v === undefined || v > 0xffff) {
          explain1(ctx, "default");
          return null;
        }
        defcls = v;
      } else {
        if (!matches(a.cur, "help")) ctx.err(`HFSC: What is "${a.cur}" ?\n`);
        ctx.err(USAGE_QDISC);
        return null;
      }
    }
    return { defcls };
  },
  async parseCopt(ctx, argv, dev) {
    let rsc: ServiceCurve | undefined;
    let fsc: ServiceCurve | undefined;
    let usc: ServiceCurve | undefined;
    const a = new ArgCursor(ctx, argv);
    for (; a.more; a.i++) {
      const w = a.cur;
      const which = matches(w, "rt") ? "rt" : matches(w, "ls") ? "ls" : matches(w, "sc") ? "sc" : matches(w, "ul") ? "ul" : undefined;
      if (which === undefined) {
        if (!matches(w, "help")) ctx.err(`HFSC: What is "${w}" ?\n`);
        ctx.err(USAGE_CLASS);
        return null;
      }
      a.next();
      const sc = await getSc(ctx, a, dev);
      if (sc === undefined) {
        explain1(ctx, which);
        return null;
      }
      if (which === "rt") rsc = sc;
      else if (which === "ls") fsc = sc;
      else if (which === "sc") rsc = fsc = sc;
      else usc = sc;
    }
    if (!rsc && !fsc && !usc) {
      ctx.err("HFSC: no parameters given\n");
      ctx.err(USAGE_CLASS);
      return null;
    }
    if (usc && !fsc) {
      ctx.err("HFSC: Upper-limit Service Curve without Link-Share Service Curve\n");
      ctx.err(USAGE_CLASS);
      return null;
    }
    return { ...(rsc && { TCA_HFSC_RSC: rsc }), ...(fsc && { TCA_HFSC_FSC: fsc }), ...(usc && { TCA_HFSC_USC: usc }) };
  },
};

registerQdiscParser(HFSC);
