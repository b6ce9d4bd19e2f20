// ipset 7.17: administration of the kernel's IP sets (ipset(8)).
import type { ProgramTable } from "../program-table.js";
import { ipsetMain } from "./ipset.js";

export const IPSET: ProgramTable = [{ name: "ipset", path: "/usr/sbin/ipset", main: ipsetMain }];
