umask 077
echo x > private.txt
umask 022
echo "umask is $(umask)"
