# What a worker gets is a copy: changing it changes nothing in the parent,
# and a changed copy comes back as a new object.
from multiprocessing import Pool


def change(d):
    d["seen"] = True
    d["items"].append(99)
    return d


if __name__ == "__main__":
    data = {"items": [1, 2], "seen": False}
    with Pool(1) as pool:
        back = pool.apply(change, (data,))
    print(data)
    print(back)
    print(back is data, back == data)
