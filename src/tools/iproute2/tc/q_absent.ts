// The qdisc kinds iproute2 6.1 has a q_<kind>.c for but the recording kernel
// has no module for: tc parses their options (these parsers), then the
// kernel refuses the kind. Kinds missing here and from tcq's table take tc's
// generic parse_noqopt ("Unknown qdisc …, hence option … is unparsable").

import { CODEL } from "./q_codel.js";
import { DRR } from "./q_drr.js";
import { FQ } from "./q_fq.js";
import { FQ_CODEL } from "./q_fq_codel.js";
import { HFSC } from "./q_hfsc.js";
import { MULTIQ } from "./q_multiq.js";
import { NETEM } from "./q_netem.js";
import type { QdiscOptParser } from "./q_opts.js";
import { PIE } from "./q_pie.js";
import { PLUG } from "./q_plug.js";
import { PRIO } from "./q_prio.js";
import { SFQ } from "./q_sfq.js";

export const ABSENT_QDISC_KINDS: ReadonlyMap<string, QdiscOptParser> = new Map(
  [NETEM, FQ_CODEL, CODEL, PIE, FQ, SFQ, PRIO, DRR, MULTIQ, PLUG, HFSC].map((q) => [q.id, q]),
);
