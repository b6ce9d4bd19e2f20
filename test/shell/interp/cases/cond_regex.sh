s="version 5.2.15"
if [[ $s =~ ([0-9]+)\.([0-9]+)\.([0-9]+) ]]; then
  echo "${BASH_REMATCH[0]} ${BASH_REMATCH[1]} ${BASH_REMATCH[3]} ${#BASH_REMATCH[@]}"
fi
[[ abc =~ ^a.c$ ]] && echo anchored
[[ a.c =~ "a.c" ]] && echo quoted-literal
[[ abc =~ "a.c" ]] || echo quoted-no
re='^[0-9]+$'
[[ 123 =~ $re ]] && echo digits
[[ x =~ y ]]; echo $? ${#BASH_REMATCH[@]}
