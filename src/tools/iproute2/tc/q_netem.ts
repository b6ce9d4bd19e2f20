// q_netem.c (iproute2 6.1): netem's options as tc parses and checks them —
// delay/jitter/correlation in psched ticks, the loss models (random, state,
// gemodel), duplicate, corrupt, reorder and gap, rate with its overheads, slot,
// and the distribution tables read from tc's lib directory. The recording
// kernel has no sch_netem: what is sent is refused as an unknown kind.

import { getTime64 } from "../lib/utils_time.js";
import { getInteger, getUnsigned, matches } from "../lib/utils.js";
import type { TcCtx } from "./tc_common.js";
import { getPercentRate64, getRate64, getSize, getTime } from "./tc_util.js";
import { ArgCursor, getPercentU32, parsePercent, percentU32, registerQdiscParser, type QdiscOptParser, type QdiscOptions } from "./q_opts.js";
import { readDistribution } from "./tc_dist.js";

const USAGE =
  "Usage: ... netem [ limit PACKETS ]\n" +
  "                 [ delay TIME [ JITTER [CORRELATION]]]\n" +
  "                 [ distribution {uniform|normal|pareto|paretonormal} ]\n" +
  "                 [ corrupt PERCENT [CORRELATION]]\n" +
  "                 [ duplicate PERCENT [CORRELATION]]\n" +
  "                 [ loss random PERCENT [CORRELATION]]\n" +
  "                 [ loss state P13 [P31 [P32 [P23 P14]]]\n" +
  "                 [ loss gemodel PERCENT [R [1-H [1-K]]]\n" +
  "                 [ ecn ]\n" +
  "                 [ reorder PERCENT [CORRELATION] [ gap DISTANCE ]]\n" +
  "                 [ rate RATE [PACKETOVERHEAD] [CELLSIZE] [CELLOVERHEAD]]\n" +
  "                 [ slot MIN_DELAY [MAX_DELAY] [packets MAX_PACKETS] [bytes MAX_BYTES]]\n" +
  "                 [ slot distribution {uniform|normal|pareto|paretonormal|custom}\n" +
  "                   DELAY JITTER [packets MAX_PACKETS] [bytes MAX_BYTES]]\n";

/**
 * psched ticks per microsecond as tc_core.c derives them from /proc/net/psched
 * (this kernel: t2us 1000, us2t 64, so 15.625): netem's delay and jitter travel in ticks.
 */
const TICK_IN_USEC = 1000 / 64;

/** get_ticks(): a time in ticks; too large for a u32 of ticks is refused with its own line first. */
function getTicks(ctx: TcCtx, word: string): number | undefined {
  const t = getTime(word);
  if (t === undefined) return undefined;
  if (t * TICK_IN_USEC >= 2 ** 32) {
    ctx.err(`Illegal ${t} time (too large)\n`);
    return undefined;
  }
  return Math.trunc(t * TICK_IN_USEC);
}

/** get_s32() with base 0 (the rate overheads). */
function getS32(word: string): number | undefined {
  return getInteger(word);
}

