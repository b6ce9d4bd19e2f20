// hostname 3.23: hostname.
import type { ProgramTable } from "../program-table.js";

export const HOSTNAME_PKG: ProgramTable = [];
