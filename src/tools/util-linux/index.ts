// util-linux 2.38: nsenter, unshare.
import type { ProgramTable } from "../program-table.js";

export const UTIL_LINUX: ProgramTable = [];
