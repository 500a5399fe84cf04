"""`python -m aftersales_desktop` is the same as the `aftersales-desktop` command."""

import gc
import sys

gc.disable()  # from the first import on; cli.main says when the cycle collector comes back

from aftersales_desktop.cli import main  # noqa: E402

sys.exit(main())
