// Registers every x_tables extension the kernel model has (the modules that
// would be loaded on demand on Linux).
import "./xt_tcpudp.js";
import "./xt_icmp.js";
import "./xt_multiport.js";
import "./xt_comment.js";
import "./xt_mark.js";
import "./xt_connmark.js";
import "./xt_conntrack.js";
import "./xt_statistic.js";
import "./xt_limit.js";
import "./xt_addrtype.js";
import "./xt_iprange.js";
import "./xt_mac.js";
import "./xt_physdev.js";
import "./xt_pkttype.js";
import "./xt_length.js";
import "./ipt_LOG.js";
import "./ipt_REJECT.js";
import "./xt_CT.js";
import "./xt_TRACE.js";
import "./xt_nat.js";
import "./xt_iphdr.js";
import "./xt_misc.js";
import "./ip6t_ext.js";
import "./xt_sctpdccp.js";
import "./xt_hashlimit.js";
import "./xt_payload.js";
