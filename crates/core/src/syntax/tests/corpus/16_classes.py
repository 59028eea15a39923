import asyncio
from dataclasses import dataclass, field
from typing import Optional


@dataclass
class Job:
    name: str
    duration: float = 0.1
    tags: list = field(default_factory=list)
    result: Optional[int] = None


class Base:
    kind = "base"

    def describe(self):
        return f"<{self.kind} {type(self).__name__}>"


class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        ns.setdefault("kind", name.lower())
        return super().__new__(mcs, name, bases, ns)


class Runner(Base, metaclass=Meta):
    def __init__(self, *jobs: Job):
        self.jobs = list(jobs)

    @property
    def total(self) -> float:
        return sum(j.duration for j in self.jobs)

    @staticmethod
    def banner(text):
        return "=" * 4 + " " + text + " " + "=" * 4

    @classmethod
    def from_names(cls, *names):
        return cls(*[Job(n) for n in names])

    async def run(self):
        for job in self.jobs:
            await asyncio.sleep(job.duration)
            job.result = len(job.name)
        return {j.name: j.result for j in self.jobs}


runner = Runner.from_names("alpha", "beta")
print(Runner.banner("start"), runner.describe(), runner.total)
print(asyncio.run(runner.run()))
