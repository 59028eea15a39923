import asyncio
from collections import defaultdict


class Room:
    def __init__(self, name):
        self.name = name
        self.members: dict[str, asyncio.Queue] = {}
        self.stats = defaultdict(int)

    def join(self, user):
        self.members[user] = inbox = asyncio.Queue()
        self.broadcast("server", f"{user} joined")
        return inbox

    def leave(self, user):
        self.members.pop(user, None)
        self.broadcast("server", f"{user} left")

    def broadcast(self, sender, text):
        self.stats[sender] += 1
        for user, inbox in self.members.items():
            if user != sender:
                inbox.put_nowait((sender, text))


async def client(room, user, lines, delay):
    inbox = room.join(user)
    try:
        for line in lines:
            await asyncio.sleep(delay)
            room.broadcast(user, line)
        await asyncio.sleep(0.5)
        while not inbox.empty():
            sender, text = inbox.get_nowait()
            print(f"[{room.name}] {user} <- {sender}: {text}")
    finally:
        room.leave(user)


async def main():
    room = Room("lobby")
    await asyncio.gather(
        client(room, "alice", ["hi", "how are you?"], 0.1),
        client(room, "bob", ["hey!"], 0.15),
        client(room, "carol", [], 0.05),
    )
    print(dict(sorted(room.stats.items(), key=lambda kv: (-kv[1], kv[0]))))

asyncio.run(main())
