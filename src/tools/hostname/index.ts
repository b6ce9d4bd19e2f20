// hostname 3.23 (Debian's hostname package): hostname.
import type { ProgramTable } from "../program-table.js";
import { hostnameMain } from "./hostname.js";

export const HOSTNAME_PKG: ProgramTable = [{ name: "hostname", path: "/usr/bin/hostname", main: hostnameMain }];
