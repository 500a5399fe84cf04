"""`python -m aftersales_desktop` is the same as the `aftersales-desktop` command."""

import sys

from aftersales_desktop.cli import main

sys.exit(main())
