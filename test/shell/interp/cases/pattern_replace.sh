s="hello world hello"
echo ${s/hello/bye} ${s//hello/bye}
echo ${s/#hello/X} ${s/%hello/Y} ${s/#world/Z}
echo ${s//o} "${s// /_}"
echo ${s/l*o/L}
a=(one two three)
echo ${a[@]/o/0}
set -- apple banana
echo ${@/a/A}
