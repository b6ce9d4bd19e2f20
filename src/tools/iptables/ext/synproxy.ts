// SYNPROXY (libxt_SYNPROXY.c): the TCP options the proxy announces in its
// SYN/ACKs.

import {
  XT_SYNPROXY_OPT_ECN,
  XT_SYNPROXY_OPT_MSS,
  XT_SYNPROXY_OPT_SACK_PERM,
  XT_SYNPROXY_OPT_TIMESTAMP,
  XT_SYNPROXY_OPT_WSCALE,
  type XtSynproxy,
} from "../../../uapi/xt_ext_targets.js";
import type { XtExtension } from "./types.js";
import { parseUint } from "./xtoptions.js";

export const SYNPROXY: XtExtension<XtSynproxy> = {
  kind: "target",
  name: "SYNPROXY",
  revision: 0,
  x6: true,
  help: () =>
    "SYNPROXY target options:\n" +
    "  --sack-perm                        Set SACK_PERM\n" +
    "  --timestamp                        Set TIMESTAMP\n" +
    "  --wscale value                     Set window scaling factor\n" +
    "  --mss value                        Set MSS value\n" +
    "  --ecn                              Set ECN\n",
  options: [
    { name: "sack-perm", hasArg: false, id: 0 },
    { name: "timestamp", hasArg: false, id: 1 },
    { name: "wscale", hasArg: true, id: 2 },
    { name: "mss", hasArg: true, id: 3 },
    { name: "ecn", hasArg: false, id: 4 },
  ],
  init: () => ({ options: 0, wscale: 0, mss: 0 }),
  parse(c) {
    const d = c.data;
    switch (c.opt.id) {
      case 0:
        d.options |= XT_SYNPROXY_OPT_SACK_PERM;
        break;
      case 1:
        d.options |= XT_SYNPROXY_OPT_TIMESTAMP;
        break;
      case 2:
        // The struct keeps a u8; the option is parsed as a u32 and stored cut.
        d.wscale = parseUint("SYNPROXY", "wscale", c.arg, 0, 0xffffffff) & 0xff;
        d.options |= XT_SYNPROXY_OPT_WSCALE;
        break;
      case 3:
        d.mss = parseUint("SYNPROXY", "mss", c.arg, 0, 0xffffffff) & 0xffff;
        d.options |= XT_SYNPROXY_OPT_MSS;
        break;
      case 4:
        d.options |= XT_SYNPROXY_OPT_ECN;
        break;
    }
  },
  print(d) {
    let s = " SYNPROXY ";
    if (d.options & XT_SYNPROXY_OPT_SACK_PERM) s += "sack-perm ";
    if (d.options & XT_SYNPROXY_OPT_TIMESTAMP) s += "timestamp ";
    if (d.options & XT_SYNPROXY_OPT_WSCALE) s += `wscale ${d.wscale} `;
    if (d.options & XT_SYNPROXY_OPT_MSS) s += `mss ${d.mss} `;
    if (d.options & XT_SYNPROXY_OPT_ECN) s += "ecn ";
    return s;
  },
  save(d) {
    let s = "";
    if (d.options & XT_SYNPROXY_OPT_SACK_PERM) s += " --sack-perm";
    if (d.options & XT_SYNPROXY_OPT_TIMESTAMP) s += " --timestamp";
    if (d.options & XT_SYNPROXY_OPT_WSCALE) s += ` --wscale ${d.wscale}`;
    if (d.options & XT_SYNPROXY_OPT_MSS) s += ` --mss ${d.mss}`;
    if (d.options & XT_SYNPROXY_OPT_ECN) s += " --ecn";
    return s;
  },
};
