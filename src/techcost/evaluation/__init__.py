"""Accuracy measurement against labelled corpora."""
