set -- "a b" c
echo "${1:+x${1}y}"
echo ${#1} ${#@}
x=abcabc
echo ${x/b*/} ${x/#a/} ${x%%c*} ${x:1:-1}
echo "${x:-$(echo def)}" "${undef:-$(echo def)}"
y=; echo "${y:=init}" "$y"
arr=(a b c)
echo "${arr[@]:1}" "${arr[*]:0:2}" "${#arr[*]}"
echo "${arr[@]/#/pre-}" "${arr[@]/%/-suf}"
echo ${!arr[*]}
