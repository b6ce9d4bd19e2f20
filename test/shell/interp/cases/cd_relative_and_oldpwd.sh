cd /usr
cd bin
pwd
cd ..
pwd
cd -
echo "$OLDPWD"
cd ../../etc 2>&1; pwd
