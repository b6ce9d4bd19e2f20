// procps 4.0: sysctl, ps.
import type { ProgramTable } from "../program-table.js";

export const PROCPS: ProgramTable = [];
