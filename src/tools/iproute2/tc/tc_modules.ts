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
