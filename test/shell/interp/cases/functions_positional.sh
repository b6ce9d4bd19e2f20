f() { echo "$# $@"; set -- x; echo "$# $@"; }
set -- 1 2 3
f a b
echo "$# $@"
