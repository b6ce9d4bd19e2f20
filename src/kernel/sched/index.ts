// The packet scheduler's modules (net/sched/): importing this registers every
// qdisc kind the recorded kernel has. net-init.ts imports it.
import "./sch_generic.js";
import "./sch_fifo.js";
import "./sch_mq.js";
import "./sch_proc.js";
import "./sch_tbf.js";
import "./sch_htb.js";
import "./sch_ingress.js";
import "./cls_u32.js";
import "./cls_bpf.js";
import "./act_mirred.js";