export const NETEM: QdiscOptParser = {
  id: "netem",
  async parseQopt(ctx, argv, dev) {
    const opt = { limit: 1000, latency: 0, jitter: 0, loss: 0, gap: 0, duplicate: 0 };
    const corr = { delay: 0, loss: 0, dup: 0 };
    let corrPresent = false;
    let reorder: { probability: number; correlation: number } | undefined;
    let corrupt: { probability: number; correlation: number } | undefined;
    let ecn = false;
    let lossModel: QdiscOptions[string] | undefined;
    let rate: { rate: number; packetOverhead: number; cellSize: number; cellOverhead: number } | undefined;
    let slot: { minDelay: number; maxDelay: number; distDelay: number; distJitter: number; maxPackets: number; maxBytes: number } | undefined;
    let dist: number[] | undefined;
    let slotDist: number[] | undefined;
    const illegal = (what: string): null => {
      ctx.err(`Illegal "${what}"\n`);
      return null;
    };
    const a = new ArgCursor(ctx, argv);
    for (; a.more; a.i++) {
      const w = a.cur;
      if (matches(w, "limit")) {
        const v = getSize(a.next());
        if (v === undefined) return illegal("limit");
        opt.limit = v;
      } else if (matches(w, "latency") || matches(w, "delay")) {
        const lat = getTicks(ctx, a.next());
        if (lat === undefined) return illegal("latency");
        opt.latency = lat;
        if (a.nextIsNumber()) {
          const j = getTicks(ctx, a.next());
          if (j === undefined) return illegal("latency");
          opt.jitter = j;
          if (a.nextIsNumber()) {
            corrPresent = true;
            const c = getPercentU32(a.next());
            if (c === undefined) return illegal("latency");
            corr.delay = c;
          }
        }
      } else if (matches(w, "loss") || matches(w, "drop")) {
        if (opt.loss > 0 || lossModel !== undefined) return illegal("duplicate loss argument\n");
        const m = a.next();
        if (/^[0-9]/.test(m) || m === "random") {
          const p = getPercentU32(m === "random" ? a.next() : m);
          if (p === undefined) return illegal("loss percent");
          opt.loss = p;
          if (a.nextIsNumber()) {
            corrPresent = true;
            const c = getPercentU32(a.next());
            if (c === undefined) return illegal("loss correlation");
            corr.loss = c;
          }
        } else if (m === "state") {
          const p13 = parsePercent(a.next());
          if (!p13.ok) return illegal("loss p13");
          const gi = { p13: percentU32(p13.value), p31: percentU32(1 - p13.value), p32: 0, p23: percentU32(1), p14: 0 };
          lossModel = gi;
          for (const key of ["p31", "p32", "p23", "p14"] as const) {
            if (!a.nextIsNumber()) break;
            const v = getPercentU32(a.next());
            if (v === undefined) return illegal(`loss ${key}`);
            gi[key] = v;
          }
        } else if (m === "gemodel") {
          const p = parsePercent(a.next());
          if (!p.ok) return illegal("loss gemodel p");
          const ge = { p: percentU32(p.value), r: percentU32(1 - p.value), h: 0, k1: 0 };
          lossModel = ge;
          const steps: Array<["r" | "h" | "k1", string]> = [["r", "r"], ["h", "h"], ["k1", "k"]];
          for (const [key, name] of steps) {
            if (!a.nextIsNumber()) break;
            const v = getPercentU32(a.next());
            if (v === undefined) return illegal(`loss gemodel ${name}`);
            // The option is "1-h"; the kernel wants h.
            ge[key] = key === "h" ? (0xffffffff - v) >>> 0 : v;
          }
        } else {
          ctx.err(`Unknown loss parameter: ${m}\n`);
          return null;
        }
      } else if (matches(w, "ecn")) {
        ecn = true;
      } else if (matches(w, "reorder") || matches(w, "corrupt")) {
        const which = matches(w, "reorder") ? "reorder" : "corrupt";
        const p = getPercentU32(a.next());
        if (p === undefined) return illegal(which);
        const v = { probability: p, correlation: 0 };
        if (which === "reorder") reorder = v;
        else corrupt = v;
        if (a.nextIsNumber()) {
          corrPresent = true;
          const c = getPercentU32(a.next());
          if (c === undefined) return illegal(which);
          v.correlation = c;
        }
      } else if (matches(w, "gap")) {
        const g = getUnsigned(a.next());
        if (g === undefined) return illegal("gap");
        opt.gap = g;
      } else if (matches(w, "duplicate")) {
        const p = getPercentU32(a.next());
        if (p === undefined) return illegal("duplicate");
        opt.duplicate = p;
        if (a.nextIsNumber()) {
          const c = getPercentU32(a.next());
          if (c === undefined) return illegal("duplicate");
          corr.dup = c;
        }
      } else if (matches(w, "distribution")) {
        const d = await readDistribution(ctx, a.next());
        if (d === undefined) return null;
        dist = d;
      } else if (matches(w, "rate")) {
        const word = a.next();
        const r = word.includes("%") ? await getPercentRate64(ctx, word, dev) : getRate64(word);
        if (r === undefined) return illegal("rate");
        rate = { rate: r, packetOverhead: 0, cellSize: 0, cellOverhead: 0 };
        if (a.nextIsSignedNumber()) {
          const v = getS32(a.next());
          if (v === undefined) return illegal("rate");
          rate.packetOverhead = v;
        }
        if (a.nextIsNumber()) {
          const v = getUnsigned(a.next());
          if (v === undefined) return illegal("rate");
          rate.cellSize = v;
        }
        if (a.nextIsSignedNumber()) {
          const v = getS32(a.next());
          if (v === undefined) return illegal("rate");
          rate.cellOverhead = v;
        }
      } else if (matches(w, "slot")) {
        const s = { minDelay: 0, maxDelay: 0, distDelay: 0, distJitter: 0, maxPackets: 0, maxBytes: 0 };
        if (a.nextIsNumber()) {
          slot = s;
          const min = getTime64(a.next());
          if (min === undefined) return illegal("slot min_delay");
          s.minDelay = min;
          if (a.nextIsNumber()) {
            const max = getTime64(a.next());
            if (max === undefined || max < min) return illegal("slot max_delay");
            s.maxDelay = max;
          } else s.maxDelay = min;
        } else {
          const sub = a.next();
          if (sub !== "distribution") {
            ctx.err(`Unknown slot parameter: ${sub}\n`);
            return null;
          }
          slot = s;
          const d = await readDistribution(ctx, a.next());
          if (d === undefined) return null;
          slotDist = d;
          const delay = getTime64(a.next());
          if (delay === undefined) return illegal("slot delay");
          s.distDelay = delay;
          const jitter = getTime64(a.next());
          if (jitter === undefined) return illegal("slot jitter");
          s.distJitter = jitter;
          if (jitter <= 0) {
            ctx.err("Non-positive jitter\n");
            return null;
          }
        }
        if (a.nextOk() && matches(a.peek(), "packets")) {
          a.next();
          const v = a.nextOk() ? getInteger(a.peek()) : undefined;
          if (v === undefined) return illegal("slot packets");
          s.maxPackets = v;
          a.next();
        }
        if (a.nextOk() && matches(a.peek(), "bytes")) {
          a.next();
          const v = a.nextOk() ? getSize(a.peek()) : undefined;
          if (v === undefined) return illegal("slot bytes");
          s.maxBytes = v | 0;
          a.next();
        }
      } else {
        if (w !== "help") ctx.err(`What is "${w}"?\n`);
        ctx.err(USAGE);
        return null;
      }
    }
    const refuse = (why: string): null => {
      ctx.err(`${why}\n`);
      ctx.err(USAGE);
      return null;
    };
    if (reorder !== undefined && reorder.probability !== 0) {
      if (opt.latency === 0) return refuse("reordering not possible without specifying some delay");
      if (opt.gap === 0) opt.gap = 1;
    } else if (opt.gap > 0) return refuse("gap specified without reorder probability");
    if (ecn && opt.loss <= 0 && lossModel === undefined) return refuse("ecn requested without loss model");
    if (dist !== undefined && (opt.latency === 0 || opt.jitter === 0))
      return refuse("distribution specified but no latency and jitter values");
    const out: QdiscOptions = { ...opt };
    if (corrPresent) out.corr = corr;
    if (reorder !== undefined) out.reorder = reorder;
    if (ecn) out.ecn = 1;
    if (corrupt !== undefined) out.corrupt = corrupt;
    if (slot !== undefined) out.slot = slot;
    if (lossModel !== undefined) out.loss_model = lossModel;
    if (rate !== undefined) out.rate = rate;
    if (dist !== undefined) out.delay_dist = dist;
    if (slotDist !== undefined) out.slot_dist = slotDist;
    return out;
  },
};

registerQdiscParser(NETEM);
