sh -c 'eval "[[ 1 ]]"; echo "eval $?"; eval "if then"; echo no'; echo "status $?"
printf 'echo hi\nif then\necho no\n' > inc.sh
sh -c '. ./inc.sh; echo after'; echo "status $?"
printf 'echo one\nif then\necho two\n' | sh; echo "status $?"
printf 'echo one\nwhile true; do\n' | sh; echo "status $?"
