set -u
a=(1 2)
echo ${a[@]}
echo ${a[5]:-none}
echo ${b[0]}
echo not
