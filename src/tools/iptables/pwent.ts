// getpwnam/getpwuid and getgrnam/getgrgid as glibc answers them from
// /etc/passwd and /etc/group (the owner match names users and groups).
// The model's root file system has no such files yet; then the entries of a
// fresh Debian 12 (base-passwd) stand in, which is what the real machine's
// files start with. Where we differ: no NSS beyond files.

import type { Task } from "../../kernel/task/task.js";

interface Ent {
  name: string;
  id: number;
}

const BASE_USERS =
  "root:0 daemon:1 bin:2 sys:3 sync:4 games:5 man:6 lp:7 mail:8 news:9 uucp:10 proxy:13 www-data:33 backup:34 list:38 irc:39 _apt:42 nobody:65534";
const BASE_GROUPS =
  "root:0 daemon:1 bin:2 sys:3 adm:4 tty:5 disk:6 lp:7 mail:8 news:9 uucp:10 man:12 proxy:13 kmem:15 dialout:20 fax:21 voice:22 cdrom:24 " +
  "floppy:25 tape:26 sudo:27 audio:29 dip:30 www-data:33 backup:34 operator:37 list:38 irc:39 src:40 shadow:42 utmp:43 video:44 sasl:45 " +
  "plugdev:46 staff:50 games:60 users:100 nogroup:65534";

function builtin(s: string): Ent[] {
  return s.split(" ").map((p) => {
    const [name, id] = p.split(":");
    return { name: name!, id: Number(id) };
  });
}

/** The name:x:id:... lines of a colon file (field 3 is the id); undefined when the file is absent. */
function readColonFile(task: Task, path: string): Ent[] | undefined {
  let text: string;
  try {
    text = new TextDecoder().decode(task.host.fs.readFile(task, "/", path));
  } catch {
    return undefined;
  }
  const out: Ent[] = [];
  for (const line of text.split("\n")) {
    const f = line.split(":");
    if (f.length < 3 || !/^\d+$/.test(f[2]!)) continue;
    out.push({ name: f[0]!, id: Number(f[2]) });
  }
  return out;
}

const users = (task: Task) => readColonFile(task, "/etc/passwd") ?? builtin(BASE_USERS);
const groups = (task: Task) => readColonFile(task, "/etc/group") ?? builtin(BASE_GROUPS);

export const getpwnam = (task: Task, name: string) => users(task).find((e) => e.name === name)?.id;
export const getpwuid = (task: Task, id: number) => users(task).find((e) => e.id === id)?.name;
export const getgrnam = (task: Task, name: string) => groups(task).find((e) => e.name === name)?.id;
export const getgrgid = (task: Task, id: number) => groups(task).find((e) => e.id === id)?.name;
