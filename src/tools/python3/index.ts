// python3 3.11.2 (Debian 12's python3 package): only `-m http.server` is modelled.
import type { ProgramTable } from "../program-table.js";
import { python3Main } from "./python3.js";

export const PYTHON3: ProgramTable = [
  { name: "python3.11", path: "/usr/bin/python3.11", main: python3Main },
  { name: "python3", path: "/usr/bin/python3", main: python3Main },
];
