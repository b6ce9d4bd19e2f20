echo 'echo hi' > noexec.sh
./noexec.sh
echo "st=$?"
chmod +x noexec.sh
./noexec.sh
echo "st=$?"
