#!/usr/bin/env bash
# Re-records the expected output of interpreter cases from the real bash 5.2.
#
#   test/shell/interp/record.sh [cases/NAME.sh ...]     (default: every case)
#
# Each case runs as `bash -c "$(cat NAME.sh)" /dev/fd/3` in a fresh temporary
# directory with the environment World.run gives a script, stdout and stderr
# merged into one stream (2>&1) through a pipe (as nslab's output is a stream,
# not a file that a reopened /dev/stdout would truncate), and NAME.expected
# gets that output followed by
# a last line `[exit N]`. Pure shell scripts only: nothing here touches the
# network or writes outside the temporary directory.
set -u
cd "$(dirname "$0")"
cases=("$@")
[ ${#cases[@]} -eq 0 ] && cases=(cases/*.sh)
for c in "${cases[@]}"; do
  exp="${c%.sh}.expected"
  dir=$(mktemp -d)
  out=$(mktemp)
  script=$(cat "$c")
  (
    cd "$dir" || exit 1
    env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin HOME=/root USER=root LOGNAME=root \
      SHELL=/bin/bash TERM=xterm LANG=C.UTF-8 PWD="$dir" HOSTNAME=sandbox \
      timeout 20 bash -c "$script" /dev/fd/3 </dev/null 2>&1 | cat >"$out"
    echo "[exit ${PIPESTATUS[0]}]" >>"$out"
  )
  cp "$out" "$exp"
  rm -rf "$dir" "$out"
done
