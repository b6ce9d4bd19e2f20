#!/usr/bin/env bash
# Re-records the expected output of the dash-personality cases from the real
# dash 0.5.12 (Debian 12's /bin/sh).
#
#   test/shell/dash/record.sh [cases/NAME.sh ...]     (default: every case)
#
# Each case in cases/ runs as `sh -c "$(cat NAME.sh)"` (so $0 and the error prefix are
# `sh`) in a fresh temporary directory with the environment World.run gives a
# script, stdout and stderr merged (2>&1) through a pipe; NAME.expected gets
# that output and a last line `[exit N]`. Pure shell: nothing here touches the
# network or writes outside the temporary directory. Cases in outer/ run as
# `bash -c "$(cat NAME.sh)"` instead: they start sh/dash themselves (script
# files, stdin, options).
set -u
cd "$(dirname "$0")"
cases=("$@")
[ ${#cases[@]} -eq 0 ] && cases=(cases/*.sh outer/*.sh)
for c in "${cases[@]}"; do
  exp="${c%.sh}.expected"
  dir=$(mktemp -d)
  out=$(mktemp)
  script=$(cat "$c")
  shell=sh
  case $c in outer/*) shell=bash ;; esac
  (
    cd "$dir" || exit 1
    env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin HOME=/root USER=root LOGNAME=root \
      SHELL=/bin/bash TERM=xterm LANG=C.UTF-8 PWD="$dir" HOSTNAME=sandbox \
      timeout 20 "$shell" -c "$script" </dev/null 2>&1 | cat >"$out"
    echo "[exit ${PIPESTATUS[0]}]" >>"$out"
  )
  cp "$out" "$exp"
  rm -rf "$dir" "$out"
done
