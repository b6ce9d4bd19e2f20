// Replays test/coreutils/cases/*.sh (recorded from the real programs by record.mjs).
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { scriptCases } from "./script-cases.js";

scriptCases("coreutils cases", join(dirname(fileURLToPath(import.meta.url)), "cases"));
