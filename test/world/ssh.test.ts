// ssh HOST CMD between the hosts of a world. Error texts were recorded from
// OpenSSH 9.2p1 on Debian 12 (inline below, with the command that printed
// them); resolution failures are recorded on a machine whose resolver answers
// (kernel-sandbox has none, and says "Temporary failure in name resolution").
import { describe, expect, it } from "vitest";
import { World } from "../../src/world/world.js";

const USAGE = `usage: ssh [-46AaCfGgKkMNnqsTtVvXxYy] [-B bind_interface]
           [-b bind_address] [-c cipher_spec] [-D [bind_address:]port]
           [-E log_file] [-e escape_char] [-F configfile] [-I pkcs11]
           [-i identity_file] [-J [user@]host[:port]] [-L address]
           [-l login_name] [-m mac_spec] [-O ctl_cmd] [-o option] [-p port]
           [-Q query_option] [-R address] [-S ctl_path] [-W host:port]
           [-w local_tun[:remote_tun]] destination [command [argument ...]]
`;

async function world() {
  const w = new World({ hosts: ["a", "b", "c"] });
  await w.boot();
  return w;
}

describe("ssh HOST CMD", () => {
  it("runs CMD on the host with a login environment; output and status come back", async () => {
    const w = await world();
    const r = await w.run(
      `ssh b hostname; ssh c 'echo "$USER $HOME $PWD $SHELL"; echo err >&2; exit 3'; echo "rc=$?"; ssh b echo one two  three`,
      { host: "a" },
    );
    expect(r).toEqual({ stdout: "b\nroot /root /root /bin/bash\nrc=3\none two three\n", stderr: "err\n", status: 0 });
  });

  it("joins the arguments with spaces for the remote shell, as sshd does", async () => {
    const w = await world();
    const r = await w.run(`ssh b echo '$(hostname)' '"a  b"'`, { host: "a" });
    expect(r.stdout).toBe("b a  b\n");
  });

  it("SSH_CONNECTION names both ends' addresses", async () => {
    const w = await world();
    const r = await w.run(`ssh c 'echo $SSH_CONNECTION'`, { host: "a" });
    expect(r.stdout).toMatch(/^10\.0\.0\.1 \d+ 10\.0\.0\.3 22\n$/);
  });

  it("resolves through /etc/hosts, IPv4 literals and loopback", async () => {
    const w = await world();
    const r = await w.run(
      `ssh 10.0.0.3 hostname; ssh localhost hostname; ssh B hostname; echo '10.0.0.2 web' >> /etc/hosts; ssh web hostname; ssh root@c hostname; ssh -l root c hostname`,
      { host: "a" },
    );
    expect(r).toEqual({ stdout: "c\na\nb\nb\nc\nc\n", stderr: "", status: 0 });
  });

  it("like real ssh, swallows the rest of its stdin unless -n", async () => {
    const w = await world();
    const r = await w.run(
      `printf '1\\n2\\n3\\n' | while read x; do echo "got $x"; ssh b true; done; printf '1\\n2\\n' | while read x; do ssh -n b echo "$x"; done`,
      { host: "a" },
    );
    expect(r.stdout).toBe("got 1\n1\n2\n");
  });

  it("without a command, the remote login shell reads stdin (no terminal: a warning)", async () => {
    const w = await world();
    const r = await w.run("ssh b <<'EOF'\nhostname\npwd\nEOF\necho rc=$?", { host: "a" });
    // Recorded: `ssh HOST < script` prints this warning on stderr, with \r\n.
    expect(r).toEqual({ stdout: "b\n/root\nrc=0\n", stderr: "Pseudo-terminal will not be allocated because stdin is not a terminal.\r\n", status: 0 });
  });

  it("exits 255 when the remote command dies of a signal", async () => {
    const w = await world();
    expect((await w.run("ssh b 'kill -9 $$'; echo rc=$?", { host: "a" })).stdout).toBe("rc=255\n");
  });

  it("takes virtual time, not wall time", async () => {
    const w = await world();
    const t0 = w.now;
    const r = await w.run("ssh b sleep 30; echo done", { host: "a" });
    expect(r.stdout).toBe("done\n");
    expect(w.now - t0).toBeGreaterThanOrEqual(30e9);
  });

  it("prints OpenSSH's errors, exit 255", async () => {
    const w = await world();
    const cases: Array<[string, string]> = [
      // ssh nope true
      ["ssh nope true", "ssh: Could not resolve hostname nope: Temporary failure in name resolution\r\n"],
      // ssh NOPE true: the name is lowercased
      ["ssh NOPE true", "ssh: Could not resolve hostname nope: Temporary failure in name resolution\r\n"],
      // ssh -q nope true: quiet
      ["ssh -q nope true", ""],
      // an address no host has (nslab: at once; Linux: after ARP gives up)
      ["ssh 10.0.0.9 true", "ssh: connect to host 10.0.0.9 port 22: No route to host\r\n"],
      ["ssh bob@b true", "bob@b: Permission denied (publickey).\r\n"],
      ["ssh -p x b true", "Bad port 'x'\n"],
      ["ssh -p 99999 b true", "Bad port '99999'\n"],
      ["ssh", USAGE],
      ["ssh -Z b", `unknown option -- Z\n${USAGE}`],
      ["ssh -l", `option requires an argument -- l\n${USAGE}`],
      ["ssh -o Foo=bar b", "command-line: line 0: Bad configuration option: foo\n"],
      ["ssh -o BatchMode b", 'command-line line 0: no argument after keyword "batchmode"\n'],
      ["ssh -o BatchMode=maybe b", 'command-line line 0: unsupported option "maybe".\n'],
      ["ssh -o ConnectTimeout=x b", "command-line line 0: invalid time value.\n"],
      ["ssh -o Port=x b", "command-line line 0: Bad port 'x'.\n"],
      ["ssh -o RequestTTY=sometimes b", 'command-line line 0: unsupported option "sometimes".\n'],
    ];
    for (const [cmd, err] of cases) {
      expect(await w.run(cmd, { host: "a" }), cmd).toEqual({ stdout: "", stderr: err, status: 255 });
    }
  });

  it("warns about a missing identity file and goes on", async () => {
    const w = await world();
    const r = await w.run("ssh -i /nonexist -o BatchMode=yes b hostname", { host: "a" });
    expect(r).toEqual({ stdout: "b\n", stderr: "Warning: Identity file /nonexist not accessible: No such file or directory.\n", status: 0 });
  });

  it("-V prints the version on stderr", async () => {
    const w = await world();
    expect(await w.run("ssh -V", { host: "a" })).toEqual({ stdout: "", stderr: "OpenSSH_9.2p1 Debian-2+deb12u6, OpenSSL 3.0.19 27 Jan 2026\n", status: 0 });
  });
});
