declare -i n=5+5; echo $n
n+=5; echo $n
declare -l lo=HeLLo; echo $lo
declare -u up=hello; echo $up
declare -a arr=(1 2 3); echo ${arr[@]}
declare -A as=([k]=v); echo ${as[k]}
declare -r ro=1; echo $ro
declare -x ex=1; sh -c 'echo ex=$ex'
x=1; declare -p x arr as n
declare -p nosuch; echo "st=$?"
declare -Z
echo "st=$?"
