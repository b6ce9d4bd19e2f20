i=0
while true; do i=$((i+1)); [ $i -ge 3 ] && break; done; echo "i=$i st=$?"
until false; do break; done; echo "st=$?"
while read -r l; do echo "line $l"; done <<< $'x\ny'
n=0; while (( n++ < 3 )); do :; done; echo $n
