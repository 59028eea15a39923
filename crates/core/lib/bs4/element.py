# bs4.element: the tree's classes (defined in bs4/__init__.py).
from bs4 import (PageElement, NavigableString, PreformattedString, Comment, CData, Doctype,
                 Declaration, ProcessingInstruction, Script, Stylesheet, TemplateString,
                 ResultSet, Tag, SoupStrainer)
