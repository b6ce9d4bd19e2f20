// net-tools 2.10: ifconfig, route, arp.
import type { ProgramTable } from "../program-table.js";

export const NET_TOOLS: ProgramTable = [];
