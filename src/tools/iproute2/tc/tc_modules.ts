// tc/Makefile's TCMODULES: the qdisc kinds, classifiers and actions built
// into tc besides tcq's (q_fifo, q_prio's printer…). Imported by
// iproute2/index.ts after tc.ts, so the objects can register themselves.

import "./q_netem.js";
import "./q_fq_codel.js";
import "./q_codel.js";
import "./q_pie.js";
import "./q_fq.js";
import "./q_sfq.js";
import "./q_drr.js";
import "./q_multiq.js";
import "./q_plug.js";
import "./q_hfsc.js";
import "./q_ingress.js";
import "./tc_filter.js";
import "./tc_actions.js";
import "./tc_monitor.js";

import { registerQdiscParser } from "./q_opts.js";

/**
 * Kinds tc 6.1 has a parser for that nslab does not reproduce (none of them
 * has a module on the recording kernel): their words are taken as given, so
 * a well-formed command gets the kernel's refusal of the kind — a malformed
 * one too, where tc would print the kind's own message (a known difference).
 * cbq and dsmark are left out: tc refuses them without options already.
 */
for (const id of ["atm", "cake", "cbs", "etf", "fq_pie", "hhf", "mqprio", "qfq", "rr", "sfb", "skbprio", "taprio"]) {
  registerQdiscParser({ id, parseQopt: (_ctx, argv) => ({ words: [...argv] }) });
}
