#!/usr/bin/env python3
"""Placeholder: skips until the temporal engine lands."""
import sys
print("temporal eval: not wired yet")
sys.exit(77)
