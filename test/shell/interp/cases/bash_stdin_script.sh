printf 'echo from-stdin\nread line\necho "read: $line"\nnosuch\n' | bash
echo "st=$?"
printf 'echo a; if true; then\necho b\nfi\necho $0\n' | bash -s arg
