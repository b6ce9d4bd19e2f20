type echo
type ls
type if
f() { echo a; }
type f
type -t echo ls if f nosuch
echo "st=$?"
type nosuch
echo "st=$?"
type -p ls
type -a echo | head -2
