declare -A h
h[one]=1
h[two]=2
h["with space"]=3
echo ${h[one]} ${h[two]} "${h[with space]}"
echo ${#h[@]}
for k in "${!h[@]}"; do echo "$k=${h[$k]}"; done | sort
unset 'h[one]'
echo ${#h[@]}
declare -A g=([a]=x [b]=y)
echo ${g[a]}${g[b]}
