// GNU sed 4.9.
import type { ProgramTable } from "../program-table.js";
import { sedMain } from "./sed.js";

export const SED: ProgramTable = [{ name: "sed", path: "/usr/bin/sed", main: sedMain }];
