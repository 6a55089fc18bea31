"""Scheduled check-ins: pure rules, the dispatcher and digest, and the APScheduler wrapper."""
