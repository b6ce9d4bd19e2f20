# ${a[@]:off:len} on an indexed array: the offset is an index, not a position
# (array_subrange); a negative offset counts back from the highest index + 1.
R[1]=a; R[2]=b; R[3]=c
for n in 1 2 3; do printf '<%s>' "${R[@]:1:n-1}" "${R[@]:n+1}"; echo; done
S=([2]=x [5]=y [9]=z)
echo "${S[@]:3}|${S[@]:0:2}|${S[@]: -2}|${S[@]: -1:1}|${S[@]: -20}|${S[@]:10}|${S[@]:5:1}|${S[*]:2:2}"
E=(); echo "${E[@]:0}|${E[@]: -1}|"
unset 'S[5]'; echo "${S[@]:3:1}" "${#S[@]}"
