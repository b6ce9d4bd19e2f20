# $BASH_COMMAND in ERR and EXIT traps: the source text of the failing simple command
trap 'echo "ERR: $BASH_COMMAND rc=$?"' ERR
false
ls /nonexistent 2>/dev/null
x=1 ls /nope 2>/dev/null
echo "$BASH_COMMAND"
f() { return 3; }
f arg "quoted $HOME" > /dev/null
trap 'echo "exit trap after: $BASH_COMMAND"' EXIT
echo hi | cat
true
