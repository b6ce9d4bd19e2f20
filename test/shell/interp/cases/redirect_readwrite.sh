echo hello > rw.txt
exec 3<> rw.txt
read w <&3
echo "read $w"
echo world >&3
exec 3>&-
cat rw.txt
