// What every `bridge` object receives: the global options and the output.

import type { IpOut } from "../lib/json_print.js";
import type { Ctx } from "../lib/utils.js";

export interface BridgeCtx extends Ctx {
  out: IpOut;
  json: boolean;
  pretty: boolean;
  details: number;
  stats: number;
  oneline: boolean;
  family: "unspec" | "inet" | "inet6";
}
