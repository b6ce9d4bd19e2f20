// debianutils: which.
import type { ProgramTable } from "../program-table.js";

export const DEBIANUTILS: ProgramTable = [];
