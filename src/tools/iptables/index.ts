// iptables 1.8.9 (Debian 12: iptables-nft through the alternatives system).
// One program, xtables-nft-multi; the names under /usr/sbin are symlinks to
// it, as Debian installs them (iptables -> /etc/alternatives/iptables ->
// /usr/sbin/iptables-nft -> xtables-nft-multi).
import type { ProgramTable } from "../program-table.js";
import { xtablesNftMulti } from "./xtables-multi.js";
import { ETC_ETHERTYPES } from "./ebtables/ethertypes.js";

/** The symlinks Debian's iptables package and update-alternatives create: [path, target]. */
const LINKS: readonly [string, string][] = [
  ["/usr/sbin/iptables-nft", "xtables-nft-multi"],
  ["/usr/sbin/iptables-nft-save", "xtables-nft-multi"],
  ["/usr/sbin/iptables-nft-restore", "xtables-nft-multi"],
  ["/etc/alternatives/iptables", "/usr/sbin/iptables-nft"],
  ["/etc/alternatives/iptables-save", "/usr/sbin/iptables-nft-save"],
  ["/etc/alternatives/iptables-restore", "/usr/sbin/iptables-nft-restore"],
  ["/usr/sbin/iptables", "/etc/alternatives/iptables"],
  ["/usr/sbin/iptables-save", "/etc/alternatives/iptables-save"],
  ["/usr/sbin/iptables-restore", "/etc/alternatives/iptables-restore"],
  ["/usr/sbin/ip6tables-nft", "xtables-nft-multi"],
  ["/usr/sbin/ip6tables-nft-save", "xtables-nft-multi"],
  ["/usr/sbin/ip6tables-nft-restore", "xtables-nft-multi"],
  ["/etc/alternatives/ip6tables", "/usr/sbin/ip6tables-nft"],
  ["/etc/alternatives/ip6tables-save", "/usr/sbin/ip6tables-nft-save"],
  ["/etc/alternatives/ip6tables-restore", "/usr/sbin/ip6tables-nft-restore"],
  ["/usr/sbin/ip6tables", "/etc/alternatives/ip6tables"],
  ["/usr/sbin/ip6tables-save", "/etc/alternatives/ip6tables-save"],
  ["/usr/sbin/ip6tables-restore", "/etc/alternatives/ip6tables-restore"],
  // ebtables (Debian: ebtables -> /etc/alternatives/ebtables -> /usr/sbin/ebtables-nft).
  ["/usr/sbin/ebtables-nft", "xtables-nft-multi"],
  ["/usr/sbin/ebtables-nft-save", "xtables-nft-multi"],
  ["/usr/sbin/ebtables-nft-restore", "xtables-nft-multi"],
  ["/etc/alternatives/ebtables", "/usr/sbin/ebtables-nft"],
  ["/etc/alternatives/ebtables-save", "/usr/sbin/ebtables-nft-save"],
  ["/etc/alternatives/ebtables-restore", "/usr/sbin/ebtables-nft-restore"],
  ["/usr/sbin/ebtables", "/etc/alternatives/ebtables"],
  ["/usr/sbin/ebtables-save", "/etc/alternatives/ebtables-save"],
  ["/usr/sbin/ebtables-restore", "/etc/alternatives/ebtables-restore"],
  ["/usr/sbin/xtables-monitor", "xtables-nft-multi"],
  // Debian points it at xtables-legacy-multi, which the model does not have; the nft one converts alike.
  ["/usr/bin/iptables-xml", "../sbin/xtables-nft-multi"],
];

export const IPTABLES: ProgramTable = [{ name: "xtables-nft-multi", path: "/usr/sbin/xtables-nft-multi", main: xtablesNftMulti, links: LINKS, files: [{ path: "/etc/ethertypes", content: ETC_ETHERTYPES }] }];
