# A job queue as tutorials write it: namedtuple records, a deque as the
# queue, a Counter of outcomes, a defaultdict grouping results.
from collections import deque, namedtuple, Counter, defaultdict

Job = namedtuple('Job', ['id', 'kind', 'cost'])
Result = namedtuple('Result', 'job ok detail', defaults=[''])

jobs = deque(Job(i, kind, cost) for i, (kind, cost) in enumerate(
    [('resize', 3), ('upload', 5), ('resize', 1), ('email', 2), ('upload', 8), ('email', 1)]))
print(f"{len(jobs)} jobs queued, first: {jobs[0]}")

history = deque(maxlen=3)
outcomes = Counter()
by_kind = defaultdict(list)
budget = 12
while jobs:
    job = jobs.popleft()
    if job.cost > budget:
        result = Result(job, False, f'needs {job.cost}, {budget} left')
        if job.cost < 10:
            jobs.append(job._replace(cost=job.cost - 1))
    else:
        budget -= job.cost
        result = Result(job, True)
    outcomes['done' if result.ok else 'deferred'] += 1
    by_kind[job.kind].append(job.id)
    history.append(result)
    print(f"{job.id}:{job.kind:<7} ok={result.ok!s:<5} budget={budget} {result.detail}")
    if budget <= 0:
        break

print(outcomes, outcomes.most_common(1))
print(dict(by_kind))
print(list(history))
print([r.job.id for r in history], jobs)
