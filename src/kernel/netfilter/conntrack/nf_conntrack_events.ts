// Conntrack events (nf_conntrack_ecache.c, delivered over ctnetlink's
// NFNLGRP_CONNTRACK_* groups): a listener sees NEW when a connection is
// confirmed, UPDATE when its state changes (first reply, TCP state moves),
// DESTROY when it leaves the table — as the views ctnetlink would send.

import type { CtEntryView } from "../../../uapi/nf_conntrack.js";
import type { NetNamespace } from "../../core/netns.js";
import { nfCtGetId, TCP_STATE_NAMES } from "./nf_conntrack.js";
import { ctPernet, type CtEvent } from "./nf_conntrack_core.js";

export function nfCtSubscribe(net: NetNamespace, fn: (type: "NEW" | "UPDATE" | "DESTROY", e: CtEntryView) => void): () => void {
  const l = (ev: CtEvent) => {
    const ct = ev.ct;
    const e: CtEntryView = {
      id: ct.id,
      ctaId: nfCtGetId(ct.id),
      orig: { ...ct.orig },
      reply: { ...ct.reply },
      status: ct.status,
      // A DESTROY carries what was left: 0 for an expired entry, the rest for one deleted early.
      timeout: ct.expiresIn(),
      mark: ct.mark,
      zone: ct.zone || undefined,
      use: 1,
    };
    if (ct.tcp) e.tcpState = TCP_STATE_NAMES[ct.tcp.state];
    fn(ev.type, e);
  };
  const p = ctPernet(net);
  p.events.add(l);
  return () => p.events.delete(l);
}
