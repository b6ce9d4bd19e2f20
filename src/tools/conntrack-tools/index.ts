// conntrack-tools 1.4.7: the conntrack(8) command line.
import type { ProgramTable } from "../program-table.js";
import { conntrackMain } from "./conntrack.js";

export const CONNTRACK_TOOLS: ProgramTable = [{ name: "conntrack", path: "/usr/sbin/conntrack", main: conntrackMain }];
