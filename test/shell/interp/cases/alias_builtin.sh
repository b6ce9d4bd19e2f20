alias ll='ls -l'
alias
alias ll
unalias ll
alias ll
echo "st=$?"
unalias nosuch
