// q_sfq.c (iproute2 6.1): sfq's options as tc parses them, with the RED
// variant (redflowlimit, min, max, avpkt, burst, probability, ecn, harddrop:
// default thresholds, Wlog/Plog as tc_red.c computes them). quantum's error
// says "limit" and depth's says "flows", as upstream. The recording kernel has
// no sch_sfq: what is sent is refused as an unknown kind.

import { getInteger, getUnsigned, type Ctx } from "../lib/utils.js";
import { getSize } from "./tc_util.js";
import { strtofloat } from "../../coreutils/lib/printf-format.js";
import { ArgCursor, registerQdiscParser, type QdiscOptParser } from "./q_opts.js";

const USAGE =
  "Usage: ... sfq\t[ limit NUMBER ] [ perturb SECS ] [ quantum BYTES ]\n" +
  "\t\t[ divisor NUMBER ] [ flows NUMBER] [ depth NUMBER ]\n" +
  "\t\t[ headdrop ]\n" +
  "\t\t[ redflowlimit BYTES ] [ min BYTES ] [ max BYTES ]\n" +
  "\t\t[ avpkt BYTES ] [ burst PACKETS ] [ probability P ]\n" +
  "\t\t[ ecn ] [ harddrop ]\n";

const TC_RED_ECN = 1;
const TC_RED_HARDDROP = 2;

/** tc_red.c tc_red_eval_ewma(): the EWMA log for a burst, or -1 (after its hint when the burst is too small). */
function redEvalEwma(ctx: Ctx, qmin: number, burst: number, avpkt: number): number {
  const a = burst + 1 - qmin / avpkt;
  if (a < 1.0) {
    ctx.err(`tc_red_eval_ewma() burst ${burst} is too small ? Try burst ${1 + Math.trunc(qmin / avpkt)}\n`);
    return -1;
  }
  let w = 0.5;
  for (let wlog = 1; wlog < 32; wlog++, w /= 2) if (a <= (1 - Math.pow(1 - w, burst)) / w) return wlog;
  return -1;
}

/** tc_red.c tc_red_eval_P(): the probability's log over the thresholds' gap, or -1. */
function redEvalP(qmin: number, qmax: number, prob: number): number {
  let i = qmax - qmin;
  if (!i) return 0;
  if (i < 0) return -1;
  prob /= i;
  for (i = 0; i < 32; i++) {
    if (prob > 1.0) break;
    prob *= 2;
  }
  return i >= 32 ? -1 : i;
}

export const SFQ: QdiscOptParser = {
  id: "sfq",
  parseQopt(ctx, argv) {
    const opt = { quantum: 0, perturb_period: 0, limit: 0, divisor: 0, flows: 0, depth: 0, headdrop: 0 };
    const red = { limit: 0, qth_min: 0, qth_max: 0, Wlog: 0, Plog: 0, flags: 0, max_P: 0 };
    let ok = 0;
    let isRed = 0;
    let burst = 0;
    let avpkt = 1000;
    let probability = 0.02;
    const illegal = (what: string): null => {
      ctx.err(`Illegal "${what}"\n`);
      return null;
    };
    const a = new ArgCursor(ctx, argv);
    for (; a.more; a.i++) {
      const w = a.cur;
      if (w === "quantum") {
        const v = getSize(a.next());
        if (v === undefined) return illegal("limit");
        opt.quantum = v;
        ok++;
      } else if (w === "perturb") {
        const v = getInteger(a.next());
        if (v === undefined) return illegal("perturb");
        opt.perturb_period = v;
        ok++;
      } else if (w === "limit") {
        const v = getUnsigned(a.next());
        if (v === undefined) return illegal("limit");
        if (v < 2) {
          ctx.err('Illegal "limit", must be > 1\n');
          return null;
        }
        opt.limit = v;
        ok++;
      } else if (w === "divisor" || w === "flows" || w === "depth") {
        const v = getUnsigned(a.next());
        if (v === undefined) return illegal(w === "depth" ? "flows" : w);
        opt[w] = v;
        ok++;
      } else if (w === "headdrop") {
        opt.headdrop = 1;
        ok++;
      } else if (w === "redflowlimit" || w === "min" || w === "max") {
        const v = getUnsigned(a.next());
        if (v === undefined) return illegal(w);
        red[w === "redflowlimit" ? "limit" : w === "min" ? "qth_min" : "qth_max"] = v;
        isRed++;
      } else if (w === "burst") {
        const v = getUnsigned(a.next());
        if (v === undefined) return illegal("burst");
        burst = v;
        isRed++;
      } else if (w === "avpkt") {
        const v = getSize(a.next());
        if (v === undefined) return illegal("avpkt");
        avpkt = v;
        isRed++;
      } else if (w === "probability") {
        // sscanf("%lg"): a number at the start is enough.
        const r = strtofloat(a.next());
        if (r.end === 0) return illegal("probability");
        probability = r.value;
        isRed++;
      } else if (w === "ecn" || w === "harddrop") {
        red.flags |= w === "ecn" ? TC_RED_ECN : TC_RED_HARDDROP;
        isRed++;
      } else {
        if (w !== "help") ctx.err(`What is "${w}"?\n`);
        ctx.err(USAGE);
        return null;
      }
    }
    if (isRed) {
      if (!red.limit) {
        ctx.err("Required parameter (redflowlimit) is missing\n");
        return null;
      }
      // Sally Floyd's defaults, as upstream.
      if (!red.qth_max) red.qth_max = Math.trunc(red.limit / 4);
      if (!red.qth_min) red.qth_min = Math.trunc(red.qth_max / 3);
      if (!burst) burst = Math.trunc((2 * red.qth_min + red.qth_max) / (3 * avpkt));
      if (red.qth_max > red.limit) {
        ctx.err('"max" is larger than "limit"\n');
        return null;
      }
      if (red.qth_min >= red.qth_max) {
        ctx.err('"min" is not smaller than "max"\n');
        return null;
      }
      const wlog = redEvalEwma(ctx, red.qth_min, burst, avpkt);
      if (wlog < 0) {
        ctx.err("SFQ: failed to calculate EWMA constant.\n");
        return null;
      }
      if (wlog >= 10) ctx.err(`SFQ: WARNING. Burst ${burst} seems to be too large.\n`);
      red.Wlog = wlog;
      const plog = redEvalP(red.qth_min, red.qth_max, probability);
      if (plog < 0) {
        ctx.err("SFQ: failed to calculate probability.\n");
        return null;
      }
      red.Plog = plog;
      red.max_P = Math.trunc(probability * 2 ** 32) >>> 0;
    }
    return ok || isRed ? { ...opt, ...red } : {};
  },
};

registerQdiscParser(SFQ);
