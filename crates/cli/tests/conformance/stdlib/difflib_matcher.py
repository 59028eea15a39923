# SequenceMatcher: blocks, opcodes, ratios, junk, autojunk, grouped opcodes.
import difflib
from difflib import SequenceMatcher, Match

s = SequenceMatcher(None, "abxcd", "abcd")
print(s.get_matching_blocks())
print(s.get_opcodes())
print(s.ratio(), s.quick_ratio(), s.real_quick_ratio())
print(s.find_longest_match(), s.find_longest_match(0, 5, 0, 4))
print(s.find_longest_match(2, 5, 0, 4), s.find_longest_match(ahi=2, blo=1))
m = s.find_longest_match()
print(repr(m), m.a, m.b, m.size, m == (0, 0, 2), type(m).__name__, Match(1, 2, 3))

# the classic junk example: spaces are junk in b
s = SequenceMatcher(lambda x: x == " ", "private Thread currentThread;",
                    "private volatile Thread currentThread;")
print(round(s.ratio(), 3), s.get_matching_blocks())
for op in s.get_opcodes():
    print("%7s a[%d:%d] (%r) b[%d:%d] (%r)" % (op[0], op[1], op[2], s.a[op[1]:op[2]],
                                             op[3], op[4], s.b[op[3]:op[4]]))
print(sorted(s.bjunk), sorted(s.bpopular), sorted(s.b2j)[:5], s.b2j['p'])

s = SequenceMatcher(lambda x: x == " ", " abcd", "abcd abcd")
print(s.find_longest_match(0, 5, 0, 9), s.get_matching_blocks())
s = SequenceMatcher(None, " abcd", "abcd abcd")
print(s.find_longest_match(0, 5, 0, 9), s.get_matching_blocks())

pairs = [("qabxcd", "abycdf"), ("", ""), ("", "abc"), ("abc", ""), ("abcabba", "cbabac"),
         ("tide", "diet"), ("hello world", "hallo wereld"), ("aaaa", "aa"),
         ("the quick brown fox", "the quack brown box jumped")]
for a, b in pairs:
    s = SequenceMatcher(None, a, b)
    print(repr(a), repr(b), s.get_opcodes(), s.ratio(), s.quick_ratio(), s.real_quick_ratio())

# lists, set_seq1 / set_seq2 reuse
s = SequenceMatcher()
s.set_seq2([1, 2, 3, 4, 5, 6])
for a in ([1, 2, 3], [6, 5, 4], [2, 3, 9, 5, 6], []):
    s.set_seq1(a)
    print(a, s.get_matching_blocks(), s.get_opcodes(), round(s.ratio(), 4))
s.set_seqs(["x", "y"], ["y", "x", "y"])
print(s.get_opcodes(), s.a, s.b)
words = "one two three four five six seven eight nine ten".split()
s = SequenceMatcher(None, words, words[:3] + ["THREE"] + words[4:8] + ["zero"])
print(s.get_opcodes())

# autojunk: b of 200+ items, 'a' popular
b = "ab" * 100 + "xyz" * 30
a = "xyab" * 20
s = SequenceMatcher(None, a, b)
print(len(b), sorted(s.bpopular), sorted(s.bjunk), sorted(s.b2j))
print(s.get_matching_blocks(), round(s.ratio(), 6))
s = SequenceMatcher(None, a, b, autojunk=False)
print(sorted(s.bpopular), s.get_matching_blocks()[:5], round(s.ratio(), 6))
lines = ["line %d\n" % (i % 7) for i in range(250)]
other = lines[:100] + ["new\n"] + lines[130:]
s = SequenceMatcher(None, lines, other)
print(sorted(s.bpopular), s.get_opcodes())
s = SequenceMatcher(lambda x: x == "line 3\n", lines, other, autojunk=False)
print(sorted(s.bjunk), s.get_opcodes())
text1 = "".join(chr(97 + (i * 7) % 26) for i in range(300))
text2 = text1[:120] + "ZZZ" + text1[150:]
s = SequenceMatcher(None, text1, text2)
print(sorted(s.bpopular), s.get_opcodes(), round(s.ratio(), 6))

# grouped opcodes (cached opcodes get trimmed, as in CPython)
a = [str(i) for i in range(40)]
b = a[:5] + ["x"] + a[6:20] + a[22:35] + ["y", "z"] + a[35:]
s = SequenceMatcher(None, a, b)
for g in s.get_grouped_opcodes():
    print(g)
for g in s.get_grouped_opcodes(1):
    print(g)
print(s.get_opcodes()[0], s.get_opcodes()[-1])
print(list(SequenceMatcher(None, "abc", "abc").get_grouped_opcodes()))
print(list(SequenceMatcher(None, "", "").get_grouped_opcodes()))
print(list(SequenceMatcher(None, "", "x").get_grouped_opcodes(0)))
print(type(SequenceMatcher(None, "abc", "abc").get_grouped_opcodes()).__name__)
print(SequenceMatcher[str] is not None, difflib.__all__)
