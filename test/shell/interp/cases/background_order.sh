{ sleep 0.2; echo second; } &
{ sleep 0.1; echo first; } &
echo zero
wait
echo done
