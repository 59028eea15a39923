# time.gmtime/strftime/asctime/mktime/ctime over random timestamps (seeded), every common directive.
import random
import time
random.seed(21)
fmt = "%a %A %b %B %c %d %e %H %I %j %m %M %p %S %U %w %W %x %X %y %Y %G %V %u %C %D %F %R %T %h %% %n%t|"
for i in range(120):
    t = random.randint(-2 * 10**9, 4 * 10**9)
    g = time.gmtime(t)
    print(t, tuple(g), time.strftime(fmt, g), time.asctime(g), time.mktime(g) == t, time.ctime(t))
