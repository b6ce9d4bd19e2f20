i=0
while [ $i -lt 3 ]; do echo w$i; i=$((i+1)); done
until [ $i -eq 0 ]; do echo u$i; i=$((i-1)); done
while false; do :; done; echo "st=$?"
