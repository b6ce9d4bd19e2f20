a=(zero one two)
a[5]=five
echo ${a[@]} / ${#a[@]} / ${!a[@]}
a+=(six)
echo ${a[6]} ${a[-1]} ${a[-2]}
unset 'a[1]'
echo ${a[@]} / ${!a[@]}
b=("${a[@]}")
echo ${#b[@]} ${b[1]}
declare -a c
c[3]=x
echo ${c[@]} ${#c[@]}
a=(); echo "${#a[@]}:${a[@]}:"
