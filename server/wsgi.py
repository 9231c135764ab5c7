"""WSGI entry point: ``gunicorn 'server.wsgi:app'``."""

import gc

from server.app import create_app

app = create_app()
# The code tables (~800k objects) live as long as the process: move them out of the collector's generations so
# that no full collection walks them again while encounters are coded (bench/engine_throughput.py does the same).
gc.freeze()
