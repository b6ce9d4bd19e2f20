diff <(echo a) <(echo a) && echo same
cat <(echo from-procsubst)
echo hi > >(cat)
wait
