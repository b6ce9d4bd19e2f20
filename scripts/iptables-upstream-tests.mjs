#!/usr/bin/env node
// Runs iptables' own test suites at tag v1.8.9 against nslab's iptables:
//
//   node scripts/iptables-upstream-tests.mjs [--dir DIR] [--shell] [--ext] [-v] [NAME...]
//
// DIR is an unpacked iptables v1.8.9 tree (default .upstream/iptables-1.8.9;
// .upstream/ is git-ignored: fetch the sources there, never commit them).
//
// --shell  iptables/tests/shell/testcases: each executable NAME_<rc> script runs
//          in a fresh bare world as run-tests.sh --nft would run it
//          (XT_MULTI=xtables-nft-multi, its own network namespace); it passes
//          when its exit status is <rc>. The testcase tree is copied into the
//          world's filesystem at the same relative path, so dumps/ are found.
// --ext    extensions/*.t as iptables-test.py -n runs them: per line, add the
//          rule to each listed chain, expect success or failure, look for the
//          saved form in iptables-save, delete it again (files without
//          special lines first go through the fast iptables-restore path).
// Without --shell/--ext both run. Prints the pass counts (and with -v each failure),
// ending with `shell: N/41, .t: M/868`.
//
// What is counted (issue 4's figures): the real iptables 1.8.9 on this machine,
// run with `run-tests.sh --host --nft` and `iptables-test.py --host -n` inside
// kernel-sandbox, passes 60/60 shell testcases and 1013/1039 `.t` lines. The
// counted set is the iptables/ip6tables part of both suites: the shell groups
// other than arptables/, ebtables/ and nft-only/ (41 scripts; nft-only/ drives
// the `nft` program, which nslab does not have), and the .t files other than
// libarpt_*/libebt_* (868 lines; the real tool fails 23 of them: LED and
// SECMARK need kernel modules the machine lacks, ipvs is not built, one
// libxt_recent line is accepted where the test expects a failure).
// --all counts every group and file instead.
import { readdirSync, readFileSync, statSync, existsSync } from "node:fs";
import { join, relative } from "node:path";
import { tsImport } from "tsx/esm/api";

const { World } = await tsImport("../src/world/world.ts", import.meta.url);

const args = process.argv.slice(2);
let dir = ".upstream/iptables-1.8.9";
let verbose = false;
let wantShell = false;
let wantExt = false;
let all = false;
const names = [];
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === "--dir") dir = args[++i];
  else if (a === "-v" || a === "--verbose") verbose = true;
  else if (a === "--shell") wantShell = true;
  else if (a === "--ext") wantExt = true;
  else if (a === "--all") all = true;
  else names.push(a);
}
if (!wantShell && !wantExt) wantShell = wantExt = true;
if (!existsSync(join(dir, "iptables-test.py"))) {
  process.stderr.write(`iptables-upstream-tests: no iptables source tree at ${dir}\n`);
  process.exit(2);
}

const enc = new TextEncoder();

/** Copies a host directory tree into a world host's filesystem at `to`. */
function copyTree(host, from, to) {
  host.fs.mkdirp(to);
  for (const e of readdirSync(from, { withFileTypes: true })) {
    const src = join(from, e.name);
    const dst = `${to}/${e.name}`;
    if (e.isDirectory()) copyTree(host, src, dst);
    else if (e.isFile()) {
      host.fs.writeFile(undefined, "/", dst, readFileSync(src));
      // Keep the executable bit: one testcase runs another (firewalld-restore/0002).
      host.fs.lookup(undefined, "/", dst).mode = statSync(src).mode & 0o777;
    }
  }
}

async function run(world, script, stdin) {
  const r = await world.run(script, { scriptName: "bash", stdin });
  return { out: r.stdout, err: r.stderr, status: r.status };
}

// ------------------------------------------------------------ shell testcases

const UNCOUNTED_GROUPS = ["arptables", "ebtables", "nft-only"];

