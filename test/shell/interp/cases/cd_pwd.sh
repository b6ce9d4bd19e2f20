cd /tmp
pwd
echo $PWD
cd /
echo $OLDPWD
cd -
cd /nonexistent
echo "st=$?"
cd /etc/hostname
echo "st=$?"
cd
pwd
