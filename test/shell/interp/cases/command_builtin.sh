echo() { printf 'fn-echo %s\n' "$*"; }
echo hi
command echo real
builtin echo builtin-real
unset -f echo
command -v echo ls nosuch
echo "st=$?"
command -V echo
builtin nosuch
echo "st=$?"
