"""``python -m twarch``: the command line."""

from .cli import main

raise SystemExit(main())
