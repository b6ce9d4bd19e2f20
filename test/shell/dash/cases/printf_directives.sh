printf "a%qb\n" x; echo " st=$?"
printf "%5.2q\n" x; echo "st=$?"
printf "%s-%d\n" a 3