async function shellTests() {
  const base = join(dir, "iptables/tests/shell/testcases");
  const cases = [];
  for (const group of readdirSync(base).sort()) {
    const gdir = join(base, group);
    if (!statSync(gdir).isDirectory()) continue;
    if (!all && UNCOUNTED_GROUPS.includes(group)) continue;
    for (const name of readdirSync(gdir).sort()) {
      const p = join(gdir, name);
      if (!/_\d+$/.test(name) || !statSync(p).isFile() || !(statSync(p).mode & 0o111)) continue;
      if (names.length && !names.some((n) => p.includes(n))) continue;
      cases.push({ group, name, path: p });
    }
  }
  let ok = 0;
  const failed = [];
  for (const c of cases) {
    const world = new World({ bare: true, seed: 1, limits: { maxEvents: 5_000_000, maxCommands: 200_000 } });
    const host = world.host();
    copyTree(host, base, "/iptables/tests/shell/testcases");
    const rc = Number(c.name.slice(c.name.lastIndexOf("_") + 1));
    const vpath = `/iptables/tests/shell/testcases/${c.group}/${c.name}`;
    const r = await run(world, `export XT_MULTI=xtables-nft-multi; cd /tmp; bash ${vpath}`);
    if (r.status === rc) ok++;
    else {
      failed.push(`${c.group}/${c.name}: expected ${rc} but got ${r.status}`);
      if (verbose) process.stdout.write(`--- ${c.group}/${c.name} (rc ${r.status})\n${r.out}${r.err}`.slice(0, 4000) + "\n");
    }
  }
  for (const f of failed) process.stdout.write(`[FAILED] ${f}\n`);
  process.stdout.write(`shell testcases: [OK] ${ok} [FAILED] ${failed.length} [TOTAL] ${cases.length}\n`);
  return { ok, total: cases.length };
}

// ------------------------------------------------------------ extensions/*.t

function toolFor(file) {
  if (file.includes("libip6t_")) return "ip6tables";
  if (file.includes("libarpt_")) return "arptables";
  if (file.includes("libebt_")) return "ebtables";
  return "iptables";
}

function fastRunPossible(lines) {
  let table;
  let rulecount = 0;
  for (const line of lines) {
    if (line[0] === "#" || line[0] === ":" || line.trim().length === 0) continue;
    if (line[0] === "*") {
      if (table || rulecount > 0) return false;
      table = line.trimEnd().slice(1);
    }
    if (line[0] === "@" || line[0] === "%") return false;
    if (line.split(";").length > 3) return false;
    rulecount++;
  }
  return true;
}

/** run_test(): add, expect, find in -save output, delete. Returns false on a failure. */
async function runOne(world, tool, rule, ruleSave, res, log) {
  const add = await run(world, `xtables-nft-multi ${tool} -A ${rule}`);
  if (add.status) {
    if (res !== "FAIL") {
      log(`cannot load: ${tool} -A ${rule}\n${add.err}`);
      return false;
    }
    return true;
  }
  if (res === "FAIL") {
    log(`should fail: ${tool} -A ${rule}`);
    await run(world, `xtables-nft-multi ${tool} -D ${rule}`);
    return false;
  }
  const save = await run(world, `xtables-nft-multi ${tool}-save`);
  const found = save.out.includes(ruleSave);
  if (!found) {
    if (res === "OK") {
      log(`cannot find: ${tool} -I ${rule}\n  want: ${ruleSave}\n${save.out.split("\n").filter((l) => l.startsWith("-A")).map((l) => "  got:  " + l).join("\n")}`);
      await run(world, `xtables-nft-multi ${tool} -D ${rule}`);
      return false;
    }
    return true;
  }
  if (res !== "OK") {
    log(`should not match: ${tool} -A ${rule}`);
    await run(world, `xtables-nft-multi ${tool} -D ${rule}`);
    return false;
  }
  const del = await run(world, `xtables-nft-multi ${tool} -D ${rule}`);
  if (del.status === 1) {
    log(`cannot delete: ${tool} -I ${rule}`);
    return false;
  }
  return true;
}

/** variant_res() for the nft variant. */
function variantRes(res, variant, alt) {
  if (variant === "NFT") return res;
  if (alt !== undefined) return alt;
  return { OK: "FAIL", FAIL: "OK", NOMATCH: "OK" }[res];
}

