"""Grading on a Celery worker fleet through Redis (docs/fleet.md): app.py holds the settings
the sender and the workers share, tasks.py the one task a worker runs, client.py the sender."""
