# Repeated groups over long text (no recursion per repetition), captures of
# the last repetition, lazy and bounded repeats of groups.
import re

print(len(re.findall(r"(?:ab)+", "ab" * 3000)[0]))
m = re.fullmatch(r"(\d+,)*(\d+)", ",".join(str(i) for i in range(2000)))
print(m.group(1), m.group(2), m.span(1))
print(re.match(r"(ab)*?b", "ababb"))
print(re.match(r"(ab){2}", "ababab").group(0, 1))
print(re.match(r"(ab){1,2}?c", "ababc"))
print(re.findall(r"(a|ab)(c|bcd)(d*)", "abcd"))
print(re.match(r"(a|ab)*c", "abac").group(0, 1))
print(re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world foo bar"))
print(re.findall(r"(?:(\d)|x)+", "1x2x"))
print(re.fullmatch(r"(?:a|b)*", "abba" * 50) is not None)
