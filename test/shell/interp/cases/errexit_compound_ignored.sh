# set -e: a for/if/{ }/case whose status is a failed `a && b` does not exit; a function call does.
set -e
for i in 1 2; do [ $i -gt 5 ] && echo no; done
echo after-for
while false; do :; done
if true; then [ 1 -gt 2 ] && echo x; fi
echo after-if
{ [ 1 -gt 2 ] && echo x; }
echo after-group
case a in a) [ 1 -gt 2 ] && echo x;; esac
echo after-case
f() { [ 1 -gt 2 ] && echo x; }
f
echo after-func
