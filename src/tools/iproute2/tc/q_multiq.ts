// q_multiq.c (iproute2 6.1): multiq takes no option. The recording kernel has
// no sch_multiq: what is sent is refused as an unknown kind.

import { registerQdiscParser, type QdiscOptParser } from "./q_opts.js";

export const MULTIQ: QdiscOptParser = {
  id: "multiq",
  parseQopt(ctx, argv) {
    if (argv.length === 0) return { bands: 0, max_bands: 0 };
    if (argv[0] !== "help") ctx.err(`What is "${argv[0]}"?\n`);
    ctx.err("Usage: ... multiq [help]\n");
    return null;
  },
};

registerQdiscParser(MULTIQ);
