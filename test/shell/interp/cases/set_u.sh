set -u
x=1
echo $x
echo ${y:-default}
echo ${#@} "$@"
echo $undefined_var
echo not
