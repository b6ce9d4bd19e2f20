// q_fq.c (iproute2 6.1): fq's options as tc parses them (maxrate/defrate as a
// rate or a percentage of the device's speed; buckets sent as their log2;
// orphan_mask's error names "initial_quantum", as upstream). The recording
// kernel has no sch_fq: what is sent is refused as an unknown kind.

import type { TcCtx } from "./tc_common.js";
import { getRate } from "./tc_util.js";
import { getTime64 } from "../lib/utils_time.js";
import { getPercentRate, parseKeywords, type ArgCursor, type KeywordSpec, type QdiscOptions, registerQdiscParser, type QdiscOptParser } from "./q_opts.js";

const USAGE =
  "Usage: ... fq\t[ limit PACKETS ] [ flow_limit PACKETS ]\n" +
  "\t\t[ quantum BYTES ] [ initial_quantum BYTES ]\n" +
  "\t\t[ maxrate RATE  ] [ buckets NUMBER ]\n" +
  "\t\t[ [no]pacing ] [ refill_delay TIME ]\n" +
  "\t\t[ low_rate_threshold RATE ]\n" +
  "\t\t[ orphan_mask MASK]\n" +
  "\t\t[ timer_slack TIME]\n" +
  "\t\t[ ce_threshold TIME ]\n" +
  "\t\t[ horizon TIME ]\n" +
  "\t\t[ horizon_{cap|drop} ]\n";

/** ilog2() of q_fq.c: the bits needed for val - 1 (rounds up). */
function ilog2(val: number): number {
  let v = (val - 1) >>> 0;
  let res = 0;
  while (v) {
    res++;
    v >>>= 1;
  }
  return res;
}

/** maxrate/defrate: "N%" of the device's speed or a rate. */
function rateOrPercent(ctx: TcCtx, dev: string, word: string, attr: string) {
  return async (a: ArgCursor, out: QdiscOptions): Promise<boolean> => {
    const w = a.next();
    const v = w.includes("%") ? await getPercentRate(ctx, w, dev) : getRate(w);
    if (v === undefined) {
      ctx.err(`Illegal "${word}"\n`);
      return false;
    }
    out[attr] = v;
    return true;
  };
}

export const FQ: QdiscOptParser = {
  id: "fq",
  async parseQopt(ctx, argv, dev) {
    const specs: KeywordSpec[] = [
      { word: "limit", attr: "TCA_FQ_PLIMIT", kind: "unsigned" },
      { word: "flow_limit", attr: "TCA_FQ_FLOW_PLIMIT", kind: "unsigned" },
      { word: "buckets", attr: "buckets", kind: "unsigned" },
      { word: "maxrate", custom: rateOrPercent(ctx, dev, "maxrate", "TCA_FQ_FLOW_MAX_RATE") },
      { word: "low_rate_threshold", attr: "TCA_FQ_LOW_RATE_THRESHOLD", kind: "rate" },
      { word: "ce_threshold", attr: "TCA_FQ_CE_THRESHOLD", kind: "time" },
      {
        word: "timer_slack",
        custom: (a, out) => {
          const t = getTime64(a.next());
          if (t === undefined) {
            ctx.err('Illegal "timer_slack"\n');
            return false;
          }
          if (t < 0 || t > 0xffffffff) {
            ctx.err('Illegal (out of range) "timer_slack"\n');
            return false;
          }
          out.TCA_FQ_TIMER_SLACK = t;
          return true;
        },
      },
      { word: "horizon_drop", attr: "TCA_FQ_HORIZON_DROP", set: 1 },
      { word: "horizon_cap", attr: "TCA_FQ_HORIZON_DROP", set: 0 },
      { word: "horizon", attr: "TCA_FQ_HORIZON", kind: "time" },
      { word: "defrate", custom: rateOrPercent(ctx, dev, "defrate", "TCA_FQ_FLOW_DEFAULT_RATE") },
      { word: "quantum", attr: "TCA_FQ_QUANTUM", kind: "unsigned" },
      { word: "initial_quantum", attr: "TCA_FQ_INITIAL_QUANTUM", kind: "unsigned" },
      { word: "orphan_mask", attr: "TCA_FQ_ORPHAN_MASK", kind: "unsigned", illegal: "initial_quantum" },
      { word: "refill_delay", attr: "TCA_FQ_FLOW_REFILL_DELAY", kind: "time" },
      { word: "pacing", attr: "TCA_FQ_RATE_ENABLE", set: 1 },
      { word: "nopacing", attr: "TCA_FQ_RATE_ENABLE", set: 0 },
    ];
    const out = await parseKeywords(ctx, argv, specs, USAGE);
    if (out === null) return null;
    const { buckets, ...rest } = out;
    // buckets 0 sends nothing (upstream tests `if (buckets)`).
    return typeof buckets === "number" && buckets !== 0 ? { TCA_FQ_BUCKETS_LOG: ilog2(buckets), ...rest } : rest;
  },
};

registerQdiscParser(FQ);
