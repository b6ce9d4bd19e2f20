// iputils 20221126: ping.
import type { ProgramTable } from "../program-table.js";

export const IPUTILS: ProgramTable = [];
