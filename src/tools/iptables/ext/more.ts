// The NAT, duplication, hashing, security, timer and rate-estimator targets
// (and the rateest match that reads RATEEST's estimators), listed here so the
// registry in index.ts takes them with one line each.

import { HMARK, HMARK6 } from "./hmark.js";
import { NETMAP, NETMAP6 } from "./netmap.js";
import { RATEEST, RATEEST_MATCH } from "./rateest.js";
import { AUDIT, CONNSECMARK, SECMARK } from "./security.js";
import { SYNPROXY } from "./synproxy.js";
import { TEE, TEE6, TPROXY, TPROXY6 } from "./tee-tproxy.js";
import { IDLETIMER, LED } from "./timers.js";
import type { XtExtension } from "./types.js";

export const MORE_TARGETS = [NETMAP, NETMAP6, TEE, TEE6, TPROXY, TPROXY6, HMARK, HMARK6, AUDIT, SECMARK, CONNSECMARK, IDLETIMER, LED, RATEEST, SYNPROXY] as XtExtension[];
export const MORE_MATCHES = [RATEEST_MATCH] as XtExtension[];
