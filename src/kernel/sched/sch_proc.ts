// /proc/net/psched (sch_api.c psched_show): the clock constants tc reads at
// start (tc_core_init) to turn times into scheduler ticks: ns per us, ns per
// tick (PSCHED_SHIFT 6: 64), 1000000, and the hrtimer resolution as a rate
// (1 ns: 1000000000). The recorded kernel prints "000003e8 00000040 000f4240 3b9aca00".

import { registerProcEntry } from "../fs/procfs.js";
import { procTextFile } from "../fs/proc_text.js";

const hex8 = (n: number): string => n.toString(16).padStart(8, "0");

registerProcEntry("net", "psched", () => procTextFile(() => `${hex8(1000)} ${hex8(64)} ${hex8(1000000)} ${hex8(1000000000)}\n`));
