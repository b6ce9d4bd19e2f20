printf '%s\n' -n -e
echo - -- -x
