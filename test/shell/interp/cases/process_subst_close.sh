cat <(echo x); [ -e /dev/fd/63 ] && echo "63 still open" || echo "63 closed"
cat <(echo a) <(echo b); [ -e /dev/fd/62 ] || [ -e /dev/fd/63 ] && echo leak || echo "both closed"
echo to-cat > >(sed 's/^/got: /'); wait; echo "after wait"
while read -r l; do echo "line $l"; done < <(printf '1\n2\n')
[ -e /dev/fd/63 ] && echo leak || echo "closed after loop"
f() { cat "$1"; }; f <(echo in-function); [ -e /dev/fd/63 ] && echo leak || echo closed
exec 5< <(echo via-exec); cat <&5; exec 5<&-
: <(true); [ -n "$!" ] && echo "procsubst sets \$!"; wait $!; echo "wait status $?"
