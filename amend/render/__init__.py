"""Renderers: plain clerk text, redline, JSON."""
