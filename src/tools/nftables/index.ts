// nftables 1.0.6 (Debian 12): the nft program.
import type { ProgramTable } from "../program-table.js";
import { nftMain } from "./nft.js";

export const NFTABLES: ProgramTable = [{ name: "nft", path: "/usr/sbin/nft", main: nftMain }];
