// libc-bin (glibc 2.36, Debian 12): getent.
import type { ProgramTable } from "../program-table.js";
import { getentMain } from "./getent.js";

export const LIBC_BIN: ProgramTable = [{ name: "getent", path: "/usr/bin/getent", main: getentMain }];
