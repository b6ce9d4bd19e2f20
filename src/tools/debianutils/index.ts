// debianutils 5.7: which.
import type { ProgramTable } from "../program-table.js";
import { whichMain } from "./which.js";

export const DEBIANUTILS: ProgramTable = [{ name: "which", path: "/usr/bin/which", main: whichMain }];
