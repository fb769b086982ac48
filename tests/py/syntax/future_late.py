"""doc"""
from __future__ import annotations
print("never")
from __future__ import division
