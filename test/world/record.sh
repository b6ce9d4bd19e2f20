#!/usr/bin/env bash
# Re-records test/world/cases/NAME.out on the real kernel: each case runs in
# shared/tools/kernel-sandbox with cases/hosts.txt bind-mounted on /etc/hosts
# (the sandbox has no other way to give a host its own /etc/hosts). The nslab
# side writes the same file to /etc/hosts before running the case.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
sandbox=${SANDBOX:-$here/../../../shared/tools/kernel-sandbox}
for sh in "$here"/cases/*.sh; do
  tmp=$(mktemp)
  { printf 'cat > /tmp/hosts <<'"'"'EOF_HOSTS'"'"'\n'; cat "$here/cases/hosts.txt"; printf 'EOF_HOSTS\nmount --bind /tmp/hosts /etc/hosts\n'; cat "$sh"; } > "$tmp"
  "$sandbox" "$tmp" > "${sh%.sh}.out"
  rm -f "$tmp"
done
