exec {fd}> fdvar.txt
echo "fd is >= 10: $((fd >= 10))"
echo written >&$fd
exec {fd}>&-
cat fdvar.txt
