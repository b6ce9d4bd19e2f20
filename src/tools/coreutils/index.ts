// GNU coreutils 9.1 (Debian 12, usr-merged: everything in /usr/bin): the
// commands scripts pipe into. Shared engines for bash's builtins live in lib/.
import type { ProgramTable } from "../program-table.js";
import { basenameMain, dirnameMain } from "./basename.js";
import { catMain } from "./cat.js";
import { chmodMain } from "./chmod.js";
import { cpMain, mvMain } from "./cp.js";
import { dateMain } from "./date.js";
import { envMain } from "./env.js";
import { lnMain } from "./ln.js";
import { lsMain } from "./ls.js";
import { mkdirMain, rmdirMain } from "./mkdir.js";
import { mktempMain } from "./mktemp.js";
import { readlinkMain, realpathMain } from "./readlink.js";
import { rmMain } from "./rm.js";
import { statMain } from "./stat.js";
import { touchMain } from "./touch.js";
import { cutMain } from "./cut.js";
import { echoMain } from "./echo.js";
import { headMain } from "./head.js";
import { idMain, whoamiMain } from "./id.js";
import { printfMain } from "./printf.js";
import { seqMain } from "./seq.js";
import { sleepMain } from "./sleep.js";
import { sortMain } from "./sort.js";
import { tailMain } from "./tail.js";
import { teeMain } from "./tee.js";
import { bracketMain, testMain } from "./test.js";
import { timeoutMain } from "./timeout.js";
import { trMain } from "./tr.js";
import { falseMain, trueMain } from "./true.js";
import { nprocMain, syncMain, unameMain } from "./uname.js";
import { uniqMain } from "./uniq.js";
import { wcMain } from "./wc.js";
import { yesMain } from "./yes.js";
import { odMain } from "./od.js";
import { tacMain } from "./tac.js";
import { pasteMain } from "./paste.js";
import { exprMain } from "./expr.js";
import { printenvMain } from "./printenv.js";
import { basencMain } from "./basenc.js";
import { digestMain } from "./digest.js";
import { sumMain } from "./sum.js";
import { commMain } from "./comm.js";
import { foldMain } from "./fold.js";
import { nlMain } from "./nl.js";
import { stdbufMain } from "./stdbuf.js";
import { nohupMain } from "./nohup.js";
import { truncateMain } from "./truncate.js";
import { expandMain, unexpandMain } from "./expand.js";
import { joinMain } from "./join.js";
import { shufMain } from "./shuf.js";

const bin = (name: string, main: ProgramTable[number]["main"]) => ({ name, path: `/usr/bin/${name}`, main });

export const COREUTILS: ProgramTable = [
  bin("echo", echoMain),
  bin("printf", printfMain),
  bin("test", testMain),
  bin("[", bracketMain),
  bin("true", trueMain),
  bin("false", falseMain),
  bin("cat", catMain),
  bin("head", headMain),
  bin("tail", tailMain),
  bin("tac", tacMain),
  bin("paste", pasteMain),
  bin("expr", exprMain),
  bin("printenv", printenvMain),
  bin("sort", sortMain),
  bin("uniq", uniqMain),
  bin("wc", wcMain),
  bin("cut", cutMain),
  bin("tr", trMain),
  bin("tee", teeMain),
  bin("seq", seqMain),
  bin("basename", basenameMain),
  bin("dirname", dirnameMain),
  bin("id", idMain),
  bin("whoami", whoamiMain),
  bin("sleep", sleepMain),
  bin("timeout", timeoutMain),
  bin("nproc", nprocMain),
  bin("uname", unameMain),
  bin("sync", syncMain),
  bin("yes", yesMain),
  bin("ls", lsMain),
  bin("mkdir", mkdirMain),
  bin("rmdir", rmdirMain),
  bin("rm", rmMain),
  bin("touch", touchMain),
  bin("cp", cpMain),
  bin("mv", mvMain),
  bin("ln", lnMain),
  bin("readlink", readlinkMain),
  bin("realpath", realpathMain),
  bin("mktemp", mktempMain),
  bin("chmod", chmodMain),
  bin("stat", statMain),
  bin("date", dateMain),
  bin("env", envMain),
  bin("od", odMain),
  bin("base64", basencMain),
  bin("base32", basencMain),
  bin("basenc", basencMain),
  bin("md5sum", digestMain),
  bin("sha1sum", digestMain),
  bin("sha224sum", digestMain),
  bin("sha256sum", digestMain),
  bin("sha384sum", digestMain),
  bin("sha512sum", digestMain),
  bin("b2sum", digestMain),
  bin("cksum", digestMain),
  bin("sum", sumMain),
  bin("comm", commMain),
  bin("fold", foldMain),
  bin("nl", nlMain),
  bin("stdbuf", stdbufMain),
  bin("nohup", nohupMain),
  bin("truncate", truncateMain),
  bin("expand", expandMain),
  bin("unexpand", unexpandMain),
  bin("join", joinMain),
  bin("shuf", shufMain),
];
