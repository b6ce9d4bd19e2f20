for ((i=0; i<3; i++)); do echo i=$i; done
for ((i=10, j=0; i>j; i-=4, j++)); do echo $i $j; done
for ((;;)); do echo once; break; done
