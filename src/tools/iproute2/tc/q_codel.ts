// q_codel.c (iproute2 6.1): codel's options as tc parses them. The recording
// kernel has no sch_codel: what is sent is refused as an unknown kind.

import { parseKeywords, registerQdiscParser, type QdiscOptParser } from "./q_opts.js";

const USAGE =
  "Usage: ... codel [ limit PACKETS ] [ target TIME ]\n" +
  "\t\t [ interval TIME ] [ ecn | noecn ]\n" +
  "\t\t [ ce_threshold TIME ]\n";

export const CODEL: QdiscOptParser = {
  id: "codel",
  parseQopt(ctx, argv) {
    return parseKeywords(
      ctx,
      argv,
      [
        { word: "limit", attr: "TCA_CODEL_LIMIT", kind: "unsigned" },
        { word: "target", attr: "TCA_CODEL_TARGET", kind: "time" },
        { word: "ce_threshold", attr: "TCA_CODEL_CE_THRESHOLD", kind: "time" },
        { word: "interval", attr: "TCA_CODEL_INTERVAL", kind: "time" },
        { word: "ecn", attr: "TCA_CODEL_ECN", set: 1 },
        { word: "noecn", attr: "TCA_CODEL_ECN", set: 0 },
      ],
      USAGE,
    );
  },
};

registerQdiscParser(CODEL);
