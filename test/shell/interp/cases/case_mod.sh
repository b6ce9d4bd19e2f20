s="hello World"
echo ${s^} ${s^^} ${s,} ${s,,}
echo ${s^^[lo]}
a=(ab cd)
echo ${a[@]^^}
