// q_plug.c (iproute2 6.1): block, release, release_indefinite, limit SIZE.
// The recording kernel has no sch_plug: refused as an unknown kind.

import { getSize } from "./tc_util.js";
import { ArgCursor, registerQdiscParser, type QdiscOptParser } from "./q_opts.js";

const USAGE = "Usage: ... plug [block | release | release_indefinite | limit NUMBER]\n";
const TCQ_PLUG_BUFFER = 0;
const TCQ_PLUG_RELEASE_ONE = 1;
const TCQ_PLUG_RELEASE_INDEFINITE = 2;
const TCQ_PLUG_LIMIT = 3;

export const PLUG: QdiscOptParser = {
  id: "plug",
  parseQopt(ctx, argv) {
    const opt = { action: 0, limit: 0 };
    let ok = 0;
    const a = new ArgCursor(ctx, argv);
    for (; a.more; a.i++) {
      const w = a.cur;
      if (w === "block") opt.action = TCQ_PLUG_BUFFER;
      else if (w === "release") opt.action = TCQ_PLUG_RELEASE_ONE;
      else if (w === "release_indefinite") opt.action = TCQ_PLUG_RELEASE_INDEFINITE;
      else if (w === "limit") {
        opt.action = TCQ_PLUG_LIMIT;
        const v = getSize(a.next());
        if (v === undefined) {
          ctx.err(`Illegal value for "limit": "${a.cur}"\n`);
          return null;
        }
        opt.limit = v;
      } else {
        if (w !== "help") ctx.err(`plug: unknown parameter "${w}"\n`);
        ctx.err(USAGE);
        return null;
      }
      ok++;
    }
    return ok ? opt : {};
  },
};

registerQdiscParser(PLUG);
