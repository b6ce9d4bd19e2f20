echo $(( 4 / 0 ))
