// Every program the emulated hosts can run, gathered from each package's table.

import { COREUTILS } from "./coreutils/index.js";
import { IPROUTE2 } from "./iproute2/index.js";
import type { ProgramTable } from "./program-table.js";

export const ALL_PROGRAMS: ProgramTable = [...COREUTILS, ...IPROUTE2];
