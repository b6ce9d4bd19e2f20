f() { local -n ref=$1; ref+=(added); echo "in: ${ref[@]} ${#ref[@]} ${!ref[@]}"; }
arr=(x); f arr; echo "${arr[@]}"
h() { local -n r=$1; r=(a b c); r[5]=z; echo "${!r[@]}"; }
h out; echo "${out[@]}"; declare -p out
k() { declare -n m=$1; m[key]=val; m[other]+=x; }
declare -A A; k A; declare -p A
s() { local -n v=$1; v+=suffix; v=${v^^}; }
str=abc; s str; echo $str
declare -n alias=str; echo "$alias ${#alias}"; alias=new; echo "$str"
declare -p alias; echo "${!alias}"
unset alias; echo "str=${str-unset}"; declare -p alias
unset -n alias; echo "${alias-alias unset}"
count() { local -n c=$1; (( c++ )); }
n=1; count n; count n; echo "n=$n"
set_ip() { local -n _dst=$1; _dst="10.0.0.$2"; }
set_ip addr 7; echo "addr=$addr"
read_into() { local -n _r=$1; read -r _r; }
read_into line <<< "hello world"; echo "line=$line"
declare -n bad=1abc; echo "rc=$?"
x=1; declare -n y=x; declare -n z=y; z=2; echo "x=$x"
g2() { local -a list=(p q); local -n l=list; echo "${l[1]}"; }; g2
for name in n addr; do declare -n cur=$name; echo "$name=$cur"; done
