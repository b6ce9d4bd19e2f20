exec 3>&1
echo via3 >&3
exec 4>&3-
echo via4 >&4
echo on3 >&3
echo "st=$?"
exec 4>&-
{ echo a; echo b >&2; } 2>&1 >/dev/null | sed 's/^/piped:/'
