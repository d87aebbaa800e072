import sys

from tlcp_decode.cli import main

sys.exit(main())
