from __future__ import annotations

import __future__
from dataclasses import dataclass, field, fields
from typing import ClassVar, Optional


@dataclass
class TreeNode:
    value: int
    children: list[TreeNode] = field(default_factory=list)
    parent: Optional[TreeNode] = None
    count: ClassVar[int] = 0

    def add(self, child: TreeNode) -> TreeNode:
        child.parent = self
        self.children.append(child)
        return child

    def walk(self, depth: int = 0) -> list[tuple[int, int]]:
        out = [(depth, self.value)]
        for c in self.children:
            out.extend(c.walk(depth + 1))
        return out


root = TreeNode(1)
root.add(TreeNode(2)).add(TreeNode(4))
root.add(TreeNode(3))
print(root.walk(), [f.name for f in fields(TreeNode)])
print(TreeNode.__annotations__)
print(TreeNode.add.__annotations__, TreeNode.walk.__annotations__)


def scale(v: dict[str, float] | None, k: 'float' = 2.0, *rest: int, **opts: bool) -> None:
    pass


print(scale.__annotations__)
print(__future__.annotations.getMandatoryRelease(), __future__.annotations.compiler_flag)
