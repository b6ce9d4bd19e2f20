// q_ingress.c and q_clsact.c (iproute2 6.1): ingress takes only "handle X"
// (skipped), clsact nothing; ingress prints a row of dashes for its
// options, clsact prints nothing.

import { registerQdiscUtil, TcFail, type TcCtx } from "./tc_common.js";
import { nextArg } from "./tc_common.js";

function refuse(ctx: TcCtx, word: string, kind: string): never {
  ctx.err(`What is "${word}"?\n`);
  ctx.err(`Usage: ... ${kind}\n`);
  throw new TcFail(1);
}

registerQdiscUtil({
  id: "ingress",
  parseQopt(ctx, argv) {
    for (let i = 0; i < argv.length; i++) {
      if (argv[i] !== "handle") refuse(ctx, argv[i]!, "ingress");
      nextArg(ctx, argv, i++);
    }
    return undefined;
  },
  printQopt(ctx) {
    ctx.out.string("FP", null, "---------------- ", null);
  },
});

registerQdiscUtil({
  id: "clsact",
  parseQopt(ctx, argv) {
    if (argv.length) refuse(ctx, argv[0]!, "clsact");
    return undefined;
  },
  printQopt() {},
});
