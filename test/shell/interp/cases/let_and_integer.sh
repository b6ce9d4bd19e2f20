declare -i i=10
i=i*2; echo $i
i+=3; echo $i
i="5 + 5"; echo $i
let i++; echo $i
