s="it's a \"test\""
echo ${s@Q}
e='a\tb'
echo "${e@E}"
x=abc; echo ${x@U} ${x@u}
declare -i n=5; echo ${n@a}
