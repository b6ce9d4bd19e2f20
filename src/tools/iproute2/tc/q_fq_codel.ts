// q_fq_codel.c (iproute2 6.1): fq_codel's options as tc parses them. The
// recording kernel has no sch_fq_codel: what is sent is refused as an unknown kind.

import { getUnsigned } from "../lib/utils.js";
import { parseKeywords, registerQdiscParser, type QdiscOptParser } from "./q_opts.js";

const USAGE =
  "Usage: ... fq_codel\t[ limit PACKETS ] [ flows NUMBER ]\n" +
  "[ memory_limit BYTES ]\n" +
  "[ target TIME ] [ interval TIME ]\n" +
  "[ quantum BYTES ] [ [no]ecn ]\n" +
  "[ ce_threshold TIME ]\n" +
  "[ ce_threshold_selector VALUE/MASK ]\n" +
  "[ drop_batch SIZE ]\n";

export const FQ_CODEL: QdiscOptParser = {
  id: "fq_codel",
  parseQopt(ctx, argv) {
    return parseKeywords(
      ctx,
      argv,
      [
        { word: "limit", attr: "TCA_FQ_CODEL_LIMIT", kind: "unsigned" },
        { word: "flows", attr: "TCA_FQ_CODEL_FLOWS", kind: "unsigned" },
        { word: "quantum", attr: "TCA_FQ_CODEL_QUANTUM", kind: "unsigned" },
        { word: "drop_batch", attr: "TCA_FQ_CODEL_DROP_BATCH_SIZE", kind: "unsigned" },
        { word: "target", attr: "TCA_FQ_CODEL_TARGET", kind: "time" },
        { word: "ce_threshold", attr: "TCA_FQ_CODEL_CE_THRESHOLD", kind: "time" },
        {
          word: "ce_threshold_selector",
          custom: (a, out) => {
            const w = a.next();
            const slash = w.indexOf("/");
            if (slash < 0) {
              a.ctx.err('Missing mask for "ce_threshold_selector"\n');
              return false;
            }
            const mask = getUnsigned(w.slice(slash + 1), 0xff);
            if (mask === undefined) {
              a.ctx.err('Illegal mask for "ce_threshold_selector"\n');
              return false;
            }
            const value = getUnsigned(w.slice(0, slash), 0xff);
            if (value === undefined) {
              a.ctx.err('Illegal "ce_threshold_selector"\n');
              return false;
            }
            out.TCA_FQ_CODEL_CE_THRESHOLD_MASK = mask;
            out.TCA_FQ_CODEL_CE_THRESHOLD_SELECTOR = value;
            return true;
          },
        },
        { word: "memory_limit", attr: "TCA_FQ_CODEL_MEMORY_LIMIT", kind: "size" },
        { word: "interval", attr: "TCA_FQ_CODEL_INTERVAL", kind: "time" },
        { word: "ecn", attr: "TCA_FQ_CODEL_ECN", set: 1 },
        { word: "noecn", attr: "TCA_FQ_CODEL_ECN", set: 0 },
      ],
      USAGE,
    );
  },
};

registerQdiscParser(FQ_CODEL);
