x="a b"; y=$'tab\there'; z=
declare -p x y z
declare -a e=(); declare -p e
declare -A h=([b]=2 [a]=1); declare -p h
export xp=1; declare -p xp
declare -i i=3; declare -p i
