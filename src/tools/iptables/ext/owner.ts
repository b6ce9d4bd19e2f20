// Matches on the packet's local socket: owner (libxt_owner.c, revision 1:
// --uid-owner/--gid-owner with names or ranges, --socket-exists,
// --suppl-groups), socket (libxt_socket.c, revision 3: --transparent,
// --nowildcard, --restore-skmark) and cgroup (libxt_cgroup.c, revision 2:
// --path or --cgroup). Output forms as recorded from iptables 1.8.9.

import {
  XT_OWNER_GID,
  XT_OWNER_SOCKET,
  XT_OWNER_SUPPL_GROUPS,
  XT_OWNER_UID,
  XT_SOCKET_NOWILDCARD,
  XT_SOCKET_RESTORESKMARK,
  XT_SOCKET_TRANSPARENT,
  type XtCgroup,
  type XtOwner,
  type XtSocket,
} from "../../../uapi/xt_ext_match.js";
import type { Task } from "../../../kernel/task/task.js";
import { paramError } from "../errors.js";
import { strtoulPrefix } from "../netdb.js";
import { getgrgid, getgrnam, getpwnam, getpwuid } from "../pwent.js";
import type { XtExtension } from "./types.js";
import { parseUint, saveString } from "./xtoptions.js";

const O_USER = 0, O_GROUP = 1, O_SOCK_EXISTS = 2, O_SUPPL_GROUPS = 3;
const UINT32_MAX = 0xffffffff;

const badValue = (opt: string, arg: string): never => paramError(`owner: Bad value for "${opt}" option: "${arg}"`);

/** owner_parse_range(): N, N-M or N:M, each 0..2^32-2 (-1 is reserved). */
function parseRange(arg: string, opt: string): [number, number] {
  const a = strtoulPrefix(arg);
  if (!a || a.value > UINT32_MAX - 1) return badValue(opt, arg);
  let to = a.value;
  let rest = a.rest;
  if (rest.startsWith("-") || rest.startsWith(":")) {
    const b = strtoulPrefix(rest.slice(1));
    if (!b || b.value > UINT32_MAX - 1) return badValue(opt, arg);
    to = b.value;
    rest = b.rest;
  }
  if (rest !== "") badValue(opt, arg);
  return [a.value, to];
}

function ownerItem(d: XtOwner, label: string, flag: number, numeric: boolean, task?: Task): string {
  if (!(d.match & flag)) return "";
  let s = d.invert & flag ? " !" : "";
  s += ` ${label}`;
  const item = (min: number, max: number, name: (id: number) => string | undefined) => {
    if (min !== max) return ` ${min}-${max}`;
    const n = !numeric && task ? name(min) : undefined;
    return ` ${n ?? min}`;
  };
  if (flag === XT_OWNER_UID) s += item(d.uidMin, d.uidMax, (id) => getpwuid(task!, id));
  else if (flag === XT_OWNER_GID) s += item(d.gidMin, d.gidMax, (id) => getgrgid(task!, id));
  return s;
}

export const OWNER: XtExtension<XtOwner> = {
  kind: "match",
  name: "owner",
  revision: 1,
  x6: true,
  help: () =>
    "owner match options:\n" +
    "[!] --uid-owner userid[-userid]      Match local UID\n" +
    "[!] --gid-owner groupid[-groupid]    Match local GID\n" +
    "[!] --socket-exists                  Match if socket exists\n" +
    "    --suppl-groups                   Also match supplementary groups set with --gid-owner\n",
  options: [
    { name: "uid-owner", hasArg: true, id: O_USER, invert: true },
    { name: "gid-owner", hasArg: true, id: O_GROUP, invert: true },
    { name: "socket-exists", hasArg: false, id: O_SOCK_EXISTS, invert: true },
    { name: "suppl-groups", hasArg: false, id: O_SUPPL_GROUPS },
  ],
  init: () => ({ uidMin: 0, uidMax: 0, gidMin: 0, gidMax: 0, match: 0, invert: 0 }),
  parse(c) {
    const d = c.data;
    switch (c.opt.id) {
      case O_USER: {
        const id = getpwnam(c.task, c.arg);
        [d.uidMin, d.uidMax] = id !== undefined ? [id, id] : parseRange(c.arg, "--uid-owner");
        if (c.invert) d.invert |= XT_OWNER_UID;
        d.match |= XT_OWNER_UID;
        break;
      }
      case O_GROUP: {
        const id = getgrnam(c.task, c.arg);
        [d.gidMin, d.gidMax] = id !== undefined ? [id, id] : parseRange(c.arg, "--gid-owner");
        if (c.invert) d.invert |= XT_OWNER_GID;
        d.match |= XT_OWNER_GID;
        break;
      }
      case O_SOCK_EXISTS:
        if (c.invert) d.invert |= XT_OWNER_SOCKET;
        d.match |= XT_OWNER_SOCKET;
        break;
      case O_SUPPL_GROUPS:
        if (!(d.match & XT_OWNER_GID)) badValue("--suppl-groups", "you need to use --gid-owner first");
        d.match |= XT_OWNER_SUPPL_GROUPS;
        break;
    }
  },
  final(c) {
    if (c.flags === 0) paramError("owner: At least one of --uid-owner, --gid-owner or --socket-exists is required");
  },
  print: (d, _ip, numeric, task) =>
    ownerItem(d, "owner socket exists", XT_OWNER_SOCKET, numeric, task) +
    ownerItem(d, "owner UID match", XT_OWNER_UID, numeric, task) +
    ownerItem(d, "owner GID match", XT_OWNER_GID, numeric, task) +
    ownerItem(d, "incl. suppl. groups", XT_OWNER_SUPPL_GROUPS, numeric, task),
  save: (d) =>
    ownerItem(d, "--socket-exists", XT_OWNER_SOCKET, true) +
    ownerItem(d, "--uid-owner", XT_OWNER_UID, true) +
    ownerItem(d, "--gid-owner", XT_OWNER_GID, true) +
    ownerItem(d, "--suppl-groups", XT_OWNER_SUPPL_GROUPS, true),
};

