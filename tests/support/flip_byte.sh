# flip_byte FILE OFFSET: changes one bit of the byte at OFFSET (negative: from the end), as a disk
# error or a hand that edited the file would.
flip_byte() {
  local file=$1 offset=$2 size byte
  size=$(stat -c %s "$file")
  [ "$offset" -lt 0 ] && offset=$((size + offset))
  byte=$(od -An -tu1 -j "$offset" -N1 "$file" | tr -d ' ')
  printf "\\$(printf %03o $((byte ^ 1)))" | dd of="$file" bs=1 seek="$offset" conv=notrunc status=none
}
