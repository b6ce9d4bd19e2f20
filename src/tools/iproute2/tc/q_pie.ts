// q_pie.c (iproute2 6.1): pie's options as tc parses them (alpha and beta at
// most 32). The recording kernel has no sch_pie: refused as an unknown kind.

import { parseKeywords, registerQdiscParser, type QdiscOptParser } from "./q_opts.js";

const USAGE =
  "Usage: ... pie [ limit PACKETS ] [ target TIME ]\n" +
  "               [ tupdate TIME ] [ alpha ALPHA ] [ beta BETA ]\n" +
  "               [ bytemode | nobytemode ] [ ecn | noecn ]\n" +
  "               [ dq_rate_estimator | no_dq_rate_estimator ]\n";

export const PIE: QdiscOptParser = {
  id: "pie",
  parseQopt(ctx, argv) {
    return parseKeywords(
      ctx,
      argv,
      [
        { word: "limit", attr: "TCA_PIE_LIMIT", kind: "unsigned" },
        { word: "target", attr: "TCA_PIE_TARGET", kind: "time" },
        { word: "tupdate", attr: "TCA_PIE_TUPDATE", kind: "time" },
        { word: "alpha", attr: "TCA_PIE_ALPHA", kind: "unsigned", max: 32 },
        { word: "beta", attr: "TCA_PIE_BETA", kind: "unsigned", max: 32 },
        { word: "ecn", attr: "TCA_PIE_ECN", set: 1 },
        { word: "noecn", attr: "TCA_PIE_ECN", set: 0 },
        { word: "bytemode", attr: "TCA_PIE_BYTEMODE", set: 1 },
        { word: "nobytemode", attr: "TCA_PIE_BYTEMODE", set: 0 },
        { word: "dq_rate_estimator", attr: "TCA_PIE_DQ_RATE_ESTIMATOR", set: 1 },
        { word: "no_dq_rate_estimator", attr: "TCA_PIE_DQ_RATE_ESTIMATOR", set: 0 },
      ],
      USAGE,
    );
  },
};

registerQdiscParser(PIE);
