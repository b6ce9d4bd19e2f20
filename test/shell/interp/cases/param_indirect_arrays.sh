a=(x y z); n=a
ref="a[@]"; echo "${!ref}"
ref2="a[1]"; echo "${!ref2}"
declare -A m=([k1]=v1)
key=m; r="${key}[k1]"; echo "${!r}"
echo ${!BASH_VERSI*}