async function runFast(world, tool, lines, log) {
  const rules = new Map();
  let table = "filter";
  let chains = [];
  let tests = 0;
  for (const line of lines) {
    if (line[0] === "#" || line.trim().length === 0) continue;
    if (line[0] === "*") {
      table = line.trimEnd().slice(1);
      continue;
    }
    if (line[0] === ":") {
      chains = line.trimEnd().slice(1).split(",");
      continue;
    }
    if (!chains.length) return -1;
    tests++;
    for (const chain of chains) {
      const item = line.split(";");
      const rule = `${chain} ${item[0]}`;
      let ruleSave = item[1] === "=" ? `${chain} ${item[0]}` : `${chain} ${item[1]}`;
      // iptables-test.py: an ebtables rule without -j is saved with "-j CONTINUE".
      if (tool === "ebtables" && !ruleSave.includes("-j")) ruleSave += " -j CONTINUE";
      const res = item[2].trimEnd();
      if (res !== "OK") {
        if (!(await runOne(world, tool, `${chain} -t ${table} ${item[0]}`, ruleSave, res, log))) return -1;
        continue;
      }
      if (!rules.has(chain)) rules.set(chain, []);
      rules.get(chain).push([rule, ruleSave]);
    }
  }
  const restore = [`*${table}`];
  const expect = [];
  for (const chain of ["PREROUTING", "INPUT", "FORWARD", "OUTPUT", "POSTROUTING"])
    for (const [r, s] of rules.get(chain) ?? []) {
      restore.push(`-A ${r}`);
      expect.push(`-A ${s}`);
    }
  restore.push("COMMIT");
  const rr = await run(world, `xtables-nft-multi ${tool}-restore`, restore.join("\n") + "\n");
  if (rr.status !== 0) {
    log(`${tool}-restore returned ${rr.status}: ${rr.err}`);
    return -1;
  }
  const save = await run(world, `xtables-nft-multi ${tool}-save`);
  await run(world, `xtables-nft-multi ${tool} -F -t ${table}`);
  if (!save.out.trimEnd().includes(expect.join("\n"))) {
    log(`dumps differ!\n${expect.map((l) => "expect: " + l).join("\n")}\n${save.out.split("\n").filter((l) => l && !"*:#".includes(l[0])).map((l) => "got: " + l).join("\n")}`);
    return -1;
  }
  return tests;
}

async function extTests() {
  const extDir = join(dir, "extensions");
  const files = readdirSync(extDir).filter((f) => f.endsWith(".t")).sort().filter((f) => !names.length || names.some((n) => f.includes(n)))
    .filter((f) => all || !/^lib(arpt|ebt)_/.test(f));
  let tests = 0;
  let passed = 0;
  let nfiles = 0;
  for (const f of files) {
    const tool = toolFor(f);
    const lines = readFileSync(join(extDir, f), "utf8").split("\n");
    if (lines[lines.length - 1] === "") lines.pop();
    const world = new World({ bare: true, seed: 1 });
    const msgs = [];
    const log = (m) => msgs.push(`${f}: ${m}`);
    let ft = 0;
    let fp = 0;
    if (fastRunPossible(lines)) {
      const n = await runFast(world, tool, lines, log);
      if (n > 0) {
        tests += n;
        passed += n;
        nfiles++;
        continue;
      }
    }
    const w2 = new World({ bare: true, seed: 1 });
    let table = "";
    let chains = [];
    for (let lineno = 0; lineno < lines.length; lineno++) {
      const line = lines[lineno];
      if (line[0] === "#" || line.trim().length === 0) continue;
      if (line[0] === ":") {
        chains = line.trimEnd().slice(1).split(",");
        continue;
      }
      if (line[0] === "@" || line[0] === "%") {
        const cmd = line.trimEnd().slice(1);
        await run(w2, /^(iptables|ip6tables|ebtables|arptables) /.test(cmd) ? `xtables-nft-multi ${cmd}` : cmd);
        continue;
      }
      if (line[0] === "*") {
        table = line.trimEnd().slice(1);
        continue;
      }
      if (!chains.length) break;
      ft++;
      let ok = true;
      for (const chain of chains) {
        const item = line.split(";");
        const rule = table === "" ? `${chain} ${item[0]}` : `${chain} -t ${table} ${item[0]}`;
        let ruleSave = item[1] === "=" ? `${chain} ${item[0]}` : `${chain} ${item[1]}`;
        if (tool === "ebtables" && !ruleSave.includes("-j")) ruleSave += " -j CONTINUE";
        let res = item[2].trimEnd();
        if (item.length > 3) res = variantRes(res, item[3].trimEnd(), item.length > 4 ? item[4].trimEnd() : undefined);
        if (!(await runOne(w2, tool, rule, ruleSave, res, (m) => log(`line ${lineno + 1}: ${m}`)))) {
          ok = false;
          break;
        }
      }
      if (ok) fp++;
    }
    if (ft) nfiles++;
    tests += ft;
    passed += fp;
    if (verbose) for (const m of msgs) process.stdout.write(m + "\n");
    else if (fp < ft) process.stdout.write(`${f}: ${fp}/${ft}\n`);
  }
  process.stdout.write(`extensions: ${nfiles} test files, ${tests} unit tests, ${passed} passed\n`);
  return { ok: passed, total: tests };
}

const sr = wantShell ? await shellTests() : undefined;
const er = wantExt ? await extTests() : undefined;
const parts = [];
if (sr) parts.push(`shell: ${sr.ok}/${sr.total}`);
if (er) parts.push(`.t: ${er.ok}/${er.total}`);
process.stdout.write(parts.join(", ") + "\n");