function socketFlags(d: XtSocket): string {
  let s = "";
  if (d.flags & XT_SOCKET_TRANSPARENT) s += " --transparent";
  if (d.flags & XT_SOCKET_NOWILDCARD) s += " --nowildcard";
  if (d.flags & XT_SOCKET_RESTORESKMARK) s += " --restore-skmark";
  return s;
}

export const SOCKET: XtExtension<XtSocket> = {
  kind: "match",
  name: "socket",
  revision: 3,
  x6: true,
  help: () =>
    "socket match options:\n" +
    "  --nowildcard     Do not ignore LISTEN sockets bound on INADDR_ANY\n" +
    "  --transparent    Ignore non-transparent sockets\n" +
    "  --restore-skmark Set the packet mark to the socket mark if\n" +
    "                   the socket matches and transparent / \n" +
    "                   nowildcard conditions are satisfied\n\n",
  options: [
    { name: "transparent", hasArg: false, id: 0 },
    { name: "nowildcard", hasArg: false, id: 1 },
    { name: "restore-skmark", hasArg: false, id: 2 },
  ],
  init: () => ({ flags: 0 }),
  parse(c) {
    c.data.flags |= [XT_SOCKET_TRANSPARENT, XT_SOCKET_NOWILDCARD, XT_SOCKET_RESTORESKMARK][c.opt.id]!;
  },
  print: (d) => " socket" + socketFlags(d),
  save: socketFlags,
};

const O_PATH = 0, O_CLASSID = 1;

export const CGROUP: XtExtension<XtCgroup> = {
  kind: "match",
  name: "cgroup",
  revision: 2,
  x6: true,
  help: () =>
    "cgroup match options:\n" +
    "[!] --path path                 Recursively match path relative to cgroup2 root\n" +
    "[!] --cgroup classid            Match cgroup classid, can't be used with --path\n",
  options: [
    { name: "path", hasArg: true, id: O_PATH, invert: true },
    { name: "cgroup", hasArg: true, id: O_CLASSID, invert: true },
  ],
  init: () => ({ hasPath: false, hasClassid: false, invertPath: false, invertClassid: false, path: "", classid: 0 }),
  parse(c) {
    const d = c.data;
    if (c.opt.id === O_PATH) {
      d.path = c.arg;
      d.hasPath = true;
      if (c.invert) d.invertPath = true;
    } else {
      d.classid = parseUint("cgroup", "cgroup", c.arg, 0, UINT32_MAX);
      d.hasClassid = true;
      if (c.invert) d.invertClassid = true;
    }
  },
  print(d) {
    let s = " cgroup";
    if (d.hasPath) s += ` ${d.invertPath ? "! " : ""}${d.path}`;
    if (d.hasClassid) s += ` ${d.invertClassid ? "! " : ""}${d.classid}`;
    return s;
  },
  save(d) {
    let s = "";
    if (d.hasPath) s += `${d.invertPath ? " !" : ""} --path${saveString(d.path)}`;
    if (d.hasClassid) s += `${d.invertClassid ? " !" : ""} --cgroup ${d.classid}`;
    return s;
  },
};
