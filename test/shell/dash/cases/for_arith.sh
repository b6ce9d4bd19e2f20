for ((i=0;i<2;i++)); do echo $i; done
