f() { declare -g G=global; declare L=local; echo "$G $L"; }
f; echo "$G [${L-unset}]"
g() { local x=1; unset x; echo "[${x-unset}]"; }
x=outer; g
